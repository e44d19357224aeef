// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupproofmodel.h"

#include "common/units.h"
#include "pendingmigrationsmodel.h"

#include <QColor>

namespace migdesk::models {

namespace {

QString rows(const std::optional<qint64>& count)
{
    return count ? core::formatCount(*count) : BackupProofModel::tr("—");
}

} // namespace

BackupProofModel::BackupProofModel(QObject* parent) : QAbstractTableModel(parent) {}

void BackupProofModel::setTables(std::vector<core::BackupProofReport::Table> tables)
{
    beginResetModel();
    m_tables = std::move(tables);
    endResetModel();
}

int BackupProofModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int BackupProofModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupProofModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::BackupProofReport::Table& t = m_tables[std::size_t(index.row())];
    const bool same = t.match.value_or(false);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Table:
            return t.name;
        case SourceRows:
            return rows(t.source);
        case RestoredRows:
            return rows(t.restored);
        case Same:
            return same ? tr("yes") : tr("no");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Same)
            return levelColor(same ? QStringLiteral("green") : QStringLiteral("red"));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SourceRows || index.column() == RestoredRows)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant BackupProofModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Table:
        return tr("Table");
    case SourceRows:
        return tr("Rows in the backup");
    case RestoredRows:
        return tr("Rows restored");
    case Same:
        return tr("Same");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace migdesk::models
