// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

// One user table (or partitioned table, or partition) with its sizes and activity, as the tables
// pane and `migdesk tables` show it. Sizes in bytes, times as Unix epoch seconds.
struct TableStats
{
    enum class Kind { Table, PartitionedTable, Partition, MaterializedView };

    quint32 oid = 0;
    quint32 parentOid = 0; // the partitioned table this is a partition of, else 0
    QString schema;
    QString name;
    Kind kind = Kind::Table;
    qint64 heapBytes = 0; // main fork + free space map + visibility map
    qint64 indexBytes = 0;
    qint64 toastBytes = 0; // TOAST table and its index
    qint64 totalBytes = 0;
    qint64 estimatedRows = 0; // pg_class.reltuples; -1 when never analyzed or vacuumed
    qint64 inserts = 0;
    qint64 updates = 0;
    qint64 deletes = 0;
    qint64 deadTuples = 0;
    qint64 reads = 0; // sequential + index scans since the statistics were reset
    std::optional<double> lastVacuum;
    std::optional<double> lastAutovacuum;
    std::optional<double> lastAnalyze;
    std::optional<double> lastAutoanalyze;
    // ACCESS EXCLUSIVE is held or awaited on the table, one of its indexes or its TOAST table:
    // the sizes were not read (that would queue behind the lock) and heapBytes/totalBytes are
    // pg_class's page-count estimate.
    bool locked = false;
    // The sizes are pg_class's page counts (as of the last VACUUM or ANALYZE), the list's
    // first answer; the exact sizes have not been read yet (a locked table's never are).
    bool sizesEstimated = false;

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
    // inserts + updates + deletes since the statistics were reset: the runbook's "activity".
    qint64 activity() const { return inserts + updates + deletes; }
};

// Gives every partitioned table the sums of its partitions (recursively: sizes, rows, activity,
// dead tuples, and locked if any partition is), since it has no storage of its own.
void rollUpPartitions(std::vector<TableStats>& tables);

// Every table of one database, partitions rolled up.
struct TableInventory
{
    QString database;
    qint64 databaseBytes = 0;
    bool databaseBytesEstimated = false; // the sum of the tables' estimates, not yet measured
    double sampledAtEpoch = 0;
    std::vector<TableStats> tables;

    // The database's size or a table's is still an estimate.
    bool sizesEstimated() const;
};

// Exact sizes of some tables, read after the list (TableStatsReader::readSizes).
struct TableSizes
{
    quint32 oid = 0;
    qint64 heapBytes = 0;
    qint64 indexBytes = 0;
    qint64 toastBytes = 0;
    bool locked = false; // an ACCESS EXCLUSIVE lock came since the list: not measured
};
struct MeasuredSizes
{
    std::vector<TableSizes> tables;
    std::optional<qint64> databaseBytes;
};

// Puts measured sizes into the inventory and sums the partitioned tables again; the inventory
// is exact once no table waits for its size and the database's size is known.
void applySizes(TableInventory& inventory, const MeasuredSizes& sizes);
// The tables whose sizes are still estimates and can be measured (not locked, not a
// partitioned table, which has no storage of its own), largest estimate first: the tables a
// DBA looks at get their exact sizes first.
std::vector<quint32> tablesToMeasure(const TableInventory& inventory);

} // namespace migdesk::core
