// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"
#include "catalog/locktree.h"

#include "flattreemodel.h"

namespace migdesk::models {

// The blocking tree: root blockers, then their waiters grouped by what they wait for, then the
// waiting sessions (who may block others in turn).
class BlockingTreeModel : public FlatTreeModel
{
    Q_OBJECT
public:
    enum Column { Who, Lock, Blocked, Duration, Query, ColumnCount };
    enum Role { PidRole = Qt::UserRole, IsGroupRole };

    explicit BlockingTreeModel(QObject* parent = nullptr);

    void setSnapshot(const core::ActivitySnapshot& snapshot);
    using FlatTreeModel::rootCount;
    // The first session node of this pid (a root blocker if it is one).
    QModelIndex indexOfPid(int pid) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void add(const core::BlockingNode& node, int parent);
    const core::BlockingNode* item(const QModelIndex& index) const;

    core::ActivitySnapshot m_snapshot;
    std::vector<core::BlockingNode> m_items; // by node position, without their children
};

} // namespace migdesk::models
