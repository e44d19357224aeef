// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>

namespace migdesk::core {

struct PreflightOptions
{
    QString backupDirectory; // where the backup will go; empty: the disk check is skipped
    bool dryRun = true;
    double longQuerySeconds = 60.0; // the runbook's "queries running over 1 minute"
};

// The runbook's pre-migration checklist as checks: the connection, pending migrations with the
// overall risk, database size, the ten largest tables, queries running longer than the
// threshold (and transactions left idle that long), ungranted locks, free disk where the backup
// goes against the estimated dump size, pg_dump and pg_restore found and new enough for the
// server, `manage.py check`, and whether this is a dry run. Read-only: one inspection
// connection. Blocking; run it on a worker thread or from a command.
//
// Fail (the run should not start): no connection, a migration source that cannot be read, a
// backup folder that cannot be written or has less room than the dump needs, pg_dump or
// pg_restore missing or too old, Django's checks reporting errors. Warn (start only knowingly):
// medium or high risk, long queries, lock waits (they may clear in seconds, and the executor's
// lock_timeout keeps a migration from queueing behind them), less than twice the dump's size
// free, a live run on production.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)
public:
    // Reports the CheckList; Failed when a check fails.
    static StepResult run(const RunbookTarget& target, const PreflightOptions& options,
                          const StepContext& context);
};

} // namespace migdesk::core
