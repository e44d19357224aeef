// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "runbook/migrationwatchsnapshot.h"

#include <QStringList>

namespace migdesk::core {

class PgConnection;

// The live watch of a running migration, from a separate read-only inspection connection
// (SessionPolicy::inspection()): the migration's backends by the application_name the executor
// gives them, their locks, the sessions queued behind them and the progress PostgreSQL reports.
// Two statements per poll, one while no backend runs. Reads only statistics views and
// pg_locks, never a table or a size function, so it cannot queue behind the migration's locks;
// the inspection lock_timeout bounds the catalog lookups all the same.
class MigrationWatchReader
{
public:
    // Blocking: call it on the inspection connection's thread. No backend is an empty
    // snapshot, not an error.
    static Result<MigrationWatchSnapshot> read(PgConnection& inspection,
                                               const QString& applicationName);
    // The two statements a server of that version gets (backends, then the scene around them).
    static QStringList queries(int serverVersionNum);
};

} // namespace migdesk::core
