// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/activitysnapshot.h"

namespace migdesk::core {

const SessionActivity* ActivitySnapshot::session(int pid) const
{
    for (const SessionActivity& s : sessions)
        if (s.pid == pid)
            return &s;
    return nullptr;
}

std::vector<LockEntry> ActivitySnapshot::ungranted() const
{
    std::vector<LockEntry> waiting;
    for (const LockEntry& l : locks)
        if (!l.granted)
            waiting.push_back(l);
    return waiting;
}

} // namespace migdesk::core
