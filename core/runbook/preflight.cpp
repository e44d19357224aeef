// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/preflight.h"

#include "catalog/activityreader.h"
#include "catalog/overviewreader.h"
#include "common/units.h"
#include "connection/pgconnection.h"
#include "connection/serverversion.h"
#include "risk/assessmentbuilder.h"
#include "runbook/backupjob.h"
#include "runbook/checkrun.h"
#include "runbook/djangocheck.h"
#include "runbook/pgtools.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace migdesk::core {

namespace {

// connection, pending, size, largest tables, long queries, lock waits, backup disk, pg_dump,
// pg_restore, manage.py check, run mode.
constexpr int kChecks = 11;

// Long enough to see writes on the tables a migration touches, short enough for a checklist.
constexpr double kRateSampleSeconds = 0.5;

// Below this many times the estimated dump size free, the disk check warns: the estimate is an
// upper bound for the dump, but the disk is shared with whatever else writes there meanwhile.
constexpr int kComfortableMultiple = 2;

Check makeCheck(const QString& key, const QString& title)
{
    return Check{
        .key = key, .title = title, .status = Check::Status::Pass, .figure = {}, .sentence = {}};
}

Check skipped(Check check, const QString& why)
{
    check.status = Check::Status::Skipped;
    check.figure = Preflight::tr("not checked");
    check.sentence = why;
    return check;
}

Check failed(Check check, const QString& figure, const QString& sentence)
{
    check.status = Check::Status::Fail;
    check.figure = figure;
    check.sentence = sentence;
    return check;
}

QString levelWord(const QString& key)
{
    if (key == QLatin1String("high"))
        return Preflight::tr("high");
    if (key == QLatin1String("medium"))
        return Preflight::tr("medium");
    return Preflight::tr("low");
}

Check pendingCheck(PgConnection& connection, const RunbookTarget& target, Check check)
{
    if (target.djangoProject.isEmpty() && target.sqlFolder.isEmpty())
        return skipped(check, Preflight::tr("No migration source is configured (a Django project "
                                            "or a SQL folder)."));
    AssessOptions options;
    options.djangoProject = target.djangoProject;
    options.sqlFolder = target.sqlFolder;
    options.managePy = target.managePy;
    options.python = target.python;
    options.target = target.connection.info;
    options.password = target.connection.password;
    options.rateSampleSeconds = kRateSampleSeconds;
    const auto assessment = AssessmentBuilder::build(connection, options);
    if (!assessment)
        return failed(check, Preflight::tr("could not assess"), assessment.error().sentence());

    QStringList problems;
    for (const SourceProblem& problem : assessment->problems)
        problems << problem.message;
    const int pending = int(assessment->pending.size());
    if (pending == 0) {
        check.figure = Preflight::tr("nothing to migrate");
    } else {
        check.figure = Preflight::tr("%n pending, overall %1 (score %2)", nullptr, pending)
                           .arg(levelWord(assessment->overall))
                           .arg(assessment->totalScore);
        if (assessment->overall != QLatin1String("low")) {
            check.status = Check::Status::Warn;
            check.sentence = Preflight::tr("The runbook rates this %1 risk and estimates %2; read "
                                           "the assessment, plan the window and have the "
                                           "rollback ready.")
                                 .arg(levelWord(assessment->overall), assessment->timeEstimateText);
        }
    }
    if (!problems.isEmpty()) {
        check.status = Check::Status::Warn;
        const QString read = Preflight::tr("The migration source has problems: %1")
                                 .arg(CheckRun::listed(problems, 3));
        check.sentence = check.sentence.isEmpty() ? read : check.sentence + QLatin1Char(' ') + read;
    }
    return check;
}

QString tableName(const TableSize& table)
{
    return table.schema == QLatin1String("public") ? table.name : table.qualifiedName();
}

void sizeChecks(PgConnection& connection, Check size, Check largest, CheckRun& run)
{
    const auto overview = OverviewReader::read(connection);
    if (!overview) {
        run.add(failed(size, Preflight::tr("could not read"), overview.error().sentence()));
        run.add(failed(largest, Preflight::tr("could not read"), overview.error().sentence()));
        return;
    }
    size.figure = formatBytes(overview->databaseBytes);
    run.add(size);
    QStringList tables;
    for (const TableSize& table : overview->largestTables)
        tables << (table.locked ? Preflight::tr("%1 about %2 (locked)") : Preflight::tr("%1 %2"))
                      .arg(tableName(table), formatBytes(table.totalBytes));
    largest.figure =
        tables.isEmpty() ? Preflight::tr("no tables") : tables.join(QStringLiteral(", "));
    run.add(largest);
}

QString who(const SessionActivity& session)
{
    return session.user.isEmpty() ? Preflight::tr("pid %1").arg(session.pid)
                                  : Preflight::tr("pid %1 (%2)").arg(session.pid).arg(session.user);
}

void activityChecks(PgConnection& connection, double thresholdSeconds, Check longQueries,
                    Check lockWaits, CheckRun& run)
{
    const auto activity = ActivityReader::read(connection);
    if (!activity) {
        run.add(failed(longQueries, Preflight::tr("could not read"), activity.error().sentence()));
        run.add(failed(lockWaits, Preflight::tr("could not read"), activity.error().sentence()));
        return;
    }

    QStringList running;
    QStringList idle;
    for (const SessionActivity& s : activity->sessions) {
        if (s.isLongRunning(thresholdSeconds))
            running << Preflight::tr("%1 for %2: %3")
                           .arg(who(s), formatDuration(*s.querySeconds),
                                s.query.simplified().left(80));
        else if (s.isIdleInTransaction() && s.transactionSeconds &&
                 *s.transactionSeconds > thresholdSeconds)
            idle << Preflight::tr("%1 idle in transaction for %2")
                        .arg(who(s), formatDuration(*s.transactionSeconds));
    }
    if (running.isEmpty() && idle.isEmpty()) {
        longQueries.figure = Preflight::tr("none");
    } else {
        longQueries.status = Check::Status::Warn;
        longQueries.figure =
            Preflight::tr("%n session(s)", nullptr, int(running.size() + idle.size()));
        longQueries.sentence = Preflight::tr("%1. A migration's lock would queue behind them and "
                                             "every query after it behind the migration: let "
                                             "them finish or cancel them first.")
                                   .arg(CheckRun::listed(running + idle, 5));
    }
    run.add(longQueries);

    QStringList waits;
    for (const LockEntry& lock : activity->ungranted()) {
        const SessionActivity* waiter = activity->session(lock.pid);
        QStringList blockers;
        if (waiter)
            for (int pid : waiter->blockedBy) {
                const SessionActivity* blocker = activity->session(pid);
                blockers << (blocker ? who(*blocker) : Preflight::tr("pid %1").arg(pid));
            }
        const QString waiting =
            Preflight::tr("%1 waits for %2 on %3")
                .arg(waiter ? who(*waiter) : Preflight::tr("pid %1").arg(lock.pid), lock.mode,
                     lock.target);
        waits << (blockers.isEmpty() ? waiting
                                     : Preflight::tr("%1, blocked by %2")
                                           .arg(waiting, blockers.join(QStringLiteral(", "))));
    }
    if (waits.isEmpty()) {
        lockWaits.figure = Preflight::tr("none");
    } else {
        lockWaits.status = Check::Status::Warn;
        lockWaits.figure = Preflight::tr("%n waiting", nullptr, int(waits.size()));
        lockWaits.sentence = Preflight::tr("%1. Wait until the waits clear before starting: a "
                                           "migration would join the queue.")
                                 .arg(CheckRun::listed(waits, 5));
    }
    run.add(lockWaits);
}

Check backupDiskCheck(PgConnection* connection, const QString& directory, Check check)
{
    if (directory.trimmed().isEmpty())
        return skipped(check, Preflight::tr("No backup folder is chosen, so its free space was not "
                                            "checked."));
    const QString target = QDir::cleanPath(QDir(directory).absolutePath());
    // The folder is created by the backup; until then its nearest existing parent is where
    // the space and the permission are.
    QString existing = target;
    while (!QFileInfo::exists(existing) && QFileInfo(existing).dir().path() != existing)
        existing = QFileInfo(existing).dir().path();
    if (!QFileInfo(existing).isDir())
        return failed(check, Preflight::tr("not a folder"),
                      Preflight::tr("The backup folder %1 cannot be created: %2 is a file, not a "
                                    "folder. Choose another backup folder.")
                          .arg(target, existing));
    QTemporaryFile probe(QDir(existing).filePath(QStringLiteral(".migdesk-preflight-XXXXXX")));
    if (!probe.open())
        return failed(check, Preflight::tr("not writable"),
                      existing == target
                          ? Preflight::tr("The backup folder %1 is not writable (%2): fix its "
                                          "permissions or choose another folder.")
                                .arg(target, probe.errorString())
                          : Preflight::tr("The backup folder %1 cannot be created in %2 (%3): "
                                          "fix the permissions or choose another folder.")
                                .arg(target, existing, probe.errorString()));
    probe.close();

    const QStorageInfo storage(existing);
    const qint64 free = storage.bytesAvailable();
    if (!connection)
        return skipped(check, Preflight::tr("%1 free in %2, but the dump's size cannot be "
                                            "estimated without the database.")
                                  .arg(formatBytes(free), existing));
    const auto estimate = BackupJob::estimateDumpBytes(*connection);
    if (!estimate)
        return failed(check, Preflight::tr("could not estimate"), estimate.error().sentence());
    check.figure =
        Preflight::tr("%1 free, dump up to %2").arg(formatBytes(free), formatBytes(*estimate));
    if (free < *estimate) {
        check.status = Check::Status::Fail;
        check.sentence = Preflight::tr("Only %1 is free on %2 and the dump may take up to %3: "
                                       "free space or choose another backup folder.")
                             .arg(formatBytes(free), storage.rootPath(), formatBytes(*estimate));
    } else if (free < kComfortableMultiple * *estimate) {
        check.status = Check::Status::Warn;
        check.sentence = Preflight::tr("%1 free on %2 is less than twice the dump's estimated %3: "
                                       "anything else writing there could fill the disk "
                                       "during the backup.")
                             .arg(formatBytes(free), storage.rootPath(), formatBytes(*estimate));
    }
    return check;
}

Check toolCheck(const PgTools& tools, const QString& name, int serverVersionNum)
{
    Check check = makeCheck(name, name);
    const PgTools::Tool tool = tools.find(name, serverVersionNum);
    if (!tool.usable())
        return failed(check,
                      tool.path.isEmpty()
                          ? Preflight::tr("not found")
                          : Preflight::tr("version %1").arg(tool.version.toString()),
                      tool.problem);
    check.figure = Preflight::tr("%1 at %2").arg(tool.version.toString(), tool.path);
    return check;
}

Check modeCheck(const RunbookTarget& target, bool dryRun)
{
    Check check = makeCheck(QStringLiteral("run_mode"), Preflight::tr("Run mode"));
    if (dryRun) {
        check.figure = Preflight::tr("dry run");
        check.sentence = Preflight::tr("Dry run: nothing will be changed; the plan and its SQL are "
                                       "shown.");
    } else if (target.isProduction()) {
        check.status = Check::Status::Warn;
        check.figure = Preflight::tr("live run on production");
        check.sentence = Preflight::tr("Live run on production: the database name %1 must be typed "
                                       "to confirm before anything is changed.")
                             .arg(target.database());
    } else {
        check.figure = Preflight::tr("live run");
        check.sentence = Preflight::tr("Live run: the pending migrations will be applied to %1.")
                             .arg(target.database());
    }
    return check;
}

} // namespace

StepResult Preflight::run(const RunbookTarget& target, const PreflightOptions& options,
                          const StepContext& context)
{
    CheckRun run(QStringLiteral("preflight"), tr("Preflight"), context, kChecks);

    run.begin(tr("Connecting"));
    Check connectionCheck = makeCheck(QStringLiteral("connection"), tr("Connection"));
    PgConnection connection;
    const auto openError = connection.open(target.connection.info, target.connection.password,
                                           SessionPolicy::inspection());
    const bool connected = !openError;
    if (connected)
        connectionCheck.figure = tr("PostgreSQL %1 as %2")
                                     .arg(ServerVersion(connection.serverVersion()).text(),
                                          target.connection.info.displayName());
    else
        connectionCheck = failed(connectionCheck, tr("no connection"), openError->sentence());
    run.add(connectionCheck);
    const CancelToken::ActionScope cancelQueries(context.cancel,
                                                 [handle = connection.cancelHandle()] {
                                                     if (handle)
                                                         handle->cancel();
                                                 });
    const QString unreachable = tr("The database could not be reached (see Connection).");

    if (run.cancelled())
        return run.finish();
    Check pending = makeCheck(QStringLiteral("pending"), tr("Pending migrations and risk"));
    run.begin(pending.title);
    run.add(connected ? pendingCheck(connection, target, pending) : skipped(pending, unreachable));

    if (run.cancelled())
        return run.finish();
    const Check size = makeCheck(QStringLiteral("database_size"), tr("Database size"));
    const Check largest = makeCheck(QStringLiteral("largest_tables"), tr("Largest tables"));
    run.begin(size.title);
    if (connected) {
        sizeChecks(connection, size, largest, run);
    } else {
        run.add(skipped(size, unreachable));
        run.add(skipped(largest, unreachable));
    }

    if (run.cancelled())
        return run.finish();
    const Check longQueries =
        makeCheck(QStringLiteral("long_queries"),
                  tr("Queries running over %1").arg(formatDuration(options.longQuerySeconds)));
    const Check lockWaits = makeCheck(QStringLiteral("lock_waits"), tr("Ungranted locks"));
    run.begin(longQueries.title);
    if (connected) {
        activityChecks(connection, options.longQuerySeconds, longQueries, lockWaits, run);
    } else {
        run.add(skipped(longQueries, unreachable));
        run.add(skipped(lockWaits, unreachable));
    }

    if (run.cancelled())
        return run.finish();
    const Check disk = makeCheck(QStringLiteral("backup_disk"), tr("Free disk for the backup"));
    run.begin(disk.title);
    run.add(backupDiskCheck(connected ? &connection : nullptr, options.backupDirectory, disk));

    const PgTools tools(target.pgBinDir);
    for (const QString& name : {QStringLiteral("pg_dump"), QStringLiteral("pg_restore")}) {
        if (run.cancelled())
            return run.finish();
        run.begin(name);
        run.add(toolCheck(tools, name, connected ? connection.serverVersion() : 0));
    }

    if (run.cancelled())
        return run.finish();
    run.begin(tr("manage.py check"));
    run.add(DjangoCheck::run(target, connected && !connection.behindPooler()));

    run.add(modeCheck(target, options.dryRun));
    return run.finish();
}

} // namespace migdesk::core
