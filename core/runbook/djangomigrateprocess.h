// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "migrations/migration.h"
#include "runbook/migrationattempt.h"
#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>
#include <QStringList>

namespace migdesk::core {

// One `python manage.py migrate APP NAME --verbosity 2 --no-input`: forwards to NAME when it is
// not applied, backwards to it when it is (NAME "zero" unapplies the whole app). The project's
// own Django does the work; migdesk gives it the target database as PG* variables, its
// application_name as PGAPPNAME and the write policy's lock_timeout and statement_timeout (and
// synchronous_commit on, see WriteSession) as PGOPTIONS (psycopg2 is libpq, which reads them),
// and streams its output into the run log.
//
// manage.py runs inside migdesk's runner (runbook/djangostatementtimer.py, a resource written to
// a temporary folder per run), which times each statement Django sends while it applies or
// unapplies a migration; they come back in MigrationAttempt::statements however the process
// ended (statement text only: parameter values are data and never leave the process). Without
// an importable Django the runner only runs manage.py, which fails as it would on its own.
//
// Cancel: pg_cancel_backend() of every backend carrying the application_name, from a short
// connection of migdesk's own, so the running statement stops and Django's transaction is
// rolled back; if the process has not ended a few seconds later it is terminated, then killed.
// Blocking; run it on the step's worker thread.
class DjangoMigrateProcess
{
    Q_DECLARE_TR_FUNCTIONS(DjangoMigrateProcess)
public:
    static MigrationAttempt run(const RunbookTarget& target, const MigrationKey& to,
                                const QString& applicationName, const WritePolicy& policy,
                                const StepContext& ctx);

    // pg_cancel_backend() of every session whose application_name is `applicationName`; the
    // number of sessions signalled, or -1 with *error set.
    static int cancelBackends(const ConnectionTarget& target, const QString& applicationName,
                              QString* error);

    // What a failed `manage.py migrate` said, from its output: a lock timeout, a lost
    // connection or anything else, with the exception's line as the reason.
    static MigrationAttempt classify(const QStringList& output);
};

} // namespace migdesk::core
