// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"

#include <QAbstractTableModel>
#include <QSet>

namespace migdesk::models {

// The sessions of the activity monitor. Background colour marks what needs attention: waiting
// on a lock (red), idle in transaction (amber), running longer than the threshold (yellow);
// blockers are bold.
class SessionActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Pid,
        User,
        Database,
        Application,
        Client,
        State,
        Wait,
        QueryTime,
        TransactionTime,
        BlockedBy,
        Query,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, PidRole, AttentionRole };
    enum class Attention { None, LongRunning, IdleInTransaction, WaitingOnLock };

    explicit SessionActivityModel(QObject* parent = nullptr);

    void setSnapshot(const core::ActivitySnapshot& snapshot);
    void setLongThresholdSeconds(double seconds);
    double longThresholdSeconds() const { return m_longSeconds; }

    const core::SessionActivity* session(int row) const;
    int rowOfPid(int pid) const;
    Attention attention(const core::SessionActivity& session) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::SessionActivity> m_sessions;
    QSet<int> m_blockers;
    double m_longSeconds = 60.0;
};

// The colour of each kind of attention, shared by the table, the tree and the legend.
QColor attentionColor(SessionActivityModel::Attention attention);

} // namespace migdesk::models
