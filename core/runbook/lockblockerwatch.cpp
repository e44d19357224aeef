// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/lockblockerwatch.h"

#include "common/units.h"
#include "connection/pgconnection.h"
#include "risk/locklevels.h"
#include "risk/sqllinter.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <map>
#include <set>

namespace migdesk::core {

namespace {

// Who blocks the run's backends right now: pg_blocking_pids() of every session carrying the
// run's application_name, what each blocker is doing, the relation waited for (NULL for a row
// or transaction lock) and the modes the blocker holds on it. Times as epoch milliseconds so
// that the session's DateStyle cannot change what is read.
constexpr auto kBlockersOfRun = R"(
SELECT b.pid, b.usename AS user_name, b.application_name, b.state,
       (extract(epoch FROM b.query_start) * 1000)::bigint AS query_start_ms,
       left(b.query, 200) AS query,
       wanted.relation,
       (SELECT string_agg(DISTINCT h.mode, ',')
          FROM pg_locks h
         WHERE h.pid = b.pid AND h.granted AND h.relation = wanted.oid) AS held_modes
FROM pg_stat_activity w
CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS blocking(pid)
JOIN pg_stat_activity b ON b.pid = blocking.pid
LEFT JOIN LATERAL (
    SELECT l.relation AS oid, format('%I.%I', n.nspname, c.relname) AS relation
    FROM pg_locks l
    JOIN pg_class c ON c.oid = l.relation
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE l.pid = w.pid AND NOT l.granted
    LIMIT 1) AS wanted ON true
WHERE w.application_name = $1
ORDER BY b.pid)";

// The run's effect on others at this instant: whether one of its backends waits for a lock, and
// how many other sessions wait for a lock one of its backends holds. Only sessions waiting for
// a lock are asked for their blockers: pg_blocking_pids() takes the lock manager's locks.
constexpr auto kImpactOfRun = R"(
SELECT coalesce(bool_or(r.wait_event_type = 'Lock'), false) AS waiting,
       (SELECT count(*)
          FROM pg_stat_activity q
         WHERE q.wait_event_type = 'Lock'
           AND q.application_name IS DISTINCT FROM $1
           AND EXISTS (SELECT 1
                         FROM unnest(pg_blocking_pids(q.pid)) AS blocking(pid)
                         JOIN pg_stat_activity b ON b.pid = blocking.pid
                        WHERE b.application_name = $1)) AS queued
FROM pg_stat_activity r
WHERE r.application_name = $1)";

// Granted locks of other sessions on the relations a migration needs ($1: one name per line, as
// the SQL wrote them, resolved with the search_path), with what those sessions are doing. The
// run's own backends ($2) and this connection are left out.
constexpr auto kHoldersOfRelations = R"(
SELECT l.pid, a.usename AS user_name, a.application_name, a.state,
       (extract(epoch FROM a.query_start) * 1000)::bigint AS query_start_ms,
       left(a.query, 200) AS query,
       format('%I.%I', n.nspname, c.relname) AS relation,
       string_agg(DISTINCT l.mode, ',') AS held_modes,
       wanted.name AS wanted_as
FROM (SELECT DISTINCT name, to_regclass(name) AS oid
        FROM unnest(string_to_array($1, E'\n')) AS name) AS wanted
JOIN pg_locks l ON l.relation = wanted.oid AND l.granted
JOIN pg_class c ON c.oid = l.relation
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.pid <> pg_backend_pid() AND a.application_name IS DISTINCT FROM $2
GROUP BY l.pid, a.usename, a.application_name, a.state, a.query_start, a.query, n.nspname,
         c.relname, wanted.name
ORDER BY l.pid)";

// PostgreSQL's lock conflict table (src/backend/storage/lmgr/lock.c), by LockLevels::strength:
// which held modes make a request of each mode wait.
bool conflicts(int requested, int held)
{
    static const std::map<int, std::set<int>> table = {
        {1, {8}},
        {2, {7, 8}},
        {3, {5, 6, 7, 8}},
        {4, {4, 5, 6, 7, 8}},
        {5, {3, 4, 6, 7, 8}},
        {6, {3, 4, 5, 6, 7, 8}},
        {7, {2, 3, 4, 5, 6, 7, 8}},
        {8, {1, 2, 3, 4, 5, 6, 7, 8}},
    };
    const auto found = table.find(requested);
    return found != table.end() && found->second.count(held) > 0;
}

QString sqlModes(const QStringList& modes)
{
    QStringList names;
    for (const QString& mode : modes)
        names << LockLevels::sqlName(mode);
    return names.join(QStringLiteral(", "));
}

// "pid 4242 (user app, application billing, idle in transaction, last query started 14:03:05,
// 12 s ago: LOCK TABLE ledger) holds a lock (ACCESS SHARE) on public.ledger"
QString describe(const QueryResult& r, int row, const QStringList& heldModes)
{
    const QString query = r.text(row, QStringLiteral("query")).simplified();
    QString started;
    if (!r.isNull(row, QStringLiteral("query_start_ms"))) {
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(r.toInt64(row, QStringLiteral("query_start_ms")));
        const double ago =
            std::max<qint64>(0, start.msecsTo(QDateTime::currentDateTime())) / 1000.0;
        started =
            LockBlockerWatch::tr("last query started %1, %2 ago")
                .arg(start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), formatDuration(ago));
    }
    const QString who =
        LockBlockerWatch::tr("pid %1 (user %2, application %3, %4, %5: %6)")
            .arg(r.text(row, QStringLiteral("pid")), r.text(row, QStringLiteral("user_name")),
                 r.text(row, QStringLiteral("application_name")).isEmpty()
                     ? LockBlockerWatch::tr("none")
                     : r.text(row, QStringLiteral("application_name")),
                 r.text(row, QStringLiteral("state")), started,
                 query.size() > 120 ? query.left(120) + QStringLiteral("…") : query);
    const QString relation = r.text(row, QStringLiteral("relation"));
    if (relation.isEmpty())
        return LockBlockerWatch::tr("%1 holds the row or transaction lock it waited for").arg(who);
    if (heldModes.isEmpty())
        return LockBlockerWatch::tr("%1 holds a lock on %2 or waits ahead of it")
            .arg(who, relation);
    return LockBlockerWatch::tr("%1 holds a lock (%2) on %3")
        .arg(who, sqlModes(heldModes), relation);
}

// The watch's own connection gives up quickly, so that a server that stopped answering never
// holds up the end of a run (the destructor waits for the sampling thread).
SessionPolicy watchPolicy()
{
    SessionPolicy policy = SessionPolicy::inspection();
    policy.connectTimeoutSeconds = 2;
    policy.statementTimeoutMs = 5'000;
    return policy;
}

} // namespace

LockBlockerWatch::LockBlockerWatch(ConnectionTarget target, QString applicationName,
                                   int lockTimeoutMs)
    : m_target(std::move(target)), m_applicationName(std::move(applicationName)),
      m_intervalMs(sampleIntervalMs(lockTimeoutMs))
{
    m_thread = std::thread([this] { sample(); });
}

LockBlockerWatch::~LockBlockerWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int LockBlockerWatch::sampleIntervalMs(int lockTimeoutMs)
{
    return std::clamp(lockTimeoutMs / 4, 20, 250);
}

QString LockBlockerWatch::takeBlockers()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_blockers, QString());
}

LockBlockerWatch::Impact LockBlockerWatch::takeImpact()
{
    std::lock_guard lock(m_mutex);
    return std::exchange(m_impact, Impact{});
}

void LockBlockerWatch::sample()
{
    PgConnection connection;
    QElapsedTimer sinceSample;
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        QString seen;
        bool waiting = false;
        int queued = 0;
        if (!connection.isOpen())
            connection.open(m_target.info, m_target.password, watchPolicy());
        if (connection.isOpen()) {
            if (const auto impact =
                    connection.exec(QString::fromLatin1(kImpactOfRun), {m_applicationName});
                impact && impact->rowCount() == 1) {
                waiting = impact->toBool(0, QStringLiteral("waiting"));
                queued = int(impact->toInt64(0, QStringLiteral("queued")));
            }
            const auto result =
                connection.exec(QString::fromLatin1(kBlockersOfRun), {m_applicationName});
            if (result) {
                QStringList blockers;
                for (int i = 0; i < result->rowCount(); ++i) {
                    const QString held = result->text(i, QStringLiteral("held_modes"));
                    blockers << describe(*result, i,
                                         held.split(QLatin1Char(','), Qt::SkipEmptyParts));
                }
                seen = blockers.join(QStringLiteral("; "));
            }
        }
        lock.lock();
        // The last non-empty sample stands: once the wait is over the blockers are gone.
        if (!seen.isEmpty())
            m_blockers = seen;
        // A wait seen in this sample is counted from the previous one: at most one interval off.
        if (waiting && sinceSample.isValid())
            m_impact.lockWaitSeconds += sinceSample.elapsed() / 1000.0;
        sinceSample.start();
        m_impact.maxBlocked = std::max(m_impact.maxBlocked, queued);
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
    }
}

QString LockBlockerWatch::holders(const ConnectionTarget& target, const QString& sql,
                                  const QString& ownApplicationName)
{
    const LintResult lint = SqlLinter::lint(sql, LintOptions{});
    std::map<QString, int> needed; // relation as written -> strongest mode requested
    for (const StatementLock& lock : lint.locks)
        needed[lock.relation] = std::max(needed[lock.relation], LockLevels::strength(lock.mode));
    if (needed.empty())
        return {};
    QStringList names;
    for (const auto& [relation, mode] : needed)
        names << relation;

    PgConnection connection;
    if (connection.open(target.info, target.password, watchPolicy()))
        return {};
    const auto result = connection.exec(QString::fromLatin1(kHoldersOfRelations),
                                        {names.join(QLatin1Char('\n')), ownApplicationName});
    if (!result)
        return {};
    QStringList holders;
    for (int i = 0; i < result->rowCount(); ++i) {
        const int requested = needed[result->text(i, QStringLiteral("wanted_as"))];
        QStringList conflicting;
        for (const QString& mode : result->text(i, QStringLiteral("held_modes"))
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (conflicts(requested, LockLevels::strength(mode)))
                conflicting << mode;
        }
        if (!conflicting.isEmpty())
            holders << describe(*result, i, conflicting);
    }
    return holders.join(QStringLiteral("; "));
}

} // namespace migdesk::core
