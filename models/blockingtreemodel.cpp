// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingtreemodel.h"

#include "catalog/activityreport.h"
#include "common/units.h"

#include <QFont>

namespace migdesk::models {

BlockingTreeModel::BlockingTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

int BlockingTreeModel::add(const core::BlockingNode& node, int parent, int row)
{
    const int position = int(m_items.size());
    Item item;
    item.node = node;
    item.node.children.clear();
    item.parent = parent;
    item.row = row;
    m_items.push_back(std::move(item));
    std::vector<int> children;
    for (std::size_t i = 0; i < node.children.size(); ++i)
        children.push_back(add(node.children[i], position, int(i)));
    m_items[std::size_t(position)].children = std::move(children);
    return position;
}

void BlockingTreeModel::setSnapshot(const core::ActivitySnapshot& snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_items.clear();
    m_roots.clear();
    const auto tree = core::LockTree::build(snapshot);
    for (std::size_t i = 0; i < tree.size(); ++i)
        m_roots.push_back(add(tree[i], -1, int(i)));
    endResetModel();
}

QModelIndex BlockingTreeModel::indexOfPid(int pid) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item& it = m_items[i];
        if (it.node.kind == core::BlockingNode::Kind::Session && it.node.pid == pid)
            return createIndex(it.row, 0, quintptr(i));
    }
    return {};
}

const BlockingTreeModel::Item* BlockingTreeModel::item(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_items.size())
        return nullptr;
    return &m_items[std::size_t(index.internalId())];
}

QModelIndex BlockingTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int>* rows = &m_roots;
    if (parent.isValid()) {
        const Item* p = item(parent);
        if (!p)
            return {};
        rows = &p->children;
    }
    if (row >= int(rows->size()))
        return {};
    return createIndex(row, column, quintptr((*rows)[std::size_t(row)]));
}

QModelIndex BlockingTreeModel::parent(const QModelIndex& child) const
{
    const Item* it = item(child);
    if (!it || it->parent < 0)
        return {};
    return createIndex(m_items[std::size_t(it->parent)].row, 0, quintptr(it->parent));
}

int BlockingTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Item* it = item(parent);
    return it ? int(it->children.size()) : 0;
}

int BlockingTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant BlockingTreeModel::data(const QModelIndex& index, int role) const
{
    const Item* it = item(index);
    if (!it)
        return {};
    const core::BlockingNode& n = it->node;
    const bool group = n.kind == core::BlockingNode::Kind::Group;
    const core::SessionActivity* s = group ? nullptr : m_snapshot.session(n.pid);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Who:
            if (group)
                return tr("%n waiting for %1", nullptr, n.waiting).arg(n.target);
            return s ? tr("pid %1 · %2 · %3").arg(n.pid).arg(s->user, s->state)
                     : tr("pid %1").arg(n.pid);
        case Lock:
            if (group)
                return tr("wants %1").arg(n.modeWanted);
            return n.modeHeld.isEmpty() ? QString() : tr("holds %1").arg(n.modeHeld);
        case Blocked:
            return n.blockedInTotal > 0 ? QVariant(n.blockedInTotal) : QVariant();
        case Duration:
            if (s && s->transactionSeconds)
                return core::formatDuration(*s->transactionSeconds);
            break;
        case Query:
            if (s)
                return core::ActivityReport::queryLine(s->query, 120);
            break;
        }
        break;
    case PidRole:
        return group ? 0 : n.pid;
    case IsGroupRole:
        return group;
    case Qt::FontRole:
        if (it->parent < 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (s)
            return s->query;
        if (group)
            return tr("%1 blocked in total behind this group").arg(n.blockedInTotal);
        break;
    }
    return {};
}

QVariant BlockingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Who:
        return tr("Blocker / waiting");
    case Lock:
        return tr("Lock");
    case Blocked:
        return tr("Blocked");
    case Duration:
        return tr("Transaction age");
    case Query:
        return tr("Query");
    }
    return {};
}

} // namespace migdesk::models
