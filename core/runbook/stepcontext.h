// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/canceltoken.h"
#include "runbook/runlog.h"

#include <functional>

namespace migdesk::core {

// Where a long step is: done out of total units (bytes, tables, migrations) when they are known,
// and a short line for the progress bar. -1 means unknown (a busy indicator).
struct StepProgress
{
    qint64 done = -1;
    qint64 total = -1;
    QString message;
    double elapsedSeconds = 0;
    double etaSeconds = -1;
};

// What every runbook step gets from whoever runs it (the wizard's worker thread or a command):
// the run log, the cancel token, and a progress listener. Steps are blocking functions; they
// report through these and return their result as a value.
struct StepContext
{
    RunLog& log;
    CancelToken& cancel;
    std::function<void(const StepProgress&)> progress = {};

    void report(const StepProgress& p) const
    {
        if (progress)
            progress(p);
    }
};

} // namespace migdesk::core
