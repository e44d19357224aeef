// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/check.h"
#include "runbook/migrationrunreport.h"
#include "runbook/rollbackreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace migdesk::core {

// A step's own facts, typed: the migrate step's and a revert's MigrationRunReport, the
// preflight's and the verification's CheckList, RollbackStep's parts. JSON is made of them only
// where a result leaves the program (StepResult::toJson()).
using StepReport = std::variant<std::monostate, MigrationRunReport, CheckList, RollbackReport>;

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
    StepReport report;
    // The facts of the steps without a typed report yet (backup, restore, upload, retention,
    // backup proof): issue 16 moves them into StepReport.
    QJsonObject details;

    bool ok() const { return outcome == Outcome::Succeeded || outcome == Outcome::Skipped; }
    const MigrationRunReport* migrations() const { return std::get_if<MigrationRunReport>(&report); }
    const CheckList* checks() const { return std::get_if<CheckList>(&report); }
    const RollbackReport* rollback() const { return std::get_if<RollbackReport>(&report); }

    static QString outcomeKey(Outcome outcome);   // "succeeded", "failed", "cancelled", "skipped"
    static QString outcomeLabel(Outcome outcome); // translated
    // {"step", "outcome", "started", "seconds", "sentence", "details"}: details is the typed
    // report's JSON, or `details` for a step without one.
    QJsonObject toJson() const;
    QJsonObject detailsJson() const;
    // Applies SecretRedactor to the sentence and every string of the report: done once where a
    // step's result leaves its worker, before anything shows, stores or mirrors it.
    void redactSecrets();
};

} // namespace migdesk::core
