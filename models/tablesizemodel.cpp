// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesizemodel.h"

#include "common/units.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <functional>

#include <algorithm>

namespace migdesk::models {

namespace {

// Dead tuples worth a look: more than a fifth of the live rows, and not a toy table.
bool needsVacuum(const core::TableStats& t)
{
    return t.deadTuples > 10'000 && t.deadTuples * 5 > std::max<qint64>(t.estimatedRows, 1);
}

std::optional<double> latest(const std::optional<double>& a, const std::optional<double>& b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return std::max(*a, *b);
}

QString ago(const std::optional<double>& epoch, double now)
{
    if (!epoch)
        return TableSizeModel::tr("never");
    return TableSizeModel::tr("%1 ago").arg(core::formatDuration(std::max(0.0, now - *epoch)));
}

QString when(const std::optional<double>& manual, const std::optional<double>& automatic)
{
    const auto stamp = [](const std::optional<double>& epoch) {
        return epoch ? QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(*epoch)),
                                          QLocale::ShortFormat)
                     : TableSizeModel::tr("never");
    };
    return TableSizeModel::tr("manual: %1\nautomatic: %2").arg(stamp(manual), stamp(automatic));
}

// A size as a DBA reads it; "≈" while it is the catalog's estimate.
QString bytes(qint64 value, bool estimated)
{
    const QString text = core::formatBytes(value);
    return estimated ? TableSizeModel::tr("≈ %1").arg(text) : text;
}

bool isSizeColumn(int column)
{
    return column == TableSizeModel::Total || column == TableSizeModel::Heap ||
           column == TableSizeModel::Indexes || column == TableSizeModel::Toast ||
           column == TableSizeModel::Share;
}

} // namespace

TableSizeModel::TableSizeModel(QObject* parent) : FlatTreeModel(parent) {}

void TableSizeModel::setInventory(core::TableInventory inventory)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    clearNodes();
    m_tableOfNode.clear();
    m_tableOfNode.reserve(m_inventory.tables.size());
    QHash<quint32, std::size_t> byOid;
    QHash<quint32, std::vector<std::size_t>> children;
    byOid.reserve(int(m_inventory.tables.size()));
    for (std::size_t i = 0; i < m_inventory.tables.size(); ++i)
        byOid.insert(m_inventory.tables[i].oid, i);
    for (std::size_t i = 0; i < m_inventory.tables.size(); ++i) {
        const quint32 parent = m_inventory.tables[i].parentOid;
        if (parent != 0 && byOid.contains(parent) && parent != m_inventory.tables[i].oid)
            children[parent].push_back(i);
    }
    // Parents before their partitions; the depth guard keeps a corrupt catalog from looping.
    std::function<void(std::size_t, int, int)> add = [&](std::size_t table, int parent, int depth) {
        const int node = addNode(parent);
        m_tableOfNode.push_back(table);
        if (depth < 64)
            for (std::size_t child : children.value(m_inventory.tables[table].oid))
                add(child, node, depth + 1);
    };
    for (std::size_t i = 0; i < m_inventory.tables.size(); ++i) {
        const quint32 parent = m_inventory.tables[i].parentOid;
        if (parent == 0 || !byOid.contains(parent) || parent == m_inventory.tables[i].oid)
            add(i, -1, 0);
    }
    endResetModel();
}

void TableSizeModel::applySizes(const core::MeasuredSizes& sizes)
{
    // No row comes or goes, but the order by size may change: one layout change lets the sort
    // proxy sort once, where a dataChanged per partition list made it re-sort 101 times.
    emit layoutAboutToBeChanged();
    core::applySizes(m_inventory, sizes);
    emit layoutChanged();
    emit sizesApplied();
}

const core::TableStats* TableSizeModel::stats(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    return node >= 0 ? &m_inventory.tables[m_tableOfNode[std::size_t(node)]] : nullptr;
}

QModelIndex TableSizeModel::indexOfOid(quint32 oid, int column) const
{
    for (std::size_t node = 0; node < m_tableOfNode.size(); ++node)
        if (m_inventory.tables[m_tableOfNode[node]].oid == oid)
            return indexOfNode(int(node), column);
    return {};
}

QStringList TableSizeModel::schemas() const
{
    QSet<QString> names;
    for (const core::TableStats& t : m_inventory.tables)
        names.insert(t.schema);
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted;
}

std::vector<const core::TableStats*> TableSizeModel::largest(int n) const
{
    std::vector<const core::TableStats*> roots;
    roots.reserve(std::size_t(rootCount()));
    for (int row = 0; row < rootCount(); ++row)
        roots.push_back(stats(index(row, 0)));
    const auto bigger = [](const core::TableStats* a, const core::TableStats* b) {
        return a->totalBytes != b->totalBytes ? a->totalBytes > b->totalBytes
                                              : a->qualifiedName() < b->qualifiedName();
    };
    const std::size_t count = std::min(roots.size(), std::size_t(std::max(n, 0)));
    std::partial_sort(roots.begin(), roots.begin() + std::ptrdiff_t(count), roots.end(), bigger);
    roots.resize(count);
    return roots;
}

int TableSizeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TableSizeModel::data(const QModelIndex& index, int role) const
{
    const core::TableStats* t = stats(index);
    if (!t)
        return {};
    const double now = m_inventory.sampledAtEpoch;
    const double share = m_inventory.databaseBytes > 0
                             ? double(t->totalBytes) / double(m_inventory.databaseBytes)
                             : 0.0;
    const auto vacuumed = latest(t->lastVacuum, t->lastAutovacuum);
    const auto analyzed = latest(t->lastAnalyze, t->lastAutoanalyze);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return t->qualifiedName();
        case Total:
            if (t->locked && t->estimatedRows < 0)
                return tr("unknown"); // never analyzed: pg_class has no page count either
            return t->locked ? tr("≈ %1").arg(core::formatBytes(t->totalBytes))
                             : bytes(t->totalBytes, t->sizesEstimated);
        case Heap:
            return bytes(t->heapBytes, t->sizesEstimated);
        case Indexes:
            return t->locked ? tr("locked") : bytes(t->indexBytes, t->sizesEstimated);
        case Toast:
            return bytes(t->toastBytes, t->sizesEstimated);
        case Share: {
            const QString percent =
                QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
            return t->sizesEstimated || m_inventory.databaseBytesEstimated ? tr("≈ %1").arg(percent)
                                                                           : percent;
        }
        case Rows:
            return t->estimatedRows < 0 ? tr("not analyzed") : core::formatCount(t->estimatedRows);
        case Activity:
            return core::formatCount(t->activity());
        case DeadTuples:
            return core::formatCount(t->deadTuples);
        case LastVacuum:
            return ago(vacuumed, now);
        case LastAnalyze:
            return ago(analyzed, now);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return t->qualifiedName();
        case Total:
            return t->totalBytes;
        case Heap:
            return t->heapBytes;
        case Indexes:
            return t->indexBytes;
        case Toast:
            return t->toastBytes;
        case Share:
            return t->totalBytes;
        case Rows:
            return t->estimatedRows;
        case Activity:
            return t->activity();
        case DeadTuples:
            return t->deadTuples;
        case LastVacuum:
            return vacuumed.value_or(0.0);
        case LastAnalyze:
            return analyzed.value_or(0.0);
        }
        break;
    case OidRole:
        return t->oid;
    case SchemaRole:
        return t->schema;
    case LockedRole:
        return t->locked;
    case EstimatedRole:
        return t->sizesEstimated;
    case Qt::TextAlignmentRole:
        return index.column() == Name ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                      : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (t->locked)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (index.column() == DeadTuples && needsVacuum(*t))
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        break;
    case Qt::FontRole:
        if (t->locked || (t->sizesEstimated && isSizeColumn(index.column()))) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        if (t->locked)
            return tr("An ACCESS EXCLUSIVE lock is held or awaited on this table or one of its "
                      "indexes: its size is the catalog's estimate, read without waiting.");
        if (t->sizesEstimated && isSizeColumn(index.column()))
            return tr("The catalog's estimate (pages counted at the last VACUUM or ANALYZE); "
                      "the exact size is being read.");
        if (index.column() == LastVacuum)
            return when(t->lastVacuum, t->lastAutovacuum);
        if (index.column() == LastAnalyze)
            return when(t->lastAnalyze, t->lastAutoanalyze);
        if (index.column() == DeadTuples && needsVacuum(*t))
            return tr("Many dead rows: autovacuum is behind on this table.");
        if (index.column() == Activity)
            return tr("%1 inserts, %2 updates, %3 deletes since the statistics were reset")
                .arg(core::formatCount(t->inserts), core::formatCount(t->updates),
                     core::formatCount(t->deletes));
        break;
    }
    return {};
}

QVariant TableSizeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Table");
    case Total:
        return tr("Total");
    case Heap:
        return tr("Heap");
    case Indexes:
        return tr("Indexes");
    case Toast:
        return tr("TOAST");
    case Share:
        return tr("Share");
    case Rows:
        return tr("Rows (est.)");
    case Activity:
        return tr("Activity");
    case DeadTuples:
        return tr("Dead rows");
    case LastVacuum:
        return tr("Last vacuum");
    case LastAnalyze:
        return tr("Last analyze");
    }
    return {};
}

} // namespace migdesk::models
