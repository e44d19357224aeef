// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionactivitymodel.h"

#include "catalog/activityreport.h"
#include "catalog/locktree.h"
#include "common/units.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace migdesk::models {

QColor attentionColor(SessionActivityModel::Attention attention)
{
    switch (attention) {
    case SessionActivityModel::Attention::WaitingOnLock:
        return QColor(0xf8, 0xd0, 0xd0);
    case SessionActivityModel::Attention::IdleInTransaction:
        return QColor(0xfc, 0xe3, 0xb8);
    case SessionActivityModel::Attention::LongRunning:
        return QColor(0xfa, 0xf3, 0xb0);
    case SessionActivityModel::Attention::None:
        break;
    }
    return {};
}

SessionActivityModel::SessionActivityModel(QObject* parent) : QAbstractTableModel(parent) {}

void SessionActivityModel::setSnapshot(const core::ActivitySnapshot& snapshot)
{
    const auto blockers = core::LockTree::blockers(snapshot);
    m_blockers = QSet<int>(blockers.begin(), blockers.end());
    // Same sessions as before (the usual case between two refreshes): update in place so that
    // selection, scroll position and sorting stay where the user left them.
    bool samePids = snapshot.sessions.size() == m_sessions.size();
    for (std::size_t i = 0; samePids && i < m_sessions.size(); ++i)
        samePids = snapshot.sessions[i].pid == m_sessions[i].pid;
    if (samePids) {
        m_sessions = snapshot.sessions;
        if (!m_sessions.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_sessions = snapshot.sessions;
    endResetModel();
}

void SessionActivityModel::setLongThresholdSeconds(double seconds)
{
    m_longSeconds = seconds;
    if (!m_sessions.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const core::SessionActivity* SessionActivityModel::session(int row) const
{
    return row >= 0 && row < rowCount() ? &m_sessions[std::size_t(row)] : nullptr;
}

int SessionActivityModel::rowOfPid(int pid) const
{
    for (std::size_t i = 0; i < m_sessions.size(); ++i)
        if (m_sessions[i].pid == pid)
            return int(i);
    return -1;
}

SessionActivityModel::Attention
SessionActivityModel::attention(const core::SessionActivity& s) const
{
    if (s.isWaitingOnLock())
        return Attention::WaitingOnLock;
    if (s.isIdleInTransaction())
        return Attention::IdleInTransaction;
    if (s.isLongRunning(m_longSeconds))
        return Attention::LongRunning;
    return Attention::None;
}

int SessionActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SessionActivity& s = m_sessions[std::size_t(index.row())];
    const auto duration = [](const std::optional<double>& seconds) {
        return seconds ? core::formatDuration(*seconds) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Pid:
            return s.pid;
        case User:
            return s.user;
        case Database:
            return s.database;
        case Application:
            return s.application;
        case Client:
            return s.client;
        case State:
            return s.state.isEmpty() ? s.backendType : s.state;
        case Wait:
            return s.waitEventType.isEmpty() ? QString()
                                             : s.waitEventType + QStringLiteral(": ") + s.waitEvent;
        case QueryTime:
            return duration(s.querySeconds);
        case TransactionTime:
            return duration(s.transactionSeconds);
        case BlockedBy: {
            QStringList pids;
            for (int pid : s.blockedBy)
                pids << QString::number(pid);
            return pids.join(QStringLiteral(", "));
        }
        case Query:
            return core::ActivityReport::queryLine(s.query, 200);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Pid:
            return s.pid;
        case QueryTime:
            return s.querySeconds.value_or(-1.0);
        case TransactionTime:
            return s.transactionSeconds.value_or(-1.0);
        case BlockedBy:
            return int(s.blockedBy.size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case PidRole:
        return s.pid;
    case AttentionRole:
        return int(attention(s));
    case Qt::BackgroundRole: {
        const QColor colour = attentionColor(attention(s));
        if (colour.isValid())
            return QBrush(colour);
        break;
    }
    case Qt::ForegroundRole:
        if (attention(s) != Attention::None)
            return QBrush(Qt::black); // legible on the light backgrounds in dark themes too
        break;
    case Qt::FontRole:
        if (m_blockers.contains(s.pid)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Query)
            return s.query;
        if (m_blockers.contains(s.pid))
            return tr("This session blocks others: see the blocking tree.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Pid || index.column() == QueryTime ||
            index.column() == TransactionTime)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant SessionActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pid:
        return tr("PID");
    case User:
        return tr("User");
    case Database:
        return tr("Database");
    case Application:
        return tr("Application");
    case Client:
        return tr("Client");
    case State:
        return tr("State");
    case Wait:
        return tr("Waiting for");
    case QueryTime:
        return tr("Query time");
    case TransactionTime:
        return tr("Transaction time");
    case BlockedBy:
        return tr("Blocked by");
    case Query:
        return tr("Query");
    }
    return {};
}

} // namespace migdesk::models
