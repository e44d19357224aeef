// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/locktree.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

namespace migdesk::core {

namespace {

struct Graph
{
    QHash<int, std::vector<int>> waitersOf;   // blocker -> sessions it blocks
    QHash<int, const LockEntry*> wanted;      // waiter -> its ungranted lock
    QHash<QString, QHash<int, QString>> held; // target -> pid -> mode it holds there
};

// Heavyweight lock modes from weakest to strongest: a session holding several modes on one
// target is shown with the strongest, the one that matters to its waiters.
int strength(const QString& mode)
{
    static const QStringList modes{
        QStringLiteral("AccessShareLock"),  QStringLiteral("RowShareLock"),
        QStringLiteral("RowExclusiveLock"), QStringLiteral("ShareUpdateExclusiveLock"),
        QStringLiteral("ShareLock"),        QStringLiteral("ShareRowExclusiveLock"),
        QStringLiteral("ExclusiveLock"),    QStringLiteral("AccessExclusiveLock")};
    return int(modes.indexOf(mode));
}

Graph graphOf(const ActivitySnapshot& snapshot)
{
    Graph g;
    for (const LockEntry& lock : snapshot.locks) {
        if (lock.granted) {
            QString& held = g.held[lock.target][lock.pid];
            if (strength(lock.mode) > strength(held))
                held = lock.mode;
        } else if (!g.wanted.contains(lock.pid))
            g.wanted.insert(lock.pid, &lock);
    }
    for (const SessionActivity& s : snapshot.sessions)
        for (int blocker : s.blockedBy)
            g.waitersOf[blocker].push_back(s.pid);
    for (auto& waiters : g.waitersOf)
        std::sort(waiters.begin(), waiters.end());
    return g;
}

int countBlocked(const Graph& g, int pid, QSet<int>& seen)
{
    int count = 0;
    for (int waiter : g.waitersOf.value(pid)) {
        if (seen.contains(waiter))
            continue;
        seen.insert(waiter);
        count += 1 + countBlocked(g, waiter, seen);
    }
    return count;
}

BlockingNode sessionNode(const Graph& g, int pid, QSet<int>& onPath);

// The waiters of one blocker, grouped by the target and mode they want.
std::vector<BlockingNode> groupsUnder(const Graph& g, int blocker, QSet<int>& onPath)
{
    std::map<std::pair<QString, QString>, std::vector<int>> byWhat;
    for (int waiter : g.waitersOf.value(blocker)) {
        const LockEntry* lock = g.wanted.value(waiter);
        byWhat[{lock ? lock->target : QString(), lock ? lock->mode : QString()}].push_back(waiter);
    }
    std::vector<BlockingNode> groups;
    for (const auto& [what, waiters] : byWhat) {
        BlockingNode group;
        group.kind = BlockingNode::Kind::Group;
        group.target = what.first;
        group.modeWanted = what.second;
        group.waiting = int(waiters.size());
        for (int waiter : waiters) {
            if (onPath.contains(waiter))
                continue; // a deadlock cycle: do not descend into it again
            group.children.push_back(sessionNode(g, waiter, onPath));
        }
        // Counted over the graph with one shared set, so that a session blocked by two members
        // of the group (or reached twice through a cycle) counts once.
        QSet<int> seen{blocker};
        for (int waiter : waiters) {
            if (seen.contains(waiter))
                continue;
            seen.insert(waiter);
            group.blockedInTotal += 1 + countBlocked(g, waiter, seen);
        }
        groups.push_back(std::move(group));
    }
    std::sort(groups.begin(), groups.end(), [](const BlockingNode& a, const BlockingNode& b) {
        return a.blockedInTotal > b.blockedInTotal;
    });
    return groups;
}

BlockingNode sessionNode(const Graph& g, int pid, QSet<int>& onPath)
{
    BlockingNode node;
    node.kind = BlockingNode::Kind::Session;
    node.pid = pid;
    if (const LockEntry* lock = g.wanted.value(pid)) {
        node.target = lock->target;
        node.modeWanted = lock->mode;
    }
    onPath.insert(pid);
    node.children = groupsUnder(g, pid, onPath);
    onPath.remove(pid);
    // The mode this session holds on what its waiters want: the first group's target.
    if (!node.children.empty())
        node.modeHeld = g.held.value(node.children.front().target).value(pid);
    QSet<int> seen{pid};
    node.blockedInTotal = countBlocked(g, pid, seen);
    return node;
}

} // namespace

std::vector<int> LockTree::blockers(const ActivitySnapshot& snapshot)
{
    QSet<int> pids;
    for (const SessionActivity& s : snapshot.sessions)
        for (int blocker : s.blockedBy)
            pids.insert(blocker);
    std::vector<int> sorted(pids.begin(), pids.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

std::vector<BlockingNode> LockTree::build(const ActivitySnapshot& snapshot)
{
    const Graph g = graphOf(snapshot);
    QSet<int> waiting;
    for (const SessionActivity& s : snapshot.sessions)
        if (!s.blockedBy.empty())
            waiting.insert(s.pid);

    std::vector<int> roots;
    for (int blocker : blockers(snapshot))
        if (!waiting.contains(blocker))
            roots.push_back(blocker);
    // Blockers that are all waiting themselves form a cycle (a deadlock in progress): make sure
    // every blocked session is reachable from some root by adopting unreached blockers.
    QSet<int> reached;
    for (int root : roots) {
        reached.insert(root);
        countBlocked(g, root, reached);
    }
    for (int blocker : blockers(snapshot)) {
        if (!reached.contains(blocker)) {
            roots.push_back(blocker);
            reached.insert(blocker);
            countBlocked(g, blocker, reached);
        }
    }

    std::vector<BlockingNode> tree;
    for (int root : roots) {
        QSet<int> onPath;
        tree.push_back(sessionNode(g, root, onPath));
    }
    std::stable_sort(tree.begin(), tree.end(), [](const BlockingNode& a, const BlockingNode& b) {
        return a.blockedInTotal > b.blockedInTotal;
    });
    return tree;
}

} // namespace migdesk::core
