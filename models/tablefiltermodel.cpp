// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablefiltermodel.h"

#include "tablesizemodel.h"

namespace migdesk::models {

TableFilterModel::TableFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableSizeModel::SortRole);
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(TableSizeModel::Name);
}

void TableFilterModel::setSchema(const QString& schema)
{
    if (schema == m_schema)
        return;
    m_schema = schema;
    invalidateFilter();
}

bool TableFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_schema.isEmpty() && index.data(TableSizeModel::SchemaRole).toString() != m_schema)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace migdesk::models
