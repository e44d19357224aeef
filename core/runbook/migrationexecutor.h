// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

struct MigrateOptions
{
    bool dryRun = true;
    QString target; // "APP:NAME" (Django) or a version (SQL folder); empty = everything pending
    WritePolicy policy;
    QString runId; // appended to policy.applicationName so the live watch finds the backend
};

// The runbook's "execution" step: the pending migrations, in plan order, each with its SQL, its
// runbook risk and the way it would be rolled back. A dry run (the default) logs that plan and
// applies nothing. A live run records the WAL position (a point-in-time-recovery target), then
// applies the migrations one by one with timing and stops at the first that fails; the rest
// are not attempted.
//
// SQL folders run through libpq on one writable connection (SqlFolderApplier: each script in
// its own transaction unless a statement forbids it); a Django project through its own
// `manage.py migrate APP NAME`, one migration per process, so that Django records each one.
// Every connection and process of the run carries applicationName(options). lock_timeout and
// statement_timeout come from the policy; a lock timeout rolls the migration back, and it is
// retried after a growing delay with the session holding the lock named in the log. Cancel
// stops the running statement (PQcancel, or pg_cancel_backend() for Django).
//
// Reports a forward MigrationRunReport (its JSON: migrationrunreport.h). The loop is
// MigrationSequence's; this class plans. Blocking; run it on a worker thread.
class MigrationExecutor
{
    Q_DECLARE_TR_FUNCTIONS(MigrationExecutor)
public:
    static StepResult run(const RunbookTarget& target, const MigrateOptions& options,
                          const StepContext& ctx);

    // policy.applicationName + "-" + runId (no suffix without a run id), cut to the 63 bytes
    // PostgreSQL keeps, so that what the server shows is exactly this string.
    static QString applicationName(const MigrateOptions& options);
    static QString applicationName(const WritePolicy& policy, const QString& runId);
};

} // namespace migdesk::core
