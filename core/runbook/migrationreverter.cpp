// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationreverter.h"

#include "connection/pgconnection.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/djangoproject.h"
#include "migrations/managepy.h"
#include "migrations/migrationgraph.h"
#include "migrations/sqlfolderappliedrow.h"
#include "migrations/sqlfoldername.h"
#include "migrations/sqlfoldersource.h"
#include "runbook/djangomigrationsource.h"
#include "runbook/migrationexecutor.h"
#include "runbook/migrationsequence.h"
#include "runbook/sqlfoldermigrationsource.h"

#include <QDir>
#include <QFileInfo>

#include <map>
#include <set>

namespace migdesk::core {

namespace {

const QString kZero = QStringLiteral("zero");

using Item = MigrationRunReport::Item;

MigrationPlan refusal(const QString& sentence)
{
    return MigrationPlan::refused(sentence);
}

bool isDjango(const RunbookTarget& target)
{
    return target.sqlFolder.isEmpty();
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

MigrationPlan planDjango(const RunbookTarget& target, const RevertOptions& options,
                         const QString& applicationName, PgConnection& connection)
{
    if (target.managePy.isEmpty()) {
        return refusal(MigrationReverter::tr(
            "A Django project is migrated backwards by its own manage.py, and none is set: give "
            "the project's manage.py (and the Python that runs it), or roll back by restoring "
            "the backup."));
    }
    const auto appliedRows = AppliedMigrationsReader::read(connection);
    if (!appliedRows)
        return refusal(appliedRows.error().sentence());

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
    MigrationPlan plan;
    std::vector<MigrationKey> destinations;
    for (const auto& [app, to] : targets) {
        const auto from = latestApplied(app, applied, position);
        const std::vector<MigrationKey> going = unapplied(graph, app, to, applied, position);
        if (!from || going.empty())
            continue; // an earlier step took this app back already
        Item planned;
        planned.app = app;
        planned.name = from->second;
        planned.to = to;
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
        planned.sql = sql.join(QLatin1Char('\n'));
        for (const MigrationKey& key : going)
            applied.erase(key);
        plan.items.push_back(std::move(planned));
        destinations.emplace_back(app, to);
    }
    plan.source = std::make_unique<DjangoMigrationSource>(target, applicationName, options.policy,
                                                          std::move(destinations));
    return plan;
}

MigrationPlan planSqlFolder(const RunbookTarget& target, const RevertOptions& options,
                            PgConnection& connection)
{
    const SqlFolderScan scan = SqlFolderSource::scan(target.sqlFolder);
    if (!QFileInfo(scan.folder).isDir())
        return refusal(
            MigrationReverter::tr("The migration folder %1 does not exist.").arg(scan.folder));
    const auto rows = SqlFolderSource::readApplied(connection);
    if (!rows)
        return refusal(rows.error().sentence());
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
    MigrationPlan plan;
    std::vector<SqlFolderScript> undoScripts;
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
        SqlFolderScript script = *undo->second;
        if (const auto unreadable = SqlFolderSource::load(script))
            return refusal(unreadable->message);
        Item planned;
        planned.atomic = script.outsideTransaction.isEmpty();
        planned.app = QDir(scan.folder).dirName();
        planned.name = row.version;
        planned.to = i >= 2 ? applied[i - 2].version : kZero;
        planned.sql = script.migration.sql;
        plan.items.push_back(std::move(planned));
        undoScripts.push_back(std::move(script));
    }
    plan.source = std::make_unique<SqlFolderMigrationSource>(SqlFolderMigrationSource::Way::Undo,
                                                             std::move(undoScripts));
    return plan;
}

// Why the options cannot be planned at all, before anything connects; empty when they can.
QString optionsRefusal(const RunbookTarget& target, const RevertOptions& options)
{
    if (isDjango(target) && target.djangoProject.isEmpty() && target.managePy.isEmpty()) {
        return MigrationReverter::tr("Nothing to roll back from: set a Django project (with its "
                                     "manage.py) or a SQL migration folder.");
    }
    if (options.mode == RevertOptions::Mode::To && options.target.trimmed().isEmpty()) {
        return MigrationReverter::tr("Rolling back to a named migration needs the target: "
                                     "APP:NAME, APP:zero, or a version.");
    }
    return {};
}

MigrationPlan planSteps(const RunbookTarget& target, const RevertOptions& options,
                        const QString& applicationName, PgConnection& connection)
{
    return isDjango(target) ? planDjango(target, options, applicationName, connection)
                            : planSqlFolder(target, options, connection);
}

} // namespace

QString MigrationReverter::applicationName(const RevertOptions& options)
{
    return MigrationExecutor::applicationName(options.policy, options.runId);
}

Result<std::vector<MigrationReverter::Step>> MigrationReverter::plan(const RunbookTarget& target,
                                                                     const RevertOptions& options)
{
    if (const QString refused = optionsRefusal(target, options); !refused.isEmpty())
        return DbError(DbError::Kind::BadInput, refused);
    const QString appName = applicationName(options);
    PgConnection connection;
    SessionPolicy policy = SessionPolicy::inspection();
    policy.applicationName = appName;
    if (const auto failed =
            connection.open(target.connection.info, target.connection.password, policy))
        return *failed;
    const MigrationPlan planned = planSteps(target, options, appName, connection);
    if (!planned.refusal.isEmpty())
        return DbError(DbError::Kind::BadInput, planned.refusal);
    std::vector<Step> steps;
    for (const Item& item : planned.items)
        steps.push_back({item.app, item.name, item.to, item.sql});
    return steps;
}

StepResult MigrationReverter::run(const RunbookTarget& target, const RevertOptions& options,
                                  const StepContext& ctx)
{
    const bool previous = options.mode == RevertOptions::Mode::Previous;
    MigrationSequence sequence(
        target,
        {.direction = MigrationRunReport::Direction::Backward,
         .django = isDjango(target),
         .dryRun = options.dryRun,
         .mode = previous ? QStringLiteral("previous") : QStringLiteral("to"),
         .target = options.target,
         .policy = options.policy,
         .runId = options.runId},
        ctx);
    const QString& appName = sequence.applicationName();
    const QString what = previous ? (options.target.isEmpty()
                                         ? tr("each app to its previous migration")
                                         : tr("%1 to the previous migration").arg(options.target))
                                  : tr("back to %1").arg(options.target);
    ctx.log.write(options.dryRun ? tr("Rollback by migrations (dry run) on %1: %2.")
                                       .arg(target.connection.info.displayName(), what)
                                 : tr("Rollback by migrations on %1: %2, as application_name %3.")
                                       .arg(target.connection.info.displayName(), what, appName));
    if (const QString refused = optionsRefusal(target, options); !refused.isEmpty())
        return sequence.refuse(refused);
    return sequence.run(
        [&](PgConnection& connection) { return planSteps(target, options, appName, connection); });
}

} // namespace migdesk::core
