// SPDX-License-Identifier: GPL-3.0-or-later
#include "flattreemodel.h"

namespace migdesk::models {

void FlatTreeModel::clearNodes()
{
    m_nodes.clear();
    m_roots.clear();
}

int FlatTreeModel::addNode(int parent)
{
    const int position = int(m_nodes.size());
    Node node;
    node.parent = parent;
    std::vector<int>& siblings = parent >= 0 ? m_nodes[std::size_t(parent)].children : m_roots;
    node.row = int(siblings.size());
    siblings.push_back(position);
    m_nodes.push_back(std::move(node));
    return position;
}

int FlatTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return -1;
    return int(index.internalId());
}

QModelIndex FlatTreeModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= nodeCount())
        return {};
    return createIndex(m_nodes[std::size_t(node)].row, column, quintptr(node));
}

QModelIndex FlatTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    const std::vector<int>* rows = &m_roots;
    if (parent.isValid()) {
        const int p = nodeOf(parent);
        if (p < 0)
            return {};
        rows = &m_nodes[std::size_t(p)].children;
    }
    if (row >= int(rows->size()))
        return {};
    return createIndex(row, column, quintptr((*rows)[std::size_t(row)]));
}

QModelIndex FlatTreeModel::parent(const QModelIndex& child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    return indexOfNode(m_nodes[std::size_t(node)].parent);
}

int FlatTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const int node = nodeOf(parent);
    return node >= 0 ? int(m_nodes[std::size_t(node)].children.size()) : 0;
}

} // namespace migdesk::models
