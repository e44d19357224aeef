// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runreport.h"

#include "common/units.h"
#include "history/runreporttext.h"
#include "history/statementsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace migdesk::core {

using namespace reporttext;

namespace {

// Colour only where it means something: a failure, a warning, a success.
constexpr auto kStyle = R"(
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       margin: 2em auto; max-width: 1100px; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: .2em; }
h2 { font-size: 1.3em; margin-top: 1.6em; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.1em; margin-top: 1.2em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; font-weight: 600; }
table.facts th { width: 11em; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
pre { background: #f7f7f7; border: 1px solid #ddd; padding: 8px; white-space: pre-wrap;
      word-break: break-word; font-size: .9em; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
.bad { color: #c62828; font-weight: 600; }
.warn { color: #b36b00; font-weight: 600; }
.good { color: #2e7d32; }
.muted { color: #666; }
svg text { font-family: system-ui, sans-serif; font-size: 12px; fill: #222; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
)";

constexpr auto kBarColour = "#607d8b";
constexpr auto kSecondBarColour = "#b0bec5";
constexpr auto kFailedColour = "#c62828";
constexpr auto kWarningColour = "#b36b00";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString isoText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The CSS class an outcome or status is shown in; none for the neutral ones.
QString toneOf(const QString& state)
{
    static const QStringList bad{QStringLiteral("failed"), QStringLiteral("fail"),
                                 QStringLiteral("error")};
    static const QStringList warn{QStringLiteral("cancelled"), QStringLiteral("interrupted"),
                                  QStringLiteral("warn"), QStringLiteral("warning"),
                                  QStringLiteral("running")};
    static const QStringList good{QStringLiteral("succeeded"), QStringLiteral("applied"),
                                  QStringLiteral("pass"), QStringLiteral("reverted")};
    if (bad.contains(state))
        return QStringLiteral("bad");
    if (warn.contains(state))
        return QStringLiteral("warn");
    if (good.contains(state))
        return QStringLiteral("good");
    return {};
}

QString toned(const QString& state)
{
    const QString tone = toneOf(state);
    return tone.isEmpty() ? esc(state)
                          : QStringLiteral("<span class=\"%1\">%2</span>").arg(tone, esc(state));
}

QString barColour(const QString& outcome)
{
    const QString tone = toneOf(outcome);
    if (tone == QLatin1String("bad"))
        return QString::fromLatin1(kFailedColour);
    if (tone == QLatin1String("warn"))
        return QString::fromLatin1(kWarningColour);
    return QString::fromLatin1(kBarColour);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

void collectFindings(const QJsonValue& value, const QString& key, std::vector<RunFinding>* into)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            const QJsonObject o = item.toObject();
            if (key == QLatin1String("checks") && o.contains(QStringLiteral("status"))) {
                into->push_back({QStringLiteral("check"),
                                 o.value(QStringLiteral("status")).toString(),
                                 o.value(QStringLiteral("title")).toString(),
                                 o.value(QStringLiteral("figure")).toString(),
                                 o.value(QStringLiteral("sentence")).toString()});
            } else if (key == QLatin1String("findings") && o.contains(QStringLiteral("rule"))) {
                const QString file = o.value(QStringLiteral("file")).toString();
                const int line = o.value(QStringLiteral("line")).toInt();
                QString sentence = o.value(QStringLiteral("message")).toString();
                const QString fix = o.value(QStringLiteral("fix")).toString();
                if (!fix.isEmpty())
                    sentence += QLatin1Char(' ') + fix;
                into->push_back(
                    {QStringLiteral("lint"), o.value(QStringLiteral("severity")).toString(),
                     o.value(QStringLiteral("rule")).toString(),
                     line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file, sentence});
            } else {
                collectFindings(item, QString(), into);
            }
        }
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectFindings(it.value(), it.key(), into);
    }
}

// ---- SVG charts ----

QString stepChart(const std::vector<RunStepRecord>& steps)
{
    constexpr int kWidth = 720, kLabel = 130, kValue = 90, kRow = 24;
    const int barMax = kWidth - kLabel - kValue;
    double longest = 0;
    for (const RunStepRecord& s : steps)
        longest = std::max(longest, s.seconds);
    const int height = int(steps.size()) * kRow + 8;
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                       "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\"><title>%3</title>")
            .arg(kWidth)
            .arg(height)
            .arg(esc(RunReport::tr("Step durations")));
    int y = 4;
    for (const RunStepRecord& s : steps) {
        const double width = longest > 0 ? std::max(1.0, s.seconds / longest * barMax) : 1.0;
        // One multi-argument arg(): a step name holding "%4" must not be taken for a marker.
        svg +=
            QStringLiteral("<g><title>%1: %2, %3</title>"
                           "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%1</text>"
                           "<rect x=\"%6\" y=\"%7\" width=\"%8\" height=\"%9\" fill=\"%10\"/>"
                           "<text x=\"%11\" y=\"%5\">%2</text></g>")
                .arg(esc(s.step), esc(formatDuration(s.seconds)), esc(s.outcome),
                     QString::number(kLabel - 8), QString::number(y + 16), QString::number(kLabel),
                     QString::number(y + 4), number(width), QString::number(kRow - 8),
                     barColour(s.outcome), number(kLabel + width + 6));
        y += kRow;
    }
    return svg + QStringLiteral("</svg>");
}

QString dayChart(const std::vector<RunReport::Day>& days)
{
    constexpr int kWidth = 720, kHeight = 230, kLeft = 40, kTop = 28, kPlot = 150;
    const int n = std::max<int>(1, int(days.size()));
    const double group = double(kWidth - kLeft - 10) / n;
    const double bar = std::clamp(group * 0.38, 1.0, 40.0);
    int highest = 1;
    for (const RunReport::Day& d : days)
        highest = std::max({highest, d.runs, d.appliedMigrations});
    const int labelEvery = std::max(1, int(std::ceil(n / 12.0)));
    const int base = kTop + kPlot;
    QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                       "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\"><title>%3</title>")
            .arg(kWidth)
            .arg(kHeight)
            .arg(esc(RunReport::tr("Runs and applied migrations per day")));
    // Legend, the axis and its two labels.
    svg += QStringLiteral("<rect x=\"%1\" y=\"6\" width=\"12\" height=\"12\" fill=\"%2\"/>"
                          "<text x=\"%3\" y=\"16\">%4</text>"
                          "<rect x=\"%5\" y=\"6\" width=\"12\" height=\"12\" fill=\"%6\"/>"
                          "<text x=\"%7\" y=\"16\">%8</text>")
               .arg(kLeft)
               .arg(QString::fromLatin1(kBarColour))
               .arg(kLeft + 16)
               .arg(esc(RunReport::tr("runs")))
               .arg(kLeft + 120)
               .arg(QString::fromLatin1(kSecondBarColour))
               .arg(kLeft + 136)
               .arg(esc(RunReport::tr("applied migrations")));
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#999\"/>"
                          "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">0</text>"
                          "<text x=\"%4\" y=\"%6\" text-anchor=\"end\">%7</text>")
               .arg(kLeft)
               .arg(base)
               .arg(kWidth - 10)
               .arg(kLeft - 6)
               .arg(base + 4)
               .arg(kTop + 8)
               .arg(highest);
    for (int i = 0; i < int(days.size()); ++i) {
        const RunReport::Day& d = days[std::size_t(i)];
        const double x = kLeft + i * group + (group - 2 * bar) / 2;
        const double runsHeight = double(d.runs) / highest * kPlot;
        const double migrationsHeight = double(d.appliedMigrations) / highest * kPlot;
        const QString date = d.date.toString(Qt::ISODate);
        svg += QStringLiteral("<g><title>%1</title>"
                              "<rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" fill=\"%6\"/>"
                              "<rect x=\"%7\" y=\"%8\" width=\"%4\" height=\"%9\" fill=\"%10\"/>")
                   .arg(esc(QStringLiteral("%1: %2, %3, %4")
                                .arg(date, RunReport::tr("%n run(s)", nullptr, d.runs),
                                     RunReport::tr("%n applied migration(s)", nullptr,
                                                   d.appliedMigrations),
                                     formatDuration(d.seconds))))
                   .arg(number(x))
                   .arg(number(base - runsHeight))
                   .arg(number(bar))
                   .arg(number(runsHeight))
                   .arg(QString::fromLatin1(kBarColour))
                   .arg(number(x + bar))
                   .arg(number(base - migrationsHeight))
                   .arg(number(migrationsHeight))
                   .arg(QString::fromLatin1(kSecondBarColour));
        if (i % labelEvery == 0)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                       .arg(number(kLeft + i * group + group / 2))
                       .arg(base + 18)
                       .arg(esc(d.date.toString(QStringLiteral("MM-dd"))));
        svg += QStringLiteral("</g>");
    }
    return svg + QStringLiteral("</svg>");
}

// ---- HTML ----

QString htmlTable(const QStringList& headers, const std::vector<QStringList>& rows,
                  const QList<int>& numeric = {})
{
    QString html = QStringLiteral("<table><tr>");
    for (const QString& h : headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            html += (numeric.contains(c) ? QStringLiteral("<td class=\"num\">%1</td>")
                                         : QStringLiteral("<td>%1</td>"))
                        .arg(row[c]);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// A migration's statement timings (StatementSummary): nothing when none were recorded.
QString htmlStatements(const RunMigrationRecord& m)
{
    if (m.statements.empty())
        return {};
    int omitted = 0;
    std::vector<QStringList> rows;
    for (const StatementSummary::Row& r : StatementSummary::rows(m, &omitted)) {
        const QString text = QStringLiteral("<code>%1</code>").arg(esc(r.text));
        rows.push_back({r.number > 0 ? QString::number(r.number) : QString(), esc(r.where),
                        r.failed ? QStringLiteral("<span class=\"bad\">%1</span>").arg(text) : text,
                        esc(formatDuration(r.seconds)), QStringLiteral("%1%").arg(r.sharePercent)});
    }
    QString html = QStringLiteral("<p><b>%1</b> <code>%2</code></p>")
                       .arg(esc(RunReport::tr("Statements of")), esc(migrationLabel(m)));
    html += htmlTable(StatementSummary::headers(), rows, {0, 3, 4});
    if (const QString caption = StatementSummary::caption(m); !caption.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(caption));
    return html;
}

QString heading(int level, const QString& text, const QString& id = {})
{
    const QString anchor = id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(esc(id));
    return QStringLiteral("<h%1%2>%3</h%1>").arg(level).arg(anchor, esc(text));
}

QString changesHtml(const std::vector<SchemaChange>& diff, int level)
{
    QString html = heading(level, RunReport::tr("Schema changes"));
    std::vector<QStringList> rows;
    for (const SchemaChange& c : diff)
        rows.push_back({esc(SchemaChange::kindKey(c.kind)), esc(c.objectType),
                        QStringLiteral("<code>%1</code>").arg(esc(c.object)), esc(c.sentence())});
    return html + htmlTable({RunReport::tr("Change"), RunReport::tr("Object type"),
                             RunReport::tr("Object"), RunReport::tr("What changed")},
                            rows);
}

QString runHtml(const RunRecord& run, int level, const std::vector<SchemaChange>& changes)
{
    QString html;
    html += QStringLiteral("<table class=\"facts\">");
    for (const auto& [label, value] : factsOf(run)) {
        const bool state = label == RunReport::tr("Outcome");
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>")
                    .arg(esc(label), state ? toned(value) : esc(value));
    }
    html += QStringLiteral("</table>");

    html += heading(level, RunReport::tr("Steps"));
    if (run.steps.empty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(esc(RunReport::tr("No steps recorded.")));
    } else {
        html += stepChart(run.steps);
        std::vector<QStringList> rows;
        for (const RunStepRecord& s : run.steps)
            rows.push_back({esc(s.step), toned(s.outcome), esc(utcText(s.startedAt)),
                            esc(formatDuration(s.seconds)), esc(s.sentence)});
        html +=
            htmlTable({RunReport::tr("Step"), RunReport::tr("Outcome"), RunReport::tr("Started"),
                       RunReport::tr("Duration"), RunReport::tr("Summary")},
                      rows, {3});
    }

    if (!run.backups.empty()) {
        html += heading(level, RunReport::tr("Backups"));
        std::vector<QStringList> rows;
        for (const RunBackupRecord& b : run.backups)
            rows.push_back({QStringLiteral("<code>%1</code>").arg(esc(b.path)), esc(b.format),
                            esc(formatBytes(b.bytes)),
                            QStringLiteral("<code>%1</code>").arg(esc(b.sha256))});
        html += htmlTable({RunReport::tr("File"), RunReport::tr("Format"), RunReport::tr("Size"),
                           RunReport::tr("SHA-256")},
                          rows, {2});
    }

    int moreSizes = 0;
    if (std::vector<QStringList> sizes = tableSizeRows(run, &moreSizes); !sizes.empty()) {
        html += heading(level, RunReport::tr("Table sizes before and after"));
        for (QStringList& row : sizes)
            for (QString& cell : row)
                cell = esc(cell);
        html += htmlTable(tableSizeHeaders(), sizes, {1, 2, 3});
        if (moreSizes > 0)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(RunReport::tr("%n smaller table(s) in the JSON report.", nullptr,
                                               moreSizes)));
    }

    if (!run.migrations.empty()) {
        html += heading(level, RunReport::tr("Migrations"));
        std::vector<QStringList> rows;
        for (const RunMigrationRecord& m : run.migrations)
            rows.push_back(
                {QString::number(m.position), esc(m.direction),
                 QStringLiteral("<code>%1</code>").arg(esc(migrationLabel(m))), toned(m.outcome),
                 esc(formatDuration(m.seconds)), esc(formatDuration(m.lockWaitSeconds)),
                 QString::number(m.maxBlocked), QString::number(m.retries),
                 m.error.isEmpty()
                     ? QString()
                     : QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(m.error))});
        html += htmlTable(
            {RunReport::tr("#"), RunReport::tr("Direction"), RunReport::tr("Migration"),
             RunReport::tr("Outcome"), RunReport::tr("Duration"), RunReport::tr("Lock wait"),
             RunReport::tr("Most blocked"), RunReport::tr("Retries"), RunReport::tr("Error")},
            rows, {0, 4, 5, 6, 7});
        for (const RunMigrationRecord& m : run.migrations) {
            html += htmlStatements(m);
            if (m.sql.isEmpty())
                continue;
            html += QStringLiteral("<p><b>%1</b> <code>%2</code></p><pre>%3</pre>")
                        .arg(esc(RunReport::tr("SQL of")), esc(migrationLabel(m)), esc(m.sql));
        }
    }

    const std::vector<RunFinding> findings = RunReport::findings(run);
    if (!findings.empty()) {
        html += heading(level, RunReport::tr("Findings"));
        std::vector<QStringList> rows;
        for (const RunFinding& f : findings)
            rows.push_back({toned(f.status), esc(f.title), esc(f.figure), esc(f.sentence)});
        html += htmlTable({RunReport::tr("Status"), RunReport::tr("Check or rule"),
                           RunReport::tr("Figure"), RunReport::tr("Sentence")},
                          rows);
    }

    // An empty diff cannot tell "no change" from "no snapshots taken": the section is left out.
    if (!changes.empty())
        html += changesHtml(changes, level);

    html += heading(level, RunReport::tr("Log"));
    html += run.log.isEmpty() ? QStringLiteral("<p class=\"muted\">%1</p>")
                                    .arg(esc(RunReport::tr("Nothing was logged.")))
                              : QStringLiteral("<pre>%1</pre>").arg(esc(run.log));
    return html;
}

QString page(const QString& title, const QString& body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"generator\" content=\"migdesk\">"
                          "<title>%2</title><style>%3</style></head><body>\n%4\n"
                          "<p class=\"muted\">%5</p></body></html>\n")
        .arg(esc(QLocale().bcp47Name()), esc(title), QString::fromLatin1(kStyle), body,
             esc(RunReport::tr("Written by migdesk on %1.")
                     .arg(utcText(QDateTime::currentDateTimeUtc()))));
}

} // namespace

std::vector<RunFinding> RunReport::findings(const RunRecord& run)
{
    std::vector<RunFinding> found;
    collectFindings(QJsonDocument::fromJson(run.details.toUtf8()).object(), QString(), &found);
    return found;
}

std::vector<RunReport::Day> RunReport::perDay(const std::vector<RunRecord>& runs)
{
    std::map<QDate, Day> byDate;
    for (const RunRecord& run : runs) {
        if (!run.startedAt.isValid())
            continue;
        Day& day = byDate[run.startedAt.toUTC().date()];
        ++day.runs;
        day.seconds += run.seconds();
        for (const RunMigrationRecord& m : run.migrations) {
            if (m.direction != QLatin1String("forward") || m.outcome != QLatin1String("applied"))
                continue;
            const QDateTime at = m.startedAt.isValid() ? m.startedAt : run.startedAt;
            ++byDate[at.toUTC().date()].appliedMigrations;
        }
    }
    std::vector<Day> days;
    if (byDate.empty())
        return days;
    for (QDate date = byDate.begin()->first; date <= byDate.rbegin()->first;
         date = date.addDays(1)) {
        Day day = byDate.count(date) ? byDate[date] : Day{};
        day.date = date;
        days.push_back(day);
    }
    return days;
}

QString RunReport::html(const std::vector<RunRecord>& unordered,
                        const std::vector<SchemaChange>& diff)
{
    const std::vector<RunRecord> runs = oldestFirst(unordered);
    if (runs.empty())
        return page(tr("migdesk runs"), QStringLiteral("<h1>%1</h1><p>%2</p>")
                                            .arg(esc(tr("migdesk runs")), esc(tr("No runs."))));
    if (runs.size() == 1) {
        const RunRecord& run = runs.front();
        return page(titleOf(run), heading(1, titleOf(run)) + runHtml(run, 2, changesOf(run, diff)));
    }
    const QString title = rangeTitle(runs);
    QString body = heading(1, title);
    const auto failed = std::count_if(runs.begin(), runs.end(), [](const RunRecord& r) {
        return r.outcome == QLatin1String("failed");
    });
    body += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%n run(s), %1 failed.", nullptr, int(runs.size())).arg(failed)));
    const std::vector<Day> days = perDay(runs);
    body += heading(2, tr("Runs and applied migrations per day")) + dayChart(days);
    std::vector<QStringList> dayRows;
    for (const Day& d : days)
        if (d.runs > 0 || d.appliedMigrations > 0)
            dayRows.push_back({esc(d.date.toString(Qt::ISODate)), QString::number(d.runs),
                               QString::number(d.appliedMigrations),
                               esc(formatDuration(d.seconds))});
    body += htmlTable({tr("Day (UTC)"), tr("Runs"), tr("Applied migrations"), tr("Time in runs")},
                      dayRows, {1, 2, 3});
    body += heading(2, tr("Runs"));
    std::vector<QStringList> runRows;
    int index = 0;
    for (const RunRecord& r : runs)
        runRows.push_back({QStringLiteral("<a href=\"#run-%1\">%2</a>")
                               .arg(++index)
                               .arg(esc(utcText(r.startedAt))),
                           esc(r.kind), esc(r.database), toned(r.outcome),
                           esc(r.endedAt.isValid() ? formatDuration(r.seconds()) : QString()),
                           esc(whoOf(r))});
    body += htmlTable(
        {tr("Started"), tr("Kind"), tr("Database"), tr("Outcome"), tr("Duration"), tr("Run by")},
        runRows, {4});
    index = 0;
    for (const RunRecord& r : runs)
        body += heading(2, titleOf(r) + QStringLiteral(" — ") + utcText(r.startedAt),
                        QStringLiteral("run-%1").arg(++index)) +
                runHtml(r, 3, r.schemaChanges);
    if (!diff.empty())
        body += changesHtml(diff, 2);
    return page(title, body);
}

QJsonObject RunReport::json(const std::vector<RunRecord>& unordered,
                            const std::vector<SchemaChange>& diff)
{
    const std::vector<RunRecord> runs = oldestFirst(unordered);
    QJsonArray runArray;
    for (const RunRecord& run : runs) {
        QJsonObject o = run.toJson();
        QJsonArray findingArray;
        for (const RunFinding& f : findings(run))
            findingArray.append(QJsonObject{{QStringLiteral("kind"), f.kind},
                                            {QStringLiteral("status"), f.status},
                                            {QStringLiteral("title"), f.title},
                                            {QStringLiteral("figure"), f.figure},
                                            {QStringLiteral("sentence"), f.sentence}});
        o.insert(QStringLiteral("findings"), findingArray);
        runArray.append(o);
    }
    QJsonArray changes;
    for (const SchemaChange& c : runs.size() == 1 ? changesOf(runs.front(), diff) : diff)
        changes.append(c.toJson());
    QJsonObject json{{QStringLiteral("format"), 1},
                     {QStringLiteral("generated_at"), isoText(QDateTime::currentDateTimeUtc())},
                     {QStringLiteral("runs"), runArray},
                     {QStringLiteral("schema_changes"), changes}};
    if (runs.size() > 1) {
        QJsonArray days;
        for (const Day& d : perDay(runs))
            days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                    {QStringLiteral("runs"), d.runs},
                                    {QStringLiteral("applied_migrations"), d.appliedMigrations},
                                    {QStringLiteral("seconds"), d.seconds}});
        json.insert(QStringLiteral("per_day"), days);
    }
    return json;
}

} // namespace migdesk::core
