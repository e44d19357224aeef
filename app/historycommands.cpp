// SPDX-License-Identifier: GPL-3.0-or-later
// The history as commands: `history` lists the runs recorded here, merged (when a connection is
// given) with what the target database records itself: the runs mirrored there from other
// machines, django_migrations and the SQL folder's history. `report` writes one run, or the
// runs of a date range, as HTML, Markdown or JSON.
#include "commandline.h"
#include "commandsupport.h"

#include "common/units.h"
#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"
#include "history/runreport.h"
#include "history/runschemachanges.h"
#include "history/timeline.h"
#include "history/timelinereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

#include <libpq-fe.h>

namespace migdesk::app {

namespace {

// Runs are read this much before --since: one that started earlier may have applied a migration
// after it, and the timeline needs the run to tell that migdesk applied it.
constexpr int kLongestRunDays = 1;

// --since and --until: a date (local midnight) or a date and time (local unless it says
// otherwise), as UTC. Invalid with *ok false when the text is neither.
QDateTime parseWhen(const QString& text, bool* ok)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = date.startOfDay();
    }
    *ok = when.isValid();
    return when.toUTC();
}

std::optional<int> readWhen(const QCommandLineParser& parser, const QString& option, QDateTime* out)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    *out = parseWhen(parser.value(option), &ok);
    if (!ok) {
        fail(CommandLine::tr("--%1 takes a date such as 2026-03-14, or a date and time such as "
                             "2026-03-14T09:30.")
                 .arg(option));
        return BadUsage;
    }
    return std::nullopt;
}

std::optional<int> openStore(core::HistoryStore& store)
{
    QString error;
    if (!store.open(core::HistoryStore::defaultPath(), &error)) {
        fail(CommandLine::tr("The history store %1 cannot be opened: %2")
                 .arg(core::HistoryStore::defaultPath(), error));
        return StepFailed;
    }
    return std::nullopt;
}

QString migrationOf(const core::TimelineEntry& e)
{
    if (e.name.isEmpty())
        return {};
    return e.app.isEmpty() ? e.name : e.app + QLatin1Char('.') + e.name;
}

// The run column: the local id `migdesk report` takes, the start of a mirrored run's uuid, or
// the mark of a migration that no migdesk run applied.
QString runOf(const core::TimelineEntry& e)
{
    if (e.outsideMigdesk)
        return CommandLine::tr("outside migdesk");
    if (e.runId != 0)
        return QString::number(e.runId);
    return e.runUuid.left(8);
}

QString timelineText(const std::vector<core::TimelineEntry>& entries)
{
    if (entries.empty())
        return CommandLine::tr("Nothing in the history matches.\n");
    std::vector<QStringList> rows;
    rows.push_back({CommandLine::tr("TIME"), CommandLine::tr("SOURCE"), CommandLine::tr("KIND"),
                    CommandLine::tr("MIGRATION"), CommandLine::tr("OUTCOME"),
                    CommandLine::tr("DURATION"), CommandLine::tr("WHO"), CommandLine::tr("RUN")});
    for (const core::TimelineEntry& e : entries) {
        const bool timed = e.kind != QLatin1String("migration") || e.seconds > 0;
        rows.push_back({e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        core::TimelineEntry::sourceLabel(e.source), e.kind, migrationOf(e),
                        e.outcome, timed ? core::formatDuration(e.seconds) : QString(), e.who,
                        runOf(e)});
    }
    std::vector<qsizetype> widths(rows.front().size(), 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], row[c].size());
    QString text;
    for (const QStringList& row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(widths[std::size_t(c)] + 2);
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

// A run that is only in the target's mirror (made on another machine), by its uuid or the
// start of it that `migdesk history` shows. Fills *run, or says why not and returns the exit.
std::optional<int> mirroredRun(const QCommandLineParser& parser, const QString& id,
                               core::RunRecord* run)
{
    core::PgConnection connection;
    if (auto exit = connectTarget(parser, connection))
        return exit;
    const auto mirrored = core::HistoryMirror::read(connection);
    if (!mirrored)
        return failedStep(mirrored.error());
    std::vector<const core::RunRecord*> matches;
    for (const core::RunRecord& candidate : *mirrored) {
        if (candidate.uuid == id) {
            matches = {&candidate};
            break;
        }
        if (candidate.uuid.startsWith(id))
            matches.push_back(&candidate);
    }
    if (matches.size() == 1) {
        *run = *matches.front();
        return std::nullopt;
    }
    fail(matches.empty()
             ? CommandLine::tr("There is no run %1 in the history on this machine nor in the "
                               "target's %2. `migdesk history` lists the runs with their ids.")
                   .arg(id, core::HistoryMirror::tableName())
             : CommandLine::tr("%1 is the start of %n mirrored run(s); give more of the uuid.",
                               nullptr, int(matches.size()))
                   .arg(id));
    return BadUsage;
}

} // namespace

int CommandLine::history(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("since"), tr("Only what happened from DATE on."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("kind"),
                      tr("Only runs of this kind (migrate, backup, ...) or \"migration\" for the "
                         "database's own records."),
                      QStringLiteral("KIND")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("history")))
        return *exit;
    QDateTime since;
    if (auto exit = readWhen(parser, QStringLiteral("since"), &since))
        return *exit;
    const QString kind = parser.value(QStringLiteral("kind"));

    core::HistoryStore::RunQuery query;
    query.withTexts = false; // the timeline lists runs; `migdesk report` shows one in full
    if (since.isValid())
        query.since = since.addDays(-kLongestRunDays);
    core::TimelineReader::Sources sources;
    const bool withTarget =
        parser.isSet(QStringLiteral("profile")) || parser.isSet(QStringLiteral("dsn"));
    if (withTarget) {
        core::PgConnection connection;
        if (auto exit = connectTarget(parser, connection))
            return *exit;
        query.database = QString::fromUtf8(PQdb(connection.handle()));
        sources = core::TimelineReader::read(connection, query.since);
    }
    core::HistoryStore store;
    if (auto exit = openStore(store))
        return *exit;
    const auto local = store.runs(query);
    if (!local) {
        fail(local.error().sentence());
        return StepFailed;
    }

    std::vector<core::TimelineEntry> entries =
        core::Timeline::merge(*local, sources.mirrored, sources.django, sources.sqlFolder);
    std::erase_if(entries, [&](const core::TimelineEntry& e) {
        return (since.isValid() && e.at < since) || (!kind.isEmpty() && e.kind != kind);
    });

    for (const QString& problem : sources.problems)
        fail(problem);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const core::TimelineEntry& e : entries)
            array.append(e.toJson());
        printJson({{QStringLiteral("entries"), array},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(sources.problems)},
                   {QStringLiteral("store"), core::HistoryStore::defaultPath()}});
    } else {
        print(stdout, timelineText(entries));
    }
    return sources.problems.isEmpty() ? Ok : StepFailed;
}

int CommandLine::report(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), tr("html (default), md or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("html")});
    parser.addOption({QStringLiteral("output"),
                      tr("Write the report to FILE instead of printing it."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("since"), tr("Without RUN_ID: the runs from DATE on."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("until"), tr("Without RUN_ID: the runs before DATE."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("kind"), tr("Without RUN_ID: only runs of this kind."),
                      QStringLiteral("KIND")});
    parser.addPositionalArgument(QStringLiteral("RUN_ID"),
                                 tr("A run's id or uuid, as `migdesk history` shows it."));
    // --profile or --dsn: a run made on another machine is read from the target's mirror.
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("report")))
        return *exit;
    const QString format = parser.isSet(QStringLiteral("json"))
                               ? QStringLiteral("json")
                               : parser.value(QStringLiteral("format"));
    if (format != QLatin1String("html") && format != QLatin1String("md") &&
        format != QLatin1String("json")) {
        fail(tr("--format takes html, md or json."));
        return BadUsage;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    const bool range =
        parser.isSet(QStringLiteral("since")) || parser.isSet(QStringLiteral("until"));
    if (positional.size() > 1 || positional.isEmpty() == !range) {
        fail(tr(
            "Name one run (migdesk report RUN_ID) or a date range (--since DATE [--until DATE])."));
        return BadUsage;
    }
    core::HistoryStore::RunQuery query;
    if (auto exit = readWhen(parser, QStringLiteral("since"), &query.since))
        return *exit;
    if (auto exit = readWhen(parser, QStringLiteral("until"), &query.until))
        return *exit;
    query.kind = parser.value(QStringLiteral("kind"));

    core::HistoryStore store;
    if (auto exit = openStore(store))
        return *exit;
    std::vector<core::RunRecord> runs;
    std::vector<core::SchemaChange> diff;
    if (range) {
        auto matching = store.runs(query);
        if (!matching) {
            fail(matching.error().sentence());
            return StepFailed;
        }
        runs = std::move(matching.value());
        if (runs.empty()) {
            fail(tr("No run in the history matches that range."));
            return BadUsage;
        }
    } else {
        const QString id = positional.front();
        bool isNumber = false;
        const qint64 number = id.toLongLong(&isNumber);
        const auto read = isNumber ? store.run(number) : store.runByUuid(id);
        if (!read) {
            fail(read.error().sentence());
            return StepFailed;
        }
        const std::optional<core::RunRecord>& run = *read;
        const bool withTarget =
            parser.isSet(QStringLiteral("profile")) || parser.isSet(QStringLiteral("dsn"));
        if (run) {
            runs.push_back(*run);
            diff = core::RunSchemaChanges::of(store, *run);
        } else if (withTarget) {
            // Not a local id: the start of a mirrored run's uuid, which may be digits only.
            core::RunRecord mirrored;
            if (auto exit = mirroredRun(parser, id, &mirrored))
                return *exit;
            runs.push_back(mirrored);
        } else {
            fail(tr("There is no run %1 in the history (%2). `migdesk history` lists the runs "
                    "with their ids; a run made on another machine needs the target's "
                    "connection (--profile or --dsn).")
                     .arg(id, core::HistoryStore::defaultPath()));
            return BadUsage;
        }
    }

    QByteArray bytes;
    if (format == QLatin1String("html"))
        bytes = core::RunReport::html(runs, diff).toUtf8();
    else if (format == QLatin1String("md"))
        bytes = core::RunReport::markdown(runs, diff).toUtf8();
    else
        bytes = QJsonDocument(core::RunReport::json(runs, diff)).toJson(QJsonDocument::Indented);

    if (!parser.isSet(QStringLiteral("output"))) {
        print(stdout, QString::fromUtf8(bytes));
        return Ok;
    }
    const QString path = parser.value(QStringLiteral("output"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(tr("The report cannot be written to %1: %2").arg(path, file.errorString()));
        return StepFailed;
    }
    print(stdout, tr("Report written to %1.\n").arg(path));
    return Ok;
}

} // namespace migdesk::app
