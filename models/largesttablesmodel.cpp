// SPDX-License-Identifier: GPL-3.0-or-later
#include "largesttablesmodel.h"

#include "common/units.h"

#include <QLocale>

namespace migdesk::models {

LargestTablesModel::LargestTablesModel(QObject* parent) : QAbstractTableModel(parent) {}

void LargestTablesModel::setTables(std::vector<core::TableSize> tables, qint64 databaseBytes)
{
    beginResetModel();
    m_tables = std::move(tables);
    m_databaseBytes = databaseBytes;
    endResetModel();
}

int LargestTablesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int LargestTablesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LargestTablesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TableSize& t = m_tables[std::size_t(index.row())];
    const double share = m_databaseBytes > 0 ? double(t.totalBytes) / double(m_databaseBytes) : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Table:
            return t.qualifiedName();
        case TotalSize:
            return t.locked ? tr("≈ %1 (locked)").arg(core::formatBytes(t.totalBytes))
                            : core::formatBytes(t.totalBytes);
        case EstimatedRows:
            return core::formatCount(t.estimatedRows);
        case ShareOfDatabase:
            return QStringLiteral("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Table:
            return t.qualifiedName();
        case TotalSize:
        case ShareOfDatabase:
            return t.totalBytes;
        case EstimatedRows:
            return t.estimatedRows;
        }
        break;
    case LockedRole:
        return t.locked;
    case Qt::TextAlignmentRole:
        return index.column() == Table ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                       : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (t.locked)
            return tr("An ACCESS EXCLUSIVE lock is held or awaited on this table, so its size "
                      "was estimated from the catalog instead of being read.");
        break;
    }
    return {};
}

QVariant LargestTablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Table:
        return tr("Table");
    case TotalSize:
        return tr("Total size");
    case EstimatedRows:
        return tr("Rows (estimate)");
    case ShareOfDatabase:
        return tr("Share of database");
    }
    return {};
}

} // namespace migdesk::models
