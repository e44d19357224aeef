// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "history/timelineentry.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/sqlfolderappliedrow.h"

#include <vector>

namespace migdesk::core {

// The history timeline: migdesk's runs, the runs mirrored into the target database by migdesk
// on other machines, and the migrations the target's own tables record as applied, in one list.
// Pure: no I/O, so the pane's worker and the command line compute the same thing.
class Timeline
{
public:
    // How far a database row's timestamp (the server's clock) may lie outside a run's start and
    // end (the client's clock) and still belong to that run.
    static constexpr int kClockSkewSeconds = 60;

    // Newest first. A mirrored run that is also in `local` (same uuid) appears once, as local.
    // Every django/SQL-folder row becomes a "migration" entry linked to the run that applied it:
    // a run holding a forward migration of the same app and name whose start and end enclose
    // the row's timestamp. A row that no run applied is marked outsideMigdesk.
    static std::vector<TimelineEntry>
    merge(const std::vector<RunRecord>& local, const std::vector<RunRecord>& mirrored,
          const std::vector<AppliedMigrationsReader::Applied>& django,
          const std::vector<SqlFolderAppliedRow>& sqlFolder);

    // The entry of one run, as merge() makes it.
    static TimelineEntry fromRun(const RunRecord& run, TimelineEntry::Source source);
};

} // namespace migdesk::core
