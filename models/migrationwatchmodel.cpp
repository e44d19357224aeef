// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationwatchmodel.h"

#include "catalog/activityreport.h"
#include "common/units.h"
#include "sessionactivitymodel.h"

#include <QBrush>
#include <QStringList>

#include <algorithm>

namespace migdesk::models {

MigrationWatchModel::MigrationWatchModel(QObject* parent) : QAbstractTableModel(parent) {}

void MigrationWatchModel::setSnapshot(const core::MigrationWatchSnapshot& snapshot)
{
    const bool samePids = std::equal(
        m_queued.begin(), m_queued.end(), snapshot.queued.begin(), snapshot.queued.end(),
        [](const core::QueuedSession& a, const core::QueuedSession& b) { return a.pid == b.pid; });
    if (samePids) {
        m_queued = snapshot.queued;
        if (!m_queued.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_queued = snapshot.queued;
    endResetModel();
}

const core::QueuedSession* MigrationWatchModel::session(int row) const
{
    return row >= 0 && row < rowCount() ? &m_queued[std::size_t(row)] : nullptr;
}

int MigrationWatchModel::rowOfPid(int pid) const
{
    for (std::size_t row = 0; row < m_queued.size(); ++row)
        if (m_queued[row].pid == pid)
            return int(row);
    return -1;
}

int MigrationWatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_queued.size());
}

int MigrationWatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationWatchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::QueuedSession& q = m_queued[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pid:
            return q.pid;
        case User:
            return q.user;
        case Application:
            return q.application;
        case Waiting:
            return q.waitSeconds ? core::formatDuration(*q.waitSeconds) : QString();
        case Wants:
            if (q.wantedMode.isEmpty())
                return QString();
            if (q.wantedRelation.isEmpty())
                return q.wantedMode;
            return tr("%1 on %2").arg(q.wantedMode, q.wantedRelation);
        case BlockedBy: {
            QStringList pids;
            for (int pid : q.blockedBy)
                pids << QString::number(pid);
            return pids.join(QStringLiteral(", "));
        }
        case Query:
            return core::ActivityReport::queryLine(q.query, 200);
        }
        break;
    case SortRole:
        if (index.column() == Waiting)
            return q.waitSeconds.value_or(-1.0);
        if (index.column() == Pid)
            return q.pid;
        return data(index, Qt::DisplayRole);
    case PidRole:
        return q.pid;
    case DirectRole:
        return q.direct;
    case Qt::BackgroundRole:
        // Every row waits on a lock: the colour the activity monitor gives such sessions.
        return QBrush(attentionColor(SessionActivityModel::Attention::WaitingOnLock));
    case Qt::ForegroundRole:
        return QBrush(Qt::black); // legible on the light background in dark themes too
    case Qt::ToolTipRole:
        if (index.column() == Query)
            return q.query;
        if (index.column() == BlockedBy)
            return q.direct ? tr("Waits for the migration itself.")
                            : tr("Waits for a session that is itself queued behind the migration.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Pid || index.column() == Waiting)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant MigrationWatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case User:
        return tr("User");
    case Application:
        return tr("Application");
    case Waiting:
        return tr("Waiting");
    case Wants:
        return tr("Wants");
    case BlockedBy:
        return tr("Blocked by");
    case Query:
        return tr("Query");
    }
    return {};
}

} // namespace migdesk::models
