// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/activityreader.h"

#include "connection/pgconnection.h"
#include "connection/serverversion.h"

namespace migdesk::core {

namespace {

// Sessions that can hold or wait for locks. pg_blocking_pids() takes the lock manager's
// partition locks, so it is only called for sessions that wait on a heavyweight lock.
constexpr auto kSessionsQuery = R"(
SELECT a.pid, a.usename, a.datname, a.application_name,
       coalesce(host(a.client_addr), CASE WHEN a.client_port = -1 THEN 'local' END) AS client,
       a.backend_type, a.state, a.wait_event_type, a.wait_event,
       extract(epoch FROM statement_timestamp() - a.query_start) AS query_seconds,
       extract(epoch FROM statement_timestamp() - a.xact_start) AS xact_seconds,
       extract(epoch FROM statement_timestamp() - a.state_change) AS state_seconds,
       a.query,
       CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid) END AS blocked_by,
       extract(epoch FROM a.backend_start)::text AS backend_start,
       extract(epoch FROM statement_timestamp()) AS sampled_at
FROM pg_stat_activity a
WHERE a.pid <> pg_backend_pid()
  AND a.backend_type IN ('client backend', 'autovacuum worker', 'parallel worker')
ORDER BY a.pid)";

// Ungranted locks, and the granted locks on the same relations and transaction ids (the modes
// the blockers hold). Hashed IN-lists keep this linear in pg_locks even at 50,000 rows. %1: when
// lock l's wait began, as the server's version can say it (ServerVersion::lockWaitStart).
constexpr auto kLocksQuery = R"(
WITH locks AS (SELECT * FROM pg_locks),
waiting AS (SELECT * FROM locks WHERE NOT granted)
SELECT l.pid, l.locktype, l.mode, l.granted,
       CASE
           WHEN l.relation IS NOT NULL THEN coalesce(
               (SELECT n.nspname || '.' || c.relname
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.oid = l.relation),
               'oid ' || l.relation::text)
           WHEN l.transactionid IS NOT NULL THEN 'transaction ' || l.transactionid::text
           WHEN l.virtualxid IS NOT NULL THEN 'virtual transaction ' || l.virtualxid
           ELSE l.locktype
       END AS target,
       extract(epoch FROM statement_timestamp() - %1) AS wait_seconds,
       (SELECT count(*) FROM locks) AS total_locks
FROM locks l
WHERE l.pid IS NOT NULL
  AND (NOT l.granted
       OR l.relation IN (SELECT relation FROM waiting WHERE relation IS NOT NULL)
       OR l.transactionid IN (SELECT transactionid FROM waiting WHERE transactionid IS NOT NULL))
ORDER BY l.granted, l.pid)";

std::vector<int> parsePidArray(const QString& text)
{
    std::vector<int> pids;
    const QString inner = text.mid(1, text.size() - 2); // "{12,34}"
    for (const QString& part : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        pids.push_back(part.toInt());
    return pids;
}

std::optional<double> optionalDouble(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

QStringList ActivityReader::queries(int serverVersionNum)
{
    return {QString::fromLatin1(kSessionsQuery),
            QString::fromLatin1(kLocksQuery)
                .arg(ServerVersion(serverVersionNum).lockWaitStart(QStringLiteral("l")))};
}

Result<ActivitySnapshot> ActivityReader::read(PgConnection& connection)
{
    const QStringList statements = queries(connection.serverVersion());
    const auto sessions = connection.exec(statements.at(0));
    if (!sessions)
        return sessions.error();
    const auto locks = connection.exec(statements.at(1));
    if (!locks)
        return locks.error();

    ActivitySnapshot snapshot;
    const QueryResult& s = *sessions;
    const int cPid = s.column(QStringLiteral("pid"));
    const int cUser = s.column(QStringLiteral("usename"));
    const int cDb = s.column(QStringLiteral("datname"));
    const int cApp = s.column(QStringLiteral("application_name"));
    const int cClient = s.column(QStringLiteral("client"));
    const int cType = s.column(QStringLiteral("backend_type"));
    const int cState = s.column(QStringLiteral("state"));
    const int cWaitType = s.column(QStringLiteral("wait_event_type"));
    const int cWait = s.column(QStringLiteral("wait_event"));
    const int cQuerySec = s.column(QStringLiteral("query_seconds"));
    const int cXactSec = s.column(QStringLiteral("xact_seconds"));
    const int cStateSec = s.column(QStringLiteral("state_seconds"));
    const int cQuery = s.column(QStringLiteral("query"));
    const int cBackendStart = s.column(QStringLiteral("backend_start"));
    const int cBlocked = s.column(QStringLiteral("blocked_by"));
    snapshot.sessions.reserve(std::size_t(s.rowCount()));
    for (int r = 0; r < s.rowCount(); ++r) {
        SessionActivity a;
        a.pid = s.value(r, cPid).toInt();
        a.user = s.value(r, cUser).toString();
        a.database = s.value(r, cDb).toString();
        a.application = s.value(r, cApp).toString();
        a.client = s.value(r, cClient).toString();
        a.backendType = s.value(r, cType).toString();
        a.state = s.value(r, cState).toString();
        a.waitEventType = s.value(r, cWaitType).toString();
        a.waitEvent = s.value(r, cWait).toString();
        a.querySeconds = optionalDouble(s.value(r, cQuerySec));
        a.transactionSeconds = optionalDouble(s.value(r, cXactSec));
        a.stateSeconds = optionalDouble(s.value(r, cStateSec));
        a.query = s.value(r, cQuery).toString();
        a.backendStart = s.value(r, cBackendStart).toString();
        a.blockedBy = parsePidArray(s.value(r, cBlocked).toString());
        snapshot.sessions.push_back(std::move(a));
    }
    snapshot.sampledAtEpoch = s.rowCount() > 0 ? s.toDouble(0, QStringLiteral("sampled_at")) : 0;

    const QueryResult& l = *locks;
    const int lPid = l.column(QStringLiteral("pid"));
    const int lType = l.column(QStringLiteral("locktype"));
    const int lMode = l.column(QStringLiteral("mode"));
    const int lGranted = l.column(QStringLiteral("granted"));
    const int lTarget = l.column(QStringLiteral("target"));
    const int lWait = l.column(QStringLiteral("wait_seconds"));
    snapshot.locks.reserve(std::size_t(l.rowCount()));
    for (int r = 0; r < l.rowCount(); ++r) {
        LockEntry e;
        e.pid = l.value(r, lPid).toInt();
        e.lockType = l.value(r, lType).toString();
        e.mode = l.value(r, lMode).toString();
        e.granted = l.value(r, lGranted).toString() == QLatin1String("t");
        e.target = l.value(r, lTarget).toString();
        e.waitSeconds = optionalDouble(l.value(r, lWait));
        if (!e.granted)
            ++snapshot.ungrantedLocks;
        snapshot.locks.push_back(std::move(e));
    }
    snapshot.totalLocks = l.rowCount() > 0 ? int(l.toInt64(0, QStringLiteral("total_locks"))) : 0;
    return snapshot;
}

} // namespace migdesk::core
