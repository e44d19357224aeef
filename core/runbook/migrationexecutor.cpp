// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationexecutor.h"

#include "connection/pgconnection.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/djangoproject.h"
#include "migrations/managepy.h"
#include "migrations/migrationgraph.h"
#include "migrations/sqlfolderappliedrow.h"
#include "migrations/sqlfoldername.h"
#include "migrations/sqlfoldersource.h"
#include "risk/migrationcharacter.h"
#include "risk/runbookscore.h"
#include "runbook/djangomigrationsource.h"
#include "runbook/migrationsequence.h"
#include "runbook/sqlfoldermigrationsource.h"

#include <QDir>
#include <QFileInfo>

#include <map>
#include <set>

namespace migdesk::core {

namespace {

using Item = MigrationRunReport::Item;

MigrationPlan refused(QString sentence, QStringList problems = {})
{
    return MigrationPlan::refused(std::move(sentence), std::move(problems));
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

void setDjangoRollback(Item& planned, const MigrationKey& key, const MigrationGraph& graph)
{
    const Migration* migration = graph.migration(key);
    if (!migration) {
        planned.rollbackKey = QStringLiteral("restore");
        planned.rollbackWay = MigrationExecutor::tr("restore the backup (migdesk could not read "
                                                    "this migration's module)");
        return;
    }
    planned.risk = RunbookScore::score(*migration);
    planned.atomic = migration->atomic;
    const MigrationCharacter::Reversibility reversibility =
        MigrationCharacter::reversibility(*migration);
    if (!reversibility.reversible) {
        planned.rollbackKey = QStringLiteral("restore");
        planned.rollbackWay = reversibility.rollback;
        return;
    }
    planned.rollbackKey = QStringLiteral("django-backwards");
    const auto previous = graph.previous(key);
    const QString command =
        MigrationExecutor::tr("Django backwards: manage.py migrate %1 %2")
            .arg(key.first, previous ? previous->second : QStringLiteral("zero"));
    planned.rollbackWay = reversibility.losesData
                              ? QStringLiteral("%1 (%2)").arg(command, reversibility.rollback)
                              : command;
}

MigrationPlan planDjango(const RunbookTarget& target, const MigrateOptions& options,
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

    MigrationPlan plan;
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
        Item planned;
        planned.app = key.first;
        planned.name = key.second;
        setDjangoRollback(planned, key, graph);
        if (const auto sql = django.sqlMigrate(key, &error))
            planned.sql = sql->trimmed();
        else
            planned.sql = MigrationExecutor::tr("-- sqlmigrate failed: %1").arg(error);
        plan.items.push_back(std::move(planned));
    }
    plan.source = std::make_unique<DjangoMigrationSource>(target, applicationName, options.policy,
                                                          std::move(pending));
    return plan;
}

MigrationPlan planSqlFolder(const RunbookTarget& target, const MigrateOptions& options,
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
    MigrationPlan plan;
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
    std::vector<SqlFolderScript> scripts;
    std::map<QString, QString> undoFiles; // canonical version -> relative path
    for (const SqlFolderScript& undo : scan.undo)
        undoFiles[SqlFolderName::canonicalVersion(undo.name.version)] = undo.relativePath;
    for (const SqlFolderScript& script : pending.pending) {
        if (!last.isEmpty() && SqlFolderName::compareVersions(script.name.version, last) > 0)
            continue;
        Item planned;
        planned.name = script.name.version;
        planned.description = script.name.description;
        planned.script = script.relativePath;
        planned.sql = script.migration.sql;
        planned.atomic = script.outsideTransaction.isEmpty();
        planned.risk = scoreScript(script.migration);
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
        plan.items.push_back(std::move(planned));
        scripts.push_back(script);
    }
    plan.source = std::make_unique<SqlFolderMigrationSource>(SqlFolderMigrationSource::Way::Apply,
                                                             std::move(scripts));
    return plan;
}

} // namespace

QString MigrationExecutor::applicationName(const MigrateOptions& options)
{
    return applicationName(options.policy, options.runId);
}

QString MigrationExecutor::applicationName(const WritePolicy& policy, const QString& runId)
{
    return MigrationSequence::applicationName(policy, runId);
}

StepResult MigrationExecutor::run(const RunbookTarget& target, const MigrateOptions& options,
                                  const StepContext& ctx)
{
    const bool django = target.sqlFolder.isEmpty();
    MigrationSequence sequence(target,
                               {.direction = MigrationRunReport::Direction::Forward,
                                .django = django,
                                .dryRun = options.dryRun,
                                .mode = {},
                                .target = options.target,
                                .policy = options.policy,
                                .runId = options.runId},
                               ctx);
    if (django && target.djangoProject.isEmpty() && target.managePy.isEmpty()) {
        return sequence.refuse(tr("No migrations to run: set a Django project (with its "
                                  "manage.py) or a SQL migration folder."));
    }
    const QString& appName = sequence.applicationName();
    ctx.log.write(options.dryRun ? tr("Migrate (dry run) on %1 from %2.")
                                       .arg(target.connection.info.displayName(),
                                            django ? target.managePy : target.sqlFolder)
                                 : tr("Migrate on %1 from %2, as application_name %3.")
                                       .arg(target.connection.info.displayName(),
                                            django ? target.managePy : target.sqlFolder, appName));
    return sequence.run([&](PgConnection& connection) {
        return django ? planDjango(target, options, appName, connection)
                      : planSqlFolder(target, options, connection);
    });
}

} // namespace migdesk::core
