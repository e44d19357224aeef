// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"

#include <vector>

namespace migdesk::core {

// Who blocks whom, from pg_blocking_pids(). Roots are the root blockers: sessions that block
// others and wait for nobody; a deadlock cycle, until the server breaks it, has no such session,
// so one of its members becomes the root through which the cycle is shown. Beneath a blocker, its
// waiters are grouped by what they wait for (relation and mode), so a pile-up of 500 sessions on
// one table reads as one line with a count.
struct BlockingNode
{
    enum class Kind { Session, Group };

    Kind kind = Kind::Session;
    int pid = 0;            // Session: the backend
    QString target;         // what the waiters wait for (Group), or what this session waits for
    QString modeWanted;     // the lock mode the waiters (Group) or this session asks for
    QString modeHeld;       // Session: the mode it holds on its waiters' target, if known
    int waiting = 0;        // Group: sessions directly in the group
    int blockedInTotal = 0; // sessions blocked behind this node, transitively, each counted once
    std::vector<BlockingNode> children;
};

class LockTree
{
public:
    static std::vector<BlockingNode> build(const ActivitySnapshot& snapshot);
    // Every pid that blocks someone, for highlighting.
    static std::vector<int> blockers(const ActivitySnapshot& snapshot);
};

} // namespace migdesk::core
