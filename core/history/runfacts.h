// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "runbook/stepresult.h"

namespace migdesk::core {

// Reads what the history keeps of a run out of the StepResults its steps returned: the step
// row, the backups written (the backup step's metadata, a rollback's pre-rollback backup) and
// the migrations applied or reverted (each MigrationRunReport, alone or inside a rollback), with
// their start, time, retries, lock wait, sessions blocked, SQL and error. The WAL position is
// the first one a migration report read.
class RunFacts
{
public:
    // Appends the step's facts to into; migrations are numbered on from those already there.
    static void addStep(RunRecord& into, const StepResult& step);
};

} // namespace migdesk::core
