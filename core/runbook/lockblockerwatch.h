// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"

#include <QCoreApplication>
#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace migdesk::core {

// Names the session a migration waited for when lock_timeout gave up.
//
// pg_blocking_pids() answers only while the wait lasts, and once lock_timeout has fired the wait
// is over. So while a run is going, a thread of this class samples the blockers of every backend
// that carries the run's application_name, on a read-only connection of its own, often enough
// to see a wait of lock_timeout (a quarter of it, between 20 and 250 ms), and keeps the last
// answer. A wait shorter than one sample can escape it; holders() is then asked instead: the
// sessions that hold, right now, a lock conflicting with one the migration's SQL needs (as the
// linter reads the SQL). The same samples measure the run's impact (takeImpact()) for the
// history. The watch reads only; failing to connect costs the names, not the run.
class LockBlockerWatch
{
    Q_DECLARE_TR_FUNCTIONS(LockBlockerWatch)
public:
    LockBlockerWatch(ConnectionTarget target, QString applicationName, int lockTimeoutMs);
    ~LockBlockerWatch(); // stops and joins the sampling thread
    Q_DISABLE_COPY_MOVE(LockBlockerWatch)

    // The blockers seen since the previous call, as one sentence ("pid 1234 (user app, ...)
    // holds a lock (ACCESS SHARE) on public.ledger"); empty when none was seen. Clears them.
    QString takeBlockers();

    // The sessions, other than the run's own, holding a lock that conflicts with one that `sql`
    // (a migration script) needs, as one sentence; empty when there are none or the SQL cannot
    // be read. Opens a short read-only connection.
    static QString holders(const ConnectionTarget& target, const QString& sql,
                           const QString& ownApplicationName);

    // What the run did to others and suffered itself since the previous call, as the samples
    // saw it: seconds its backends spent waiting for a lock, and the most sessions queued at once
    // behind a lock one of them held. Clears it.
    struct Impact
    {
        double lockWaitSeconds = 0;
        int maxBlocked = 0;
    };
    Impact takeImpact();

    static int sampleIntervalMs(int lockTimeoutMs);

private:
    void sample();

    ConnectionTarget m_target;
    QString m_applicationName;
    int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    QString m_blockers;
    Impact m_impact;
    std::thread m_thread;
};

} // namespace migdesk::core
