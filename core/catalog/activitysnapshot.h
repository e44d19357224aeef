// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

// One backend from pg_stat_activity. Durations are computed by the server against one
// statement timestamp, so they are consistent with each other and free of client clock skew.
struct SessionActivity
{
    int pid = 0;
    QString user;
    QString database;
    QString application;
    QString client;      // address, or "local" for a Unix socket
    QString backendType; // client backend, autovacuum worker, ...
    QString state;       // active, idle, idle in transaction, ...
    QString waitEventType;
    QString waitEvent;
    std::optional<double> querySeconds;       // since query_start
    std::optional<double> transactionSeconds; // since xact_start
    std::optional<double> stateSeconds;       // since state_change
    QString query;
    std::vector<int> blockedBy; // pg_blocking_pids(), only asked for sessions waiting on a lock
    // extract(epoch FROM backend_start) exactly as the server printed it (microseconds): with the
    // pid it names one session, since the server reuses pids.
    QString backendStart;

    bool isWaitingOnLock() const { return waitEventType == QLatin1String("Lock"); }
    bool isIdleInTransaction() const
    {
        return state.startsWith(QLatin1String("idle in transaction"));
    }
    bool isActive() const { return state == QLatin1String("active"); }
    // Running (active) longer than the threshold, the runbook's "queries running > 1 min".
    bool isLongRunning(double thresholdSeconds) const
    {
        return isActive() && querySeconds && *querySeconds > thresholdSeconds;
    }
};

// A heavyweight lock from pg_locks: every ungranted one, and the granted ones on the relations
// and transactions someone waits for (the mode a blocker holds). Not all 50,000 of a pile-up.
struct LockEntry
{
    int pid = 0;
    QString lockType; // relation, transactionid, tuple, ...
    QString target;   // "schema.table" for relation locks, "transaction 1234", ...
    QString mode;     // AccessExclusiveLock, ...
    bool granted = false;
    std::optional<double> waitSeconds;
};

// What the activity monitor shows after one refresh.
struct ActivitySnapshot
{
    double sampledAtEpoch = 0;
    std::vector<SessionActivity> sessions;
    std::vector<LockEntry> locks;
    int totalLocks = 0; // all rows of pg_locks
    int ungrantedLocks = 0;

    const SessionActivity* session(int pid) const;
    std::vector<LockEntry> ungranted() const;
};

} // namespace migdesk::core
