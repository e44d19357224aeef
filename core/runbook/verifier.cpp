// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/verifier.h"

#include "common/units.h"
#include "connection/pgconnection.h"
#include "history/historystore.h"
#include "migrations/appliedmigrationsreader.h"
#include "migrations/djangoproject.h"
#include "migrations/managepy.h"
#include "migrations/migrationgraph.h"
#include "migrations/sqlfoldersource.h"
#include "runbook/checkrun.h"
#include "runbook/djangocheck.h"
#include "runbook/healthprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <functional>

namespace migdesk::core {

namespace {

// The checks before the smoke queries: connectivity, pending, primary keys, foreign-key
// indexes, invalid indexes, NOT VALID constraints, health, manage.py check.
constexpr int kFixedChecks = 8;

// The connectivity check's statement: what the runbook's `dbshell -c "SELECT version();"` shows,
// plus the short version for the figure.
constexpr auto kVersionQuery = R"(
SELECT version() AS version, current_setting('server_version') AS short_version)";

// Ordinary and partitioned tables of every user schema that have no primary key, matched to
// their constraints by oid (the runbook's script joined pg_tables to pg_class by name only, so a
// same-named table in another schema could hide one and it looked at public only). Partitions
// follow their parent and tables an extension owns are not the team's: both are left out.
constexpr auto kTablesWithoutPrimaryKeyQuery = R"(
SELECT format('%I.%I', n.nspname, c.relname) AS table_name,
       n.nspname AS schema_name, c.relname AS relation_name
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname)";

// Foreign keys that no index serves: an index serves one when its leading key columns are
// exactly the constraint's columns, in any order, and it is valid and not partial. (The
// runbook's script accepted any index that contains any one of the columns, so an index on
// (b, a) "covered" a key on (a) and a two-column key counted as indexed by an index on one of
// them.) Constraints cloned onto partitions are reported once, on the partitioned table.
constexpr auto kForeignKeysWithoutIndexQuery = R"(
SELECT format('%I.%I', n.nspname, t.relname) AS table_name,
       n.nspname AS schema_name, t.relname AS relation_name,
       k.conname AS constraint_name,
       (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY u.position)
        FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, position)
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS columns
FROM pg_constraint k
JOIN pg_class t ON t.oid = k.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE k.contype = 'f' AND k.conparentid = 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (
      SELECT 1
      FROM pg_index i
      WHERE i.indrelid = k.conrelid AND i.indisvalid AND i.indpred IS NULL
        AND i.indnkeyatts >= cardinality(k.conkey)
        AND (SELECT array_agg(x.attnum ORDER BY x.attnum)
             FROM unnest(i.indkey) WITH ORDINALITY AS x(attnum, position)
             WHERE x.position <= cardinality(k.conkey))
            = (SELECT array_agg(y.attnum ORDER BY y.attnum) FROM unnest(k.conkey) AS y(attnum)))
ORDER BY n.nspname, t.relname, k.conname)";

// Indexes left invalid, typically by a CREATE INDEX CONCURRENTLY that failed: the planner never
// uses them but every write still maintains them. One that a session is building right now is
// also invalid until it finishes: its builder's pid says so.
constexpr auto kInvalidIndexesQuery = R"(
SELECT format('%I.%I', n.nspname, ic.relname) AS index_name,
       format('%I.%I', tn.nspname, t.relname) AS table_name,
       (SELECT p.pid FROM pg_stat_progress_create_index p
        WHERE p.index_relid = i.indexrelid LIMIT 1) AS building_pid
FROM pg_index i
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_namespace n ON n.oid = ic.relnamespace
JOIN pg_class t ON t.oid = i.indrelid
JOIN pg_namespace tn ON tn.oid = t.relnamespace
WHERE NOT i.indisvalid
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
ORDER BY 1)";

// Check and foreign-key constraints added NOT VALID and never validated: new rows obey them,
// old rows were never checked.
constexpr auto kNotValidConstraintsQuery = R"(
SELECT format('%I.%I', n.nspname, t.relname) AS table_name,
       quote_ident(k.conname) AS constraint_name
FROM pg_constraint k
JOIN pg_class t ON t.oid = k.conrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE NOT k.convalidated AND k.contype IN ('c', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
ORDER BY 1, 2)";

// A smoke query runs between these two: whatever it tries, it cannot write, and anything it
// did is thrown away.
constexpr auto kBeginReadOnly = R"(BEGIN TRANSACTION READ ONLY)";
constexpr auto kRollback = R"(ROLLBACK)";

Check makeCheck(const QString& key, const QString& title)
{
    return Check{
        .key = key, .title = title, .status = Check::Status::Pass, .figure = {}, .sentence = {}};
}

Check skippedCheck(Check check, const QString& why)
{
    check.status = Check::Status::Skipped;
    check.figure = Verifier::tr("not checked");
    check.sentence = why;
    return check;
}

Check queryFailed(Check check, const DbError& error)
{
    check.status = Check::Status::Fail;
    check.figure = Verifier::tr("could not check");
    check.sentence = error.sentence();
    return check;
}

QString sourceProblems(const std::vector<SourceProblem>& problems)
{
    QStringList sentences;
    for (const SourceProblem& problem : problems)
        sentences << problem.message;
    return CheckRun::listed(sentences, 3);
}

// Django's own plan when manage.py is configured (it also knows the apps outside the project,
// such as auth); otherwise the project read statically against django_migrations.
Check djangoPending(PgConnection& connection, const RunbookTarget& target, Check check)
{
    QStringList pending;
    std::vector<SourceProblem> problems;
    if (!target.managePy.isEmpty()) {
        ManagePy django(target.managePy, target.python, target.connection.info,
                        target.connection.password);
        if (!connection.behindPooler())
            django.makeSessionsReadOnly();
        QString error;
        const auto plan = django.showMigrationsPlan(&error);
        if (!plan) {
            check.status = Check::Status::Fail;
            check.figure = Verifier::tr("could not check");
            check.sentence = error;
            return check;
        }
        for (const ManagePy::PlanEntry& entry : *plan)
            if (!entry.applied)
                pending << entry.key.first + QLatin1Char('.') + entry.key.second;
    } else {
        const QString dir = QDir(target.djangoProject).absolutePath();
        if (!QDir(dir).exists()) {
            check.status = Check::Status::Fail;
            check.figure = Verifier::tr("could not check");
            check.sentence = Verifier::tr("The Django project folder %1 does not exist.").arg(dir);
            return check;
        }
        const DjangoProject::Scan scan = DjangoProject::scan(dir);
        const auto applied = AppliedMigrationsReader::read(connection);
        if (!applied)
            return queryFailed(check, applied.error());
        MigrationGraph::Environment environment;
        environment.settings = scan.settings;
        for (const DjangoProject::App& app : scan.apps)
            environment.apps << app.label;
        const MigrationGraph graph(scan.migrations, AppliedMigrationsReader::keys(*applied),
                                   environment);
        for (const MigrationKey& key : graph.pendingPlan())
            pending << key.first + QLatin1Char('.') + key.second;
        problems = scan.problems;
        problems.insert(problems.end(), graph.problems().begin(), graph.problems().end());
    }
    if (!pending.isEmpty()) {
        check.status = Check::Status::Fail;
        check.figure = Verifier::tr("%n pending", nullptr, int(pending.size()));
        check.sentence = Verifier::tr("%1 not applied: the migration did not finish. Run it again "
                                      "or roll back.")
                             .arg(CheckRun::listed(pending));
    } else if (!problems.empty()) {
        check.status = Check::Status::Warn;
        check.figure = Verifier::tr("none pending");
        check.sentence = Verifier::tr("The project has problems: %1").arg(sourceProblems(problems));
    } else {
        check.figure = Verifier::tr("none pending");
    }
    return check;
}

Check sqlFolderPending(PgConnection& connection, const RunbookTarget& target, Check check)
{
    const QString dir = QDir(target.sqlFolder).absolutePath();
    if (!QDir(dir).exists()) {
        check.status = Check::Status::Fail;
        check.figure = Verifier::tr("could not check");
        check.sentence = Verifier::tr("The SQL folder %1 does not exist.").arg(dir);
        return check;
    }
    const SqlFolderScan scan = SqlFolderSource::scan(dir);
    const auto applied = SqlFolderSource::readApplied(connection);
    if (!applied)
        return queryFailed(check, applied.error());
    const SqlFolderPlan plan = SqlFolderSource::pending(scan, *applied);
    std::vector<SourceProblem> problems = scan.problems;
    problems.insert(problems.end(), plan.problems.begin(), plan.problems.end());
    problems.insert(problems.end(), plan.unreadable.begin(), plan.unreadable.end());
    QStringList pending;
    for (const SqlFolderScript& script : plan.pending)
        pending << script.relativePath;
    if (!pending.isEmpty()) {
        check.status = Check::Status::Fail;
        check.figure = Verifier::tr("%n pending", nullptr, int(pending.size()));
        check.sentence = Verifier::tr("%1 not applied: the migration did not finish. Run it again "
                                      "or roll back.")
                             .arg(CheckRun::listed(pending));
    } else if (!problems.empty()) {
        check.status = Check::Status::Warn;
        check.figure = Verifier::tr("none pending");
        check.sentence =
            Verifier::tr("The folder and its history differ: %1").arg(sourceProblems(problems));
    } else {
        check.figure = Verifier::tr("none pending");
    }
    return check;
}

Check pendingCheck(PgConnection& connection, const RunbookTarget& target, const Check& check)
{
    if (!target.djangoProject.isEmpty())
        return djangoPending(connection, target, check);
    if (!target.sqlFolder.isEmpty())
        return sqlFolderPending(connection, target, check);
    return skippedCheck(check, Verifier::tr("No migration source is configured (a Django "
                                            "project or a SQL folder)."));
}

// The leading columns of an index definition (pg_get_indexdef), as written there:
// "CREATE INDEX i ON s.t USING btree (a, b DESC) INCLUDE (c)" gives a, b. A partial index
// serves no foreign key and gives none.
QStringList indexColumns(const QString& definition)
{
    if (definition.contains(QStringLiteral(" WHERE ")))
        return {};
    static const QRegularExpression columns(
        QStringLiteral(R"( USING \w+ \((.*?)\)(?: INCLUDE|$))"));
    const auto match = columns.match(definition);
    QStringList names;
    if (!match.hasMatch())
        return names;
    for (const QString& item : match.captured(1).split(QStringLiteral(", ")))
        names << item.section(QLatin1Char(' '), 0, 0);
    return names;
}

// The columns of a foreign key definition (pg_get_constraintdef): "FOREIGN KEY (a, b) ...".
QStringList foreignKeyColumns(const QString& definition)
{
    static const QRegularExpression columns(QStringLiteral(R"(^FOREIGN KEY \((.*?)\))"));
    const auto match = columns.match(definition);
    return match.hasMatch() ? match.captured(1).split(QStringLiteral(", ")) : QStringList();
}

// What the baseline says of a problem found now.
enum class Origin { Introduced, Earlier, Unknown };

// The problems a check found, as the baseline sorts them.
struct ByOrigin
{
    QStringList introduced;
    QStringList earlier;
    QStringList unknown;

    void add(Origin origin, const QString& what)
    {
        (origin == Origin::Introduced ? introduced
         : origin == Origin::Earlier  ? earlier
                                      : unknown)
            << what;
    }
    int total() const { return int(introduced.size() + earlier.size() + unknown.size()); }
};

Origin primaryKeyOrigin(const std::optional<VerifyBaseline>& baseline, const QString& schema,
                        const QString& table)
{
    if (!baseline)
        return Origin::Unknown;
    const SchemaSnapshot& before = baseline->schema;
    const bool existed =
        std::any_of(before.tables.begin(), before.tables.end(),
                    [&](const auto& t) { return t.schema == schema && t.name == table; });
    const bool keyed = std::any_of(
        before.constraints.begin(), before.constraints.end(), [&](const SchemaConstraint& c) {
            return c.schema == schema && c.table == table && c.type == QLatin1String("p");
        });
    return existed && !keyed ? Origin::Earlier : Origin::Introduced;
}

Origin foreignKeyOrigin(const std::optional<VerifyBaseline>& baseline, const QString& schema,
                        const QString& table, const QString& constraint)
{
    if (!baseline)
        return Origin::Unknown;
    const SchemaSnapshot& before = baseline->schema;
    const auto key = std::find_if(before.constraints.begin(), before.constraints.end(),
                                  [&](const SchemaConstraint& c) {
                                      return c.schema == schema && c.table == table &&
                                             c.name == constraint && c.type == QLatin1String("f");
                                  });
    if (key == before.constraints.end())
        return Origin::Introduced;
    // The same rule as kForeignKeysWithoutIndexQuery, on the baseline's definitions.
    QStringList wanted = foreignKeyColumns(key->definition);
    wanted.sort();
    const bool indexed =
        std::any_of(before.indexes.begin(), before.indexes.end(), [&](const SchemaIndex& index) {
            if (index.schema != schema || index.table != table || !index.valid)
                return false;
            QStringList leading = indexColumns(index.definition).mid(0, wanted.size());
            leading.sort();
            return !wanted.isEmpty() && leading == wanted;
        });
    return indexed ? Origin::Introduced : Origin::Earlier;
}

// Fail on what the run introduced (and on everything with --strict); otherwise warn, saying
// that the problem predates the run or that there is nothing to tell it by. `problem` is the
// check's sentence for a list of names.
Check judged(Check check, const ByOrigin& found, const VerifyOptions& options,
             const std::function<QString(const QString&)>& problem)
{
    QStringList sentences;
    if (!found.introduced.isEmpty()) {
        sentences << Verifier::tr("Introduced by the run (not so in %1): %2")
                         .arg(options.baseline->label, problem(CheckRun::listed(found.introduced)));
    }
    if (!found.earlier.isEmpty()) {
        sentences << Verifier::tr("There before the run (%1), so not its doing: %2")
                         .arg(options.baseline->label, problem(CheckRun::listed(found.earlier)));
    }
    if (!found.unknown.isEmpty()) {
        sentences << Verifier::tr("%1 No schema from before a migration of this database is in "
                                  "the history, so migdesk cannot tell whether a run introduced "
                                  "this.")
                         .arg(problem(CheckRun::listed(found.unknown)));
    }
    const bool fails = !found.introduced.isEmpty() || (options.strict && sentences.size() > 0);
    check.status = fails ? Check::Status::Fail : Check::Status::Warn;
    if (options.strict && found.introduced.isEmpty())
        sentences << Verifier::tr("--strict fails on every such problem, as the runbook does.");
    check.sentence = sentences.join(QLatin1Char(' '));
    return check;
}

Check primaryKeyCheck(PgConnection& connection, Check check, const VerifyOptions& options)
{
    const auto rows = connection.exec(QString::fromLatin1(kTablesWithoutPrimaryKeyQuery));
    if (!rows)
        return queryFailed(check, rows.error());
    ByOrigin found;
    for (int i = 0; i < rows->rowCount(); ++i) {
        found.add(primaryKeyOrigin(options.baseline, rows->text(i, QStringLiteral("schema_name")),
                                   rows->text(i, QStringLiteral("relation_name"))),
                  rows->text(i, QStringLiteral("table_name")));
    }
    if (found.total() == 0) {
        check.figure = Verifier::tr("none");
        return check;
    }
    check.figure = Verifier::tr("%n table(s)", nullptr, found.total());
    return judged(check, found, options, [](const QString& tables) {
        return Verifier::tr("%1 without a primary key: rows cannot be told apart, and logical "
                            "replication cannot update or delete them. Add one if the migration "
                            "should have.")
            .arg(tables);
    });
}

Check foreignKeyIndexCheck(PgConnection& connection, Check check, const VerifyOptions& options)
{
    const auto rows = connection.exec(QString::fromLatin1(kForeignKeysWithoutIndexQuery));
    if (!rows)
        return queryFailed(check, rows.error());
    ByOrigin found;
    for (int i = 0; i < rows->rowCount(); ++i) {
        found.add(foreignKeyOrigin(options.baseline, rows->text(i, QStringLiteral("schema_name")),
                                   rows->text(i, QStringLiteral("relation_name")),
                                   rows->text(i, QStringLiteral("constraint_name"))),
                  Verifier::tr("%1 (%2) of %3")
                      .arg(rows->text(i, QStringLiteral("constraint_name")),
                           rows->text(i, QStringLiteral("columns")),
                           rows->text(i, QStringLiteral("table_name"))));
    }
    if (found.total() == 0) {
        check.figure = Verifier::tr("none");
        return check;
    }
    check.figure = Verifier::tr("%n foreign key(s)", nullptr, found.total());
    return judged(check, found, options, [](const QString& keys) {
        return Verifier::tr("No index starts with the columns of %1: every delete or key update "
                            "on the referenced table scans the referencing one. Create such an "
                            "index CONCURRENTLY.")
            .arg(keys);
    });
}

Check invalidIndexCheck(PgConnection& connection, Check check)
{
    const auto rows = connection.exec(QString::fromLatin1(kInvalidIndexesQuery));
    if (!rows)
        return queryFailed(check, rows.error());
    QStringList invalid;
    QStringList building;
    for (int i = 0; i < rows->rowCount(); ++i) {
        const QString index = Verifier::tr("%1 on %2")
                                  .arg(rows->text(i, QStringLiteral("index_name")),
                                       rows->text(i, QStringLiteral("table_name")));
        if (rows->isNull(i, QStringLiteral("building_pid")))
            invalid << index;
        else
            building << Verifier::tr("%1 (pid %2)")
                            .arg(index, rows->text(i, QStringLiteral("building_pid")));
    }
    if (!invalid.isEmpty()) {
        check.status = Check::Status::Fail;
        check.figure = Verifier::tr("%n invalid", nullptr, int(invalid.size()));
        check.sentence = Verifier::tr("%1 is invalid, most likely from a CREATE INDEX "
                                      "CONCURRENTLY that failed: queries do not use it but writes "
                                      "still maintain it. Drop it with DROP INDEX CONCURRENTLY and "
                                      "build it again.")
                             .arg(CheckRun::listed(invalid));
    } else if (!building.isEmpty()) {
        check.status = Check::Status::Warn;
        check.figure = Verifier::tr("%n being built", nullptr, int(building.size()));
        check.sentence = Verifier::tr("%1 is still being built; verify again when it is done.")
                             .arg(CheckRun::listed(building));
    } else {
        check.figure = Verifier::tr("none");
    }
    return check;
}

Check notValidConstraintCheck(PgConnection& connection, Check check)
{
    const auto rows = connection.exec(QString::fromLatin1(kNotValidConstraintsQuery));
    if (!rows)
        return queryFailed(check, rows.error());
    QStringList constraints;
    QStringList statements;
    for (int i = 0; i < rows->rowCount(); ++i) {
        constraints << Verifier::tr("%1 on %2")
                           .arg(rows->text(i, QStringLiteral("constraint_name")),
                                rows->text(i, QStringLiteral("table_name")));
        statements << QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;")
                          .arg(rows->text(i, QStringLiteral("table_name")),
                               rows->text(i, QStringLiteral("constraint_name")));
    }
    if (constraints.isEmpty()) {
        check.figure = Verifier::tr("none");
        return check;
    }
    check.status = Check::Status::Warn;
    check.figure = Verifier::tr("%n not validated", nullptr, int(constraints.size()));
    check.sentence = Verifier::tr("%1 checks new rows only; existing rows were never checked. "
                                  "Validate when the team is ready (it takes only a SHARE UPDATE "
                                  "EXCLUSIVE lock): %2")
                         .arg(CheckRun::listed(constraints), CheckRun::listed(statements, 3));
    return check;
}

Check smokeCheck(PgConnection& connection, const SmokeQuery& query, Check check)
{
    const auto begun = connection.exec(QString::fromLatin1(kBeginReadOnly));
    if (!begun)
        return queryFailed(check, begun.error());
    QElapsedTimer timer;
    timer.start();
    const auto rows = connection.exec(query.sql);
    const double seconds = double(timer.elapsed()) / 1000.0;
    // Also after an error: the aborted transaction must end before the next query.
    const auto ended = connection.exec(QString::fromLatin1(kRollback));
    if (!rows) {
        check.status = Check::Status::Fail;
        check.figure = Verifier::tr("error");
        check.sentence =
            rows.error().kind() == DbError::Kind::ReadOnly
                ? Verifier::tr("The query tried to change the database and was refused: smoke "
                               "queries run in a read-only transaction. Make it a SELECT.")
                : Verifier::tr("The query failed: %1").arg(rows.error().sentence());
        return check;
    }
    if (!ended)
        return queryFailed(check, ended.error());
    QString got;
    if (rows->rowCount() == 0 || rows->columnCount() == 0)
        got = Verifier::tr("(no rows)");
    else if (!rows->value(0, 0).isValid())
        got = QStringLiteral("NULL");
    else
        got = rows->value(0, 0).toString();
    if (got == query.expected) {
        check.figure = Verifier::tr("%1 as expected, in %2").arg(got, formatDuration(seconds));
    } else {
        check.status = Check::Status::Fail;
        check.figure = Verifier::tr("expected %1, got %2").arg(query.expected, got);
        check.sentence = Verifier::tr("The query read %1 where %2 was expected: the application's "
                                      "data is not as it should be after the migration.")
                             .arg(got, query.expected);
    }
    return check;
}

} // namespace

std::optional<std::vector<SmokeQuery>> Verifier::readSmokeFile(const QString& path, QString* error)
{
    return SmokeQueryFile::read(path, error);
}

std::optional<VerifyBaseline>
Verifier::latestBaseline(const QString& historyPath, const QString& server, const QString& database)
{
    HistoryStore store;
    QString error;
    if (!QFile::exists(historyPath) || !store.open(historyPath, &error))
        return std::nullopt;
    // Newest first: the newest run other than a rollback that took a "before" snapshot, then
    // that run's first one.
    const std::vector<HistoryStore::SnapshotInfo> snapshots =
        store.schemaSnapshots(server, database);
    qint64 chosenRun = 0;
    for (const HistoryStore::SnapshotInfo& info : snapshots) {
        if (info.phase != QLatin1String("before") || info.runId == 0)
            continue;
        // An unreadable history gives no baseline: the check then says it has none.
        const auto run = store.run(info.runId);
        if (!run)
            return std::nullopt;
        if (!*run || (*run)->kind == QLatin1String("rollback"))
            continue;
        chosenRun = info.runId;
        break;
    }
    for (auto it = snapshots.rbegin(); chosenRun != 0 && it != snapshots.rend(); ++it) {
        if (it->runId != chosenRun || it->phase != QLatin1String("before"))
            continue;
        const auto json = store.schemaSnapshot(it->id);
        if (!json)
            return std::nullopt;
        return VerifyBaseline{
            SchemaSnapshot::fromJson(*json),
            tr("the schema before run %1, %2 UTC")
                .arg(it->runId)
                .arg(it->takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
    }
    return std::nullopt;
}

StepResult Verifier::run(const RunbookTarget& target, const VerifyOptions& options,
                         const StepContext& context)
{
    CheckRun run(QStringLiteral("verify"), tr("Verification"), context,
                 kFixedChecks + int(options.smokeQueries.size()));

    // Connectivity: a connection of its own, timed from connect to the answer; the checks
    // below use it afterwards.
    run.begin(tr("Connecting"));
    Check connectivity = makeCheck(QStringLiteral("connectivity"), tr("Connectivity"));
    PgConnection connection;
    QElapsedTimer timer;
    timer.start();
    bool connected = false;
    if (const auto error = connection.open(target.connection.info, target.connection.password,
                                           SessionPolicy::inspection())) {
        connectivity = queryFailed(connectivity, *error);
    } else if (const auto version = connection.exec(QString::fromLatin1(kVersionQuery)); !version) {
        connectivity = queryFailed(connectivity, version.error());
    } else {
        connected = true;
        connectivity.figure = tr("PostgreSQL %1 in %2")
                                  .arg(version->text(0, QStringLiteral("short_version")),
                                       formatDuration(double(timer.elapsed()) / 1000.0));
        context.log.write(version->text(0, QStringLiteral("version")));
    }
    run.add(connectivity);

    const CancelToken::ActionScope cancelQueries(context.cancel,
                                                 [handle = connection.cancelHandle()] {
                                                     if (handle)
                                                         handle->cancel();
                                                 });
    const QString unreachable = tr("The database could not be reached (see Connectivity).");
    VerifyOptions baselined = options;
    if (!baselined.baseline && !options.historyPath.isEmpty()) {
        baselined.baseline =
            latestBaseline(options.historyPath, target.connection.info.displayName(),
                           target.connection.info.value(QStringLiteral("dbname")));
    }
    if (baselined.baseline)
        context.log.write(tr("Problems are judged against %1.").arg(baselined.baseline->label));
    struct DatabaseCheck
    {
        Check check;
        std::function<Check(PgConnection&, Check)> run;
    };
    std::vector<DatabaseCheck> databaseChecks{
        {makeCheck(QStringLiteral("pending"), tr("No migration pending")),
         [&target](PgConnection& c, Check check) { return pendingCheck(c, target, check); }},
        {makeCheck(QStringLiteral("primary_keys"), tr("Tables without a primary key")),
         [&baselined](PgConnection& c, Check check) {
             return primaryKeyCheck(c, check, baselined);
         }},
        {makeCheck(QStringLiteral("foreign_key_indexes"), tr("Foreign keys without an index")),
         [&baselined](PgConnection& c, Check check) {
             return foreignKeyIndexCheck(c, check, baselined);
         }},
        {makeCheck(QStringLiteral("invalid_indexes"), tr("Invalid indexes")), invalidIndexCheck},
        {makeCheck(QStringLiteral("not_valid_constraints"), tr("Constraints left NOT VALID")),
         notValidConstraintCheck},
    };
    for (const SmokeQuery& query : options.smokeQueries)
        databaseChecks.push_back(
            {makeCheck(QStringLiteral("smoke:") + query.name,
                       tr("Smoke query: %1").arg(query.name)),
             [&query](PgConnection& c, Check check) { return smokeCheck(c, query, check); }});
    for (const DatabaseCheck& check : databaseChecks) {
        if (run.cancelled())
            return run.finish();
        run.begin(check.check.title);
        run.add(connected ? check.run(connection, check.check)
                          : skippedCheck(check.check, unreachable));
    }
    if (run.cancelled())
        return run.finish();
    run.begin(tr("Health endpoint"));
    run.add(HealthProbe::check(options.healthUrl, options.healthTimeoutMs, context.cancel));
    if (run.cancelled())
        return run.finish();
    run.begin(tr("manage.py check"));
    run.add(DjangoCheck::run(target, connected && !connection.behindPooler()));
    return run.finish();
}

} // namespace migdesk::core
