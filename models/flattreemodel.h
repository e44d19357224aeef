// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace migdesk::models {

// The tree plumbing shared by migdesk's tree models: nodes live in one vector, each knowing its
// parent and its row, and an index's internal id is its node's position. Subclasses keep their
// payload by node position and add nodes parent first between beginResetModel() and
// endResetModel().
class FlatTreeModel : public QAbstractItemModel
{
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;

protected:
    void clearNodes();
    int addNode(int parent);                    // -1 for a root; returns the new node's position
    int nodeOf(const QModelIndex& index) const; // -1 for an invalid index
    QModelIndex indexOfNode(int node, int column = 0) const;
    int nodeCount() const { return int(m_nodes.size()); }
    int rootCount() const { return int(m_roots.size()); }
    int parentOf(int node) const { return m_nodes[std::size_t(node)].parent; }

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace migdesk::models
