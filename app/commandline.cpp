// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commandsupport.h"

#include "catalog/activityreader.h"
#include "catalog/activityreport.h"
#include "catalog/overviewreader.h"
#include "catalog/overviewreport.h"
#include "catalog/tableinventoryreport.h"
#include "catalog/tablestatsreader.h"
#include "connection/passwordstore.h"
#include "connection/pgconnection.h"
#include "connection/profilestore.h"
#include "history/historystore.h"
#include "history/recordedassessment.h"
#include "risk/assessmentbuilder.h"
#include "risk/assessmentreport.h"
#include "risk/lintreport.h"
#include "risk/sqllinter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QThread>

#include <cstdio>

#include <libpq-fe.h>

namespace migdesk::app {

namespace {

const QStringList kCommands{
    QStringLiteral("overview"),  QStringLiteral("tables"),   QStringLiteral("activity"),
    QStringLiteral("locks"),     QStringLiteral("assess"),   QStringLiteral("lint"),
    QStringLiteral("preflight"), QStringLiteral("backup"),   QStringLiteral("migrate"),
    QStringLiteral("verify"),    QStringLiteral("rollback"), QStringLiteral("history"),
    QStringLiteral("report")};

// --sample-seconds, which a command waits out: 0 to 60, else nullopt after saying so.
std::optional<double> readSampleSeconds(const QCommandLineParser& parser)
{
    bool numberOk = false;
    const double seconds = parser.value(QStringLiteral("sample-seconds")).toDouble(&numberOk);
    if (!numberOk || seconds < 0 || seconds > 60) {
        fail(CommandLine::tr("--sample-seconds takes a number of seconds from 0 to 60."));
        return std::nullopt;
    }
    return seconds;
}

} // namespace

bool CommandLine::wantsCommandLine(const QStringList& arguments)
{
    for (const QString& a : arguments.mid(1)) {
        if (a == QLatin1String("--version") || a == QLatin1String("-v") ||
            a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
        if (!a.startsWith(QLatin1Char('-')))
            return true; // a command name, or a mistyped one that deserves a usage error
    }
    return false;
}

QString CommandLine::helpText()
{
    return tr("Usage: migdesk [--demo] [--lang LANG]\n"
              "       migdesk <command> [connection] [options]\n"
              "\n"
              "The console for PostgreSQL schema migrations. Without a command it opens the "
              "window.\n"
              "\n"
              "Options:\n"
              "  --demo             open the console on a throwaway local database with sample "
              "data\n"
              "  --lang LANG        user interface language (en, de); default: the system's\n"
              "  -v, --version      print the version\n"
              "  -h, --help         print this help\n"
              "\n"
              "Commands:\n"
              "  overview           server, size, uptime, sessions, cache hit ratio, "
              "transactions/s, largest tables\n"
              "  tables [--top N] [--partitions]\n"
              "                     every table with total, heap, index and TOAST size, rows, "
              "activity, vacuum\n"
              "  activity [--long SECONDS]\n"
              "                     sessions with state, durations, waits and blockers; exit 1 "
              "when a query runs\n"
              "                     longer than SECONDS (default 60)\n"
              "  locks              the blocking tree and the ungranted locks; exit 1 when a "
              "lock is waited for\n"
              "  assess (--django PATH | --sql-dir PATH) [--manage-py PATH --python PATH]\n"
              "         [--sample-seconds N]\n"
              "                     pending migrations with the runbook's score, lint findings "
              "and live lock\n"
              "                     impact; exit 1 when the overall risk is high or a blocker "
              "is running\n"
              "  lint FILE.sql... [--severity error|warning|info] [--pg-version NUM]\n"
              "                     the SQL linter alone, no database; exit 1 on a finding of "
              "that severity\n"
              "\n"
              "Runbook steps (each writes a run log, --log-dir, and notifies the webhook kept "
              "for the profile):\n"
              "  preflight [--django PATH | --sql-dir PATH] [--backup-dir PATH] [--long SECONDS]\n"
              "                     the checklist: pending and risk, size, long queries, locks, "
              "disk, pg_dump\n"
              "  backup --dir PATH [--format custom|directory] [--jobs N] [--compress N] "
              "[--plain]\n"
              "         [--prove] [--upload-arg ARG...] [--retention-days N]\n"
              "         [--lock-wait-timeout SECONDS]\n"
              "                     pg_dump with SHA-256, pg_restore --list and metadata JSON\n"
              "  migrate (--django PATH --manage-py PATH [--python PATH] | --sql-dir PATH)\n"
              "          [--dry-run] [--target APP:NAME] [--confirm DBNAME] [--lock-timeout MS]\n"
              "          [--retries N]\n"
              "                     apply pending migrations with lock_timeout and retries\n"
              "  verify [--django PATH --manage-py PATH | --sql-dir PATH] [--health-url URL]\n"
              "         [--smoke FILE] [--strict]\n"
              "                     pending, primary keys, foreign-key indexes, invalid indexes, "
              "NOT VALID,\n"
              "                     smoke queries, health endpoint, manage.py check; a missing "
              "key or index\n"
              "                     the last run introduced fails, an older one warns (--strict: "
              "fails)\n"
              "  rollback (--to APP:NAME | --previous | --restore BACKUP) [--backup-dir PATH]\n"
              "           [--confirm DBNAME] [--dry-run]\n"
              "                     pre-rollback backup, then migrate backwards or restore, then "
              "verify\n"
              "  --environment ENV  for --dsn targets: development, staging or production "
              "(default production)\n"
              "  --confirm DBNAME   on production, the database name typed to allow a change\n"
              "\n"
              "History (the runs recorded on this machine; with a connection also the "
              "target's own records):\n"
              "  history [--profile NAME | --dsn DSN] [--since DATE] [--kind KIND]\n"
              "                     runs, mirrored runs from other machines, django_migrations "
              "and the SQL\n"
              "                     folder's history, newest first; migrations applied outside "
              "migdesk marked\n"
              "  report (RUN_ID | --since DATE [--until DATE] [--kind KIND]) [--format "
              "html|md|json]\n"
              "         [--output FILE] [--profile NAME | --dsn DSN]\n"
              "                     a run or a date range as a self-contained HTML page, "
              "Markdown or JSON;\n"
              "                     with a connection, a run mirrored from another machine "
              "too\n"
              "\n"
              "Connection (for commands):\n"
              "  --profile NAME     a saved connection profile (password from the keychain)\n"
              "  --dsn DSN          a libpq URI or conninfo string\n"
              "  (neither)          the PG* environment variables, PGSERVICE and ~/.pgpass\n"
              "  --json             machine-readable output\n"
              "\n"
              "Exit codes: 0 ok, 1 the step failed or found problems, 2 bad usage or input, "
              "3 cannot connect.\n");
}

int CommandLine::run(const QStringList& arguments)
{
    if (arguments.contains(QStringLiteral("--version")) ||
        arguments.contains(QStringLiteral("-v"))) {
        print(stdout, QStringLiteral("migdesk %1 (Qt %2, libpq %3)\n")
                          .arg(QStringLiteral(MIGDESK_VERSION), QString::fromLatin1(qVersion()),
                               core::PgConnection::libraryVersion()));
        return Ok;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        print(stdout, helpText());
        return Ok;
    }
    QString command;
    for (const QString& a : arguments.mid(1)) {
        if (!a.startsWith(QLatin1Char('-'))) {
            command = a;
            break;
        }
    }
    if (command == QLatin1String("overview"))
        return overview(arguments);
    if (command == QLatin1String("tables"))
        return tables(arguments);
    if (command == QLatin1String("activity"))
        return activity(arguments);
    if (command == QLatin1String("locks"))
        return locks(arguments);
    if (command == QLatin1String("assess"))
        return assess(arguments);
    if (command == QLatin1String("lint"))
        return lint(arguments);
    if (command == QLatin1String("preflight"))
        return preflight(arguments);
    if (command == QLatin1String("backup"))
        return backup(arguments);
    if (command == QLatin1String("migrate"))
        return migrate(arguments);
    if (command == QLatin1String("verify"))
        return verify(arguments);
    if (command == QLatin1String("rollback"))
        return rollback(arguments);
    if (command == QLatin1String("history"))
        return history(arguments);
    if (command == QLatin1String("report"))
        return report(arguments);
    fail(tr("'%1' is not a command. Commands: %2. See migdesk --help.")
             .arg(command, kCommands.join(QStringLiteral(", "))));
    return BadUsage;
}

int CommandLine::overview(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sample-seconds"),
                      tr("Seconds between the two samples that give transactions/s (0: skip)."),
                      QStringLiteral("SECONDS"), QStringLiteral("1")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("overview")))
        return *exit;
    const std::optional<double> sampleSeconds = readSampleSeconds(parser);
    if (!sampleSeconds)
        return BadUsage;
    core::PgConnection connection;
    if (auto exit = connectTarget(parser, connection))
        return *exit;
    auto first = core::OverviewReader::read(connection);
    if (!first)
        return failedStep(first.error());
    core::DatabaseOverview overview = *first;
    if (*sampleSeconds > 0) {
        // A command-line tool, not the GUI thread: waiting out the sample interval is its job.
        QThread::msleep(static_cast<unsigned long>(*sampleSeconds * 1000));
        const auto second = core::OverviewReader::read(connection);
        if (!second)
            return failedStep(second.error());
        overview = *second;
        overview.transactionsPerSecond = core::transactionsPerSecond(*first, *second);
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(core::OverviewReport::toJson(overview));
    else
        print(stdout, core::OverviewReport::toText(overview));
    return Ok;
}

int CommandLine::tables(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("top"), tr("Only the N largest tables."), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("partitions"),
                      tr("List partitions as well as their (rolled-up) partitioned tables.")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("tables")))
        return *exit;
    bool numberOk = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&numberOk);
    if (!numberOk || top < 0) {
        fail(tr("--top takes a whole number of tables (0: all)."));
        return BadUsage;
    }
    core::PgConnection connection;
    if (auto exit = connectTarget(parser, connection))
        return *exit;
    const auto inventory = core::TableStatsReader::read(connection);
    if (!inventory)
        return failedStep(inventory.error());
    const auto rows = core::TableInventoryReport::largestFirst(
        *inventory, top, parser.isSet(QStringLiteral("partitions")));
    if (parser.isSet(QStringLiteral("json")))
        printJson(core::TableInventoryReport::toJson(*inventory, rows));
    else
        print(stdout, core::TableInventoryReport::toText(*inventory, rows));
    return Ok;
}

int CommandLine::activity(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("long"),
                      tr("Seconds after which a running query counts as long (default 60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("activity")))
        return *exit;
    bool numberOk = false;
    const double longSeconds = parser.value(QStringLiteral("long")).toDouble(&numberOk);
    if (!numberOk || longSeconds < 0) {
        fail(tr("--long takes a number of seconds."));
        return BadUsage;
    }
    core::PgConnection connection;
    if (auto exit = connectTarget(parser, connection))
        return *exit;
    const auto snapshot = core::ActivityReader::read(connection);
    if (!snapshot)
        return failedStep(snapshot.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(core::ActivityReport::activityJson(*snapshot, longSeconds));
    else
        print(stdout, core::ActivityReport::activityText(*snapshot, longSeconds));
    return core::ActivityReport::longRunningCount(*snapshot, longSeconds) > 0 ? StepFailed : Ok;
}

int CommandLine::locks(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("locks")))
        return *exit;
    core::PgConnection connection;
    if (auto exit = connectTarget(parser, connection))
        return *exit;
    const auto snapshot = core::ActivityReader::read(connection);
    if (!snapshot)
        return failedStep(snapshot.error());
    if (parser.isSet(QStringLiteral("json")))
        printJson(core::ActivityReport::locksJson(*snapshot));
    else
        print(stdout, core::ActivityReport::locksText(*snapshot));
    return snapshot->ungrantedLocks > 0 ? StepFailed : Ok;
}

int CommandLine::assess(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("django"), tr("A Django project folder, read without Python."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("sql-dir"), tr("A folder of V<version>__<name>.sql files."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("manage-py"),
                      tr("The project's manage.py: real SQL from sqlmigrate and a cross-check."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("python"), tr("The Python interpreter for manage.py."),
                      QStringLiteral("PATH"), QStringLiteral("/usr/bin/python3")});
    parser.addOption({QStringLiteral("environment"),
                      tr("development, staging or production, for a --dsn or PG* target, as the "
                         "history records it (default production, as the runbook commands)."),
                      QStringLiteral("ENV")});
    parser.addOption({QStringLiteral("sample-seconds"),
                      tr("Measure each table's query and write rate over this many seconds "
                         "(default 0: at once, the traffic since the tables pane's latest "
                         "hourly sample in the history, else the averages since the "
                         "statistics were reset)."),
                      QStringLiteral("SECONDS"), QStringLiteral("0")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("assess")))
        return *exit;
    const std::optional<double> sampleSeconds = readSampleSeconds(parser);
    if (!sampleSeconds)
        return BadUsage;
    core::AssessOptions options;
    options.rateSampleSeconds = *sampleSeconds;
    options.djangoProject = parser.value(QStringLiteral("django"));
    options.sqlFolder = parser.value(QStringLiteral("sql-dir"));
    options.managePy = parser.value(QStringLiteral("manage-py"));
    options.python = parser.value(QStringLiteral("python"));
    if (options.djangoProject.isEmpty() == options.sqlFolder.isEmpty()) {
        fail(tr("Give the migrations to assess: either --django PATH or --sql-dir PATH."));
        return BadUsage;
    }
    core::PgConnection connection;
    Target target;
    if (auto exit = connectTarget(parser, connection, &target))
        return *exit;
    options.target = target.info;
    options.password = target.password;
    // Keyed as the runbook commands key their runs, so that the history files them together.
    core::Environment environment = core::Environment::Production;
    if (target.profile) {
        environment = target.profile->environment;
    } else if (parser.isSet(QStringLiteral("environment"))) {
        const auto chosen = core::environmentFromKey(parser.value(QStringLiteral("environment")));
        if (!chosen) {
            fail(tr("--environment takes development, staging or production."));
            return BadUsage;
        }
        environment = *chosen;
    }
    core::RunRecord run;
    run.profile = target.profile ? target.profile->name : QString();
    run.environment = core::environmentKey(environment);
    run.server = target.info.displayName();
    run.database = target.info.value(QStringLiteral("dbname"));
    if (run.database.isEmpty()) // libpq chose it
        run.database = QString::fromUtf8(PQdb(connection.handle()));
    run.osUser = core::HistoryStore::currentOsUser();
    core::RecordedAssessment::History history;
    const auto assessment = core::RecordedAssessment::build(
        connection, options, run, core::HistoryStore::defaultPath(), &history);
    if (!history.problem.isEmpty())
        fail(tr("The history did not record the assessment: %1").arg(history.problem));
    if (!assessment)
        return failedStep(assessment.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = core::AssessmentReport::toJson(*assessment);
        json.insert(QStringLiteral("history_id"), history.runId);
        json.insert(QStringLiteral("history_uuid"), history.uuid);
        printJson(json);
    } else {
        print(stdout, core::AssessmentReport::toText(*assessment));
    }
    const bool problem =
        assessment->overall == QLatin1String("high") || !assessment->blockers.empty();
    return problem ? StepFailed : Ok;
}

int CommandLine::lint(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("json"), tr("Print machine-readable JSON.")});
    parser.addOption({QStringLiteral("severity"),
                      tr("Exit 1 on a finding of this severity or worse (error, warning, info)."),
                      QStringLiteral("LEVEL"), QStringLiteral("warning")});
    parser.addOption({QStringLiteral("pg-version"),
                      tr("The server_version_num the SQL will run on (default 150000)."),
                      QStringLiteral("NUM"), QStringLiteral("150000")});
    parser.addPositionalArgument(QStringLiteral("lint"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE.sql"), tr("SQL files to lint."));
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return BadUsage;
    }
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        fail(tr("Name the SQL files to lint: migdesk lint FILE.sql..."));
        return BadUsage;
    }
    const QStringList severities{QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("error")};
    const int threshold = int(severities.indexOf(parser.value(QStringLiteral("severity"))));
    if (threshold < 0) {
        fail(tr("--severity takes error, warning or info."));
        return BadUsage;
    }
    bool numberOk = false;
    const int version = parser.value(QStringLiteral("pg-version")).toInt(&numberOk);
    if (!numberOk || version < 90000) {
        fail(tr("--pg-version takes a server_version_num such as 150000."));
        return BadUsage;
    }
    // Written as each file is linted, a finding at a time: a file of 10,000 statements has
    // tens of thousands of findings, and a whole report in memory would be several times that.
    const bool json = parser.isSet(QStringLiteral("json"));
    const auto writeBytes = [](const QByteArray& bytes) { std::fputs(bytes.constData(), stdout); };
    bool found = false;
    if (json)
        writeBytes("[");
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return BadUsage;
        }
        core::LintOptions options;
        options.serverVersionNum = version;
        options.file = path;
        options.withLocks = json; // the text report leaves them out
        const core::LintResult result =
            core::SqlLinter::lint(QString::fromUtf8(file.readAll()), options);
        found = found || result.parseError;
        for (const core::Finding& f : result.findings)
            found = found || int(f.severity) >= threshold;
        if (json) {
            writeBytes(i > 0 ? ",\n" : "\n");
            core::LintReport::writeJson(result, path, writeBytes);
        } else {
            core::LintReport::writeText(result, path, core::LintReport::Locks::Hide, writeBytes);
        }
    }
    if (json)
        writeBytes("\n]\n");
    std::fflush(stdout);
    return found ? StepFailed : Ok;
}

} // namespace migdesk::app
