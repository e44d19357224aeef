// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/tablestats.h"

#include <QAbstractItemModel>

#include <vector>

namespace migdesk::models {

// Every table of the database; partitions are children of their (rolled-up) partitioned table.
// DisplayRole shows human units, SortRole raw numbers.
class TableSizeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        Name, Total, Heap, Indexes, Toast, Share, Rows, Activity, DeadTuples, LastVacuum,
        LastAnalyze, ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, OidRole, SchemaRole, LockedRole };

    explicit TableSizeModel(QObject* parent = nullptr);

    void setInventory(core::TableInventory inventory);
    const core::TableInventory& inventory() const { return m_inventory; }
    const core::TableStats* stats(const QModelIndex& index) const;
    QModelIndex indexOfOid(quint32 oid, int column = 0) const;
    QStringList schemas() const;
    // The n largest top-level tables (partitioned tables with their partitions), largest first.
    std::vector<const core::TableStats*> largest(int n) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        std::size_t table = 0;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    const Node* node(const QModelIndex& index) const;

    core::TableInventory m_inventory;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace migdesk::models
