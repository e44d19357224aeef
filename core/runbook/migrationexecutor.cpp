// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationexecutor.h"

#include "common/jsonlists.h"
#include "common/units.h"
#include "connection/pgconnection.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/djangoproject.h"
#include "migrations/managepy.h"
#include "migrations/migrationgraph.h"
#include "migrations/sqlfolderapplier.h"
#include "migrations/sqlfoldername.h"
#include "migrations/sqlfoldersource.h"
#include "risk/migrationcharacter.h"
#include "risk/runbookscore.h"
#include "runbook/databaserunlock.h"
#include "runbook/djangomigrateprocess.h"
#include "runbook/djangotargetguard.h"
#include "runbook/lockblockerwatch.h"
#include "runbook/locktimeoutretry.h"
#include "runbook/poolerguard.h"
#include "runbook/walposition.h"
#include "runbook/writesession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <map>
#include <set>

namespace migdesk::core {

namespace {

// One pending migration of the plan and, after a live run, what became of it.
struct Planned
{
    bool django = false;
    MigrationKey key;       // Django
    SqlFolderScript script; // SQL folder
    QString sql;
    bool atomic = true; // runs in one transaction: a failure or lock timeout leaves nothing
    RunbookScore::MigrationScore score;
    bool scored = false;
    QString rollbackKey; // "django-backwards", "undo-file", "restore"
    QString rollbackWay; // translated, for people

    QString outcome = QStringLiteral("planned");
    double seconds = 0;
    int retries = 0;
    LockBlockerWatch::Impact impact;
    QString error;
    std::vector<StatementTiming> statements; // of the attempt that counted

    QString label() const
    {
        return django ? key.first + QLatin1Char('.') + key.second : script.name.baseName;
    }

    QJsonObject toJson() const
    {
        QJsonObject o;
        if (django) {
            o[QStringLiteral("app")] = key.first;
            o[QStringLiteral("name")] = key.second;
        } else {
            o[QStringLiteral("version")] = script.name.version;
            o[QStringLiteral("description")] = script.name.description;
            o[QStringLiteral("script")] = script.relativePath;
        }
        o[QStringLiteral("sql")] = sql;
        if (scored) {
            o[QStringLiteral("risk")] = QJsonObject{
                {QStringLiteral("score"), score.score},
                {QStringLiteral("level"), RunbookScore::levelKey(score.level)},
                {QStringLiteral("safety"), RunbookScore::safetyKey(score.safety)},
                {QStringLiteral("type"), RunbookScore::typeKey(score.type)},
            };
        }
        o[QStringLiteral("atomic")] = atomic;
        o[QStringLiteral("rollback")] = rollbackKey;
        o[QStringLiteral("rollback_way")] = rollbackWay;
        o[QStringLiteral("seconds")] = seconds;
        o[QStringLiteral("retries")] = retries;
        o[QStringLiteral("lock_wait_seconds")] = impact.lockWaitSeconds;
        o[QStringLiteral("max_blocked")] = impact.maxBlocked;
        o[QStringLiteral("outcome")] = outcome;
        o[QStringLiteral("statements")] = jsonArrayOf(statements, [](const StatementTiming& t) { return t.toJson(); });
        if (!error.isEmpty())
            o[QStringLiteral("error")] = error;
        return o;
    }
};

struct Plan
{
    bool django = false;
    std::vector<Planned> migrations;
    QStringList notes;    // worth knowing, not a reason to stop: a failed earlier attempt...
    QString refusal;      // set: the run must not start, and this sentence says why
    QStringList problems; // every problem behind the refusal
};

Plan refused(QString sentence, QStringList problems = {})
{
    Plan plan;
    plan.refusal = std::move(sentence);
    plan.problems = std::move(problems);
    return plan;
}

// A SQL-folder file is, in the runbook's terms, one RunSQL operation with the file's statements
// (as the assessment scores it).
RunbookScore::MigrationScore scoreScript(const Migration& file)
{
    Migration m = file;
    MigrationOperation op;
    op.className = QStringLiteral("RunSQL");
    op.qualifiedName = QStringLiteral("RunSQL");
    op.sql = QStringList{m.sql};
    op.line = m.sqlFirstLine;
    m.operations = {op};
    return RunbookScore::score(m);
}

void setDjangoRollback(Planned& planned, const MigrationGraph& graph)
{
    const Migration* migration = graph.migration(planned.key);
    if (!migration) {
        planned.rollbackKey = QStringLiteral("restore");
        planned.rollbackWay = MigrationExecutor::tr("restore the backup (migdesk could not read "
                                                    "this migration's module)");
        return;
    }
    planned.score = RunbookScore::score(*migration);
    planned.scored = true;
    planned.atomic = migration->atomic;
    const MigrationCharacter::Reversibility reversibility =
        MigrationCharacter::reversibility(*migration);
    if (!reversibility.reversible) {
        planned.rollbackKey = QStringLiteral("restore");
        planned.rollbackWay = reversibility.rollback;
        return;
    }
    planned.rollbackKey = QStringLiteral("django-backwards");
    const auto previous = graph.previous(planned.key);
    const QString command =
        MigrationExecutor::tr("Django backwards: manage.py migrate %1 %2")
            .arg(planned.key.first, previous ? previous->second : QStringLiteral("zero"));
    planned.rollbackWay = reversibility.losesData
                              ? QStringLiteral("%1 (%2)").arg(command, reversibility.rollback)
                              : command;
}

Plan planDjango(const RunbookTarget& target, const MigrateOptions& options,
                const QString& applicationName, PgConnection& connection)
{
    if (target.managePy.isEmpty()) {
        return refused(MigrationExecutor::tr(
            "A Django project is migrated by its own manage.py, and none is set: give the "
            "project's manage.py (and the Python that runs it), then run again."));
    }
    ManagePy django(target.managePy, target.python, target.connection.info,
                    target.connection.password, applicationName);
    if (!connection.behindPooler())
        django.makeSessionsReadOnly();
    QString error;
    const auto entries = django.showMigrationsPlan(&error);
    if (!entries)
        return refused(
            MigrationExecutor::tr("Django's migration plan could not be read: %1").arg(error));

    const QString projectDir = target.djangoProject.isEmpty()
                                   ? QFileInfo(target.managePy).absolutePath()
                                   : QDir(target.djangoProject).absolutePath();
    const DjangoProject::Scan scan = DjangoProject::scan(projectDir);
    const auto applied = AppliedMigrationsReader::read(connection);
    if (!applied)
        return refused(MigrationExecutor::tr("The applied migrations could not be read: %1")
                           .arg(applied.error().sentence()));
    MigrationGraph::Environment environment;
    environment.settings = scan.settings;
    for (const DjangoProject::App& app : scan.apps)
        environment.apps << app.label;
    const MigrationGraph graph(scan.migrations, AppliedMigrationsReader::keys(*applied),
                               environment);

    Plan plan;
    plan.django = true;
    std::vector<MigrationKey> pending;
    for (const ManagePy::PlanEntry& entry : *entries) {
        if (!entry.applied)
            pending.push_back(entry.key);
    }
    if (!options.target.isEmpty()) {
        const QStringList parts = options.target.split(QLatin1Char(':'));
        if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
            return refused(MigrationExecutor::tr("The target %1 is not APP:NAME, such as "
                                                 "catalog:0002_product_price.")
                               .arg(options.target));
        }
        // Like Django, a unique prefix of the name is enough ("catalog:0002").
        std::vector<const ManagePy::PlanEntry*> matches;
        for (const ManagePy::PlanEntry& entry : *entries) {
            if (entry.key.first != parts.at(0) || !entry.key.second.startsWith(parts.at(1)))
                continue;
            if (entry.key.second == parts.at(1)) {
                matches = {&entry};
                break;
            }
            matches.push_back(&entry);
        }
        if (matches.empty()) {
            return refused(MigrationExecutor::tr("Django's plan has no migration %1 in app %2. "
                                                 "Check the target with manage.py showmigrations.")
                               .arg(parts.at(1), parts.at(0)));
        }
        if (matches.size() > 1) {
            return refused(MigrationExecutor::tr("The target %1 matches more than one migration "
                                                 "of %2; give its full name.")
                               .arg(parts.at(1), parts.at(0)));
        }
        const MigrationKey key = matches.front()->key;
        if (matches.front()->applied) {
            plan.notes << MigrationExecutor::tr("%1.%2 is already applied; to go back to it, roll "
                                                "back instead.")
                              .arg(key.first, key.second);
            return plan;
        }
        if (!graph.contains(key)) {
            return refused(MigrationExecutor::tr("migdesk could not read %1.%2 from the project "
                                                 "folder %3, so it cannot tell what it needs.")
                               .arg(key.first, key.second, projectDir));
        }
        const std::vector<MigrationKey> needed = graph.forwardsPlan(key);
        const std::set<MigrationKey> neededSet(needed.begin(), needed.end());
        std::erase_if(pending, [&](const MigrationKey& k) { return !neededSet.count(k); });
    }
    for (const MigrationKey& key : pending) {
        Planned planned;
        planned.django = true;
        planned.key = key;
        setDjangoRollback(planned, graph);
        if (const auto sql = django.sqlMigrate(key, &error))
            planned.sql = sql->trimmed();
        else
            planned.sql = MigrationExecutor::tr("-- sqlmigrate failed: %1").arg(error);
        plan.migrations.push_back(std::move(planned));
    }
    return plan;
}

Plan planSqlFolder(const RunbookTarget& target, const MigrateOptions& options,
                   PgConnection& connection)
{
    const SqlFolderScan scan = SqlFolderSource::scan(target.sqlFolder);
    QStringList problems;
    for (const SourceProblem& problem : scan.problems)
        problems << problem.message;
    if (!problems.isEmpty()) {
        return refused(MigrationExecutor::tr("The migration folder has %n problem(s), so nothing "
                                             "is run until it is fixed: %1",
                                             nullptr, int(problems.size()))
                           .arg(problems.join(QLatin1Char(' '))),
                       problems);
    }
    const auto applied = SqlFolderSource::readApplied(connection);
    if (!applied)
        return refused(MigrationExecutor::tr("The applied versions could not be read: %1")
                           .arg(applied.error().sentence()));
    // Only successful rows can drift; a failed one is simply pending again.
    std::vector<SqlFolderAppliedRow> succeeded;
    std::copy_if(applied->begin(), applied->end(), std::back_inserter(succeeded),
                 [](const SqlFolderAppliedRow& row) { return row.success; });
    for (const SourceProblem& problem : SqlFolderSource::verify(scan, succeeded))
        problems << problem.message;
    if (!problems.isEmpty()) {
        return refused(MigrationExecutor::tr("%1 The folder no longer matches what was applied, "
                                             "so nothing is run: restore the file as it was "
                                             "applied, or find out why it changed, then run "
                                             "again.")
                           .arg(problems.join(QLatin1Char(' '))),
                       problems);
    }

    const SqlFolderPlan pending = SqlFolderSource::pending(scan, *applied);
    for (const SourceProblem& problem : pending.unreadable)
        problems << problem.message;
    if (!problems.isEmpty())
        return refused(MigrationExecutor::tr("A pending script cannot be read, so nothing is "
                                             "run: %1")
                           .arg(problems.join(QLatin1Char(' '))),
                       problems);
    Plan plan;
    for (const SourceProblem& problem : pending.problems)
        plan.notes << problem.message;
    QString last;
    if (!options.target.isEmpty()) {
        const auto found =
            std::find_if(scan.scripts.begin(), scan.scripts.end(), [&](const auto& s) {
                return SqlFolderName::compareVersions(s.name.version, options.target) == 0;
            });
        if (found == scan.scripts.end()) {
            return refused(MigrationExecutor::tr("The folder has no version %1 (no file "
                                                 "V%1__<description>.sql).")
                               .arg(options.target));
        }
        last = found->name.version;
    }
    std::map<QString, QString> undoFiles; // canonical version -> relative path
    for (const SqlFolderScript& undo : scan.undo)
        undoFiles[SqlFolderName::canonicalVersion(undo.name.version)] = undo.relativePath;
    for (const SqlFolderScript& script : pending.pending) {
        if (!last.isEmpty() && SqlFolderName::compareVersions(script.name.version, last) > 0)
            continue;
        Planned planned;
        planned.script = script;
        planned.sql = script.migration.sql;
        planned.atomic = script.outsideTransaction.isEmpty();
        planned.score = scoreScript(script.migration);
        planned.scored = true;
        const auto undo = undoFiles.find(SqlFolderName::canonicalVersion(script.name.version));
        if (undo != undoFiles.end()) {
            planned.rollbackKey = QStringLiteral("undo-file");
            planned.rollbackWay = MigrationExecutor::tr("undo file %1").arg(undo->second);
        } else {
            planned.rollbackKey = QStringLiteral("restore");
            planned.rollbackWay = MigrationExecutor::tr("restore the backup (no undo file "
                                                        "U%1__*.sql)")
                                      .arg(script.name.version);
        }
        plan.migrations.push_back(std::move(planned));
    }
    return plan;
}

void logPlan(const Plan& plan, bool dryRun, const StepContext& ctx)
{
    for (const QString& note : plan.notes)
        ctx.log.write(MigrationExecutor::tr("Note: %1").arg(note));
    if (plan.migrations.empty()) {
        ctx.log.write(MigrationExecutor::tr("Nothing to apply."));
        return;
    }
    ctx.log.write(dryRun
                      ? MigrationExecutor::tr("Dry run: %n migration(s) would be applied, in "
                                              "this order; nothing is changed.",
                                              nullptr, int(plan.migrations.size()))
                      : MigrationExecutor::tr("%n migration(s) to apply, in this order:", nullptr,
                                              int(plan.migrations.size())));
    int number = 0;
    for (const Planned& m : plan.migrations) {
        ++number;
        const QString risk = m.scored ? MigrationExecutor::tr("risk %1 (score %2, %3)")
                                            .arg(RunbookScore::levelName(m.score.level),
                                                 QString::number(m.score.score),
                                                 RunbookScore::typeName(m.score.type))
                                      : MigrationExecutor::tr("risk not rated");
        ctx.log.write(MigrationExecutor::tr("%1. %2: %3; %4; rollback: %5")
                          .arg(QString::number(number), m.label(), risk,
                               m.atomic ? MigrationExecutor::tr("in one transaction")
                                        : MigrationExecutor::tr("not in one transaction"),
                               m.rollbackWay));
        if (dryRun) {
            QStringList lines;
            for (const QString& line : m.sql.split(QLatin1Char('\n')))
                lines << QStringLiteral("    ") + line;
            ctx.log.write(lines.join(QLatin1Char('\n')));
        }
    }
}

QString labels(const std::vector<Planned>& migrations, const QString& outcome)
{
    QStringList names;
    for (const Planned& m : migrations) {
        if (m.outcome == outcome)
            names << m.label();
    }
    return names.join(QStringLiteral(", "));
}

// "Applied before it: V1, V2. Not attempted: V4."
QString aftermath(const std::vector<Planned>& migrations)
{
    const QString applied = labels(migrations, QStringLiteral("applied"));
    const QString rest = labels(migrations, QStringLiteral("not-attempted"));
    QString text = applied.isEmpty() ? MigrationExecutor::tr("Nothing was applied before it.")
                                     : MigrationExecutor::tr("Applied before it: %1.").arg(applied);
    if (!rest.isEmpty())
        text += QLatin1Char(' ') + MigrationExecutor::tr("Not attempted: %1.").arg(rest);
    return text;
}

// The sentence a run ends with when `m` did not succeed.
QString failureSentence(const Planned& m, const LockTimeoutRetry::Outcome& outcome,
                        const WritePolicy& policy, const std::vector<Planned>& all)
{
    const QString label = m.label();
    switch (outcome.last.kind) {
    case MigrationAttempt::Kind::LockTimeout:
        return MigrationExecutor::tr("%1 could not get its lock in %n attempt(s) (lock_timeout "
                                     "%2 ms; each attempt was rolled back): %3. %4 End that "
                                     "session or wait for it to finish, then run migrate again.",
                                     nullptr, outcome.retries + 1)
            .arg(label, QString::number(policy.lockTimeoutMs),
                 outcome.blockers.isEmpty()
                     ? MigrationExecutor::tr("the session holding the lock was not seen")
                     : outcome.blockers,
                 aftermath(all));
    case MigrationAttempt::Kind::ConnectionLost:
        return (m.atomic ? MigrationExecutor::tr("The connection to the server was lost while %1 "
                                                 "ran (%2): the server rolled back its "
                                                 "transaction, so %1 left nothing behind.")
                         : MigrationExecutor::tr("The connection to the server was lost while %1 "
                                                 "ran (%2): it does not run in one transaction, "
                                                 "so its statements before that point may have "
                                                 "stayed applied; check them before running it "
                                                 "again."))
                   .arg(label, outcome.last.reason) +
               QLatin1Char(' ') + aftermath(all) + QLatin1Char(' ') +
               MigrationExecutor::tr("Check that the server is up, then run migrate again for "
                                     "the rest.");
    case MigrationAttempt::Kind::Cancelled:
        return (m.atomic ? MigrationExecutor::tr("Cancelled while %1 ran; its transaction was "
                                                 "rolled back.")
                         : MigrationExecutor::tr("Cancelled while %1 ran; it does not run in one "
                                                 "transaction, so its statements before the "
                                                 "cancel stay applied."))
                   .arg(label) +
               QLatin1Char(' ') + aftermath(all);
    case MigrationAttempt::Kind::Failed:
    case MigrationAttempt::Kind::Succeeded:
        break;
    }
    return (m.atomic ? MigrationExecutor::tr("%1 failed and was rolled back: %2")
                     : MigrationExecutor::tr("%1 failed part-way; it does not run in one "
                                             "transaction, so its statements before the failing "
                                             "one stay applied: %2"))
               .arg(label, outcome.last.reason) +
           QLatin1Char(' ') + aftermath(all) + QLatin1Char(' ') +
           MigrationExecutor::tr("Fix the migration, then run migrate again; roll back to undo "
                                 "what was applied.");
}

QString outcomeKey(MigrationAttempt::Kind kind)
{
    switch (kind) {
    case MigrationAttempt::Kind::Succeeded:
        return QStringLiteral("applied");
    case MigrationAttempt::Kind::Cancelled:
        return QStringLiteral("cancelled");
    case MigrationAttempt::Kind::LockTimeout:
    case MigrationAttempt::Kind::ConnectionLost:
    case MigrationAttempt::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

QString MigrationExecutor::applicationName(const MigrateOptions& options)
{
    return applicationName(options.policy, options.runId);
}

QString MigrationExecutor::applicationName(const WritePolicy& policy, const QString& runId)
{
    QString name = runId.isEmpty() ? policy.applicationName
                                   : QString(policy.applicationName + QLatin1Char('-') + runId);
    // NAMEDATALEN - 1 bytes: the server cuts longer names, and the watch and the cancel look
    // for the name exactly as the server keeps it.
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

StepResult MigrationExecutor::run(const RunbookTarget& target, const MigrateOptions& options,
                                  const StepContext& ctx)
{
    StepResult result;
    result.step = QStringLiteral("migrate");
    result.started = QDateTime::currentDateTime();
    QElapsedTimer clock;
    clock.start();
    const QString appName = applicationName(options);
    const bool django = target.sqlFolder.isEmpty();
    QJsonObject details{
        {QStringLiteral("dry_run"), options.dryRun},
        {QStringLiteral("source"),
         django ? QStringLiteral("django") : QStringLiteral("sql-folder")},
        {QStringLiteral("target"), options.target},
        {QStringLiteral("application_name"), appName},
        {QStringLiteral("wal_lsn_before"), QString()},
        {QStringLiteral("applied"), 0},
    };
    const auto finish = [&](StepResult::Outcome outcome, const QString& sentence,
                            const std::vector<Planned>& migrations, const QStringList& problems) {
        QJsonArray list;
        int applied = 0;
        for (const Planned& m : migrations) {
            list.append(m.toJson());
            applied += m.outcome == QLatin1String("applied") ? 1 : 0;
        }
        details[QStringLiteral("migrations")] = list;
        details[QStringLiteral("applied")] = applied;
        details[QStringLiteral("problems")] = QJsonArray::fromStringList(problems);
        result.outcome = outcome;
        result.sentence = sentence;
        result.details = details;
        result.seconds = clock.elapsed() / 1000.0;
        ctx.log.write(sentence);
        return result;
    };

    if (django && target.djangoProject.isEmpty() && target.managePy.isEmpty()) {
        return finish(StepResult::Outcome::Failed,
                      tr("No migrations to run: set a Django project (with its manage.py) or a "
                         "SQL migration folder."),
                      {}, {});
    }
    ctx.log.write(options.dryRun ? tr("Migrate (dry run) on %1 from %2.")
                                       .arg(target.connection.info.displayName(),
                                            django ? target.managePy : target.sqlFolder)
                                 : tr("Migrate on %1 from %2, as application_name %3.")
                                       .arg(target.connection.info.displayName(),
                                            django ? target.managePy : target.sqlFolder, appName));

    // The writes of a SQL folder go through this connection; Django writes through its own, so
    // for it (and for any dry run) this one only reads.
    PgConnection connection;
    SessionPolicy inspection = SessionPolicy::inspection();
    inspection.applicationName = appName;
    const auto failed =
        options.dryRun || django
            ? connection.open(target.connection.info, target.connection.password, inspection)
            : WriteSession::open(connection, target.connection, options.policy, appName);
    if (failed) {
        return finish(StepResult::Outcome::Failed,
                      tr("Cannot connect to %1: %2")
                          .arg(target.connection.info.displayName(), failed->sentence()),
                      {}, {});
    }
    DatabaseRunLock runLock;
    if (!options.dryRun) {
        if (const QString refused = PoolerGuard::refusal(connection, tr("the migration"));
            !refused.isEmpty())
            return finish(StepResult::Outcome::Failed, refused, {}, {});
        const QString run = QStringLiteral("migrate ")
                            + (options.runId.isEmpty() ? QString::number(QCoreApplication::applicationPid())
                                                       : options.runId);
        if (const QString refused = runLock.acquire(target.connection, tr("the migration"), run);
            !refused.isEmpty())
            return finish(StepResult::Outcome::Failed, refused, {}, {});
        if (django) {
            if (const QString refused =
                    DjangoTargetGuard::refusal(target, connection, tr("the migration"));
                !refused.isEmpty())
                return finish(StepResult::Outcome::Failed, refused, {}, {});
        }
    }

    Plan plan = django ? planDjango(target, options, appName, connection)
                       : planSqlFolder(target, options, connection);
    if (!plan.refusal.isEmpty())
        return finish(StepResult::Outcome::Failed, plan.refusal, {}, plan.problems);
    logPlan(plan, options.dryRun, ctx);
    std::vector<Planned>& migrations = plan.migrations;
    if (migrations.empty())
        return finish(StepResult::Outcome::Succeeded, tr("Nothing to apply."), migrations,
                      plan.notes);
    if (options.dryRun) {
        return finish(StepResult::Outcome::Succeeded,
                      tr("Dry run: %n migration(s) would be applied; nothing was changed.", nullptr,
                         int(migrations.size())),
                      migrations, plan.notes);
    }

    if (const auto lsn = WalPosition::current(connection)) {
        details[QStringLiteral("wal_lsn_before")] = *lsn;
        ctx.log.write(tr("Point-in-time recovery target before the first migration: WAL position "
                         "%1 (pg_current_wal_lsn()).")
                          .arg(*lsn));
    } else {
        ctx.log.write(tr("The WAL position could not be read (%1); there is no point-in-time "
                         "recovery target for this run.")
                          .arg(lsn.error().sentence()));
    }
    // Django writes through its own connections; this one is done, and closing it leaves the
    // run's application_name to the backends that do the work, which the live watch follows.
    if (django)
        connection.close();
    for (Planned& m : migrations)
        m.outcome = QStringLiteral("not-attempted");

    LockBlockerWatch watch(target.connection, appName, options.policy.lockTimeoutMs);
    const int total = int(migrations.size());
    for (int i = 0; i < total; ++i) {
        Planned& m = migrations[std::size_t(i)];
        if (ctx.cancel.isCancelled()) {
            const QString applied = labels(migrations, QStringLiteral("applied"));
            return finish(StepResult::Outcome::Cancelled,
                          applied.isEmpty()
                              ? tr("Cancelled before %1; nothing was applied.").arg(m.label())
                              : tr("Cancelled before %1; applied: %2.").arg(m.label(), applied),
                          migrations, plan.notes);
        }
        const double elapsed = clock.elapsed() / 1000.0;
        ctx.report(StepProgress{.done = i,
                                .total = total,
                                .message = tr("Applying %1").arg(m.label()),
                                .elapsedSeconds = elapsed,
                                .etaSeconds = -1});
        ctx.log.write(
            tr("Applying %1 (%2 of %3); rollback: %4")
                .arg(m.label(), QString::number(i + 1), QString::number(total), m.rollbackWay));
        QElapsedTimer timer;
        timer.start();
        const auto attempt = [&]() -> MigrationAttempt {
            if (m.django)
                return DjangoMigrateProcess::run(target, m.key, appName, options.policy, ctx);
            const CancelToken::ActionScope cancelScope(
                ctx.cancel, [handle = connection.cancelHandle()] { handle->cancel(); });
            std::vector<StatementTiming> timings;
            const auto applied = SqlFolderApplier::apply(connection, m.script, {}, &timings);
            return MigrationAttempt::fromResult(applied, std::move(timings), connection.isBroken(),
                                                ctx.cancel.isCancelled());
        };
        const auto blockers = [&] {
            const QString seen = watch.takeBlockers();
            return seen.isEmpty() ? LockBlockerWatch::holders(target.connection, m.sql, appName)
                                  : seen;
        };
        watch.takeBlockers();
        watch.takeImpact();
        const LockTimeoutRetry::Outcome outcome =
            LockTimeoutRetry::run(attempt, blockers, m.label(), m.atomic, options.policy, ctx);
        m.seconds = timer.elapsed() / 1000.0;
        m.retries = outcome.retries;
        m.impact = watch.takeImpact();
        m.outcome = outcomeKey(outcome.last.kind);
        m.statements = outcome.last.statements;
        if (outcome.last.kind == MigrationAttempt::Kind::Succeeded) {
            if (const QString slow = StatementTiming::slowestSentence(m.label(), m.statements);
                !slow.isEmpty())
                ctx.log.write(slow);
            ctx.log.write(outcome.retries == 0
                              ? tr("%1 applied in %2.").arg(m.label(), formatDuration(m.seconds))
                              : tr("%1 applied in %2, after %n lock-timeout retry(s).", nullptr,
                                   outcome.retries)
                                    .arg(m.label(), formatDuration(m.seconds)));
            continue;
        }
        m.error = outcome.last.reason;
        const QString sentence = failureSentence(m, outcome, options.policy, migrations);
        return finish(outcome.last.kind == MigrationAttempt::Kind::Cancelled
                          ? StepResult::Outcome::Cancelled
                          : StepResult::Outcome::Failed,
                      sentence, migrations, plan.notes);
    }
    ctx.report(StepProgress{.done = total,
                            .total = total,
                            .message = tr("Applied %n migration(s)", nullptr, total),
                            .elapsedSeconds = clock.elapsed() / 1000.0,
                            .etaSeconds = 0});
    return finish(StepResult::Outcome::Succeeded,
                  tr("Applied %n migration(s) in %1.", nullptr, total)
                      .arg(formatDuration(clock.elapsed() / 1000.0)),
                  migrations, plan.notes);
}

} // namespace migdesk::core
