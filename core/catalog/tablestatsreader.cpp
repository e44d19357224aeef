// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/tablestatsreader.h"

#include "catalog/exclusivelocks.h"
#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// All user tables with sizes and activity. The size functions take ACCESS SHARE on the table,
// its indexes and its TOAST table; where an ACCESS EXCLUSIVE lock is held or queued on any of
// them, calling them would wait behind a migration, so those tables get the pg_class estimate
// (relpages of the table and its TOAST) and locked = true. Partitions carry their parent's oid
// so the client can roll them up. The database's own size rides along on every row (from a
// materialized one-row CTE, so computed once), and one row with a null oid stands for a
// database without tables: the whole inventory is one round trip.
constexpr auto kTableStatsHead = R"(
WITH db AS MATERIALIZED (
    SELECT current_database() AS database,
           pg_database_size(current_database()) AS database_bytes,
           extract(epoch FROM clock_timestamp()) AS sampled_at
),)";
constexpr auto kTableStatsBody = R"(,
tables AS (
    SELECT c.oid, c.relname, c.relkind, c.relispartition, c.reltoastrelid, c.relpages,
           c.reltuples, n.nspname,
           c.oid IN (SELECT oid FROM covered) AS locked
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'm')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
)
SELECT db.database, db.database_bytes, db.sampled_at,
       t.oid, coalesce(inh.inhparent, 0) AS parent_oid, t.nspname AS schema_name,
       t.relname AS table_name, t.relkind, t.relispartition, t.locked,
       CASE WHEN t.locked THEN t.relpages::bigint * current_setting('block_size')::bigint
            ELSE pg_table_size(t.oid)
                 - coalesce(pg_total_relation_size(nullif(t.reltoastrelid, 0)), 0) END AS heap_bytes,
       CASE WHEN t.locked THEN 0 ELSE pg_indexes_size(t.oid) END AS index_bytes,
       CASE WHEN t.locked THEN coalesce(toast.relpages, 0)::bigint * current_setting('block_size')::bigint
            ELSE coalesce(pg_total_relation_size(nullif(t.reltoastrelid, 0)), 0) END AS toast_bytes,
       t.reltuples::bigint AS estimated_rows,
       coalesce(s.n_tup_ins, 0) AS inserts, coalesce(s.n_tup_upd, 0) AS updates,
       coalesce(s.n_tup_del, 0) AS deletes, coalesce(s.n_dead_tup, 0) AS dead_tuples,
       extract(epoch FROM s.last_vacuum) AS last_vacuum,
       extract(epoch FROM s.last_autovacuum) AS last_autovacuum,
       extract(epoch FROM s.last_analyze) AS last_analyze,
       extract(epoch FROM s.last_autoanalyze) AS last_autoanalyze
FROM db
LEFT JOIN tables t ON true
LEFT JOIN pg_class toast ON toast.oid = t.reltoastrelid
LEFT JOIN pg_inherits inh ON inh.inhrelid = t.oid AND t.relispartition
LEFT JOIN pg_stat_user_tables s ON s.relid = t.oid)";

std::optional<double> epoch(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

Result<TableInventory> TableStatsReader::read(PgConnection& connection)
{
    static const QString query = QString::fromLatin1(kTableStatsHead)
                                 + QString::fromLatin1(kExclusivelyLockedTablesCte)
                                 + QString::fromLatin1(kTableStatsBody);
    const auto rows = connection.exec(query);
    if (!rows)
        return rows.error();
    const QueryResult& r = *rows;
    TableInventory inventory;
    inventory.database = r.text(0, QStringLiteral("database"));
    inventory.databaseBytes = r.toInt64(0, QStringLiteral("database_bytes"));
    inventory.sampledAtEpoch = r.toDouble(0, QStringLiteral("sampled_at"));

    // Column positions once, not a name lookup per cell: 10,000 tables × 20 columns.
    const int cOid = r.column(QStringLiteral("oid"));
    const int cParent = r.column(QStringLiteral("parent_oid"));
    const int cSchema = r.column(QStringLiteral("schema_name"));
    const int cName = r.column(QStringLiteral("table_name"));
    const int cKind = r.column(QStringLiteral("relkind"));
    const int cPartition = r.column(QStringLiteral("relispartition"));
    const int cLocked = r.column(QStringLiteral("locked"));
    const int cHeap = r.column(QStringLiteral("heap_bytes"));
    const int cIndex = r.column(QStringLiteral("index_bytes"));
    const int cToast = r.column(QStringLiteral("toast_bytes"));
    const int cRows = r.column(QStringLiteral("estimated_rows"));
    const int cIns = r.column(QStringLiteral("inserts"));
    const int cUpd = r.column(QStringLiteral("updates"));
    const int cDel = r.column(QStringLiteral("deletes"));
    const int cDead = r.column(QStringLiteral("dead_tuples"));
    const int cVacuum = r.column(QStringLiteral("last_vacuum"));
    const int cAutovacuum = r.column(QStringLiteral("last_autovacuum"));
    const int cAnalyze = r.column(QStringLiteral("last_analyze"));
    const int cAutoanalyze = r.column(QStringLiteral("last_autoanalyze"));
    inventory.tables.reserve(std::size_t(r.rowCount()));
    for (int i = 0; i < r.rowCount(); ++i) {
        if (!r.value(i, cOid).isValid())
            continue; // the row of a database without tables
        TableStats t;
        t.oid = r.value(i, cOid).toUInt();
        t.parentOid = r.value(i, cParent).toUInt();
        t.schema = r.value(i, cSchema).toString();
        t.name = r.value(i, cName).toString();
        const QString kind = r.value(i, cKind).toString();
        if (kind == QLatin1String("p"))
            t.kind = TableStats::Kind::PartitionedTable;
        else if (kind == QLatin1String("m"))
            t.kind = TableStats::Kind::MaterializedView;
        else if (r.value(i, cPartition).toString() == QLatin1String("t"))
            t.kind = TableStats::Kind::Partition;
        t.locked = r.value(i, cLocked).toString() == QLatin1String("t");
        t.heapBytes = r.value(i, cHeap).toLongLong();
        t.indexBytes = r.value(i, cIndex).toLongLong();
        t.toastBytes = r.value(i, cToast).toLongLong();
        t.totalBytes = t.heapBytes + t.indexBytes + t.toastBytes;
        t.estimatedRows = r.value(i, cRows).toLongLong();
        t.inserts = r.value(i, cIns).toLongLong();
        t.updates = r.value(i, cUpd).toLongLong();
        t.deletes = r.value(i, cDel).toLongLong();
        t.deadTuples = r.value(i, cDead).toLongLong();
        t.lastVacuum = epoch(r.value(i, cVacuum));
        t.lastAutovacuum = epoch(r.value(i, cAutovacuum));
        t.lastAnalyze = epoch(r.value(i, cAnalyze));
        t.lastAutoanalyze = epoch(r.value(i, cAutoanalyze));
        inventory.tables.push_back(std::move(t));
    }
    rollUpPartitions(inventory.tables);
    return inventory;
}

} // namespace migdesk::core
