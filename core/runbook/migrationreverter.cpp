// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationreverter.h"

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
#include "runbook/databaserunlock.h"
#include "runbook/djangomigrateprocess.h"
#include "runbook/djangotargetguard.h"
#include "runbook/lockblockerwatch.h"
#include "runbook/locktimeoutretry.h"
#include "runbook/migrationexecutor.h"
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

const QString kZero = QStringLiteral("zero");

// A step with what running it needs beyond what plan() shows.
struct PlannedStep
{
    MigrationReverter::Step step;
    bool atomic = true;   // every migration it unapplies runs in one transaction
    SqlFolderScript undo; // SQL folder: the U file
    bool django = false;

    QString outcome = QStringLiteral("planned");
    double seconds = 0;
    int retries = 0;
    LockBlockerWatch::Impact impact;
    QString error;
    std::vector<StatementTiming> statements; // of the attempt that counted

    QString label() const
    {
        return MigrationReverter::tr("%1 from %2 back to %3").arg(step.app, step.from, step.to);
    }

    QJsonObject toJson() const
    {
        QJsonObject o{
            {QStringLiteral("app"), step.app},    {QStringLiteral("from"), step.from},
            {QStringLiteral("to"), step.to},      {QStringLiteral("sql"), step.sql},
            {QStringLiteral("atomic"), atomic},   {QStringLiteral("seconds"), seconds},
            {QStringLiteral("retries"), retries}, {QStringLiteral("outcome"), outcome},
            {QStringLiteral("lock_wait_seconds"), impact.lockWaitSeconds},
            {QStringLiteral("max_blocked"), impact.maxBlocked},
            {QStringLiteral("statements"), jsonArrayOf(statements, [](const StatementTiming& t) { return t.toJson(); })},
        };
        if (!error.isEmpty())
            o[QStringLiteral("error")] = error;
        return o;
    }
};

DbError refusal(const QString& sentence)
{
    return DbError(DbError::Kind::BadInput, sentence);
}

bool isDjango(const RunbookTarget& target)
{
    return target.sqlFolder.isEmpty();
}

std::optional<DbError> openInspection(PgConnection& connection, const RunbookTarget& target,
                                      const QString& applicationName)
{
    SessionPolicy policy = SessionPolicy::inspection();
    policy.applicationName = applicationName;
    return connection.open(target.connection.info, target.connection.password, policy);
}

// What `migrate APP TO` unapplies, as Django's MigrationExecutor.migration_plan() decides: for
// an applied TO, its children in the same app and everything applied that depends on them;
// for "zero", the app's first migrations and everything applied that depends on them. Newest
// first.
std::vector<MigrationKey> unapplied(const MigrationGraph& graph, const QString& app,
                                    const QString& to, const std::set<MigrationKey>& applied,
                                    const std::map<MigrationKey, int>& position)
{
    std::vector<MigrationKey> pending;
    if (to == kZero) {
        pending = graph.roots(app);
    } else {
        for (const MigrationKey& child : graph.children({app, to})) {
            if (child.first == app)
                pending.push_back(child);
        }
    }
    std::set<MigrationKey> reached;
    while (!pending.empty()) {
        const MigrationKey key = pending.back();
        pending.pop_back();
        if (!reached.insert(key).second)
            continue;
        for (const MigrationKey& child : graph.children(key))
            pending.push_back(child);
    }
    std::vector<MigrationKey> result;
    for (const MigrationKey& key : reached) {
        if (applied.count(key))
            result.push_back(key);
    }
    const auto at = [&position](const MigrationKey& key) {
        const auto found = position.find(key);
        return found == position.end() ? -1 : found->second;
    };
    std::sort(result.begin(), result.end(),
              [&](const MigrationKey& a, const MigrationKey& b) { return at(a) > at(b); });
    return result;
}

QString label(const MigrationKey& key)
{
    return key.first + QLatin1Char('.') + key.second;
}

// The latest applied migration of `app` in the graph's order, if any.
std::optional<MigrationKey> latestApplied(const QString& app, const std::set<MigrationKey>& applied,
                                          const std::map<MigrationKey, int>& position)
{
    std::optional<MigrationKey> latest;
    int latestAt = -1;
    for (const MigrationKey& key : applied) {
        const auto found = position.find(key);
        if (key.first == app && found != position.end() && found->second > latestAt) {
            latest = key;
            latestAt = found->second;
        }
    }
    return latest;
}

Result<std::vector<PlannedStep>> planDjango(const RunbookTarget& target,
                                            const RevertOptions& options,
                                            const QString& applicationName)
{
    if (target.managePy.isEmpty()) {
        return refusal(MigrationReverter::tr(
            "A Django project is migrated backwards by its own manage.py, and none is set: give "
            "the project's manage.py (and the Python that runs it), or roll back by restoring "
            "the backup."));
    }
    PgConnection connection;
    if (const auto failed = openInspection(connection, target, applicationName))
        return *failed;
    const auto appliedRows = AppliedMigrationsReader::read(connection);
    if (!appliedRows)
        return appliedRows.error();
    connection.close();

    const QString projectDir = target.djangoProject.isEmpty()
                                   ? QFileInfo(target.managePy).absolutePath()
                                   : QDir(target.djangoProject).absolutePath();
    const DjangoProject::Scan scan = DjangoProject::scan(projectDir);
    MigrationGraph::Environment environment;
    environment.settings = scan.settings;
    std::set<QString> projectApps;
    for (const DjangoProject::App& app : scan.apps) {
        environment.apps << app.label;
        if (!app.migrationsDirectory.isEmpty())
            projectApps.insert(app.label);
    }
    const MigrationGraph graph(scan.migrations, AppliedMigrationsReader::keys(*appliedRows),
                               environment);
    std::map<MigrationKey, int> position;
    std::set<MigrationKey> applied;
    for (const MigrationKey& key : graph.fullPlan()) {
        position.emplace(key, int(position.size()));
        if (graph.isApplied(key))
            applied.insert(key);
    }

    // (app, to), in the order they run.
    std::vector<std::pair<QString, QString>> targets;
    if (options.mode == RevertOptions::Mode::Previous) {
        QStringList apps;
        if (options.target.trimmed().isEmpty()) {
            for (const QString& app : projectApps)
                apps << app;
        } else {
            for (const QString& app : options.target.split(QLatin1Char(','), Qt::SkipEmptyParts))
                apps << app.trimmed();
        }
        std::vector<std::pair<int, std::pair<QString, QString>>> byLatest;
        for (const QString& app : std::as_const(apps)) {
            if (app.contains(QLatin1Char(':'))) {
                return refusal(MigrationReverter::tr("Going back to the previous migration takes "
                                                     "app names (%1); to go to a named migration, "
                                                     "roll back to APP:NAME instead.")
                                   .arg(options.target));
            }
            if (!projectApps.count(app)) {
                return refusal(MigrationReverter::tr("The project in %1 has no app %2 with "
                                                     "migrations.")
                                   .arg(projectDir, app));
            }
            const auto latest = latestApplied(app, applied, position);
            if (!latest) {
                if (!options.target.trimmed().isEmpty()) {
                    return refusal(MigrationReverter::tr("App %1 has no applied migration to go "
                                                         "back from.")
                                       .arg(app));
                }
                continue;
            }
            const auto previous = graph.previous(*latest);
            byLatest.push_back({position.at(*latest), {app, previous ? previous->second : kZero}});
        }
        std::sort(byLatest.begin(), byLatest.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first; });
        for (const auto& [at, appTo] : byLatest)
            targets.push_back(appTo);
    } else {
        const QStringList parts = options.target.split(QLatin1Char(':'));
        if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty()) {
            return refusal(MigrationReverter::tr("The rollback target %1 is not APP:NAME or "
                                                 "APP:zero, such as catalog:0002_product_price.")
                               .arg(options.target));
        }
        const QString app = parts.at(0);
        if (!projectApps.count(app)) {
            return refusal(MigrationReverter::tr("The project in %1 has no app %2 with migrations.")
                               .arg(projectDir, app));
        }
        QString to = parts.at(1);
        if (to != kZero) {
            std::vector<MigrationKey> matches;
            for (const auto& [key, at] : position) {
                if (key.first != app || !key.second.startsWith(to))
                    continue;
                if (key.second == to) {
                    matches = {key};
                    break;
                }
                matches.push_back(key);
            }
            if (matches.size() != 1) {
                return refusal(
                    matches.empty()
                        ? MigrationReverter::tr("App %1 has no migration %2.").arg(app, to)
                        : MigrationReverter::tr("%2 matches more than one migration of "
                                                "%1; give its full name.")
                              .arg(app, to));
            }
            if (!applied.count(matches.front())) {
                return refusal(MigrationReverter::tr("%1 is not applied: going to it would apply "
                                                     "migrations, which is migrate's work, not a "
                                                     "rollback's.")
                                   .arg(label(matches.front())));
            }
            to = matches.front().second;
        }
        targets.push_back({app, to});
    }

    const ManagePy django(target.managePy, target.python, target.connection.info,
                          target.connection.password, applicationName);
    std::vector<PlannedStep> steps;
    for (const auto& [app, to] : targets) {
        const auto from = latestApplied(app, applied, position);
        const std::vector<MigrationKey> going = unapplied(graph, app, to, applied, position);
        if (!from || going.empty())
            continue; // an earlier step took this app back already
        PlannedStep planned;
        planned.django = true;
        planned.step.app = app;
        planned.step.from = from->second;
        planned.step.to = to;
        QStringList sql;
        for (const MigrationKey& key : going) {
            const Migration* migration = graph.migration(key);
            if (!migration)
                continue;
            planned.atomic = planned.atomic && migration->atomic;
            QStringList irreversible;
            for (const MigrationOperation& op : migration->operations) {
                if (!op.hasReverse)
                    irreversible << MigrationReverter::tr("%1 (line %2)")
                                        .arg(op.className, QString::number(op.line));
            }
            if (!irreversible.isEmpty()) {
                return refusal(
                    MigrationReverter::tr("Going back to %1:%2 would unapply %3, which cannot be "
                                          "migrated backwards: %4 has no reverse. Roll back by "
                                          "restoring the backup instead.")
                        .arg(app, to, label(key), irreversible.join(QStringLiteral(", "))));
            }
            QString error;
            const auto backwards = django.sqlMigrateBackwards(key, &error);
            sql << MigrationReverter::tr("-- Unapply %1").arg(label(key))
                << (backwards
                        ? backwards->trimmed()
                        : MigrationReverter::tr("-- sqlmigrate --backwards failed: %1").arg(error));
        }
        planned.step.sql = sql.join(QLatin1Char('\n'));
        for (const MigrationKey& key : going)
            applied.erase(key);
        steps.push_back(std::move(planned));
    }
    return steps;
}

Result<std::vector<PlannedStep>> planSqlFolder(const RunbookTarget& target,
                                               const RevertOptions& options,
                                               const QString& applicationName)
{
    const SqlFolderScan scan = SqlFolderSource::scan(target.sqlFolder);
    if (!QFileInfo(scan.folder).isDir())
        return refusal(
            MigrationReverter::tr("The migration folder %1 does not exist.").arg(scan.folder));
    PgConnection connection;
    if (const auto failed = openInspection(connection, target, applicationName))
        return *failed;
    const auto rows = SqlFolderSource::readApplied(connection);
    if (!rows)
        return rows.error();
    std::vector<SqlFolderAppliedRow> applied; // in version order
    std::copy_if(rows->begin(), rows->end(), std::back_inserter(applied),
                 [](const SqlFolderAppliedRow& row) { return row.success; });

    std::size_t keep = applied.size(); // applied[0, keep) stay
    if (options.mode == RevertOptions::Mode::Previous) {
        if (!applied.empty())
            keep = applied.size() - 1;
    } else if (options.target == kZero) {
        keep = 0;
    } else {
        const auto found = std::find_if(applied.begin(), applied.end(), [&](const auto& row) {
            return SqlFolderName::compareVersions(row.version, options.target) == 0;
        });
        if (found == applied.end()) {
            return refusal(MigrationReverter::tr("Version %1 is not applied; roll back to an "
                                                 "applied version, or to zero.")
                               .arg(options.target));
        }
        keep = std::size_t(std::distance(applied.begin(), found)) + 1;
    }

    std::map<QString, const SqlFolderScript*> undoFiles;
    for (const SqlFolderScript& undo : scan.undo)
        undoFiles[SqlFolderName::canonicalVersion(undo.name.version)] = &undo;
    std::vector<PlannedStep> steps;
    for (std::size_t i = applied.size(); i > keep; --i) {
        const SqlFolderAppliedRow& row = applied[i - 1];
        const auto undo = undoFiles.find(SqlFolderName::canonicalVersion(row.version));
        if (undo == undoFiles.end()) {
            return refusal(MigrationReverter::tr("Version %1 (%2) has no undo file "
                                                 "U%1__<description>.sql, so it cannot be rolled "
                                                 "back by migrations: roll back by restoring the "
                                                 "backup instead.")
                               .arg(row.version, row.script));
        }
        PlannedStep planned;
        planned.undo = *undo->second;
        if (const auto unreadable = SqlFolderSource::load(planned.undo))
            return refusal(unreadable->message);
        planned.atomic = planned.undo.outsideTransaction.isEmpty();
        planned.step.app = QDir(scan.folder).dirName();
        planned.step.from = row.version;
        planned.step.to = i >= 2 ? applied[i - 2].version : kZero;
        planned.step.sql = planned.undo.migration.sql;
        steps.push_back(std::move(planned));
    }
    return steps;
}

Result<std::vector<PlannedStep>> planSteps(const RunbookTarget& target,
                                           const RevertOptions& options)
{
    const QString applicationName = MigrationReverter::applicationName(options);
    if (isDjango(target) && target.djangoProject.isEmpty() && target.managePy.isEmpty()) {
        return refusal(MigrationReverter::tr("Nothing to roll back from: set a Django project "
                                             "(with its manage.py) or a SQL migration folder."));
    }
    if (options.mode == RevertOptions::Mode::To && options.target.trimmed().isEmpty()) {
        return refusal(MigrationReverter::tr("Rolling back to a named migration needs the "
                                             "target: APP:NAME, APP:zero, or a version."));
    }
    return isDjango(target) ? planDjango(target, options, applicationName)
                            : planSqlFolder(target, options, applicationName);
}

QString stepLabels(const std::vector<PlannedStep>& steps, const QString& outcome)
{
    QStringList names;
    for (const PlannedStep& s : steps) {
        if (s.outcome == outcome)
            names << s.label();
    }
    return names.join(QStringLiteral(", "));
}

QString aftermath(const std::vector<PlannedStep>& steps)
{
    const QString done = stepLabels(steps, QStringLiteral("reverted"));
    const QString rest = stepLabels(steps, QStringLiteral("not-attempted"));
    QString text = done.isEmpty() ? MigrationReverter::tr("Nothing was rolled back before it.")
                                  : MigrationReverter::tr("Rolled back before it: %1.").arg(done);
    if (!rest.isEmpty())
        text += QLatin1Char(' ') + MigrationReverter::tr("Not attempted: %1.").arg(rest);
    return text;
}

QString failureSentence(const PlannedStep& s, const LockTimeoutRetry::Outcome& outcome,
                        const WritePolicy& policy, const std::vector<PlannedStep>& all)
{
    const QString what = s.label();
    switch (outcome.last.kind) {
    case MigrationAttempt::Kind::LockTimeout:
        return MigrationReverter::tr("Rolling %1 could not get its lock in %n attempt(s) "
                                     "(lock_timeout %2 ms; each attempt was rolled back): %3. %4 "
                                     "End that session or wait for it to finish, then roll back "
                                     "again.",
                                     nullptr, outcome.retries + 1)
            .arg(what, QString::number(policy.lockTimeoutMs),
                 outcome.blockers.isEmpty()
                     ? MigrationReverter::tr("the session holding the lock was not seen")
                     : outcome.blockers,
                 aftermath(all));
    case MigrationAttempt::Kind::ConnectionLost:
        return MigrationReverter::tr("The connection to the server was lost while rolling %1 "
                                     "(%2); the server rolled back the open transaction. %3 "
                                     "Check that the server is up and what is applied, then "
                                     "roll back again.")
            .arg(what, outcome.last.reason, aftermath(all));
    case MigrationAttempt::Kind::Cancelled:
        return MigrationReverter::tr("Cancelled while rolling %1; its open transaction was "
                                     "rolled back. %2")
            .arg(what, aftermath(all));
    case MigrationAttempt::Kind::Failed:
    case MigrationAttempt::Kind::Succeeded:
        break;
    }
    return MigrationReverter::tr("Rolling %1 failed: %2 %3 Roll back by restoring the backup if "
                                 "it cannot be fixed.")
        .arg(what, outcome.last.reason, aftermath(all));
}

} // namespace

QString MigrationReverter::applicationName(const RevertOptions& options)
{
    return MigrationExecutor::applicationName(options.policy, options.runId);
}

Result<std::vector<MigrationReverter::Step>> MigrationReverter::plan(const RunbookTarget& target,
                                                                     const RevertOptions& options)
{
    const auto planned = planSteps(target, options);
    if (!planned)
        return planned.error();
    std::vector<Step> steps;
    for (const PlannedStep& s : *planned)
        steps.push_back(s.step);
    return steps;
}

StepResult MigrationReverter::run(const RunbookTarget& target, const RevertOptions& options,
                                  const StepContext& ctx)
{
    StepResult result;
    result.step = QStringLiteral("rollback");
    result.started = QDateTime::currentDateTime();
    QElapsedTimer clock;
    clock.start();
    const QString appName = applicationName(options);
    const bool django = isDjango(target);
    QJsonObject details{
        {QStringLiteral("dry_run"), options.dryRun},
        {QStringLiteral("source"),
         django ? QStringLiteral("django") : QStringLiteral("sql-folder")},
        {QStringLiteral("mode"), options.mode == RevertOptions::Mode::Previous
                                     ? QStringLiteral("previous")
                                     : QStringLiteral("to")},
        {QStringLiteral("target"), options.target},
        {QStringLiteral("application_name"), appName},
        {QStringLiteral("wal_lsn_before"), QString()},
    };
    const auto finish = [&](StepResult::Outcome outcome, const QString& sentence,
                            const std::vector<PlannedStep>& steps) {
        QJsonArray list;
        int reverted = 0;
        for (const PlannedStep& s : steps) {
            list.append(s.toJson());
            reverted += s.outcome == QLatin1String("reverted") ? 1 : 0;
        }
        details[QStringLiteral("steps")] = list;
        details[QStringLiteral("reverted")] = reverted;
        result.outcome = outcome;
        result.sentence = sentence;
        result.details = details;
        result.seconds = clock.elapsed() / 1000.0;
        ctx.log.write(sentence);
        return result;
    };

    const QString what =
        options.mode == RevertOptions::Mode::Previous
            ? (options.target.isEmpty() ? tr("each app to its previous migration")
                                        : tr("%1 to the previous migration").arg(options.target))
            : tr("back to %1").arg(options.target);
    ctx.log.write(options.dryRun ? tr("Rollback by migrations (dry run) on %1: %2.")
                                       .arg(target.connection.info.displayName(), what)
                                 : tr("Rollback by migrations on %1: %2, as application_name %3.")
                                       .arg(target.connection.info.displayName(), what, appName));
    auto planned = planSteps(target, options);
    if (!planned)
        return finish(StepResult::Outcome::Failed, planned.error().sentence(), {});
    std::vector<PlannedStep>& steps = planned.value();
    if (steps.empty())
        return finish(StepResult::Outcome::Succeeded, tr("Nothing to roll back."), steps);
    ctx.log.write(options.dryRun
                      ? tr("Dry run: %n step(s) would run, in this order; nothing is "
                           "changed.",
                           nullptr, int(steps.size()))
                      : tr("%n step(s) to run, in this order:", nullptr, int(steps.size())));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        ctx.log.write(QStringLiteral("%1. %2").arg(QString::number(i + 1), steps[i].label()));
        QStringList lines;
        for (const QString& line : steps[i].step.sql.split(QLatin1Char('\n')))
            lines << QStringLiteral("    ") + line;
        ctx.log.write(lines.join(QLatin1Char('\n')));
    }
    if (options.dryRun) {
        return finish(StepResult::Outcome::Succeeded,
                      tr("Dry run: %n rollback step(s) would run; nothing was changed.", nullptr,
                         int(steps.size())),
                      steps);
    }

    PgConnection connection;
    const auto failed =
        django ? openInspection(connection, target, appName)
               : WriteSession::open(connection, target.connection, options.policy, appName);
    if (failed) {
        return finish(StepResult::Outcome::Failed,
                      tr("Cannot connect to %1: %2")
                          .arg(target.connection.info.displayName(), failed->sentence()),
                      steps);
    }
    if (const QString refused = PoolerGuard::refusal(connection, tr("the rollback"));
        !refused.isEmpty())
        return finish(StepResult::Outcome::Failed, refused, steps);
    DatabaseRunLock runLock;
    const QString run = QStringLiteral("rollback ")
                        + (options.runId.isEmpty() ? QString::number(QCoreApplication::applicationPid())
                                                   : options.runId);
    if (const QString refused = runLock.acquire(target.connection, tr("the rollback"), run);
        !refused.isEmpty())
        return finish(StepResult::Outcome::Failed, refused, steps);
    if (django) {
        if (const QString refused = DjangoTargetGuard::refusal(target, connection, tr("the rollback"));
            !refused.isEmpty())
            return finish(StepResult::Outcome::Failed, refused, steps);
    }
    if (const auto lsn = WalPosition::current(connection)) {
        details[QStringLiteral("wal_lsn_before")] = *lsn;
        ctx.log.write(tr("Point-in-time recovery target before the rollback: WAL position %1 "
                         "(pg_current_wal_lsn()).")
                          .arg(*lsn));
    } else {
        ctx.log.write(tr("The WAL position could not be read (%1); there is no point-in-time "
                         "recovery target for this rollback.")
                          .arg(lsn.error().sentence()));
    }
    if (django)
        connection.close(); // Django reverts through its own connections
    for (PlannedStep& s : steps)
        s.outcome = QStringLiteral("not-attempted");

    LockBlockerWatch watch(target.connection, appName, options.policy.lockTimeoutMs);
    const int total = int(steps.size());
    for (int i = 0; i < total; ++i) {
        PlannedStep& s = steps[std::size_t(i)];
        if (ctx.cancel.isCancelled()) {
            return finish(StepResult::Outcome::Cancelled,
                          tr("Cancelled before rolling %1. %2").arg(s.label(), aftermath(steps)),
                          steps);
        }
        ctx.report(StepProgress{.done = i,
                                .total = total,
                                .message = tr("Rolling %1").arg(s.label()),
                                .elapsedSeconds = clock.elapsed() / 1000.0,
                                .etaSeconds = -1});
        ctx.log.write(tr("Rolling %1 (%2 of %3)")
                          .arg(s.label(), QString::number(i + 1), QString::number(total)));
        QElapsedTimer timer;
        timer.start();
        const auto attempt = [&]() -> MigrationAttempt {
            if (s.django)
                return DjangoMigrateProcess::run(target, {s.step.app, s.step.to}, appName,
                                                 options.policy, ctx);
            const CancelToken::ActionScope cancelScope(
                ctx.cancel, [handle = connection.cancelHandle()] { handle->cancel(); });
            std::vector<StatementTiming> timings;
            const auto undone = SqlFolderApplier::undo(connection, s.undo, &timings);
            return MigrationAttempt::fromResult(undone, std::move(timings), connection.isBroken(),
                                                ctx.cancel.isCancelled());
        };
        const auto blockers = [&] {
            const QString seen = watch.takeBlockers();
            return seen.isEmpty()
                       ? LockBlockerWatch::holders(target.connection, s.step.sql, appName)
                       : seen;
        };
        watch.takeBlockers();
        watch.takeImpact();
        const LockTimeoutRetry::Outcome outcome =
            LockTimeoutRetry::run(attempt, blockers, s.label(), s.atomic, options.policy, ctx);
        s.seconds = timer.elapsed() / 1000.0;
        s.retries = outcome.retries;
        s.impact = watch.takeImpact();
        s.statements = outcome.last.statements;
        switch (outcome.last.kind) {
        case MigrationAttempt::Kind::Succeeded:
            s.outcome = QStringLiteral("reverted");
            ctx.log.write(tr("Rolled %1 in %2.").arg(s.label(), formatDuration(s.seconds)));
            if (const QString slow = StatementTiming::slowestSentence(s.label(), s.statements);
                !slow.isEmpty())
                ctx.log.write(slow);
            continue;
        case MigrationAttempt::Kind::Cancelled:
            s.outcome = QStringLiteral("cancelled");
            break;
        case MigrationAttempt::Kind::LockTimeout:
        case MigrationAttempt::Kind::ConnectionLost:
        case MigrationAttempt::Kind::Failed:
            s.outcome = QStringLiteral("failed");
            break;
        }
        s.error = outcome.last.reason;
        return finish(outcome.last.kind == MigrationAttempt::Kind::Cancelled
                          ? StepResult::Outcome::Cancelled
                          : StepResult::Outcome::Failed,
                      failureSentence(s, outcome, options.policy, steps), steps);
    }
    ctx.report(StepProgress{.done = total,
                            .total = total,
                            .message = tr("Rolled back"),
                            .elapsedSeconds = clock.elapsed() / 1000.0,
                            .etaSeconds = 0});
    return finish(StepResult::Outcome::Succeeded,
                  tr("Rolled back in %n step(s) in %1.", nullptr, total)
                      .arg(formatDuration(clock.elapsed() / 1000.0)),
                  steps);
}

} // namespace migdesk::core
