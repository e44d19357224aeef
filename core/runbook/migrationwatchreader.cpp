// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationwatchreader.h"

#include "connection/pgconnection.h"
#include "connection/serverversion.h"
#include "risk/locklevels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace migdesk::core {

namespace {

// The migration's backends: the executor's connection (or manage.py's) carries the
// application_name $1. Client backends only: parallel workers of a CREATE INDEX inherit the
// name but are not what the migration runs. pg_blocking_pids() takes the lock manager's
// partition locks, so it is only asked for a backend that waits on a heavyweight lock.
constexpr auto kBackendsQuery = R"(
SELECT a.pid, a.state, a.query, a.wait_event_type, a.wait_event,
       extract(epoch FROM statement_timestamp() - a.query_start) AS query_seconds,
       extract(epoch FROM statement_timestamp() - a.xact_start) AS xact_seconds,
       CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid) END AS blocked_by
FROM pg_stat_activity a
WHERE a.application_name = $1
  AND a.backend_type = 'client backend'
  AND a.pid <> pg_backend_pid()
ORDER BY a.backend_start, a.pid)";

// Around the backends $1 (int[]): the heavyweight locks they hold or wait for, the sessions
// queued behind them (directly, or behind a session that is queued; the recursion follows
// pg_blocking_pids() of lock waiters only) and their rows of pg_stat_progress_create_index and
// pg_stat_progress_cluster (CLUSTER and VACUUM FULL). Three JSON arrays in one row, so that one
// round trip gives one picture. Relation names come from pg_class of this database; a relation
// the migration's open transaction created is not visible yet and stays unnamed. Granted locks
// on system catalogs and TOAST tables are left out as bookkeeping. %1: when lock l's wait began,
// as the server's version can say it (ServerVersion::lockWaitStart); before 14 a queued session's
// wait is counted from its last state change.
constexpr auto kSceneQuery = R"(
WITH RECURSIVE
here AS (SELECT oid FROM pg_database WHERE datname = current_database()),
all_locks AS (SELECT * FROM pg_locks),
named_locks AS (
    SELECT l.*, n.nspname AS relation_schema, n.nspname || '.' || c.relname AS relation_name
    FROM all_locks l
    LEFT JOIN pg_class c
           ON c.oid = l.relation AND l.database IN (0, (SELECT oid FROM here)) -- 0: shared catalogs
    LEFT JOIN pg_namespace n ON n.oid = c.relnamespace),
locks AS (
    SELECT l.pid, l.locktype AS lock_type, l.mode, l.granted,
           l.relation::int8 AS relation_oid, l.relation_name,
           coalesce(l.transactionid::text, l.virtualxid) AS object,
           extract(epoch FROM statement_timestamp() - %1) AS wait_seconds
    FROM named_locks l
    WHERE l.pid = ANY ($1::int[])
      AND (NOT l.granted
           OR (l.locktype = 'relation'
               AND l.database = (SELECT oid FROM here)
               AND coalesce(l.relation_schema NOT IN ('pg_catalog', 'pg_toast'), true)))),
waiting AS (
    SELECT a.pid, a.usename, a.application_name, a.query, a.state_change,
           pg_blocking_pids(a.pid) AS blocked_by
    FROM pg_stat_activity a
    WHERE a.wait_event_type = 'Lock'
      AND a.pid <> ALL ($1::int[])
      AND a.pid <> pg_backend_pid()),
queue AS (
    SELECT w.pid FROM waiting w WHERE w.blocked_by && $1::int[]
    UNION
    SELECT w.pid FROM waiting w JOIN queue q ON q.pid = ANY (w.blocked_by)),
queued AS (
    SELECT w.pid, w.usename AS user_name, w.application_name AS application, w.query,
           l.mode AS wanted_mode, l.relation_name AS wanted_relation,
           extract(epoch FROM statement_timestamp() - coalesce(%1, w.state_change))
               AS wait_seconds,
           w.blocked_by && $1::int[] AS direct,
           w.blocked_by
    FROM waiting w
    JOIN queue q ON q.pid = w.pid
    LEFT JOIN named_locks l ON l.pid = w.pid AND NOT l.granted),
progress AS (
    SELECT p.pid, 'create_index' AS source, p.command, p.phase,
           rn.nspname || '.' || rc.relname AS relation_name,
           inn.nspname || '.' || ic.relname AS index_name,
           p.blocks_done, p.blocks_total, p.tuples_done, p.tuples_total,
           p.lockers_done, p.lockers_total, p.current_locker_pid
    FROM pg_stat_progress_create_index p
    LEFT JOIN pg_class rc ON rc.oid = p.relid
    LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    LEFT JOIN pg_class ic ON ic.oid = p.index_relid
    LEFT JOIN pg_namespace inn ON inn.oid = ic.relnamespace
    WHERE p.pid = ANY ($1::int[])
    UNION ALL
    SELECT p.pid, 'cluster', p.command, p.phase,
           rn.nspname || '.' || rc.relname,
           inn.nspname || '.' || ic.relname,
           p.heap_blks_scanned, p.heap_blks_total, p.heap_tuples_written, 0,
           0, 0, 0
    FROM pg_stat_progress_cluster p
    LEFT JOIN pg_class rc ON rc.oid = p.relid
    LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    LEFT JOIN pg_class ic ON ic.oid = p.cluster_index_relid
    LEFT JOIN pg_namespace inn ON inn.oid = ic.relnamespace
    WHERE p.pid = ANY ($1::int[]))
SELECT (SELECT coalesce(json_agg(locks), '[]') FROM locks) AS locks,
       (SELECT coalesce(json_agg(queued ORDER BY wait_seconds DESC NULLS LAST, pid), '[]')
        FROM queued) AS queued,
       (SELECT coalesce(json_agg(progress), '[]') FROM progress) AS progress)";

std::vector<int> parsePidArray(const QString& text)
{
    std::vector<int> pids;
    const QString inner = text.mid(1, text.size() - 2); // "{12,34}"
    for (const QString& part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        pids.push_back(part.toInt());
    return pids;
}

std::vector<int> pidsOf(const QJsonValue& value)
{
    std::vector<int> pids;
    for (const QJsonValue& v : value.toArray())
        pids.push_back(v.toInt());
    return pids;
}

std::optional<double> optionalDouble(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

std::optional<double> optionalDouble(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QJsonArray jsonArray(const QueryResult& result, const QString& column)
{
    return QJsonDocument::fromJson(result.text(0, column).toUtf8()).array();
}

QString pidArrayLiteral(const std::vector<WatchedBackend>& backends)
{
    QStringList pids;
    for (const WatchedBackend& b : backends)
        pids << QString::number(b.pid);
    return QStringLiteral("{%1}").arg(pids.join(QLatin1Char(',')));
}

} // namespace

QStringList MigrationWatchReader::queries(int serverVersionNum)
{
    return {QString::fromLatin1(kBackendsQuery),
            QString::fromLatin1(kSceneQuery)
                .arg(ServerVersion(serverVersionNum).lockWaitStart(QStringLiteral("l")))};
}

Result<MigrationWatchSnapshot> MigrationWatchReader::read(PgConnection& inspection,
                                                          const QString& applicationName)
{
    MigrationWatchSnapshot snapshot;
    snapshot.applicationName = applicationName;

    const QStringList statements = queries(inspection.serverVersion());
    const auto backends = inspection.exec(statements.at(0), {applicationName});
    if (!backends)
        return backends.error();
    const QueryResult& rows = *backends;
    for (int r = 0; r < rows.rowCount(); ++r) {
        WatchedBackend w;
        w.pid = int(rows.toInt64(r, QStringLiteral("pid")));
        w.state = rows.text(r, QStringLiteral("state"));
        w.query = rows.text(r, QStringLiteral("query"));
        w.waitEventType = rows.text(r, QStringLiteral("wait_event_type"));
        w.waitEvent = rows.text(r, QStringLiteral("wait_event"));
        w.querySeconds = optionalDouble(rows.value(r, QStringLiteral("query_seconds")));
        w.transactionSeconds = optionalDouble(rows.value(r, QStringLiteral("xact_seconds")));
        w.blockedBy = parsePidArray(rows.text(r, QStringLiteral("blocked_by")));
        snapshot.backends.push_back(std::move(w));
    }
    if (snapshot.backends.empty())
        return snapshot;

    const auto scene = inspection.exec(statements.at(1), {pidArrayLiteral(snapshot.backends)});
    if (!scene)
        return scene.error();
    for (const QJsonValue& v : jsonArray(*scene, QStringLiteral("locks"))) {
        const QJsonObject o = v.toObject();
        WatchedLock l;
        l.pid = o.value(QLatin1String("pid")).toInt();
        l.lockType = o.value(QLatin1String("lock_type")).toString();
        l.relation = o.value(QLatin1String("relation_name")).toString();
        l.relationOid = quint32(o.value(QLatin1String("relation_oid")).toDouble());
        l.object = o.value(QLatin1String("object")).toString();
        l.mode = o.value(QLatin1String("mode")).toString();
        l.granted = o.value(QLatin1String("granted")).toBool();
        l.waitSeconds = optionalDouble(o.value(QLatin1String("wait_seconds")));
        l.strength = LockLevels::strength(l.mode);
        snapshot.locks.push_back(std::move(l));
    }
    std::stable_sort(snapshot.locks.begin(), snapshot.locks.end(),
                     [](const WatchedLock& a, const WatchedLock& b) {
                         if (a.granted != b.granted)
                             return !a.granted;
                         if (a.strength != b.strength)
                             return a.strength > b.strength;
                         return a.target() < b.target();
                     });

    for (const QJsonValue& v : jsonArray(*scene, QStringLiteral("queued"))) {
        const QJsonObject o = v.toObject();
        QueuedSession q;
        q.pid = o.value(QLatin1String("pid")).toInt();
        q.user = o.value(QLatin1String("user_name")).toString();
        q.application = o.value(QLatin1String("application")).toString();
        q.query = o.value(QLatin1String("query")).toString();
        q.wantedMode = o.value(QLatin1String("wanted_mode")).toString();
        q.wantedRelation = o.value(QLatin1String("wanted_relation")).toString();
        q.waitSeconds = optionalDouble(o.value(QLatin1String("wait_seconds")));
        q.direct = o.value(QLatin1String("direct")).toBool();
        q.blockedBy = pidsOf(o.value(QLatin1String("blocked_by")));
        snapshot.queued.push_back(std::move(q));
    }

    for (const QJsonValue& v : jsonArray(*scene, QStringLiteral("progress"))) {
        const QJsonObject o = v.toObject();
        WatchProgress p;
        p.pid = o.value(QLatin1String("pid")).toInt();
        p.source = o.value(QLatin1String("source")).toString() == QLatin1String("cluster")
                       ? WatchProgress::Source::Cluster
                       : WatchProgress::Source::CreateIndex;
        p.command = o.value(QLatin1String("command")).toString();
        p.phase = o.value(QLatin1String("phase")).toString();
        p.relation = o.value(QLatin1String("relation_name")).toString();
        p.index = o.value(QLatin1String("index_name")).toString();
        p.blocksDone = qint64(o.value(QLatin1String("blocks_done")).toDouble());
        p.blocksTotal = qint64(o.value(QLatin1String("blocks_total")).toDouble());
        p.tuplesDone = qint64(o.value(QLatin1String("tuples_done")).toDouble());
        p.tuplesTotal = qint64(o.value(QLatin1String("tuples_total")).toDouble());
        p.lockersDone = qint64(o.value(QLatin1String("lockers_done")).toDouble());
        p.lockersTotal = qint64(o.value(QLatin1String("lockers_total")).toDouble());
        p.currentLockerPid = o.value(QLatin1String("current_locker_pid")).toInt();
        snapshot.progress.push_back(std::move(p));
    }
    return snapshot;
}

} // namespace migdesk::core
