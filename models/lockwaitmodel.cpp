// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockwaitmodel.h"

#include "common/units.h"

namespace migdesk::models {

LockWaitModel::LockWaitModel(QObject* parent) : QAbstractTableModel(parent) {}

void LockWaitModel::setSnapshot(const core::ActivitySnapshot& snapshot)
{
    beginResetModel();
    m_locks = snapshot.ungranted();
    endResetModel();
}

int LockWaitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_locks.size());
}

int LockWaitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LockWaitModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::LockEntry& l = m_locks[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pid:
            return l.pid;
        case Mode:
            return l.mode;
        case Target:
            return l.target;
        case Waiting:
            return l.waitSeconds ? core::formatDuration(*l.waitSeconds) : QString();
        }
        break;
    case SortRole:
        if (index.column() == Waiting)
            return l.waitSeconds.value_or(0.0);
        return data(index, Qt::DisplayRole);
    case PidRole:
        return l.pid;
    }
    return {};
}

QVariant LockWaitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case Mode:
        return tr("Wanted mode");
    case Target:
        return tr("Object");
    case Waiting:
        return tr("Wait time");
    }
    return {};
}

} // namespace migdesk::models
