// SPDX-License-Identifier: GPL-3.0-or-later
// RunReport's Markdown writer: for a ticket or a merge request, the same content as the HTML.
#include "history/runreport.h"

#include "common/units.h"
#include "history/runreporttext.h"
#include "history/statementsummary.h"

#include <QRegularExpression>

#include <algorithm>

namespace migdesk::core {

using namespace reporttext;

namespace {

QString cell(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    // A "<" would open an HTML tag that renderers drop.
    text.replace(QLatin1Char('<'), QLatin1String("\\<"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString mdTable(const QStringList& headers, const std::vector<QStringList>& rows)
{
    QString md(QLatin1Char('|'));
    QString rule(QLatin1Char('|'));
    for (const QString& h : headers) {
        md += QLatin1Char(' ') + cell(h) + QStringLiteral(" |");
        rule += QStringLiteral("---|");
    }
    md += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const QStringList& row : rows) {
        md += QLatin1Char('|');
        for (const QString& c : row)
            md += QLatin1Char(' ') + cell(c) + QStringLiteral(" |");
        md += QLatin1Char('\n');
    }
    return md + QLatin1Char('\n');
}

QString mdStatements(const RunMigrationRecord& m)
{
    if (m.statements.empty())
        return {};
    int omitted = 0;
    std::vector<QStringList> rows;
    for (const StatementSummary::Row& r : StatementSummary::rows(m, &omitted))
        rows.push_back({r.number > 0 ? QString::number(r.number) : QString(), r.where,
                        r.failed ? RunReport::tr("%1 (failed)").arg(r.text) : r.text,
                        formatDuration(r.seconds), QStringLiteral("%1%").arg(r.sharePercent)});
    QString md =
        QStringLiteral("**%1** `%2`\n\n").arg(RunReport::tr("Statements of"), migrationLabel(m));
    md += mdTable(StatementSummary::headers(), rows);
    if (const QString caption = StatementSummary::caption(m); !caption.isEmpty())
        md += caption + QStringLiteral("\n\n");
    return md;
}

// A fenced block that its own content cannot close: the fence is longer than any backtick run.
QString fenced(const QString& text, const QString& language = {})
{
    qsizetype longest = 0;
    static const QRegularExpression backticks(QStringLiteral("`+"));
    for (auto it = backticks.globalMatch(text); it.hasNext();)
        longest = std::max(longest, it.next().capturedLength());
    const QString fence(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
    QString body = text;
    if (!body.endsWith(QLatin1Char('\n')))
        body += QLatin1Char('\n');
    return fence + language + QLatin1Char('\n') + body + fence + QStringLiteral("\n\n");
}

QString changesMarkdown(const std::vector<SchemaChange>& diff, const QString& hashes)
{
    QString md =
        hashes + QLatin1Char(' ') + RunReport::tr("Schema changes") + QStringLiteral("\n\n");
    std::vector<QStringList> rows;
    for (const SchemaChange& c : diff)
        rows.push_back({SchemaChange::kindKey(c.kind), c.objectType, c.object, c.sentence()});
    return md + mdTable({RunReport::tr("Change"), RunReport::tr("Object type"),
                         RunReport::tr("Object"), RunReport::tr("What changed")},
                        rows);
}

QString runMarkdown(const RunRecord& run, int level, const std::vector<SchemaChange>& changes)
{
    const QString hashes(level, QLatin1Char('#'));
    auto section = [&](const QString& title) -> QString {
        return hashes + QLatin1Char(' ') + title + QStringLiteral("\n\n");
    };
    QString md;
    std::vector<QStringList> facts;
    for (const auto& [label, value] : factsOf(run))
        facts.push_back({label, value});
    md += mdTable({RunReport::tr("Fact"), RunReport::tr("Value")}, facts);

    md += section(RunReport::tr("Steps"));
    if (run.steps.empty()) {
        md += RunReport::tr("No steps recorded.") + QStringLiteral("\n\n");
    } else {
        std::vector<QStringList> rows;
        for (const RunStepRecord& s : run.steps)
            rows.push_back(
                {s.step, s.outcome, utcText(s.startedAt), formatDuration(s.seconds), s.sentence});
        md += mdTable({RunReport::tr("Step"), RunReport::tr("Outcome"), RunReport::tr("Started"),
                       RunReport::tr("Duration"), RunReport::tr("Summary")},
                      rows);
    }
    if (!run.backups.empty()) {
        md += section(RunReport::tr("Backups"));
        std::vector<QStringList> rows;
        for (const RunBackupRecord& b : run.backups)
            rows.push_back({b.path, b.format, formatBytes(b.bytes), b.sha256});
        md += mdTable({RunReport::tr("File"), RunReport::tr("Format"), RunReport::tr("Size"),
                       RunReport::tr("SHA-256")},
                      rows);
    }
    int moreSizes = 0;
    if (const std::vector<QStringList> sizes = tableSizeRows(run, &moreSizes); !sizes.empty()) {
        md += section(RunReport::tr("Table sizes before and after"));
        md += mdTable(tableSizeHeaders(), sizes);
        if (moreSizes > 0)
            md += RunReport::tr("%n smaller table(s) in the JSON report.", nullptr, moreSizes) +
                  QStringLiteral("\n\n");
    }
    if (!run.migrations.empty()) {
        md += section(RunReport::tr("Migrations"));
        std::vector<QStringList> rows;
        for (const RunMigrationRecord& m : run.migrations)
            rows.push_back({QString::number(m.position), m.direction, migrationLabel(m), m.outcome,
                            formatDuration(m.seconds), formatDuration(m.lockWaitSeconds),
                            QString::number(m.maxBlocked), QString::number(m.retries), m.error});
        md += mdTable({RunReport::tr("#"), RunReport::tr("Direction"), RunReport::tr("Migration"),
                       RunReport::tr("Outcome"), RunReport::tr("Duration"),
                       RunReport::tr("Lock wait"), RunReport::tr("Most blocked"),
                       RunReport::tr("Retries"), RunReport::tr("Error")},
                      rows);
        for (const RunMigrationRecord& m : run.migrations) {
            md += mdStatements(m);
            if (m.sql.isEmpty())
                continue;
            md += QStringLiteral("**%1** `%2`\n\n").arg(RunReport::tr("SQL of"), migrationLabel(m));
            md += fenced(m.sql, QStringLiteral("sql"));
        }
    }
    const std::vector<RunFinding> findings = RunReport::findings(run);
    if (!findings.empty()) {
        md += section(RunReport::tr("Findings"));
        std::vector<QStringList> rows;
        for (const RunFinding& f : findings)
            rows.push_back({f.status, f.title, f.figure, f.sentence});
        md += mdTable({RunReport::tr("Status"), RunReport::tr("Check or rule"),
                       RunReport::tr("Figure"), RunReport::tr("Sentence")},
                      rows);
    }
    if (!changes.empty())
        md += changesMarkdown(changes, hashes);
    md += section(RunReport::tr("Log"));
    md += run.log.isEmpty() ? RunReport::tr("Nothing was logged.") + QStringLiteral("\n\n")
                            : fenced(run.log);
    return md;
}

} // namespace

QString RunReport::markdown(const std::vector<RunRecord>& unordered,
                            const std::vector<SchemaChange>& diff)
{
    const std::vector<RunRecord> runs = oldestFirst(unordered);
    if (runs.empty())
        return QStringLiteral("# %1\n\n%2\n").arg(tr("migdesk runs"), tr("No runs."));
    if (runs.size() == 1)
        return QStringLiteral("# %1\n\n").arg(titleOf(runs.front())) +
               runMarkdown(runs.front(), 2, changesOf(runs.front(), diff));
    QString md = QStringLiteral("# %1\n\n").arg(rangeTitle(runs));
    const auto failed = std::count_if(runs.begin(), runs.end(), [](const RunRecord& r) {
        return r.outcome == QLatin1String("failed");
    });
    md +=
        tr("%n run(s), %1 failed.", nullptr, int(runs.size())).arg(failed) + QStringLiteral("\n\n");
    md += QStringLiteral("## %1\n\n").arg(tr("Runs and applied migrations per day"));
    std::vector<QStringList> dayRows;
    for (const Day& d : perDay(runs))
        if (d.runs > 0 || d.appliedMigrations > 0)
            dayRows.push_back({d.date.toString(Qt::ISODate), QString::number(d.runs),
                               QString::number(d.appliedMigrations), formatDuration(d.seconds)});
    md += mdTable({tr("Day (UTC)"), tr("Runs"), tr("Applied migrations"), tr("Time in runs")},
                  dayRows);
    md += QStringLiteral("## %1\n\n").arg(tr("Runs"));
    std::vector<QStringList> runRows;
    for (const RunRecord& r : runs)
        runRows.push_back({utcText(r.startedAt), r.kind, r.database, r.outcome,
                           r.endedAt.isValid() ? formatDuration(r.seconds()) : QString(),
                           whoOf(r)});
    md += mdTable(
        {tr("Started"), tr("Kind"), tr("Database"), tr("Outcome"), tr("Duration"), tr("Run by")},
        runRows);
    for (const RunRecord& r : runs)
        md += QStringLiteral("## %1 — %2\n\n").arg(titleOf(r), utcText(r.startedAt)) +
              runMarkdown(r, 3, r.schemaChanges);
    if (!diff.empty())
        md += changesMarkdown(diff, QStringLiteral("##"));
    return md;
}

} // namespace migdesk::core
