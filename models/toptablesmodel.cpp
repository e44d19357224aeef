// SPDX-License-Identifier: GPL-3.0-or-later
#include "toptablesmodel.h"

#include "catalog/tablestats.h"
#include "common/units.h"
#include "tablesizemodel.h"

namespace migdesk::models {

TopTablesModel::TopTablesModel(TableSizeModel* source, QObject* parent)
    : QAbstractTableModel(parent), m_source(source), m_unitName(tr("MB"))
{
    // m_tables points into the source's inventory, which is replaced between these two signals:
    // drop the pointers before, take the new ones after.
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        beginResetModel();
        m_tables.clear();
    });
    connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
        recompute();
        endResetModel();
    });
    // Exact sizes change the order and the bars; the pointers stay valid (sizes are updated
    // in place).
    connect(m_source, &TableSizeModel::sizesApplied, this, [this] {
        beginResetModel();
        recompute();
        endResetModel();
    });
    recompute();
}

void TopTablesModel::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    beginResetModel();
    recompute();
    endResetModel();
}

quint32 TopTablesModel::oidAt(int row) const
{
    return row >= 0 && row < int(m_tables.size()) ? m_tables[std::size_t(row)]->oid : 0;
}

void TopTablesModel::recompute()
{
    m_tables = m_source->largest(m_count);
    const qint64 largest = m_tables.empty() ? 0 : m_tables.front()->totalBytes;
    // The unit in which the largest bar is at least 1: a DBA reads "3.2 GB", not "3276 MB".
    const QStringList names{tr("kB"), tr("MB"), tr("GB"), tr("TB")};
    m_unitBytes = 1024.0;
    m_unitName = names.first();
    for (int i = 1; i < names.size() && largest >= m_unitBytes * 1024.0; ++i) {
        m_unitBytes *= 1024.0;
        m_unitName = names.at(i);
    }
}

int TopTablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int TopTablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopTablesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TableStats& t = *m_tables[std::size_t(index.row())];
    const qint64 bytes = index.column() == Heap      ? t.heapBytes
                         : index.column() == Indexes ? t.indexBytes
                                                     : t.toastBytes;
    switch (role) {
    case Qt::DisplayRole:
        return double(bytes) / m_unitBytes;
    case BytesRole:
        return bytes;
    case OidRole:
        return t.oid;
    case Qt::ToolTipRole:
        return t.sizesEstimated
                   ? tr("%1: about %2 in total (the catalog's estimate)")
                         .arg(t.qualifiedName(), core::formatBytes(t.totalBytes))
                   : tr("%1: %2 in total").arg(t.qualifiedName(), core::formatBytes(t.totalBytes));
    }
    return {};
}

QVariant TopTablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < int(m_tables.size())
                   ? m_tables[std::size_t(section)]->qualifiedName()
                   : QVariant();
    switch (section) {
    case Heap:
        return tr("Heap");
    case Indexes:
        return tr("Indexes");
    case Toast:
        return tr("TOAST");
    }
    return {};
}

} // namespace migdesk::models
