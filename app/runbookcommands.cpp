// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook's steps as commands: preflight, backup, migrate, verify, rollback. They run the
// same core steps as the console's wizard, each on a worker thread, with the run log written to
// a file and echoed as it goes, Ctrl-C as Cancel, and a notification at the end.
#include "commandline.h"
#include "commandsupport.h"

#include "common/units.h"
#include "connection/passwordstore.h"
#include "connection/pgconnection.h"
#include "history/recordedrun.h"
#include "runbook/backupstep.h"
#include "runbook/migrationexecutor.h"
#include "runbook/migrationwatchlog.h"
#include "runbook/preflight.h"
#include "runbook/productionguard.h"
#include "runbook/rollbackstep.h"
#include "runbook/runsummary.h"
#include "runbook/verifier.h"
#include "runbook/webhooknotifier.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <csignal>

#include <libpq-fe.h>

namespace migdesk::app {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

void addSourceOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("django"), CommandLine::tr("The Django project folder."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("sql-dir"),
                      CommandLine::tr("A folder of V<version>__<name>.sql migrations."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("manage-py"), CommandLine::tr("The project's manage.py."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("python"),
                      CommandLine::tr("The Python interpreter for manage.py."),
                      QStringLiteral("PATH"), QStringLiteral("/usr/bin/python3")});
}

void addRunOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("environment"),
                      CommandLine::tr("development, staging or production, for a --dsn or PG* "
                                      "target (default production: the safe assumption)."),
                      QStringLiteral("ENV")});
    parser.addOption({QStringLiteral("confirm"),
                      CommandLine::tr("The production database's name, typed to confirm a change."),
                      QStringLiteral("DBNAME")});
    parser.addOption({QStringLiteral("log-dir"), CommandLine::tr("Where the run log goes."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("pg-bin"),
                      CommandLine::tr("The folder with pg_dump and pg_restore."),
                      QStringLiteral("PATH")});
    parser.addOption(
        {QStringLiteral("no-notify"), CommandLine::tr("Do not send the webhook notification.")});
}

// The keychain answers asynchronously; a local loop is fine here: no GUI to freeze.
QString storedWebhook(const std::optional<core::ConnectionProfile>& profile)
{
    const QString fromEnvironment = qEnvironmentVariable("MIGDESK_WEBHOOK_URL");
    if (!fromEnvironment.isEmpty() || !profile)
        return fromEnvironment;
    core::PasswordStore store;
    QString url;
    QEventLoop loop;
    QObject context;
    store.read(core::WebhookNotifier::keychainKey(profile->name), &context,
               [&](std::optional<QString> value, const core::PasswordStore::Outcome&) {
                   url = value.value_or(QString());
                   loop.quit();
               });
    loop.exec();
    return url;
}

// Resolves the connection and the migration source, and proves the server answers, so that a
// wrong DSN or an unreachable server exits 3 before any step starts. The database name is
// filled in from the server when libpq chose it, since the production confirmation names it.
std::optional<int> resolveRunbookTarget(const QCommandLineParser& parser, core::RunbookTarget* out,
                                        std::optional<core::ConnectionProfile>* profileOut,
                                        bool withSource = true)
{
    QString error;
    const auto target = resolveTarget(parser, &error);
    if (!target) {
        fail(error);
        return BadUsage;
    }
    core::ConnectionProfile profile = target->profile.value_or(core::ConnectionProfile{});
    if (!target->profile) {
        profile.environment = core::Environment::Production;
        if (parser.isSet(QStringLiteral("environment"))) {
            const auto environment =
                core::environmentFromKey(parser.value(QStringLiteral("environment")));
            if (!environment) {
                fail(CommandLine::tr("--environment takes development, staging or production."));
                return BadUsage;
            }
            profile.environment = *environment;
        }
    }
    *profileOut = target->profile;
    out->connection = core::ConnectionTarget{profile, target->info, target->password};
    // backup takes no migration source: asking its parser for one only prints warnings.
    if (withSource) {
        out->djangoProject = parser.value(QStringLiteral("django"));
        out->sqlFolder = parser.value(QStringLiteral("sql-dir"));
        out->managePy = parser.value(QStringLiteral("manage-py"));
        out->python = parser.value(QStringLiteral("python"));
    }
    out->pgBinDir = parser.value(QStringLiteral("pg-bin"));
    if (!out->djangoProject.isEmpty() && !out->sqlFolder.isEmpty()) {
        fail(CommandLine::tr("Give either --django or --sql-dir, not both."));
        return BadUsage;
    }
    core::PgConnection probe;
    if (auto failed =
            probe.open(target->info, target->password, core::SessionPolicy::inspection())) {
        fail(failed->sentence());
        return CannotConnect;
    }
    if (out->connection.info.value(QStringLiteral("dbname")).isEmpty())
        out->connection.info.set(QStringLiteral("dbname"), QString::fromUtf8(PQdb(probe.handle())));
    return std::nullopt;
}

bool needsSource(const core::RunbookTarget& target)
{
    if (target.djangoProject.isEmpty() && target.sqlFolder.isEmpty()) {
        fail(CommandLine::tr(
            "Give the migrations: --django PATH (with --manage-py) or --sql-dir PATH."));
        return false;
    }
    return true;
}

QString logDirectory(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("log-dir")))
        return parser.value(QStringLiteral("log-dir"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/logs");
}

// Runs one step the way every runbook command does and returns the exit code.
int runStep(const QCommandLineParser& parser, const QString& kind, const QString& logPrefix,
            const QString& title, const core::RunbookTarget& target,
            const std::optional<core::ConnectionProfile>& profile,
            const std::function<core::StepResult(const core::StepContext&)>& job,
            const std::optional<core::WritePolicy>& writes = std::nullopt)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    core::RunLog log;
    QString error;
    const QString logPath =
        QDir(logDirectory(parser)).filePath(core::RunLog::defaultFileName(logPrefix));
    if (!log.openFile(logPath, &error)) {
        fail(error);
        return BadUsage;
    }
    // With --json, stdout carries only the JSON; the log goes to stderr as it is written.
    log.addListener(
        [json](const QString& line) { print(json ? stderr : stdout, line + QLatin1Char('\n')); });
    core::RunRecord record;
    record.kind = kind;
    record.profile = profile ? profile->name : QString();
    record.environment = core::environmentKey(target.connection.profile.environment);
    record.server = target.connection.info.displayName();
    record.database = target.database();
    record.osUser = core::HistoryStore::currentOsUser();
    core::RecordedRun recorded(core::HistoryStore::defaultPath(), record, log);
    core::RunRecorder& recorder = recorded.recorder();
    if (writes && target.isProduction())
        recorded.setConfirmation(parser.value(QStringLiteral("confirm")));
    log.write(title);
    log.write(CommandLine::tr("Environment: %1")
                  .arg(core::environmentKey(target.connection.profile.environment)));
    log.write(CommandLine::tr("Log file: %1").arg(log.filePath()));

    core::CancelToken cancel;
    core::StepResult result;
    g_interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    std::unique_ptr<QThread> worker(QThread::create([&] {
        const core::StepContext context{log, cancel};
        // A run that writes to the target keeps the schema before and after it in the history.
        result = writes ? recorded.aroundSchemaChange(target.connection, *writes,
                                                      [&] { return job(context); })
                        : job(context);
    }));
    worker->start();
    bool cancelling = false;
    // Polling a flag is the only async-signal-safe way out of a handler; 100 ms is instant to a
    // person pressing Ctrl-C.
    while (!worker->wait(100)) {
        if (g_interrupted.load() && !cancelling) {
            cancelling = true;
            log.write(CommandLine::tr("Interrupted: cancelling the running step…"));
            cancel.cancel();
        }
    }
    std::signal(SIGINT, previous);
    result.redactSecrets();

    core::RunSummary summary;
    summary.title = title;
    summary.environment = core::environmentKey(target.connection.profile.environment);
    summary.logPath = log.filePath();
    summary.add(result);
    log.write(CommandLine::tr("%1: %2 in %3.")
                  .arg(result.step, core::StepResult::outcomeLabel(result.outcome),
                       core::formatDuration(result.seconds)));
    if (!result.sentence.isEmpty())
        log.write(result.sentence);
    if (!parser.isSet(QStringLiteral("no-notify"))) {
        const QString webhook = storedWebhook(profile);
        core::CancelToken none;
        const core::StepContext context{log, none};
        core::WebhookNotifier::notify(webhook, summary.notificationText(), context);
    }
    recorded.addStep(result);
    recorded.finish(core::StepResult::outcomeKey(result.outcome), result.toJson());
    // The first run allowed to write to the target also leaves its record there for reviewers.
    const QString mirror = writes ? recorded.mirror(target.connection, *writes) : QString();
    recorder.wait();
    if (!recorder.problem().isEmpty())
        fail(CommandLine::tr("The run is complete but the history did not record it: %1 The run "
                             "log %2 has everything.")
                 .arg(recorder.problem(), log.filePath()));
    if (json) {
        QJsonObject object = result.toJson();
        object.insert(QStringLiteral("history_id"), recorder.runId());
        object.insert(QStringLiteral("history_uuid"), recorder.uuid());
        if (!mirror.isEmpty())
            object.insert(QStringLiteral("mirror"), mirror);
        object.insert(QStringLiteral("log"), log.filePath());
        printJson(object);
    }
    return result.ok() ? Ok : StepFailed;
}

std::optional<int> positiveNumber(const QCommandLineParser& parser, const QString& option, int* out)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    *out = parser.value(option).toInt(&ok);
    if (!ok || *out < 0) {
        fail(CommandLine::tr("--%1 takes a whole number of 0 or more.").arg(option));
        return BadUsage;
    }
    return std::nullopt;
}

// The pg_dump options shared by backup and the rollback's pre-rollback backup.
std::optional<int> readBackupPlan(const QCommandLineParser& parser, const QString& dirOption,
                                  core::BackupPlan* plan)
{
    plan->options.directory = parser.value(dirOption);
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("directory"))
        plan->options.format = core::BackupOptions::Format::Directory;
    else if (format != QLatin1String("custom")) {
        fail(CommandLine::tr("--format takes custom or directory."));
        return BadUsage;
    }
    if (auto exit = positiveNumber(parser, QStringLiteral("jobs"), &plan->options.jobs))
        return exit;
    plan->options.jobs = std::max(1, plan->options.jobs);
    if (auto exit = positiveNumber(parser, QStringLiteral("compress"), &plan->options.compression))
        return exit;
    if (plan->options.compression > 9) {
        fail(CommandLine::tr("--compress takes a gzip level from 0 (none) to 9 (smallest files, "
                             "slowest dump)."));
        return BadUsage;
    }
    if (plan->options.jobs > 1 && plan->options.format != core::BackupOptions::Format::Directory) {
        fail(CommandLine::tr("--jobs needs --format directory: pg_dump writes a custom archive "
                             "with one process."));
        return BadUsage;
    }
    return std::nullopt;
}

void addBackupFormatOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("format"), CommandLine::tr("custom (default) or directory."),
                      QStringLiteral("FORMAT"), QStringLiteral("custom")});
    parser.addOption({QStringLiteral("jobs"), CommandLine::tr("Parallel jobs (directory format)."),
                      QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("compress"),
                      CommandLine::tr("pg_dump's gzip level, 0-9 (default 1: fast)."),
                      QStringLiteral("N"),
                      QString::number(core::BackupOptions::kDefaultCompression)});
}

QString runId()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")) +
           QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
}

} // namespace

int CommandLine::preflight(const QStringList& arguments)
{
    QCommandLineParser parser;
    addSourceOptions(parser);
    addRunOptions(parser);
    parser.addOption({QStringLiteral("backup-dir"), tr("Where the backup will go (disk check)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("long"),
                      tr("Seconds after which a query counts as long (60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("preflight")))
        return *exit;
    core::RunbookTarget target;
    std::optional<core::ConnectionProfile> profile;
    if (auto exit = resolveRunbookTarget(parser, &target, &profile))
        return *exit;
    core::PreflightOptions options;
    options.backupDirectory = parser.value(QStringLiteral("backup-dir"));
    options.longQuerySeconds = parser.value(QStringLiteral("long")).toDouble();
    return runStep(
        parser, QStringLiteral("preflight"), QStringLiteral("migration_preflight"),
        tr("Preflight of %1").arg(target.connection.info.displayName()), target, profile,
        [&](const core::StepContext& ctx) { return core::Preflight::run(target, options, ctx); });
}

int CommandLine::backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    addRunOptions(parser);
    addBackupFormatOptions(parser);
    parser.addOption({QStringLiteral("dir"), tr("Where the backup goes."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("plain"), tr("Also write a plain SQL dump.")});
    parser.addOption(
        {QStringLiteral("prove"),
         tr("Restore the backup into a throwaway local cluster and compare row counts.")});
    parser.addOption({QStringLiteral("upload-arg"),
                      tr("One argument of the upload command (repeat it; placeholders {file} "
                         "{metadata} {sha256} {name} {dir})."),
                      QStringLiteral("ARG")});
    parser.addOption({QStringLiteral("retention-days"),
                      tr("Delete migdesk's own backups older than N days from the folder."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("lock-wait-timeout"),
                      tr("Seconds pg_dump waits for a table lock before giving up (30)."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("backup")))
        return *exit;
    if (!parser.isSet(QStringLiteral("dir"))) {
        fail(tr("Say where the backup goes: --dir PATH."));
        return BadUsage;
    }
    core::BackupPlan plan;
    if (auto exit = readBackupPlan(parser, QStringLiteral("dir"), &plan))
        return *exit;
    plan.options.plain = parser.isSet(QStringLiteral("plain"));
    plan.prove = parser.isSet(QStringLiteral("prove"));
    plan.uploadCommand = parser.values(QStringLiteral("upload-arg"));
    int lockWait = 30;
    if (auto exit = positiveNumber(parser, QStringLiteral("retention-days"), &plan.retentionDays))
        return *exit;
    if (auto exit = positiveNumber(parser, QStringLiteral("lock-wait-timeout"), &lockWait))
        return *exit;
    plan.options.lockWaitTimeoutMs = lockWait * 1000;
    core::RunbookTarget target;
    std::optional<core::ConnectionProfile> profile;
    if (auto exit = resolveRunbookTarget(parser, &target, &profile, false))
        return *exit;
    return runStep(
        parser, QStringLiteral("backup"), QStringLiteral("backup"),
        tr("Backup of %1").arg(target.connection.info.displayName()), target, profile,
        [&](const core::StepContext& ctx) { return core::BackupStep::run(target, plan, ctx); });
}

int CommandLine::migrate(const QStringList& arguments)
{
    QCommandLineParser parser;
    addSourceOptions(parser);
    addRunOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), tr("Show the plan and its SQL; change nothing.")});
    parser.addOption({QStringLiteral("target"),
                      tr("Migrate up to APP:NAME (Django) or VERSION (SQL folder)."),
                      QStringLiteral("TARGET")});
    parser.addOption(
        {QStringLiteral("lock-timeout"),
         tr("Milliseconds a statement may wait for a lock before it is retried (5000)."),
         QStringLiteral("MS")});
    parser.addOption({QStringLiteral("statement-timeout"),
                      tr("Milliseconds a statement may run (1800000; 0: no limit)."),
                      QStringLiteral("MS")});
    parser.addOption(
        {QStringLiteral("retries"), tr("Retries after a lock timeout (3)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("retry-delay"),
                      tr("Milliseconds before the first retry, doubled each time (2000)."),
                      QStringLiteral("MS")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("migrate")))
        return *exit;
    core::MigrateOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.target = parser.value(QStringLiteral("target"));
    options.runId = runId();
    for (const auto& [option, field] :
         {std::pair{QStringLiteral("lock-timeout"), &options.policy.lockTimeoutMs},
          std::pair{QStringLiteral("statement-timeout"), &options.policy.statementTimeoutMs},
          std::pair{QStringLiteral("retries"), &options.policy.lockRetries},
          std::pair{QStringLiteral("retry-delay"), &options.policy.retryDelayMs}}) {
        if (auto exit = positiveNumber(parser, option, field))
            return *exit;
    }
    core::RunbookTarget target;
    std::optional<core::ConnectionProfile> profile;
    if (auto exit = resolveRunbookTarget(parser, &target, &profile))
        return *exit;
    if (!needsSource(target))
        return BadUsage;
    const QString refusal = core::ProductionGuard::refusal(target, !options.dryRun,
                                                           parser.value(QStringLiteral("confirm")));
    if (!refusal.isEmpty()) {
        fail(refusal);
        return BadUsage;
    }
    return runStep(
        parser, QStringLiteral("migrate"), QStringLiteral("migration"),
        (options.dryRun ? tr("Migration plan (dry run) for %1") : tr("Migration of %1"))
            .arg(target.connection.info.displayName()),
        target, profile,
        [&](const core::StepContext& ctx) {
            std::optional<core::MigrationWatchLog> watch;
            if (!options.dryRun)
                watch.emplace(target.connection, core::MigrationExecutor::applicationName(options),
                              ctx.log);
            return core::MigrationExecutor::run(target, options, ctx);
        },
        options.dryRun ? std::nullopt : std::optional(options.policy));
}

int CommandLine::verify(const QStringList& arguments)
{
    QCommandLineParser parser;
    addSourceOptions(parser);
    addRunOptions(parser);
    parser.addOption({QStringLiteral("health-url"), tr("An HTTP endpoint that must answer 2xx."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("health-timeout"), tr("Seconds to wait for it (5)."),
                      QStringLiteral("SECONDS"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("smoke"), tr("A file of smoke queries with expected results."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("strict"),
                      tr("Fail on every table without a primary key and foreign key without an "
                         "index, not only on those the last run introduced.")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("verify")))
        return *exit;
    core::VerifyOptions options;
    options.strict = parser.isSet(QStringLiteral("strict"));
    options.healthUrl = parser.value(QStringLiteral("health-url"));
    int timeout = 5;
    if (auto exit = positiveNumber(parser, QStringLiteral("health-timeout"), &timeout))
        return *exit;
    options.healthTimeoutMs = timeout * 1000;
    if (parser.isSet(QStringLiteral("smoke"))) {
        QString error;
        auto smoke = core::Verifier::readSmokeFile(parser.value(QStringLiteral("smoke")), &error);
        if (!smoke) {
            fail(error);
            return BadUsage;
        }
        options.smokeQueries = std::move(*smoke);
    }
    core::RunbookTarget target;
    std::optional<core::ConnectionProfile> profile;
    if (auto exit = resolveRunbookTarget(parser, &target, &profile))
        return *exit;
    return runStep(
        parser, QStringLiteral("verify"), QStringLiteral("migration_verification"),
        tr("Verification of %1").arg(target.connection.info.displayName()), target, profile,
        [&](const core::StepContext& ctx) { return core::Verifier::run(target, options, ctx); });
}

int CommandLine::rollback(const QStringList& arguments)
{
    QCommandLineParser parser;
    addSourceOptions(parser);
    addRunOptions(parser);
    addBackupFormatOptions(parser);
    parser.addOption(
        {QStringLiteral("to"),
         tr("Migrate backwards to APP:NAME or APP:zero (Django) or VERSION (SQL folder)."),
         QStringLiteral("TARGET")});
    parser.addOption({QStringLiteral("previous"),
                      tr("Migrate each app back to the migration before its latest.")});
    parser.addOption({QStringLiteral("restore"),
                      tr("Restore this migdesk backup (file, directory or .json)."),
                      QStringLiteral("BACKUP")});
    parser.addOption(
        {QStringLiteral("backup-dir"),
         tr("Where the pre-rollback backup goes (default: the restored backup's folder)."),
         QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("dry-run"), tr("Say what would be done; change nothing.")});
    parser.addOption({QStringLiteral("health-url"), tr("An HTTP endpoint that must answer 2xx."),
                      QStringLiteral("URL")});
    if (auto exit = parseOptions(parser, arguments, QStringLiteral("rollback")))
        return *exit;
    const int ways = int(parser.isSet(QStringLiteral("to"))) +
                     int(parser.isSet(QStringLiteral("previous"))) +
                     int(parser.isSet(QStringLiteral("restore")));
    if (ways != 1) {
        fail(tr("Choose one way back: --to APP:NAME, --previous or --restore BACKUP."));
        return BadUsage;
    }
    core::RollbackPlan plan;
    if (parser.isSet(QStringLiteral("restore"))) {
        plan.way = core::RollbackPlan::Way::Restore;
        plan.backupPath = parser.value(QStringLiteral("restore"));
        if (!QFileInfo::exists(plan.backupPath)) {
            fail(tr("The backup %1 does not exist.").arg(plan.backupPath));
            return BadUsage;
        }
    } else {
        plan.revert.mode = parser.isSet(QStringLiteral("to")) ? core::RevertOptions::Mode::To
                                                              : core::RevertOptions::Mode::Previous;
        plan.revert.target = parser.value(QStringLiteral("to"));
        plan.revert.runId = runId();
    }
    const QString backupDir =
        parser.isSet(QStringLiteral("backup-dir"))
            ? parser.value(QStringLiteral("backup-dir"))
            : (plan.backupPath.isEmpty() ? QString() : QFileInfo(plan.backupPath).absolutePath());
    if (backupDir.isEmpty()) {
        fail(tr("Say where the pre-rollback backup goes: --backup-dir PATH."));
        return BadUsage;
    }
    if (auto exit = readBackupPlan(parser, QStringLiteral("backup-dir"), &plan.preRollbackBackup))
        return *exit;
    plan.preRollbackBackup.options.directory = backupDir;
    plan.restore.jobs = plan.preRollbackBackup.options.jobs;
    plan.verify.healthUrl = parser.value(QStringLiteral("health-url"));
    core::RunbookTarget target;
    std::optional<core::ConnectionProfile> profile;
    if (auto exit = resolveRunbookTarget(parser, &target, &profile))
        return *exit;
    if (plan.way == core::RollbackPlan::Way::Migrations && !needsSource(target))
        return BadUsage;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        const QStringList lines = core::RollbackStep::describe(target, plan);
        print(stdout, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        return Ok;
    }
    const QString refusal =
        core::ProductionGuard::refusal(target, true, parser.value(QStringLiteral("confirm")));
    if (!refusal.isEmpty()) {
        fail(refusal);
        return BadUsage;
    }
    return runStep(
        parser, QStringLiteral("rollback"), QStringLiteral("migration_rollback"),
        tr("Rollback of %1").arg(target.connection.info.displayName()), target, profile,
        [&](const core::StepContext& ctx) {
            for (const QString& line : core::RollbackStep::describe(target, plan))
                ctx.log.write(tr("Plan: %1").arg(line));
            return core::RollbackStep::run(target, plan, ctx);
        },
        plan.revert.policy);
}

} // namespace migdesk::app
