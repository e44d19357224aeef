// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runfinding.h"
#include "history/runrecord.h"
#include "history/schemachange.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

#include <vector>

namespace migdesk::core {

// A run, or the runs of a date range, as a reviewer reads them afterwards: HTML (one
// self-contained file with inline CSS and SVG charts, for a browser or print to PDF), Markdown
// (a ticket or merge request) and JSON (tools). All three carry the same content: per run the
// kind, outcome, target, who and who confirmed, times, steps with durations, backups,
// migrations with their lock figures and SQL, the WAL position, findings, the schema changes
// (`diff` for a single run when given, else those the run carries), the full log; and for more
// than one run the runs and applied migrations per day (and `diff`, when given, at the end).
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    static QString html(const std::vector<RunRecord>& runs,
                        const std::vector<SchemaChange>& diff = {});
    static QString markdown(const std::vector<RunRecord>& runs,
                            const std::vector<SchemaChange>& diff = {});
    static QJsonObject json(const std::vector<RunRecord>& runs,
                            const std::vector<SchemaChange>& diff = {});

    // The checks and lint findings kept anywhere in the run's details JSON (arrays named
    // "checks" and "findings"), each array in its order.
    static std::vector<RunFinding> findings(const RunRecord& run);

    // One day (UTC) of a range: how many runs started, how many migrations they applied and
    // how long the runs took together.
    struct Day
    {
        QDate date;
        int runs = 0;
        int appliedMigrations = 0;
        double seconds = 0;
    };
    // Every day from the first run's to the last run's, empty days included, oldest first.
    static std::vector<Day> perDay(const std::vector<RunRecord>& runs);
};

} // namespace migdesk::core
