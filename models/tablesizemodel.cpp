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

} // namespace

TableSizeModel::TableSizeModel(QObject* parent) : QAbstractItemModel(parent) {}

void TableSizeModel::setInventory(core::TableInventory inventory)
{
    beginResetModel();
    m_inventory = std::move(inventory);
    m_nodes.clear();
    m_roots.clear();
    m_nodes.resize(m_inventory.tables.size());
    QHash<quint32, int> byOid;
    byOid.reserve(int(m_nodes.size()));
    for (std::size_t i = 0; i < m_inventory.tables.size(); ++i) {
        m_nodes[i].table = i;
        byOid.insert(m_inventory.tables[i].oid, int(i));
    }
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const int parent = byOid.value(m_inventory.tables[i].parentOid, -1);
        Node& n = m_nodes[i];
        if (parent >= 0 && parent != int(i)) {
            n.parent = parent;
            n.row = int(m_nodes[std::size_t(parent)].children.size());
            m_nodes[std::size_t(parent)].children.push_back(int(i));
        } else {
            n.row = int(m_roots.size());
            m_roots.push_back(int(i));
        }
    }
    endResetModel();
}

const TableSizeModel::Node* TableSizeModel::node(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())];
}

const core::TableStats* TableSizeModel::stats(const QModelIndex& index) const
{
    const Node* n = node(index);
    return n ? &m_inventory.tables[n->table] : nullptr;
}

QModelIndex TableSizeModel::indexOfOid(quint32 oid, int column) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_inventory.tables[m_nodes[i].table].oid == oid)
            return createIndex(m_nodes[i].row, column, quintptr(i));
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
    roots.reserve(m_roots.size());
    for (int r : m_roots)
        roots.push_back(&m_inventory.tables[m_nodes[std::size_t(r)].table]);
    const auto bigger = [](const core::TableStats* a, const core::TableStats* b) {
        return a->totalBytes != b->totalBytes ? a->totalBytes > b->totalBytes
                                              : a->qualifiedName() < b->qualifiedName();
    };
    const std::size_t count = std::min(roots.size(), std::size_t(std::max(n, 0)));
    std::partial_sort(roots.begin(), roots.begin() + std::ptrdiff_t(count), roots.end(), bigger);
    roots.resize(count);
    return roots;
}

QModelIndex TableSizeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>* rows = &m_roots;
    if (parent.isValid()) {
        const Node* p = node(parent);
        if (!p)
            return {};
        rows = &p->children;
    }
    if (row >= int(rows->size()))
        return {};
    return createIndex(row, column, quintptr((*rows)[std::size_t(row)]));
}

QModelIndex TableSizeModel::parent(const QModelIndex& child) const
{
    const Node* n = node(child);
    if (!n || n->parent < 0)
        return {};
    const Node& p = m_nodes[std::size_t(n->parent)];
    return createIndex(p.row, 0, quintptr(n->parent));
}

int TableSizeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node* n = node(parent);
    return n ? int(n->children.size()) : 0;
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
                             : core::formatBytes(t->totalBytes);
        case Heap:
            return core::formatBytes(t->heapBytes);
        case Indexes:
            return t->locked ? tr("locked") : core::formatBytes(t->indexBytes);
        case Toast:
            return core::formatBytes(t->toastBytes);
        case Share:
            return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
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
        if (t->locked) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case Qt::ToolTipRole:
        if (t->locked)
            return tr("An ACCESS EXCLUSIVE lock is held or awaited on this table or one of its "
                      "indexes: its size is the catalog's estimate, read without waiting.");
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
