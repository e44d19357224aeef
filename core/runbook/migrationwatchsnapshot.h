// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

// A backend of the running migration, found by its application_name. Durations are computed by
// the server against one statement timestamp, free of client clock skew.
struct WatchedBackend
{
    int pid = 0;
    QString state; // active, idle in transaction, ...
    QString query; // the statement running now, or the last one when idle
    QString waitEventType;
    QString waitEvent;
    std::optional<double> querySeconds;       // since query_start
    std::optional<double> transactionSeconds; // since xact_start
    std::vector<int> blockedBy; // pg_blocking_pids(), only asked while it waits on a lock

    bool isActive() const { return state == QLatin1String("active"); }
    bool isWaitingOnLock() const { return waitEventType == QLatin1String("Lock"); }
};

// A heavyweight lock a watched backend holds or waits for. Locks on system catalogs and TOAST
// tables are left out unless ungranted: they are the server's bookkeeping, not what the
// migration does to the application's tables.
struct WatchedLock
{
    int pid = 0;
    QString lockType; // relation, transactionid, virtualxid, ...
    QString relation; // "schema.table" for a relation lock the inspection session can see
    quint32 relationOid = 0;
    QString object; // the transaction or virtual transaction id for those lock types
    QString mode;   // AccessExclusiveLock, ...
    bool granted = false;
    std::optional<double> waitSeconds; // only when not granted
    int strength = 0;                  // LockLevels::strength(mode)

    // What the lock is on, in words: "public.ledger", "transaction 731".
    QString target() const;

private:
    Q_DECLARE_TR_FUNCTIONS(WatchedLock)
};

// A session that waits on a lock because of the migration: directly (pg_blocking_pids names a
// watched backend) or further back in the queue (it waits for a session that waits for it).
struct QueuedSession
{
    int pid = 0;
    QString user;
    QString application;
    QString query;
    QString wantedMode;     // the lock it waits for, when pg_locks still shows it
    QString wantedRelation; // its relation, when it is one
    std::optional<double> waitSeconds;
    bool direct = false;
    std::vector<int> blockedBy;
};

// One row of pg_stat_progress_create_index or pg_stat_progress_cluster (which also covers
// VACUUM FULL) for a watched backend. Counters PostgreSQL does not report for a command stay 0.
struct WatchProgress
{
    enum class Source { CreateIndex, Cluster };

    int pid = 0;
    Source source = Source::CreateIndex;
    QString command; // "CREATE INDEX CONCURRENTLY", "VACUUM FULL", ... as PostgreSQL names it
    QString phase;   // "building index: scanning table", "waiting for writers before build", ...
    QString relation;
    QString index; // empty while the index is not committed yet
    qint64 blocksDone = 0;
    qint64 blocksTotal = 0;
    qint64 tuplesDone = 0;
    qint64 tuplesTotal = 0;
    qint64 lockersDone = 0;
    qint64 lockersTotal = 0;
    int currentLockerPid = 0;

    // Which counter the phase advances, as the PostgreSQL documentation describes each phase.
    enum class Counter { None, Blocks, Tuples, Lockers };
    Counter counter() const;
    // Done/total of that counter in [0, 1], or nullopt when the phase reports no total.
    std::optional<double> fraction() const;
    // "12,040 of 26,000 blocks", "0 of 1 transactions", "80,000 rows written"; empty when
    // PostgreSQL reports no count for the phase.
    QString countText() const;
    // The phase with its count: "building index: scanning table (12,040 of 26,000 blocks)".
    QString phaseText() const;

private:
    Q_DECLARE_TR_FUNCTIONS(WatchProgress)
};

// What the live watch sees in one poll. No backend is a normal state: the executor is between
// migrations, or has not started (or already finished).
struct MigrationWatchSnapshot
{
    QString applicationName;
    std::vector<WatchedBackend> backends;
    std::vector<WatchedLock> locks;    // strongest first, ungranted before granted
    std::vector<QueuedSession> queued; // longest waiting first
    std::vector<WatchProgress> progress;

    bool isEmpty() const { return backends.empty(); }
    // The backend that matters most: an active one, else the first (Django opens one, a SQL
    // folder run one).
    const WatchedBackend* primary() const;
    // The lock the primary backend waits for, if any.
    const WatchedLock* wantedLock() const;
    // The strongest lock the primary backend holds on a relation, if any.
    const WatchedLock* strongestHeldLock() const;
    const WatchProgress* primaryProgress() const;

    // The parts of the watch in words, shared by the view and the command line's log.
    QString stateText() const; // "running 12 s", "idle in transaction for 3 s"
    QString
    lockText() const; // "waiting 4 s for AccessExclusiveLock on public.ledger, blocked by pid 77"
    QString queueText() const; // "3 sessions queued"
    // "CREATE INDEX on public.ledger: building index: scanning table, 45% (12 of 26 blocks)"
    QString progressText() const;
    // One line per poll for the run log: "pid 4242 running 12 s: CREATE INDEX … — waiting for
    // AccessExclusiveLock on public.ledger; 3 sessions queued; building index 45%".
    QString summaryLine() const;

private:
    Q_DECLARE_TR_FUNCTIONS(MigrationWatchSnapshot)
};

} // namespace migdesk::core
