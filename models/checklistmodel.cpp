// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistmodel.h"

#include "pendingmigrationsmodel.h"

#include <QBrush>
#include <QFont>

namespace migdesk::models {

QColor checkStatusColor(core::Check::Status status)
{
    switch (status) {
    case core::Check::Status::Pass:
        return levelColor(QStringLiteral("green"));
    case core::Check::Status::Warn:
        return levelColor(QStringLiteral("yellow"));
    case core::Check::Status::Fail:
        return levelColor(QStringLiteral("red"));
    case core::Check::Status::Skipped:
        break;
    }
    return {};
}

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChecklistModel::setChecks(core::CheckList checks)
{
    beginResetModel();
    m_checks = std::move(checks);
    endResetModel();
}

const core::Check* ChecklistModel::check(int row) const
{
    return row >= 0 && row < rowCount() ? &m_checks[std::size_t(row)] : nullptr;
}

int ChecklistModel::rowOfKey(const QString& key) const
{
    for (std::size_t i = 0; i < m_checks.size(); ++i)
        if (m_checks[i].key == key)
            return int(i);
    return -1;
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Check& c = m_checks[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Status:
            return core::Check::statusLabel(c.status);
        case Title:
            return c.title;
        case Figure:
            return c.figure;
        case Sentence:
            return c.sentence;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sentence || index.column() == Figure)
            return index.column() == Sentence ? c.sentence : c.figure;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            const QColor color = checkStatusColor(c.status);
            if (color.isValid())
                return QBrush(color);
        }
        break;
    case Qt::FontRole:
        if (index.column() == Status && c.status != core::Check::Status::Skipped) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case StatusKeyRole:
        return core::Check::statusKey(c.status);
    case CheckKeyRole:
        return c.key;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Title:
        return tr("Check");
    case Figure:
        return tr("Found");
    case Sentence:
        return tr("What it means");
    }
    return {};
}

} // namespace migdesk::models
