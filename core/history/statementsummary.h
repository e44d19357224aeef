// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace migdesk::core {

// What a report shows of one migration's statement timings: every statement when there are
// few, else the slowest ones (a data migration lists up to a thousand), each with its share of
// the migration's time, so a reviewer sees at once which statement held the table.
class StatementSummary
{
    Q_DECLARE_TR_FUNCTIONS(StatementSummary)
public:
    static constexpr int kShown = 20;

    struct Row
    {
        int number = 0; // 1-based position in execution order, summed statements counted;
                        // 0 for the summed row
        QString where;  // "line 14" (SQL folder), the Django migration, or ""
        QString text;   // the statement's first line, or "1,234 more statements"
        double seconds = 0;
        int sharePercent = 0; // of the statements' total time
        bool failed = false;
        int count = 1; // statements the row stands for
    };

    // Rows in execution order when the migration has at most kShown statements; otherwise the
    // kShown slowest, slowest first. `omitted` is how many statements are not shown.
    static std::vector<Row> rows(const RunMigrationRecord& migration, int* omitted);
    // "The 20 slowest of 1,234 statements." or "" when every statement is shown.
    static QString caption(const RunMigrationRecord& migration);
    static QStringList headers();
};

} // namespace migdesk::core
