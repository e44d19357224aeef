// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "runbook/stepresult.h"

namespace migdesk::core {

// Reads what the history keeps of a run out of the StepResults its steps returned: the step
// row, the backups written (the backup step's metadata, a rollback's pre-rollback backup) and
// the migrations applied (the migrate step's "migrations") or reverted (the rollback's "steps"),
// with their time, retries, SQL and error. Lock wait and blocked sessions are read where a step
// reports them as "lock_wait_seconds" and "max_blocked". The WAL position is the first
// "wal_lsn_before" of the run.
class RunFacts
{
public:
    // Appends the step's facts to into; migrations are numbered on from those already there.
    static void addStep(RunRecord& into, const StepResult& step);
};

} // namespace migdesk::core
