// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/tablestatsreader.h"

#include "catalog/exclusivelocks.h"
#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// All user tables with their activity and the catalog's size estimates (relpages × block size
// of the table, its indexes and its TOAST table): no size function, so the list is one fast
// round trip at any number of tables, and nothing here takes a lock. `locked` marks the tables
// an ACCESS EXCLUSIVE lock covers (see exclusivelocks.h). Partitions carry their parent's oid
// so the client can roll them up. One row with a null oid stands for a database without tables.
constexpr auto kTableListHead = R"(
WITH db AS MATERIALIZED (
    SELECT current_database() AS database,
           extract(epoch FROM clock_timestamp()) AS sampled_at,
           current_setting('block_size')::bigint AS block_size
),)";
constexpr auto kTableListBody = R"(,
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
SELECT db.database, db.sampled_at,
       t.oid, coalesce(inh.inhparent, 0) AS parent_oid, t.nspname AS schema_name,
       t.relname AS table_name, t.relkind, t.relispartition, t.locked,
       t.relpages::bigint * db.block_size AS heap_bytes,
       coalesce((SELECT sum(i.relpages) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                 WHERE x.indrelid = t.oid), 0)::bigint * db.block_size AS index_bytes,
       coalesce(toast.relpages, 0)::bigint * db.block_size AS toast_bytes,
       t.reltuples::bigint AS estimated_rows,
       coalesce(s.n_tup_ins, 0) AS inserts, coalesce(s.n_tup_upd, 0) AS updates,
       coalesce(s.n_tup_del, 0) AS deletes, coalesce(s.n_dead_tup, 0) AS dead_tuples,
       coalesce(s.seq_scan, 0) + coalesce(s.idx_scan, 0) AS reads,
       extract(epoch FROM s.last_vacuum) AS last_vacuum,
       extract(epoch FROM s.last_autovacuum) AS last_autovacuum,
       extract(epoch FROM s.last_analyze) AS last_analyze,
       extract(epoch FROM s.last_autoanalyze) AS last_autoanalyze
FROM db
LEFT JOIN tables t ON true
LEFT JOIN pg_class toast ON toast.oid = t.reltoastrelid
LEFT JOIN pg_inherits inh ON inh.inhrelid = t.oid AND t.relispartition
LEFT JOIN pg_stat_user_tables s ON s.relid = t.oid)";

// Exact sizes of the tables in $1 (an oid array). The size functions take ACCESS SHARE on the
// table, its indexes and its TOAST table; where an ACCESS EXCLUSIVE lock is held or queued on
// any of them, calling them would wait behind a migration, so those come back locked and
// unmeasured. The lock picture is read again here: one may have come since the list.
constexpr auto kTableSizesBody = R"(
SELECT t.oid, t.locked,
       CASE WHEN t.locked THEN 0
            ELSE pg_table_size(t.oid)
                 - coalesce(pg_total_relation_size(nullif(t.reltoastrelid, 0)), 0) END AS heap_bytes,
       CASE WHEN t.locked THEN 0 ELSE pg_indexes_size(t.oid) END AS index_bytes,
       CASE WHEN t.locked THEN 0
            ELSE coalesce(pg_total_relation_size(nullif(t.reltoastrelid, 0)), 0) END AS toast_bytes
FROM (SELECT c.oid, c.reltoastrelid, c.oid IN (SELECT oid FROM covered) AS locked
      FROM pg_class c
      WHERE c.oid = ANY($1::oid[])) t)";

// The database's size on disk: it walks every file of the database, so it is asked once per
// refresh, beside the first batch of table sizes.
constexpr auto kDatabaseSize = "SELECT pg_database_size(current_database())";

std::optional<double> epoch(const QVariant& value)
{
    if (!value.isValid())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

Result<TableInventory> TableStatsReader::readList(PgConnection& connection)
{
    static const QString query = QString::fromLatin1(kTableListHead) +
                                 QString::fromLatin1(kExclusivelyLockedTablesCte) +
                                 QString::fromLatin1(kTableListBody);
    const auto rows = connection.exec(query);
    if (!rows)
        return rows.error();
    const QueryResult& r = *rows;
    TableInventory inventory;
    inventory.database = r.text(0, QStringLiteral("database"));
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
    const int cReads = r.column(QStringLiteral("reads"));
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
        t.reads = r.value(i, cReads).toLongLong();
        t.lastVacuum = epoch(r.value(i, cVacuum));
        t.lastAutovacuum = epoch(r.value(i, cAutovacuum));
        t.lastAnalyze = epoch(r.value(i, cAnalyze));
        t.lastAutoanalyze = epoch(r.value(i, cAutoanalyze));
        // A locked table is not measured later either: its estimate is marked as locked.
        t.sizesEstimated = !t.locked;
        inventory.tables.push_back(std::move(t));
    }
    rollUpPartitions(inventory.tables);
    for (const TableStats& t : inventory.tables) {
        if (!t.parentOid) // a partitioned table's figures include its partitions
            inventory.databaseBytes += t.totalBytes;
    }
    inventory.databaseBytesEstimated = true;
    return inventory;
}

Result<MeasuredSizes> TableStatsReader::readSizes(PgConnection& connection,
                                                  const std::vector<quint32>& oids,
                                                  bool withDatabaseSize)
{
    static const QString query = QStringLiteral("WITH") +
                                 QString::fromLatin1(kExclusivelyLockedTablesCte) +
                                 QString::fromLatin1(kTableSizesBody);
    MeasuredSizes sizes;
    if (!oids.empty()) {
        QStringList list;
        list.reserve(qsizetype(oids.size()));
        for (quint32 oid : oids)
            list << QString::number(oid);
        const QString array = QLatin1Char('{') + list.join(QLatin1Char(',')) + QLatin1Char('}');
        const auto rows = connection.exec(query, {QVariant(array)});
        if (!rows)
            return rows.error();
        const QueryResult& r = *rows;
        const int cOid = r.column(QStringLiteral("oid"));
        const int cLocked = r.column(QStringLiteral("locked"));
        const int cHeap = r.column(QStringLiteral("heap_bytes"));
        const int cIndex = r.column(QStringLiteral("index_bytes"));
        const int cToast = r.column(QStringLiteral("toast_bytes"));
        sizes.tables.reserve(std::size_t(r.rowCount()));
        for (int i = 0; i < r.rowCount(); ++i) {
            sizes.tables.push_back({r.value(i, cOid).toUInt(), r.value(i, cHeap).toLongLong(),
                                    r.value(i, cIndex).toLongLong(),
                                    r.value(i, cToast).toLongLong(),
                                    r.value(i, cLocked).toString() == QLatin1String("t")});
        }
    }
    if (withDatabaseSize) {
        const auto database = connection.exec(QString::fromLatin1(kDatabaseSize));
        if (!database)
            return database.error();
        sizes.databaseBytes = database->value(0, 0).toLongLong();
    }
    return sizes;
}

Result<TableInventory> TableStatsReader::read(PgConnection& connection)
{
    const auto list = readList(connection);
    if (!list)
        return list.error();
    TableInventory inventory = *list;
    const auto sizes = readSizes(connection, tablesToMeasure(inventory), true);
    if (!sizes)
        return sizes.error();
    applySizes(inventory, *sizes);
    return inventory;
}

} // namespace migdesk::core
