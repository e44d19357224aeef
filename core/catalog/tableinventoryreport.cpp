// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/tableinventoryreport.h"

#include "common/units.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace migdesk::core {

namespace {

QJsonValue epochValue(const std::optional<double>& epoch)
{
    return epoch ? QJsonValue(*epoch) : QJsonValue();
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString isoTime(const std::optional<double>& epoch)
{
    if (!epoch)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(*epoch * 1000.0), Qt::UTC).toString(Qt::ISODate);
}

double share(qint64 bytes, qint64 databaseBytes)
{
    return databaseBytes > 0 ? double(bytes) / double(databaseBytes) : 0.0;
}

} // namespace

QString TableInventoryReport::kindKey(TableStats::Kind kind)
{
    switch (kind) {
    case TableStats::Kind::Table:
        return QStringLiteral("table");
    case TableStats::Kind::PartitionedTable:
        return QStringLiteral("partitioned table");
    case TableStats::Kind::Partition:
        return QStringLiteral("partition");
    case TableStats::Kind::MaterializedView:
        return QStringLiteral("materialized view");
    }
    return {};
}

std::vector<TableStats> TableInventoryReport::largestFirst(const TableInventory& inventory, int top,
                                                           bool includePartitions)
{
    std::vector<TableStats> tables;
    for (const TableStats& t : inventory.tables)
        if (includePartitions || t.parentOid == 0)
            tables.push_back(t);
    std::stable_sort(tables.begin(), tables.end(), [](const TableStats& a, const TableStats& b) {
        if (a.totalBytes != b.totalBytes)
            return a.totalBytes > b.totalBytes;
        return a.qualifiedName() < b.qualifiedName();
    });
    if (top > 0 && int(tables.size()) > top)
        tables.resize(std::size_t(top));
    return tables;
}

QJsonObject TableInventoryReport::toJson(const TableInventory& inventory,
                                         const std::vector<TableStats>& tables)
{
    QHash<quint32, QString> names;
    for (const TableStats& t : inventory.tables)
        names.insert(t.oid, t.qualifiedName());
    QJsonArray rows;
    for (const TableStats& t : tables) {
        QJsonObject row{
            {QStringLiteral("schema"), t.schema},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("kind"), kindKey(t.kind)},
            {QStringLiteral("total_bytes"), t.totalBytes},
            {QStringLiteral("heap_bytes"), t.heapBytes},
            {QStringLiteral("index_bytes"), t.indexBytes},
            {QStringLiteral("toast_bytes"), t.toastBytes},
            {QStringLiteral("share_of_database"), share(t.totalBytes, inventory.databaseBytes)},
            {QStringLiteral("estimated_rows"), t.estimatedRows},
            {QStringLiteral("inserts"), t.inserts},
            {QStringLiteral("updates"), t.updates},
            {QStringLiteral("deletes"), t.deletes},
            {QStringLiteral("activity"), t.activity()},
            {QStringLiteral("dead_tuples"), t.deadTuples},
            {QStringLiteral("last_vacuum"), epochValue(t.lastVacuum)},
            {QStringLiteral("last_autovacuum"), epochValue(t.lastAutovacuum)},
            {QStringLiteral("last_analyze"), epochValue(t.lastAnalyze)},
            {QStringLiteral("last_autoanalyze"), epochValue(t.lastAutoanalyze)},
            {QStringLiteral("locked"), t.locked},
            // The catalog's estimate: exported from the pane before the exact size came.
            {QStringLiteral("size_estimated"), t.sizesEstimated},
        };
        if (t.parentOid != 0)
            row.insert(QStringLiteral("partition_of"), names.value(t.parentOid));
        rows.append(row);
    }
    return QJsonObject{
        {QStringLiteral("database"), inventory.database},
        {QStringLiteral("database_bytes"), inventory.databaseBytes},
        {QStringLiteral("database_bytes_estimated"), inventory.databaseBytesEstimated},
        {QStringLiteral("table_count"), int(inventory.tables.size())},
        {QStringLiteral("tables"), rows}};
}

QString TableInventoryReport::toCsv(const std::vector<TableStats>& tables, qint64 databaseBytes)
{
    QString out = QStringLiteral(
        "schema,name,kind,total_bytes,heap_bytes,index_bytes,toast_bytes,share_of_database,"
        "estimated_rows,inserts,updates,deletes,dead_tuples,last_vacuum,last_autovacuum,"
        "last_analyze,last_autoanalyze,locked,size_estimated\n");
    for (const TableStats& t : tables) {
        const QStringList fields{csvField(t.schema),
                                 csvField(t.name),
                                 kindKey(t.kind),
                                 QString::number(t.totalBytes),
                                 QString::number(t.heapBytes),
                                 QString::number(t.indexBytes),
                                 QString::number(t.toastBytes),
                                 QString::number(share(t.totalBytes, databaseBytes), 'f', 6),
                                 QString::number(t.estimatedRows),
                                 QString::number(t.inserts),
                                 QString::number(t.updates),
                                 QString::number(t.deletes),
                                 QString::number(t.deadTuples),
                                 isoTime(t.lastVacuum),
                                 isoTime(t.lastAutovacuum),
                                 isoTime(t.lastAnalyze),
                                 isoTime(t.lastAutoanalyze),
                                 t.locked ? QStringLiteral("true") : QStringLiteral("false"),
                                 t.sizesEstimated ? QStringLiteral("true")
                                                  : QStringLiteral("false")};
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString TableInventoryReport::toText(const TableInventory& inventory,
                                     const std::vector<TableStats>& tables)
{
    QString out = tr("Database %1: %2 in %n table(s)", nullptr, int(inventory.tables.size()))
                      .arg(inventory.database, formatBytes(inventory.databaseBytes)) +
                  QLatin1Char('\n');
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8\n")
               .arg(tr("Total"), 10)
               .arg(tr("Heap"), 10)
               .arg(tr("Indexes"), 10)
               .arg(tr("TOAST"), 10)
               .arg(tr("Share"), 7)
               .arg(tr("Rows"), 14)
               .arg(tr("Activity"), 14)
               .arg(tr("Table"));
    for (const TableStats& t : tables) {
        const bool unknown = t.locked && t.estimatedRows < 0;
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7  %8%9\n")
                   .arg(unknown ? tr("unknown") : formatBytes(t.totalBytes), 10)
                   .arg(formatBytes(t.heapBytes), 10)
                   .arg(formatBytes(t.indexBytes), 10)
                   .arg(formatBytes(t.toastBytes), 10)
                   .arg(QStringLiteral("%1 %").arg(
                            share(t.totalBytes, inventory.databaseBytes) * 100.0, 0, 'f', 1),
                        7)
                   .arg(formatCount(std::max<qint64>(t.estimatedRows, 0)), 14)
                   .arg(formatCount(t.activity()), 14)
                   .arg(t.qualifiedName())
                   .arg(unknown    ? tr("  (locked, never analyzed: size unknown)")
                        : t.locked ? tr("  (locked: estimate)")
                                   : QString());
    }
    return out;
}

} // namespace migdesk::core
