// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/statementsummary.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace migdesk::core {

namespace {

int statementCount(const RunMigrationRecord& migration)
{
    int count = 0;
    for (const StatementTiming& t : migration.statements)
        count += t.count;
    return count;
}

} // namespace

std::vector<StatementSummary::Row> StatementSummary::rows(const RunMigrationRecord& migration,
                                                          int* omitted)
{
    double total = 0;
    for (const StatementTiming& t : migration.statements)
        total += t.seconds;
    std::vector<Row> out;
    int ran = 0; // statements before this one, summed ones included: the number the dialog shows
    for (const StatementTiming& t : migration.statements) {
        Row row;
        row.number = t.summed ? 0 : ran + 1;
        ran += t.count;
        row.where = t.line > 0 ? tr("line %1").arg(t.line) : t.migration;
        row.text =
            t.summed ? tr("%n more statement(s), timed together", nullptr, t.count) : t.firstLine();
        row.seconds = t.seconds;
        row.sharePercent = total > 0 ? int(std::lround(100 * t.seconds / total)) : 0;
        row.failed = t.failed;
        row.count = t.count;
        out.push_back(std::move(row));
    }
    *omitted = 0;
    if (int(out.size()) <= kShown)
        return out;
    std::stable_sort(out.begin(), out.end(),
                     [](const Row& a, const Row& b) { return a.seconds > b.seconds; });
    // The failed statement is what the reader looks for first; it stays even when quick.
    const auto failed = std::find_if(out.begin(), out.end(), [](const Row& r) { return r.failed; });
    if (failed != out.end() && failed - out.begin() >= kShown)
        std::rotate(out.begin() + kShown - 1, failed, failed + 1);
    out.resize(kShown);
    int shown = 0;
    for (const Row& r : out)
        shown += r.count;
    *omitted = statementCount(migration) - shown;
    return out;
}

QString StatementSummary::caption(const RunMigrationRecord& migration)
{
    if (int(migration.statements.size()) <= kShown)
        return {};
    return tr("The %1 slowest of %2 statements; every timing is in the JSON report.")
        .arg(QLocale().toString(kShown), QLocale().toString(statementCount(migration)));
}

QStringList StatementSummary::headers()
{
    return {tr("#"), tr("Where"), tr("Statement"), tr("Duration"), tr("Share")};
}

} // namespace migdesk::core
