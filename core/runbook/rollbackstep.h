// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupstep.h"
#include "runbook/migrationreverter.h"
#include "runbook/restorejob.h"
#include "runbook/verifier.h"

namespace migdesk::core {

// How a run is undone, as the wizard and `migdesk rollback` choose it.
struct RollbackPlan
{
    enum class Way { Migrations, Restore } way = Way::Migrations;
    RevertOptions revert; // Way::Migrations
    QString backupPath;   // Way::Restore: the backup file, directory or its metadata
    RestoreOptions restore;
    BackupPlan preRollbackBackup; // always taken first, so a rollback can itself be undone
    VerifyOptions verify;         // run again afterwards
};

// The runbook's rollback, in its order but with the checks it lacks: a backup to restore is
// verified against its checksums before anything else happens (a corrupt or cut-short file is
// refused with the database untouched), then the pre-rollback backup, then the way itself, then
// the verification again. Blocking: both functions talk to the database or to manage.py.
class RollbackStep
{
    Q_DECLARE_TR_FUNCTIONS(RollbackStep)
public:
    // What run() will do, one line per action, for the user to read before starting.
    static QStringList describe(const RunbookTarget& target, const RollbackPlan& plan);
    // Reports a RollbackReport with the parts that ran.
    static StepResult run(const RunbookTarget& target, const RollbackPlan& plan,
                          const StepContext& ctx);
};

} // namespace migdesk::core
