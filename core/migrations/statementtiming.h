// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace migdesk::core {

// How long one statement of a migration took: measured by the executor around each statement
// of a SQL-folder script, or reported by Django through migdesk's timing wrapper around
// `manage.py migrate` (see DjangoMigrateProcess). What a reviewer reads to see which statement
// of a slow migration held the table.
struct StatementTiming
{
    Q_DECLARE_TR_FUNCTIONS(StatementTiming)
public:
    // A migration lists at most this many statements; the rest are summed into one row, so a data
    // migration of a million UPDATEs does not fill the history.
    static constexpr int kListedPerMigration = 1000;
    // Statement text is cut here: the migration's full SQL is kept beside the timings.
    static constexpr int kMaxSqlChars = 2000;

    QString migration; // Django "app.name" the statement belongs to; empty for a SQL folder
    QString sql;       // as sent, trimmed and cut; Django's parameter values are never kept
    int line = 0;      // SQL folder: the statement's first line in its script; 0 if unknown
    double seconds = 0;
    bool failed = false; // the statement the migration failed on (the last one that ran)
    bool summed = false; // this row sums `count` statements beyond the listed ones (no sql)
    int count = 1;

    QJsonObject toJson() const;
    static StatementTiming fromJson(const QJsonObject& json);

    // Adds `timing` to `list`, keeping at most kListedPerMigration rows of single statements
    // per migration (a failed one is always listed) and summing the rest into one summed row
    // of that migration.
    static void append(std::vector<StatementTiming>& list, StatementTiming timing);
    // The text as kept: trimmed, cut to kMaxSqlChars with an ellipsis.
    static QString clipped(const QString& sql);
    // The slowest single statement of `list` (summed rows are not one statement), or nullptr.
    static const StatementTiming* slowest(const std::vector<StatementTiming>& list);
    // The statement's first line that is not blank or a "--" comment: what a log line shows.
    QString firstLine() const;
    // The run log's line naming the slowest statement of `label` with its time and share, or ""
    // when there is nothing to tell apart (fewer than two statements).
    static QString slowestSentence(const QString& label, const std::vector<StatementTiming>& list);
};

} // namespace migdesk::core
