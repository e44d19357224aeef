// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupproofreport.h"
#include "runbook/backupreport.h"
#include "runbook/check.h"
#include "runbook/migrationrunreport.h"
#include "runbook/restorereport.h"
#include "runbook/retentionreport.h"
#include "runbook/rollbackreport.h"
#include "runbook/uploadreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace migdesk::core {

// A step's own facts, typed: the migrate step's and a revert's MigrationRunReport, the
// preflight's and the verification's CheckList, a backup and what followed it (proof, upload,
// retention), a restore, RollbackStep's parts. JSON is made of them only where a result leaves
// the program (StepResult::toJson()); a step that failed before it had facts has none.
using StepReport =
    std::variant<std::monostate, MigrationRunReport, CheckList, BackupReport, BackupProofReport,
                 UploadReport, RetentionReport, RestoreReport, RollbackReport>;

// What one runbook step ended with, as the summary page, the report, the history store and the
// command's exit code read it.
struct StepResult
{
    Q_DECLARE_TR_FUNCTIONS(StepResult)
public:
    enum class Outcome { Succeeded, Failed, Cancelled, Skipped };

    QString step; // "preflight", "backup", "migrate", "verify", "rollback"
    Outcome outcome = Outcome::Succeeded;
    QDateTime started;
    double seconds = 0;
    QString sentence; // on failure: what failed, why, what to do; otherwise a summary
    StepReport report;

    bool ok() const { return outcome == Outcome::Succeeded || outcome == Outcome::Skipped; }
    const MigrationRunReport* migrations() const
    {
        return std::get_if<MigrationRunReport>(&report);
    }
    const CheckList* checks() const { return std::get_if<CheckList>(&report); }
    const RollbackReport* rollback() const { return std::get_if<RollbackReport>(&report); }
    const BackupReport* backup() const { return std::get_if<BackupReport>(&report); }
    const BackupProofReport* proof() const { return std::get_if<BackupProofReport>(&report); }
    const RestoreReport* restore() const { return std::get_if<RestoreReport>(&report); }

    static QString outcomeKey(Outcome outcome);   // "succeeded", "failed", "cancelled", "skipped"
    static QString outcomeLabel(Outcome outcome); // translated
    // {"step", "outcome", "started", "seconds", "sentence", "details"}: details is the
    // report's JSON ({} without one).
    QJsonObject toJson() const;
    QJsonObject detailsJson() const;
    // Applies SecretRedactor to the sentence and every string of the report: done once where a
    // step's result leaves its worker, before anything shows, stores or mirrors it.
    void redactSecrets();
};

} // namespace migdesk::core
