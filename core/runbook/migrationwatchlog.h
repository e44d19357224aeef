// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "runbook/runlog.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace migdesk::core {

// The live watch for a run without a window (`migdesk migrate`): while the executor runs, a
// read-only connection polls MigrationWatchReader and writes a line to the run log whenever
// something a DBA must see changes — the migration starts waiting for a lock, sessions queue
// behind it, an index build reports progress — and again every interval while it lasts.
class MigrationWatchLog
{
public:
    MigrationWatchLog(const ConnectionTarget& target, const QString& applicationName, RunLog& log,
                      int intervalMs = 2'000);
    ~MigrationWatchLog(); // stops polling and waits for the thread
    Q_DISABLE_COPY_MOVE(MigrationWatchLog)

private:
    std::atomic<bool> m_stop{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace migdesk::core
