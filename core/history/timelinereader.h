// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/sqlfolderappliedrow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <vector>

namespace migdesk::core {

class PgConnection;

// What the target database itself says about its history, for the timeline: the runs mirrored
// into its migdesk schema, django_migrations and the SQL folder's history table. Reads only, so
// an inspection (read-only) connection is the one to use; call it on the connection's thread.
class TimelineReader
{
    Q_DECLARE_TR_FUNCTIONS(TimelineReader)
public:
    struct Sources
    {
        std::vector<RunRecord> mirrored;
        std::vector<AppliedMigrationsReader::Applied> django;
        std::vector<SqlFolderAppliedRow> sqlFolder;
        // One sentence per source that could not be read (no privilege, a lost connection);
        // the other sources are still filled. A missing table is not a problem: it is empty.
        QStringList problems;
    };

    // Mirrored runs started at or after `since` (all when invalid); django and SQL-folder rows
    // are all read, since the timeline needs them to tell who applied what.
    static Sources read(PgConnection& connection, const QDateTime& since = {});
};

} // namespace migdesk::core
