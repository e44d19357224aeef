// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <vector>

namespace migdesk::core {

// The end of a run as the summary page and the saved report show it: which steps ran, how long
// each took, how each ended, where the log is.
class RunSummary
{
    Q_DECLARE_TR_FUNCTIONS(RunSummary)
public:
    QString title;       // "Migration of prs on db1:5432"
    QString environment; // environmentKey: "production"
    QString logPath;

    void add(const StepResult& step);
    const std::vector<StepResult>& steps() const { return m_steps; }
    // Failed when a step failed, Cancelled when one was cancelled, else Succeeded.
    StepResult::Outcome outcome() const;
    double totalSeconds() const;

    QString toText() const;
    QString toMarkdown() const;
    QJsonObject toJson() const;
    // The format follows the suffix: .md, .json, anything else text.
    bool save(const QString& path, QString* error) const;

    // The one line a notification carries: "migdesk: migration of prs on production succeeded
    // in 4 min 2 s (backup 1 min, migrate 2 min 50 s, verify 12 s)".
    QString notificationText() const;

private:
    std::vector<StepResult> m_steps;
};

} // namespace migdesk::core
