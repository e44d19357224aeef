// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace migdesk::core {

// What one runbook step ended with, as the summary page, the report, the history store and the
// command's exit code read it.
struct StepResult
{
    Q_DECLARE_TR_FUNCTIONS(StepResult)
public:
    enum class Outcome { Succeeded, Failed, Cancelled, Skipped };

    QString step;          // "preflight", "backup", "migrate", "verify", "rollback"
    Outcome outcome = Outcome::Succeeded;
    QDateTime started;
    double seconds = 0;
    QString sentence;      // on failure: what failed, why, what to do; otherwise a summary
    QJsonObject details;   // the step's own facts (backup files, applied migrations, checks)

    bool ok() const { return outcome == Outcome::Succeeded || outcome == Outcome::Skipped; }
    static QString outcomeKey(Outcome outcome);   // "succeeded", "failed", "cancelled", "skipped"
    static QString outcomeLabel(Outcome outcome); // translated
    QJsonObject toJson() const;
    // Applies SecretRedactor to the sentence and every string in details: done once where a
    // step's result leaves its worker, before anything shows, stores or mirrors it.
    void redactSecrets();
};

} // namespace migdesk::core
