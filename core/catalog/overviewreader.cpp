// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/overviewreader.h"

#include "catalog/exclusivelocks.h"
#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// Server and database facts in one row. pg_stat_database counters are cumulative since the last
// stats reset; the caller turns two samples into a rate.
constexpr auto kFactsQuery = R"(
SELECT current_setting('server_version')                    AS server_version,
       current_setting('server_version_num')::int           AS server_version_num,
       current_database()                                   AS database,
       current_user                                         AS username,
       host(inet_server_addr())                             AS server_host,
       coalesce(inet_server_port(), current_setting('port')::int) AS server_port,
       pg_is_in_recovery()                                  AS in_recovery,
       pg_database_size(current_database())                 AS database_bytes,
       extract(epoch FROM now() - pg_postmaster_start_time()) AS uptime_seconds,
       current_setting('max_connections')::int              AS max_connections,
       d.blks_hit, d.blks_read,
       d.xact_commit + d.xact_rollback                      AS xact_total,
       extract(epoch FROM clock_timestamp())                AS sampled_at
FROM pg_stat_database d
WHERE d.datname = current_database())";

// Client sessions on this server by state. Backends of other roles are visible with a null
// state unless we hold pg_read_all_stats: count them as "unknown" rather than hide them.
constexpr auto kSessionsByStateQuery = R"(
SELECT coalesce(state, 'unknown') AS state, count(*) AS sessions
FROM pg_stat_activity
WHERE backend_type = 'client backend'
GROUP BY 1
ORDER BY 2 DESC, 1)";

// The largest tables with their total size; a partitioned table counts with all its partitions
// (pg_partition_tree gives a plain table itself as its one leaf). Leaves covered by an ACCESS
// EXCLUSIVE lock count with pg_class's page counts instead, and the table is flagged (see
// exclusivelocks.h).
constexpr auto kLargestTablesBody = R"(,
leaves AS (
    SELECT root.oid AS root, coalesce(tree.relid, root.oid) AS leaf
    FROM pg_class root
    JOIN pg_namespace n ON n.oid = root.relnamespace
    LEFT JOIN LATERAL pg_partition_tree(root.oid) tree ON tree.isleaf
    WHERE root.relkind IN ('r', 'p', 'm') AND NOT root.relispartition
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
),
sized AS (
    SELECT l.root,
           bool_or(l.leaf IN (SELECT oid FROM covered)) AS locked,
           sum(CASE WHEN l.leaf IN (SELECT oid FROM covered)
                    THEN (c.relpages + coalesce(t.relpages, 0))::bigint
                         * current_setting('block_size')::bigint
                    ELSE pg_total_relation_size(l.leaf) END)::bigint AS total_bytes,
           sum(greatest(c.reltuples, 0))::bigint AS estimated_rows
    FROM leaves l
    JOIN pg_class c ON c.oid = l.leaf
    LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
    GROUP BY l.root
)
SELECT n.nspname AS schema_name, c.relname AS table_name, s.locked, s.total_bytes,
       s.estimated_rows
FROM sized s
JOIN pg_class c ON c.oid = s.root
JOIN pg_namespace n ON n.oid = c.relnamespace
ORDER BY s.total_bytes DESC, schema_name, table_name
LIMIT $1)";

} // namespace

Result<DatabaseOverview> OverviewReader::read(PgConnection& connection, int topTables)
{
    DatabaseOverview o;
    const auto facts = connection.exec(QString::fromLatin1(kFactsQuery));
    if (!facts)
        return facts.error();
    if (facts->rowCount() != 1)
        return DbError(DbError::Kind::Other,
                       QStringLiteral("pg_stat_database has no row for the current database"));
    const QueryResult& f = *facts;
    o.serverVersion = f.text(0, QStringLiteral("server_version"));
    o.serverVersionNum = f.value(0, QStringLiteral("server_version_num")).toInt();
    o.database = f.text(0, QStringLiteral("database"));
    o.user = f.text(0, QStringLiteral("username"));
    o.host = f.text(0, QStringLiteral("server_host"));
    o.port = f.value(0, QStringLiteral("server_port")).toInt();
    o.inRecovery = f.toBool(0, QStringLiteral("in_recovery"));
    o.databaseBytes = f.toInt64(0, QStringLiteral("database_bytes"));
    o.uptimeSeconds = f.toDouble(0, QStringLiteral("uptime_seconds"));
    o.maxConnections = f.value(0, QStringLiteral("max_connections")).toInt();
    const qint64 hit = f.toInt64(0, QStringLiteral("blks_hit"));
    const qint64 read = f.toInt64(0, QStringLiteral("blks_read"));
    if (hit + read > 0)
        o.cacheHitRatio = double(hit) / double(hit + read);
    o.transactionsTotal = f.toInt64(0, QStringLiteral("xact_total"));
    o.sampledAtEpoch = f.toDouble(0, QStringLiteral("sampled_at"));

    const auto states = connection.exec(QString::fromLatin1(kSessionsByStateQuery));
    if (!states)
        return states.error();
    for (int r = 0; r < states->rowCount(); ++r)
        o.sessionsByState.push_back({states->text(r, QStringLiteral("state")),
                                     states->value(r, QStringLiteral("sessions")).toInt()});

    static const QString largestTables = QStringLiteral("WITH") +
                                         QString::fromLatin1(kExclusivelyLockedTablesCte) +
                                         QString::fromLatin1(kLargestTablesBody);
    const auto tables = connection.exec(largestTables, {topTables});
    if (!tables)
        return tables.error();
    for (int r = 0; r < tables->rowCount(); ++r) {
        TableSize t;
        t.schema = tables->text(r, QStringLiteral("schema_name"));
        t.name = tables->text(r, QStringLiteral("table_name"));
        t.locked = tables->toBool(r, QStringLiteral("locked"));
        t.totalBytes = tables->toInt64(r, QStringLiteral("total_bytes"));
        t.estimatedRows = tables->toInt64(r, QStringLiteral("estimated_rows"));
        o.largestTables.push_back(t);
    }
    return o;
}

} // namespace migdesk::core
