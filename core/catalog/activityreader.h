// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"
#include "common/result.h"

#include <QStringList>

namespace migdesk::core {

class PgConnection;

// One refresh of the activity monitor: two catalog queries, whatever the number of sessions
// and locks. Our own backend is left out.
class ActivityReader
{
public:
    static Result<ActivitySnapshot> read(PgConnection& connection);
    // The two statements a server of that version gets (sessions, then locks); the
    // benchmarks EXPLAIN ANALYZE them.
    static QStringList queries(int serverVersionNum);
};

} // namespace migdesk::core
