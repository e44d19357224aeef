// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/assessmentbuilder.h"

#include "catalog/activityreader.h"
#include "common/units.h"
#include "connection/pgconnection.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/djangoproject.h"
#include "migrations/managepy.h"
#include "migrations/migrationgraph.h"
#include "migrations/sqlfoldername.h"
#include "migrations/sqlfoldersource.h"
#include "risk/operationlocks.h"
#include "risk/runbookscore.h"
#include "risk/sqllinter.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <map>

namespace migdesk::core {

namespace {

// The runbook's checklist: queries running longer than this block a window.
constexpr double kLongQuerySeconds = 300.0;

constexpr auto kDatabaseName = R"(SELECT current_database() AS database)";

struct Source
{
    std::vector<Migration> pending;                 // plan order
    std::map<MigrationKey, QString> rollbackByUndo; // SQL folder: versions with an undo file
    bool django = false;
};

DbError badInput(const QString& sentence)
{
    return DbError(DbError::Kind::BadInput, sentence);
}

// A SQL-folder file is, in the runbook's terms, one RunSQL operation: scored as such, with the
// runbook's colour read from its statements.
void asRunSql(Migration& m)
{
    if (!m.operations.empty())
        return;
    MigrationOperation op;
    op.className = QStringLiteral("RunSQL");
    op.qualifiedName = QStringLiteral("RunSQL");
    op.sql = QStringList{m.sql};
    op.hasReverse = false; // unless an undo file exists: decided by the caller
    op.line = m.sqlFirstLine;
    m.operations.push_back(op);
}

// RunSQL literals of a Django migration, joined in order, for the linter; the first line is
// that of the first RunSQL operation, so findings point near the right place in the module.
void collectRunSql(Migration& m)
{
    QStringList statements;
    for (const MigrationOperation& op : m.operations) {
        if (op.className != QLatin1String("RunSQL"))
            continue;
        if (statements.isEmpty())
            m.sqlFirstLine = op.line;
        for (const QString& sql : op.sql)
            statements << (sql.trimmed().endsWith(QLatin1Char(';'))
                               ? sql.trimmed()
                               : sql.trimmed() + QLatin1Char(';'));
    }
    if (!statements.isEmpty())
        m.sql = statements.join(QLatin1Char('\n'));
}

int rank(const QString& level)
{
    if (level == QLatin1String("high"))
        return 2;
    if (level == QLatin1String("medium"))
        return 1;
    return 0;
}

QString worse(const QString& a, const QString& b)
{
    return rank(a) >= rank(b) ? a : b;
}

// Weighs each lock of a migration against its table's live load, and the migration's levels
// with them; a lock on a table the database does not have (yet) weighs nothing.
void weighImpacts(AssessedMigration& assessed, const std::vector<StatementLock>& locks,
                  const std::map<QString, TableLoad>& byName,
                  const LiveImpact::Throughput& throughput)
{
    assessed.impacts.clear();
    assessed.lockSeconds = 0;
    QString impactLevel = QStringLiteral("low");
    for (const StatementLock& lock : locks) {
        const auto found = byName.find(lock.relation);
        if (found == byName.end())
            continue;
        LockImpact impact = LiveImpact::assess(lock, found->second, throughput);
        assessed.lockSeconds += impact.lockSeconds;
        impactLevel = worse(impactLevel, LiveImpact::levelKey(impact.level));
        assessed.impacts.push_back(std::move(impact));
    }
    assessed.impactLevel = impactLevel;
    assessed.combinedLevel = worse(assessed.level, impactLevel);
}

std::map<QString, TableLoad> byName(const std::vector<TableLoad>& loads)
{
    std::map<QString, TableLoad> named;
    for (const TableLoad& t : loads)
        named[t.name] = t;
    return named;
}

QString crossCheck(const std::vector<ManagePy::PlanEntry>& django,
                   const std::vector<Migration>& ours, const std::set<QString>& apps)
{
    QStringList theirs;
    for (const ManagePy::PlanEntry& e : django)
        if (!e.applied && apps.count(e.key.first))
            theirs << e.key.first + QLatin1Char('.') + e.key.second;
    QStringList mine;
    for (const Migration& m : ours)
        mine << m.label();
    if (theirs == mine)
        return AssessmentBuilder::tr("matches (%n pending)", nullptr, int(mine.size()));
    return AssessmentBuilder::tr("differs: Django plans %1; migdesk read %2")
        .arg(theirs.join(QStringLiteral(", ")), mine.join(QStringLiteral(", ")));
}

} // namespace

Result<Assessment> AssessmentBuilder::build(PgConnection& connection, const AssessOptions& options)
{
    Assessment a;
    a.serverVersionNum = connection.serverVersion();
    const auto database = connection.exec(QString::fromLatin1(kDatabaseName));
    if (!database)
        return database.error();
    a.database = database->text(0, QStringLiteral("database"));

    Source source;
    if (!options.djangoProject.isEmpty()) {
        const QString dir = QDir(options.djangoProject).absolutePath();
        if (!QDir(dir).exists())
            return badInput(tr("The Django project folder %1 does not exist.").arg(dir));
        a.source = tr("Django project %1").arg(dir);
        DjangoProject::Scan scan = DjangoProject::scan(dir);
        a.problems = scan.problems;
        if (scan.apps.empty())
            return badInput(tr("No Django app with a migrations package was found under %1. "
                               "Point at the project's root folder (where manage.py is).")
                                .arg(dir));
        const auto applied = AppliedMigrationsReader::read(connection);
        if (!applied)
            return applied.error();
        MigrationGraph::Environment environment;
        environment.settings = scan.settings;
        std::set<QString> apps;
        for (const DjangoProject::App& app : scan.apps) {
            environment.apps << app.label;
            apps.insert(app.label);
        }
        const std::set<MigrationKey> appliedKeys = AppliedMigrationsReader::keys(*applied);
        const MigrationGraph graph(scan.migrations, appliedKeys, environment);
        a.problems.insert(a.problems.end(), graph.problems().begin(), graph.problems().end());
        for (const MigrationKey& key : appliedKeys)
            if (apps.count(key.first))
                ++a.appliedCount;
        for (const MigrationKey& key : graph.pendingPlan())
            if (const Migration* m = graph.migration(key))
                source.pending.push_back(*m);
        source.django = true;

        if (!options.managePy.isEmpty()) {
            ManagePy django(options.managePy, options.python, options.target, options.password);
            if (!connection.behindPooler())
                django.makeSessionsReadOnly();
            QString error;
            if (const auto plan = django.showMigrationsPlan(&error))
                a.djangoCrossCheck = crossCheck(*plan, source.pending, apps);
            else
                a.problems.push_back({options.managePy, 0, error});
            for (Migration& m : source.pending) {
                if (const auto sql = django.sqlMigrate(m.key(), &error)) {
                    m.sql = *sql;
                    m.sqlFirstLine = 1;
                } else {
                    a.problems.push_back({m.file, 0, error});
                }
            }
        }
    } else {
        const QString dir = QDir(options.sqlFolder).absolutePath();
        if (!QDir(dir).exists())
            return badInput(tr("The SQL folder %1 does not exist.").arg(dir));
        a.source = tr("SQL folder %1").arg(dir);
        const SqlFolderScan scan = SqlFolderSource::scan(dir);
        a.problems = scan.problems;
        const auto applied = SqlFolderSource::readApplied(connection);
        if (!applied)
            return applied.error();
        a.appliedCount = int(applied->size());
        const auto drift = SqlFolderSource::verify(scan, *applied);
        a.problems.insert(a.problems.end(), drift.begin(), drift.end());
        const SqlFolderPlan plan = SqlFolderSource::pending(scan, *applied);
        a.problems.insert(a.problems.end(), plan.problems.begin(), plan.problems.end());
        a.problems.insert(a.problems.end(), plan.unreadable.begin(), plan.unreadable.end());
        for (const SqlFolderScript& script : plan.pending)
            source.pending.push_back(script.migration);
        for (const SqlFolderScript& undo : scan.undo)
            source.rollbackByUndo[{undo.migration.app, undo.name.version}] = undo.relativePath;
    }

    // Score, lint and collect the tables every pending migration will lock or touch.
    std::vector<RunbookScore::MigrationScore> scores;
    std::vector<std::vector<StatementLock>> locks;
    QStringList tables;
    for (Migration& m : source.pending) {
        AssessedMigration assessed;
        if (source.django) {
            if (m.sql.isEmpty()) {
                collectRunSql(m);
                if (!m.sql.isEmpty())
                    assessed.sqlOrigin = QStringLiteral("RunSQL");
            } else {
                assessed.sqlOrigin = QStringLiteral("sqlmigrate");
            }
        } else {
            asRunSql(m);
            assessed.sqlOrigin = QStringLiteral("file");
        }
        const RunbookScore::MigrationScore score = RunbookScore::score(m);
        scores.push_back(score);
        assessed.score = score.score;
        assessed.level = RunbookScore::levelKey(score.level);
        assessed.safety = RunbookScore::safetyKey(score.safety);
        assessed.type = RunbookScore::typeKey(score.type);
        for (const RunbookScore::OperationScore& op : score.operations)
            assessed.operationSafety << RunbookScore::safetyKey(op.safety);
        tables << score.tables;

        std::vector<StatementLock> migrationLocks;
        if (!m.sql.isEmpty()) {
            LintOptions lint;
            lint.serverVersionNum = a.serverVersionNum;
            // sqlmigrate prints its own BEGIN/COMMIT and its lines are not the module's.
            const bool printed = assessed.sqlOrigin == QLatin1String("sqlmigrate");
            lint.file = printed ? tr("sqlmigrate %1 %2").arg(m.app, m.name) : m.file;
            lint.firstLine = m.sqlFirstLine;
            lint.assumeInTransaction = source.django && m.atomic && !printed;
            LintResult result = SqlLinter::lint(m.sql, lint);
            if (result.parseError)
                assessed.findings.push_back(*result.parseError);
            assessed.findings.insert(assessed.findings.end(), result.findings.begin(),
                                     result.findings.end());
            migrationLocks = result.locks;
        }
        // Without sqlmigrate's output, the SQL is only the RunSQL literals: the other operations
        // are weighed by what Django's schema editor does for them.
        if (source.django && assessed.sqlOrigin != QLatin1String("sqlmigrate"))
            for (const MigrationOperation& op : m.operations)
                for (const StatementLock& lock : OperationLocks::of(m.app, op, a.serverVersionNum))
                    migrationLocks.push_back(lock);
        for (const StatementLock& lock : migrationLocks)
            tables << lock.relation;
        locks.push_back(migrationLocks);

        assessed.reversibility = MigrationCharacter::reversibility(m);
        if (!source.django) {
            const auto name = SqlFolderName::parse(QFileInfo(m.file).fileName());
            const auto undo = name ? source.rollbackByUndo.find({m.app, name->version})
                                   : source.rollbackByUndo.end();
            assessed.reversibility.reversible = undo != source.rollbackByUndo.end();
            assessed.reversibility.losesData = false;
            assessed.reversibility.rollback = assessed.reversibility.reversible
                                                  ? tr("run the undo file %1").arg(undo->second)
                                                  : tr("restore the backup: no undo file");
        }
        assessed.phase = MigrationCharacter::phase(m);
        assessed.mixedPhaseWarning = MigrationCharacter::mixedPhaseWarning(m);
        assessed.migration = m;
        a.pending.push_back(std::move(assessed));
    }

    // The live side: table sizes, lock holders, and rates from two samples.
    tables.removeDuplicates();
    auto loads = LiveImpact::sample(connection, tables);
    if (!loads)
        return loads.error();
    if (options.rateSampleSeconds > 0 && !tables.isEmpty()) {
        // Off the GUI thread by contract (see the header): the wait is the measurement.
        QThread::msleep(static_cast<unsigned long>(options.rateSampleSeconds * 1000));
        auto later = LiveImpact::sample(connection, tables);
        if (!later)
            return later.error();
        std::vector<TableLoad> rated = *later;
        LiveImpact::rates(*loads, rated);
        loads = std::move(rated);
    } else if (!options.storedCounters.empty()) {
        std::vector<TableLoad> rated = *loads;
        LiveImpact::ratesSince(options.storedCounters, rated);
        loads = std::move(rated);
    }
    std::map<QString, qint64> rows;
    for (const TableLoad& t : *loads) {
        if (t.found)
            rows[t.qualifiedName.section(QLatin1Char('.'), -1)] = t.estimatedRows;
    }
    const std::map<QString, TableLoad> named = byName(*loads);
    for (std::size_t i = 0; i < a.pending.size(); ++i)
        weighImpacts(a.pending[i], locks[i], named, options.throughput);

    const RunbookScore::OverallScore overall = RunbookScore::overall(scores, rows);
    a.totalScore = overall.total;
    a.overall = RunbookScore::levelKey(overall.level);
    a.timeEstimateSeconds = overall.estimate.seconds;
    a.timeEstimateText = overall.estimate.text;
    a.recommendations = overall.recommendations;

    // Blockers now: the runbook's checks for queries over 5 minutes and ungranted locks.
    const auto activity = ActivityReader::read(connection);
    if (!activity)
        return activity.error();
    for (const SessionActivity& s : activity->sessions)
        if (s.isLongRunning(kLongQuerySeconds))
            a.blockers.push_back({QStringLiteral("long-query"), s.pid, *s.querySeconds,
                                  tr("pid %1 (%2) has run a query for %3: %4")
                                      .arg(s.pid)
                                      .arg(s.user, formatDuration(*s.querySeconds),
                                           s.query.simplified().left(120))});
    for (const LockEntry& l : activity->ungranted())
        a.blockers.push_back({QStringLiteral("ungranted-lock"), l.pid, l.waitSeconds.value_or(0),
                              tr("pid %1 waits for %2 on %3").arg(l.pid).arg(l.mode, l.target)});
    return a;
}

Result<Assessment> AssessmentBuilder::measureRates(PgConnection& connection, Assessment assessment,
                                                   double seconds,
                                                   const LiveImpact::Throughput& throughput)
{
    QStringList tables;
    std::vector<std::vector<StatementLock>> locks;
    for (const AssessedMigration& assessed : assessment.pending) {
        std::vector<StatementLock>& migrationLocks = locks.emplace_back();
        for (const LockImpact& impact : assessed.impacts) {
            migrationLocks.push_back(impact.lock);
            tables << impact.lock.relation;
        }
    }
    tables.removeDuplicates();
    if (tables.isEmpty())
        return assessment;
    auto earlier = LiveImpact::sample(connection, tables);
    if (!earlier)
        return earlier.error();
    // Off the GUI thread by contract (see the header): the wait is the measurement.
    QThread::msleep(static_cast<unsigned long>(seconds * 1000));
    const auto later = LiveImpact::sample(connection, tables);
    if (!later)
        return later.error();
    std::vector<TableLoad> rated = *later;
    LiveImpact::rates(*earlier, rated);
    const std::map<QString, TableLoad> named = byName(rated);
    for (std::size_t i = 0; i < assessment.pending.size(); ++i)
        weighImpacts(assessment.pending[i], locks[i], named, throughput);
    return assessment;
}

} // namespace migdesk::core
