// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/check.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace migdesk::core {

// A step made of checks (the preflight, the verification): collects them, writes each to the
// run log as it is found (the checksText line), reports progress, and turns the list into the
// StepResult: Failed when a check failed, Cancelled when cancelled, Succeeded otherwise.
class CheckRun
{
    Q_DECLARE_TR_FUNCTIONS(CheckRun)
public:
    // step: "preflight", "verify"; title: its translated name for sentences.
    CheckRun(QString step, QString title, const StepContext& context, int expectedChecks);
    Q_DISABLE_COPY_MOVE(CheckRun)

    // Progress: what is being checked now.
    void begin(const QString& what) const;
    void add(Check check);
    bool cancelled() const { return m_context.cancel.isCancelled(); }
    const CheckList& checks() const { return m_checks; }

    StepResult finish() const;

    // "a, b, c and 7 more": names for a figure or sentence, at most `shown` of them.
    static QString listed(const QStringList& items, int shown = 10);

private:
    QString m_step;
    QString m_title;
    const StepContext& m_context;
    int m_expected;
    CheckList m_checks;
    QDateTime m_started;
    QElapsedTimer m_timer;
};

} // namespace migdesk::core
