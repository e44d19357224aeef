// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"
#include "catalog/locktree.h"

#include <QAbstractItemModel>

namespace migdesk::models {

// The blocking tree: root blockers, then their waiters grouped by what they wait for, then the
// waiting sessions (who may block others in turn).
class BlockingTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Who, Lock, Blocked, Duration, Query, ColumnCount };
    enum Role { PidRole = Qt::UserRole, IsGroupRole };

    explicit BlockingTreeModel(QObject* parent = nullptr);

    void setSnapshot(const core::ActivitySnapshot& snapshot);
    int rootCount() const { return int(m_roots.size()); }
    // The first session node of this pid (a root blocker if it is one).
    QModelIndex indexOfPid(int pid) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // The tree flattened into a vector; children and parent are positions in it.
    struct Item
    {
        core::BlockingNode node; // without its children, which are items of their own
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    int add(const core::BlockingNode& node, int parent, int row);
    const Item* item(const QModelIndex& index) const;

    core::ActivitySnapshot m_snapshot;
    std::vector<Item> m_items;
    std::vector<int> m_roots;
};

} // namespace migdesk::models
