// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingtreemodel.h"

#include "catalog/activityreport.h"
#include "common/units.h"

#include <QFont>

namespace migdesk::models {

BlockingTreeModel::BlockingTreeModel(QObject* parent) : FlatTreeModel(parent) {}

void BlockingTreeModel::add(const core::BlockingNode& node, int parent)
{
    const int position = addNode(parent);
    core::BlockingNode item = node;
    item.children.clear();
    m_items.push_back(std::move(item));
    for (const core::BlockingNode& child : node.children)
        add(child, position);
}

void BlockingTreeModel::setSnapshot(const core::ActivitySnapshot& snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    clearNodes();
    m_items.clear();
    for (const core::BlockingNode& root : core::LockTree::build(snapshot))
        add(root, -1);
    endResetModel();
}

QModelIndex BlockingTreeModel::indexOfPid(int pid) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].kind == core::BlockingNode::Kind::Session && m_items[i].pid == pid)
            return indexOfNode(int(i));
    return {};
}

const core::BlockingNode* BlockingTreeModel::item(const QModelIndex& index) const
{
    const int node = nodeOf(index);
    return node >= 0 ? &m_items[std::size_t(node)] : nullptr;
}

int BlockingTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant BlockingTreeModel::data(const QModelIndex& index, int role) const
{
    const core::BlockingNode* it = item(index);
    if (!it)
        return {};
    const core::BlockingNode& n = *it;
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
        if (parentOf(nodeOf(index)) < 0) {
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
