// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstatesmodel.h"

#include <QBrush>
#include <QColor>

namespace migdesk::models {

SessionStatesModel::SessionStatesModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionStatesModel::setStates(std::vector<core::SessionStateCount> states)
{
    beginResetModel();
    m_states = std::move(states);
    endResetModel();
}

int SessionStatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_states.size());
}

int SessionStatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionStatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SessionStateCount& s = m_states[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == State ? QVariant(s.state) : QVariant(s.count);
    case CountRole:
        return s.count;
    case Qt::ForegroundRole:
        if (s.state.startsWith(QLatin1String("idle in transaction")))
            return QBrush(QColor(0xb3, 0x6b, 0x00));
        break;
    case Qt::TextAlignmentRole:
        return index.column() == Sessions ? int(Qt::AlignRight | Qt::AlignVCenter)
                                          : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant SessionStatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == State ? tr("State") : tr("Sessions");
}

} // namespace migdesk::models
