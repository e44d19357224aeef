// SPDX-License-Identifier: GPL-3.0-or-later
// The execution step and the rollback by migrations against a real PostgreSQL and the real
// Django (/usr/bin/python3): SQL folders applied with timings and history, dry runs that change
// nothing, a lock held by another session (lock_timeout, retries, the blocker named), a cancel
// during a long statement, the server killed mid-migration, and the shop project migrated to a
// target and back, with an irreversible migration refused; each statement Django sends is timed
// by migdesk's wrapper around manage.py.
#include "../support/backgroundsession.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "runbook/backupjob.h"
#include "runbook/djangocheck.h"
#include "runbook/djangomigrateprocess.h"
#include "runbook/lockblockerwatch.h"
#include "runbook/migrationexecutor.h"
#include "runbook/migrationreverter.h"
#include "runbook/runlog.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <thread>

using namespace migdesk;
using migdesk::tests::BackgroundSession;
using migdesk::tests::TestCluster;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QString dataDir(const QString& name)
{
    return QStringLiteral(MIGDESK_SOURCE_DIR "/tests/data/") + name;
}

// The run log, the cancel token and the context a step gets, for one run.
struct Run
{
    core::RunLog log;
    core::CancelToken cancel;
    core::StepContext ctx{log, cancel};

    QString text() const { return log.lines().join(QLatin1Char('\n')); }
};

core::RunbookTarget sqlTarget(const QString& database, const QString& folder)
{
    core::RunbookTarget target;
    target.connection.info = TestCluster::start().connInfo(database);
    target.sqlFolder = folder;
    return target;
}

core::RunbookTarget djangoTarget(const QString& database, const QString& project)
{
    core::RunbookTarget target;
    target.connection.info = TestCluster::start().connInfo(database);
    target.djangoProject = project;
    target.managePy = project + QStringLiteral("/manage.py");
    target.python = kPython;
    return target;
}

core::MigrateOptions live(const QString& target = {}, const QString& runId = QStringLiteral("t"))
{
    core::MigrateOptions options;
    options.dryRun = false;
    options.target = target;
    options.runId = runId;
    return options;
}

core::RevertOptions revert(core::RevertOptions::Mode mode, const QString& target = {})
{
    core::RevertOptions options;
    options.mode = mode;
    options.target = target;
    options.runId = QStringLiteral("back");
    return options;
}

void freshDatabase(const QString& name)
{
    TestCluster::exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    TestCluster::exec(QStringLiteral("CREATE DATABASE %1").arg(name));
}

// The first column of the first row, as text; "<null>" for NULL, "<error: ...>" on failure.
QString scalar(const QString& database, const QString& sql)
{
    core::PgConnection connection;
    if (const auto error = connection.open(TestCluster::start().connInfo(database), std::nullopt,
                                           core::SessionPolicy::inspection()))
        return QStringLiteral("<error: %1>").arg(error->sentence());
    const auto result = connection.exec(sql);
    if (!result)
        return QStringLiteral("<error: %1>").arg(result.error().sentence());
    if (result->rowCount() == 0 || !result->value(0, 0).isValid())
        return QStringLiteral("<null>");
    return result->value(0, 0).toString();
}

QString historyVersions(const QString& database)
{
    return scalar(database, QStringLiteral("SELECT string_agg(version, ',' ORDER BY version) "
                                           "FROM migdesk_schema_history WHERE success"));
}

QString djangoApplied(const QString& database, const QString& app)
{
    return scalar(database,
                  QStringLiteral("SELECT coalesce(string_agg(name, ',' ORDER BY name), '') "
                                 "FROM django_migrations WHERE app = '%1'")
                      .arg(app));
}

QStringList field(const QJsonObject& details, const QString& list, const QString& key)
{
    QStringList values;
    for (const QJsonValue& v : details.value(list).toArray())
        values << v.toObject().value(key).toVariant().toString();
    return values;
}

// Polls pg_stat_activity until a backend of `applicationName` runs a statement containing
// `text`; false after 30 s.
bool waitForStatement(const QString& applicationName, const QString& text)
{
    core::PgConnection connection;
    if (connection.open(TestCluster::start().connInfo(), std::nullopt,
                        core::SessionPolicy::inspection()))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30'000) {
        const auto result = connection.exec(
            QStringLiteral("SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 "
                           "AND state = 'active' AND strpos(query, $2) > 0"),
            {applicationName, text});
        if (result && result->toInt64(0, QStringLiteral("n")) > 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

// The statements a details entry carries ("migrations" of the executor, "steps" of the reverter).
std::vector<core::StatementTiming> statementsOf(const QJsonObject& details, const QString& list,
                                                int index)
{
    std::vector<core::StatementTiming> statements;
    const QJsonObject entry = details.value(list).toArray().at(index).toObject();
    for (const QJsonValue& v : entry.value(QStringLiteral("statements")).toArray())
        statements.push_back(core::StatementTiming::fromJson(v.toObject()));
    return statements;
}

bool anyContains(const std::vector<core::StatementTiming>& statements, const QString& text)
{
    return std::any_of(statements.cbegin(), statements.cend(),
                       [&](const core::StatementTiming& t) { return t.sql.contains(text); });
}

// What a failed Django migration must have recorded: its statements, the one it failed on last
// and marked, and no other marked.
bool failedOnLast(const std::vector<core::StatementTiming>& statements, const QString& text)
{
    if (statements.empty() || !statements.back().failed || !statements.back().sql.contains(text))
        return false;
    return std::none_of(statements.cbegin(), statements.cend() - 1,
                        [](const core::StatementTiming& t) { return t.failed; });
}

QString describe(const std::vector<core::StatementTiming>& statements)
{
    QStringList lines;
    for (const core::StatementTiming& t : statements) {
        lines << QStringLiteral("%1 %2s%3%4 %5")
                     .arg(t.migration, QString::number(t.seconds),
                          t.failed ? QStringLiteral(" failed") : QString(),
                          t.summed ? QStringLiteral(" summed x%1").arg(t.count) : QString(),
                          t.sql.left(120));
    }
    return lines.join(QLatin1Char('\n'));
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(text), text.size());
}

void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.contains(QLatin1String("__pycache__")))
            continue;
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(source, target));
    }
}

} // namespace

class TestMigrate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { TestCluster::start(); }
    void cleanupTestCase() { TestCluster::stop(); }

    void applicationNameCarriesTheRunId_data()
    {
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("expected");
        QTest::addRow("no run id") << QString() << QStringLiteral("migdesk-migrate");
        QTest::addRow("run id appended") << QStringLiteral("20261125-031500")
                                         << QStringLiteral("migdesk-migrate-20261125-031500");
        QTest::addRow("cut to what the server keeps")
            << QString(60, QLatin1Char('x'))
            << QString(QStringLiteral("migdesk-migrate-") + QString(47, QLatin1Char('x')));
    }

    void applicationNameCarriesTheRunId()
    {
        QFETCH(QString, runId);
        QFETCH(QString, expected);
        core::MigrateOptions options;
        options.runId = runId;
        QCOMPARE(core::MigrationExecutor::applicationName(options), expected);
    }

    void sqlDryRunAppliesNothing()
    {
        freshDatabase(QStringLiteral("dry"));
        Run run;
        const core::StepResult result = core::MigrationExecutor::run(
            sqlTarget(QStringLiteral("dry"), dataDir(QStringLiteral("migrate_sql/ledger"))),
            core::MigrateOptions{}, run.ctx);
        QVERIFY2(result.ok(), qPrintable(result.sentence));
        QCOMPARE(result.detailsJson().value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("version")),
            (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                         QStringLiteral("4")}));
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("outcome")),
            QStringList(4, QStringLiteral("planned")));
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("rollback")),
            (QStringList{QStringLiteral("undo-file"), QStringLiteral("undo-file"),
                         QStringLiteral("undo-file"), QStringLiteral("restore")}));
        const QJsonObject first =
            result.detailsJson().value(QStringLiteral("migrations")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("sql"))
                    .toString()
                    .contains(QStringLiteral("CREATE TABLE ledger")));
        QVERIFY(!first.value(QStringLiteral("risk"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toString()
                     .isEmpty());
        QVERIFY(run.text().contains(QStringLiteral("ADD COLUMN note")));
        // Not even the history table: a dry run only reads.
        QCOMPARE(scalar(QStringLiteral("dry"),
                        QStringLiteral("SELECT to_regclass('migdesk_schema_history')")),
                 QStringLiteral("<null>"));
        QCOMPARE(scalar(QStringLiteral("dry"), QStringLiteral("SELECT to_regclass('ledger')")),
                 QStringLiteral("<null>"));
    }

    void sqlApplyWithTimingsHistoryAndUndo()
    {
        freshDatabase(QStringLiteral("applied"));
        const auto target =
            sqlTarget(QStringLiteral("applied"), dataDir(QStringLiteral("migrate_sql/ledger")));
        Run run;
        const core::StepResult result =
            core::MigrationExecutor::run(target, live(QStringLiteral("3")), run.ctx);
        QVERIFY2(result.ok(), qPrintable(result.sentence + QLatin1Char('\n') + run.text()));
        QCOMPARE(result.detailsJson().value(QStringLiteral("applied")).toInt(), 3);
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("outcome")),
            QStringList(3, QStringLiteral("applied")));
        for (const QJsonValue& m :
             result.detailsJson().value(QStringLiteral("migrations")).toArray())
            QVERIFY(m.toObject().value(QStringLiteral("seconds")).toDouble() > 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-F]+/[0-9A-F]+$"))
                    .match(result.detailsJson().value(QStringLiteral("wal_lsn_before")).toString())
                    .hasMatch());
        QVERIFY(run.text().contains(QStringLiteral("Point-in-time recovery target")));
        QVERIFY(run.text().contains(QStringLiteral("V1__create_ledger applied in")));
        QCOMPARE(historyVersions(QStringLiteral("applied")), QStringLiteral("1,2,3"));
        QCOMPARE(scalar(QStringLiteral("applied"),
                        QStringLiteral("SELECT to_regclass('ledger_amount_idx')")),
                 QStringLiteral("ledger_amount_idx"));

        // Previous: the newest version goes, through its undo file.
        const auto plan =
            core::MigrationReverter::plan(target, revert(core::RevertOptions::Mode::Previous));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().sentence()));
        QCOMPARE(plan->size(), std::size_t(1));
        QCOMPARE(plan->front().from, QStringLiteral("3"));
        QCOMPARE(plan->front().to, QStringLiteral("2"));
        QVERIFY(plan->front().sql.contains(QStringLiteral("DROP INDEX CONCURRENTLY")));
        Run back;
        const core::StepResult undone = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::Previous), back.ctx);
        QVERIFY2(undone.ok(), qPrintable(undone.sentence + QLatin1Char('\n') + back.text()));
        QCOMPARE(historyVersions(QStringLiteral("applied")), QStringLiteral("1,2"));
        QCOMPARE(scalar(QStringLiteral("applied"),
                        QStringLiteral("SELECT to_regclass('ledger_amount_idx')")),
                 QStringLiteral("<null>"));

        // To a version: everything above it, newest first.
        Run to;
        const core::StepResult toOne = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::To, QStringLiteral("1")), to.ctx);
        QVERIFY2(toOne.ok(), qPrintable(toOne.sentence));
        QCOMPARE(historyVersions(QStringLiteral("applied")), QStringLiteral("1"));
        // The typed report: the one step left (V2 back to V1), with its own start inside the step.
        const core::MigrationRunReport* reverted = toOne.migrations();
        QVERIFY(reverted);
        QCOMPARE(reverted->direction, core::MigrationRunReport::Direction::Backward);
        QCOMPARE(reverted->done(), 1);
        QCOMPARE(reverted->items.at(0).name, QStringLiteral("2"));
        QCOMPARE(reverted->items.at(0).to, QStringLiteral("1"));
        const QDateTime stepStart = toOne.started.toUTC();
        for (const core::MigrationRunReport::Item& item : reverted->items) {
            QVERIFY(item.startedAt.isValid());
            QVERIFY(item.startedAt >= stepStart.addMSecs(-2));
            QVERIFY(item.startedAt <= stepStart.addMSecs(qint64(toOne.seconds * 1000) + 2));
        }
        QCOMPARE(toOne.detailsJson()
                     .value(QStringLiteral("steps"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("started_at"))
                     .toString(),
                 reverted->items.at(0).startedAt.toString(Qt::ISODateWithMs));
        QCOMPARE(scalar(QStringLiteral("applied"),
                        QStringLiteral("SELECT count(*) FROM pg_attribute WHERE attrelid = "
                                       "'ledger'::regclass AND attname = 'note'")),
                 QStringLiteral("0"));

        // Everything again, then V4, which has no undo file, blocks the way back.
        Run again;
        const core::StepResult rest = core::MigrationExecutor::run(target, live(), again.ctx);
        QVERIFY2(rest.ok(), qPrintable(rest.sentence));
        QCOMPARE(rest.detailsJson().value(QStringLiteral("applied")).toInt(), 3);
        QCOMPARE(historyVersions(QStringLiteral("applied")), QStringLiteral("1,2,3,4"));
        const auto refused = core::MigrationReverter::plan(
            target, revert(core::RevertOptions::Mode::To, QStringLiteral("2")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().sentence().contains(QStringLiteral("restoring the backup")),
                 qPrintable(refused.error().sentence()));
        Run refusedRun;
        const core::StepResult notRun = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::Previous), refusedRun.ctx);
        QCOMPARE(notRun.outcome, core::StepResult::Outcome::Failed);
        QVERIFY(notRun.sentence.contains(QStringLiteral("U4")));
        QCOMPARE(historyVersions(QStringLiteral("applied")), QStringLiteral("1,2,3,4"));
    }

    void sqlFolderThatDriftedIsRefused()
    {
        freshDatabase(QStringLiteral("drift"));
        QTemporaryDir folder;
        copyTree(dataDir(QStringLiteral("migrate_sql/ledger")), folder.path());
        const auto target = sqlTarget(QStringLiteral("drift"), folder.path());
        Run first;
        QVERIFY(core::MigrationExecutor::run(target, live(QStringLiteral("1")), first.ctx).ok());
        QFile v1(folder.filePath(QStringLiteral("V1__create_ledger.sql")));
        QVERIFY(v1.open(QIODevice::Append));
        v1.write("-- edited after it ran\n");
        v1.close();
        for (const bool dryRun : {true, false}) {
            Run run;
            core::MigrateOptions options = live();
            options.dryRun = dryRun;
            const core::StepResult result = core::MigrationExecutor::run(target, options, run.ctx);
            QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
            QVERIFY2(result.sentence.contains(QStringLiteral("changed after it was applied")),
                     qPrintable(result.sentence));
        }
        QCOMPARE(historyVersions(QStringLiteral("drift")), QStringLiteral("1"));
    }

    void lockHeldByAnotherSessionIsRetriedThenNamed()
    {
        freshDatabase(QStringLiteral("locked"));
        const auto target =
            sqlTarget(QStringLiteral("locked"), dataDir(QStringLiteral("migrate_sql/ledger")));
        Run setup;
        QVERIFY(core::MigrationExecutor::run(target, live(QStringLiteral("1")), setup.ctx).ok());

        BackgroundSession reader(TestCluster::start().connInfo(QStringLiteral("locked")),
                                 "ledger-report");
        reader.run("BEGIN");
        reader.run("SELECT count(*) FROM ledger");
        core::MigrateOptions options = live(QStringLiteral("2"));
        options.policy.lockTimeoutMs = 200;
        options.policy.retryDelayMs = 100;
        options.policy.lockRetries = 2;
        // A third session queues behind the waiting migration: the pile-up the history records.
        BackgroundSession queued(TestCluster::start().connInfo(QStringLiteral("locked")),
                                 "ledger-queued");
        std::thread pileUp([&] {
            if (waitForStatement(core::MigrationExecutor::applicationName(options),
                                 QStringLiteral("ALTER TABLE")))
                queued.send("SELECT count(*) FROM ledger");
        });
        Run run;
        const core::StepResult result = core::MigrationExecutor::run(target, options, run.ctx);
        pileUp.join();
        reader.run("ROLLBACK");
        QCOMPARE(queued.finish(), QString());

        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        const QString blocker =
            QStringLiteral("pid %1 (user postgres, application ledger-report").arg(reader.pid());
        QVERIFY2(result.sentence.contains(blocker), qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(QStringLiteral("on public.ledger")),
                 qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(QStringLiteral("in 3 attempt")),
                 qPrintable(result.sentence));
        QVERIFY(run.text().contains(QStringLiteral("Retry 1 of 2")));
        QVERIFY(run.text().contains(QStringLiteral("Retry 2 of 2")));
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("retries")),
            QStringList{QStringLiteral("2")});
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("outcome")),
            QStringList{QStringLiteral("failed")});
        QCOMPARE(historyVersions(QStringLiteral("locked")), QStringLiteral("1"));
        // Three attempts of 200 ms each waited for the lock, sampled every 50 ms.
        const double lockWait = field(result.detailsJson(), QStringLiteral("migrations"),
                                      QStringLiteral("lock_wait_seconds"))
                                    .value(0)
                                    .toDouble();
        QVERIFY2(lockWait >= 0.2, qPrintable(QString::number(lockWait)));
        QCOMPARE(field(result.detailsJson(), QStringLiteral("migrations"),
                       QStringLiteral("max_blocked")),
                 QStringList{QStringLiteral("1")});

        // Without the blocker the same migration goes through.
        Run retry;
        const core::StepResult after = core::MigrationExecutor::run(target, options, retry.ctx);
        QVERIFY2(after.ok(), qPrintable(after.sentence));
        QCOMPARE(historyVersions(QStringLiteral("locked")), QStringLiteral("1,2"));
    }

    // When the wait itself was not seen, the sessions holding a lock that conflicts with one the
    // migration's SQL needs are named, and only those.
    void holdersOfConflictingLocks_data()
    {
        QTest::addColumn<QByteArray>("held");
        QTest::addColumn<QString>("migration");
        QTest::addColumn<bool>("named");
        QTest::addRow("a reader blocks ADD COLUMN")
            << QByteArray("SELECT count(*) FROM ledger")
            << QStringLiteral("ALTER TABLE ledger ADD COLUMN note text;") << true;
        QTest::addRow("a reader does not block CREATE INDEX CONCURRENTLY")
            << QByteArray("SELECT count(*) FROM ledger")
            << QStringLiteral("CREATE INDEX CONCURRENTLY ledger_amount ON ledger (amount_cents);")
            << false;
        QTest::addRow("a writer blocks CREATE INDEX")
            << QByteArray("UPDATE ledger SET amount_cents = amount_cents")
            << QStringLiteral("CREATE INDEX ledger_amount ON ledger (amount_cents);") << true;
        QTest::addRow("another table is no blocker")
            << QByteArray("SELECT count(*) FROM ledger")
            << QStringLiteral("ALTER TABLE ledger_archive ADD COLUMN note text;") << false;
    }

    void holdersOfConflictingLocks()
    {
        QFETCH(QByteArray, held);
        QFETCH(QString, migration);
        QFETCH(bool, named);
        freshDatabase(QStringLiteral("holders"));
        TestCluster::exec(
            QStringLiteral("CREATE TABLE ledger (id int PRIMARY KEY, amount_cents bigint);"
                           "CREATE TABLE ledger_archive (id int PRIMARY KEY);"
                           "INSERT INTO ledger VALUES (1, 100);"),
            QStringLiteral("holders"));
        BackgroundSession other(TestCluster::start().connInfo(QStringLiteral("holders")),
                                "ledger-job");
        other.run("BEGIN");
        other.run(held.constData());
        core::ConnectionTarget target;
        target.info = TestCluster::start().connInfo(QStringLiteral("holders"));
        const QString holders =
            core::LockBlockerWatch::holders(target, migration, QStringLiteral("migdesk-migrate-x"));
        other.run("ROLLBACK");
        QCOMPARE(
            holders.contains(
                QStringLiteral("pid %1 (user postgres, application ledger-job").arg(other.pid())),
            named);
        if (named)
            QVERIFY2(holders.contains(QStringLiteral("on public.ledger")), qPrintable(holders));
    }

    void cancelStopsALongStatement()
    {
        freshDatabase(QStringLiteral("cancelled"));
        const auto target =
            sqlTarget(QStringLiteral("cancelled"), dataDir(QStringLiteral("migrate_sql/slow")));
        const core::MigrateOptions options = live({}, QStringLiteral("cancel"));
        Run run;
        std::atomic<qint64> cancelledAt{0};
        std::thread canceller([&] {
            if (waitForStatement(core::MigrationExecutor::applicationName(options),
                                 QStringLiteral("pg_sleep"))) {
                cancelledAt = QDateTime::currentMSecsSinceEpoch();
                run.cancel.cancel();
            }
        });
        const core::StepResult result = core::MigrationExecutor::run(target, options, run.ctx);
        const qint64 returnedAt = QDateTime::currentMSecsSinceEpoch();
        canceller.join();
        QVERIFY2(cancelledAt > 0, "the slow statement was never seen running");
        QVERIFY2(returnedAt - cancelledAt < 3'000,
                 qPrintable(QString::number(returnedAt - cancelledAt)));
        QCOMPARE(result.outcome, core::StepResult::Outcome::Cancelled);
        QVERIFY2(result.sentence.contains(QStringLiteral("V2__slow_backfill")),
                 qPrintable(result.sentence));
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("outcome")),
            (QStringList{QStringLiteral("applied"), QStringLiteral("cancelled")}));
        QCOMPARE(scalar(QStringLiteral("cancelled"),
                        QStringLiteral("SELECT to_regclass('audit_archive')")),
                 QStringLiteral("<null>"));
        QCOMPARE(historyVersions(QStringLiteral("cancelled")), QStringLiteral("1"));
    }

    // Each statement Django sends while it applies or unapplies a migration, as migdesk's
    // wrapper around manage.py times it: for the right migration, with the SQL the migration
    // runs, never a parameter's value, at most a thousand listed, the failing one last.
    void djangoStatementsAreTimed_data()
    {
        QTest::addColumn<QStringList>("setup");      // "app:name" run first, in this order
        QTest::addColumn<QString>("migrate");        // the run under test
        QTest::addColumn<QStringList>("migrations"); // the labels recorded, in order
        QTest::addColumn<QString>("contains");       // in a statement (the failed one if any)
        QTest::addColumn<QString>("absent");         // in no statement
        QTest::addColumn<bool>("fails");
        QTest::addColumn<int>("minimumSummed"); // 0: no summed row

        QTest::addRow("CreateModel applied")
            << QStringList() << QStringLiteral("catalog:0001_initial")
            << QStringList{QStringLiteral("catalog.0001_initial")}
            << QStringLiteral("CREATE TABLE \"catalog_product\"") << QString() << false << 0;
        QTest::addRow("AddField applied")
            << QStringList{QStringLiteral("catalog:0001_initial")}
            << QStringLiteral("catalog:0002_product_price")
            << QStringList{QStringLiteral("catalog.0002_product_price")}
            << QStringLiteral("ALTER TABLE \"catalog_product\" ADD COLUMN \"price_cents\"")
            << QString() << false << 0;
        // fill_titles() runs filter(title="").update(title="untitled"): the UPDATE is listed
        // with its placeholders, and its values are data, which stay out.
        QTest::addRow("RunPython's ORM statement without its values")
            << QStringList{QStringLiteral("catalog:0002_product_price")}
            << QStringLiteral("catalog:0003_product_title_text")
            << QStringList{QStringLiteral("catalog.0003_product_title_text")}
            << QStringLiteral("UPDATE \"catalog_product\" SET \"title\" = %s")
            << QStringLiteral("untitled") << false << 0;
        QTest::addRow("AddField unapplied")
            << QStringList{QStringLiteral("catalog:0002_product_price")}
            << QStringLiteral("catalog:0001_initial")
            << QStringList{QStringLiteral("catalog.0002_product_price")}
            << QStringLiteral("ALTER TABLE \"catalog_product\" DROP COLUMN \"price_cents\"")
            << QString() << false << 0;
        QTest::addRow("app unapplied to zero")
            << QStringList{QStringLiteral("shipping:0001_initial")}
            << QStringLiteral("shipping:zero")
            << QStringList{QStringLiteral("shipping.0001_initial")}
            << QStringLiteral("DROP INDEX shipping_parcel_weight") << QString() << false << 0;
        // 1005 SELECTs, then Django's bookkeeping (the INSERT into django_migrations and the
        // lookup before it): 1000 listed, the rest, at least 6, summed into one row.
        QTest::addRow("beyond a thousand statements summed")
            << QStringList{QStringLiteral("shipping:0001_initial")}
            << QStringLiteral("shipping:0002_many_statements")
            << QStringList{QStringLiteral("shipping.0002_many_statements")}
            << QStringLiteral("SELECT 999") << QStringLiteral("SELECT 1000") << false << 6;
        QTest::addRow("failing statement marked and last")
            << QStringList{QStringLiteral("shipping:0002_many_statements")}
            << QStringLiteral("shipping:0003_broken")
            << QStringList{QStringLiteral("shipping.0003_broken")}
            << QStringLiteral("ALTER TABLE shipping_missing") << QString() << true << 0;
    }

    void djangoStatementsAreTimed()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, migrate);
        QFETCH(QStringList, migrations);
        QFETCH(QString, contains);
        QFETCH(QString, absent);
        QFETCH(bool, fails);
        QFETCH(int, minimumSummed);

        freshDatabase(QStringLiteral("shop_timed"));
        QTemporaryDir project;
        copyTree(dataDir(QStringLiteral("shop")), project.path());
        writeFile(project.filePath(QStringLiteral("shipping/migrations/0002_many_statements.py")),
                  "from django.db import migrations\n\n\n"
                  "class Migration(migrations.Migration):\n"
                  "    dependencies = [(\"shipping\", \"0001_initial\")]\n"
                  "    operations = [migrations.RunSQL([\"SELECT %d\" % i for i in range(1005)],\n"
                  "                                    migrations.RunSQL.noop)]\n");
        writeFile(project.filePath(QStringLiteral("shipping/migrations/0003_broken.py")),
                  "from django.db import migrations\n\n\n"
                  "class Migration(migrations.Migration):\n"
                  "    dependencies = [(\"shipping\", \"0002_many_statements\")]\n"
                  "    operations = [migrations.RunSQL([\n"
                  "        \"CREATE TABLE shipping_label (id bigint)\",\n"
                  "        \"ALTER TABLE shipping_missing ADD COLUMN note text\",\n"
                  "    ], migrations.RunSQL.noop)]\n");
        const auto target = djangoTarget(QStringLiteral("shop_timed"), project.path());
        const auto django = [&](const QString& key, Run& run) {
            return core::DjangoMigrateProcess::run(
                target, {key.section(QLatin1Char(':'), 0, 0), key.section(QLatin1Char(':'), 1)},
                QStringLiteral("migdesk-migrate-timed"), core::WritePolicy{}, run.ctx);
        };
        for (const QString& key : setup) {
            Run run;
            const core::MigrationAttempt done = django(key, run);
            QVERIFY2(done.kind == core::MigrationAttempt::Kind::Succeeded,
                     qPrintable(key + QLatin1Char('\n') + run.text()));
        }

        Run run;
        const core::MigrationAttempt attempt = django(migrate, run);
        const std::vector<core::StatementTiming>& statements = attempt.statements;
        // The statements first: QTest cuts long messages.
        const QByteArray listing =
            (describe(statements) + QStringLiteral("\n--\n") + run.text()).toUtf8();
        QCOMPARE(attempt.kind, fails ? core::MigrationAttempt::Kind::Failed
                                     : core::MigrationAttempt::Kind::Succeeded);
        QVERIFY2(run.text().contains(QStringLiteral("through migdesk's wrapper")),
                 listing.constData());
        QVERIFY2(!statements.empty(), listing.constData());

        QStringList labels;
        int listed = 0;
        for (const core::StatementTiming& t : statements) {
            if (labels.isEmpty() || labels.last() != t.migration)
                labels << t.migration;
            QVERIFY2(std::isfinite(t.seconds) && t.seconds >= 0, listing.constData());
            QCOMPARE(t.line, 0);
            if (!t.summed) {
                ++listed;
                QVERIFY2(!t.sql.isEmpty(), listing.constData());
            }
            if (!absent.isEmpty())
                QVERIFY2(!t.sql.contains(absent), listing.constData());
        }
        QCOMPARE(labels, migrations);
        QVERIFY2(anyContains(statements, contains), listing.constData());
        if (fails) {
            QVERIFY2(failedOnLast(statements, contains), listing.constData());
            QVERIFY2(anyContains(statements, QStringLiteral("CREATE TABLE shipping_label")),
                     listing.constData());
        } else {
            QVERIFY2(std::none_of(statements.cbegin(), statements.cend(),
                                  [](const core::StatementTiming& t) { return t.failed; }),
                     listing.constData());
        }
        const auto summed = std::count_if(statements.cbegin(), statements.cend(),
                                          [](const core::StatementTiming& t) { return t.summed; });
        if (minimumSummed > 0) {
            QCOMPARE(int(summed), 1);
            QCOMPARE(listed, core::StatementTiming::kListedPerMigration);
            QVERIFY2(statements.back().summed && statements.back().count >= minimumSummed &&
                         statements.back().sql.isEmpty(),
                     listing.constData());
        } else {
            QCOMPARE(int(summed), 0);
        }
    }

    // Through the wrapper manage.py fails as it would on its own: the same last line, no frame
    // of the wrapper in the traceback, nothing recorded (without Django there is nothing to
    // hook, and the wrapper stays out of the way).
    void djangoErrorsPassThroughTheWrapper_data()
    {
        QTest::addColumn<QString>("pythonOptions");
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QString>("reason");
        QTest::addRow("Django not importable")
            << QStringLiteral("-S") << QStringLiteral("0001_initial")
            << QStringLiteral("ModuleNotFoundError: No module named 'django'");
        QTest::addRow("unknown migration")
            << QString() << QStringLiteral("0099_missing")
            << QStringLiteral("CommandError: Cannot find a migration matching '0099_missing' "
                              "from app 'catalog'.");
    }

    void djangoErrorsPassThroughTheWrapper()
    {
        QFETCH(QString, pythonOptions);
        QFETCH(QString, migration);
        QFETCH(QString, reason);
        freshDatabase(QStringLiteral("shop_errors"));
        QTemporaryDir project;
        copyTree(dataDir(QStringLiteral("shop")), project.path());
        auto target = djangoTarget(QStringLiteral("shop_errors"), project.path());
        // -S leaves out site-packages, and with them Django: a project whose interpreter lacks it.
        target.python = project.filePath(QStringLiteral("python"));
        writeFile(
            target.python,
            QStringLiteral("#!/bin/sh\nexec %1 %2 \"$@\"\n").arg(kPython, pythonOptions).toUtf8());
        QVERIFY(QFile::setPermissions(target.python, QFile::ReadOwner | QFile::ExeOwner));
        Run run;
        const core::MigrationAttempt attempt = core::DjangoMigrateProcess::run(
            target, {QStringLiteral("catalog"), migration}, QStringLiteral("migdesk-migrate-err"),
            core::WritePolicy{}, run.ctx);
        QCOMPARE(attempt.kind, core::MigrationAttempt::Kind::Failed);
        QVERIFY2(attempt.reason == reason,
                 qPrintable(attempt.reason + QLatin1Char('\n') + run.text()));
        QVERIFY2(run.text().contains(QStringLiteral("through migdesk's wrapper")),
                 qPrintable(run.text()));
        QVERIFY2(!run.text().contains(QStringLiteral("djangostatementtimer")),
                 qPrintable(run.text()));
        QVERIFY2(attempt.statements.empty(), qPrintable(describe(attempt.statements)));
    }

    // The project's settings read DATABASE_URL, which names another database than the one
    // migdesk was given and checked: Django would migrate that one. Both a migrate and a
    // rollback are refused before Django runs a single migration; neither database changes.
    void djangoSettingsPointingElsewhereAreRefused()
    {
        freshDatabase(QStringLiteral("shop_confirmed"));
        freshDatabase(QStringLiteral("shop_elsewhere"));
        QTemporaryDir project;
        copyTree(dataDir(QStringLiteral("shop")), project.path());
        const auto target = djangoTarget(QStringLiteral("shop_confirmed"), project.path());
        {
            Run setup;
            const core::MigrationAttempt first = core::DjangoMigrateProcess::run(
                target, {QStringLiteral("catalog"), QStringLiteral("0001_initial")},
                QStringLiteral("migdesk-migrate-setup"), core::WritePolicy{}, setup.ctx);
            QVERIFY2(first.kind == core::MigrationAttempt::Kind::Succeeded,
                     qPrintable(setup.text()));
        }
        const QString applied = scalar(QStringLiteral("shop_confirmed"),
                                       QStringLiteral("SELECT count(*) FROM django_migrations"));
        const QString settings = project.filePath(QStringLiteral("shop/settings.py"));
        QFile file(settings);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QString name = QStringLiteral("\"NAME\": os.environ.get(\"PGDATABASE\", \"shop\"),");
        QVERIFY(text.contains(name));
        text.replace(name,
                     QStringLiteral("\"NAME\": os.environ[\"DATABASE_URL\"].rsplit(\"/\", 1)[1],"));
        writeFile(settings, text.toUtf8());
        qputenv("DATABASE_URL", "postgres://postgres@localhost/shop_elsewhere");
        const auto unset = qScopeGuard([] { qunsetenv("DATABASE_URL"); });

        Run run;
        const core::StepResult migrated = core::MigrationExecutor::run(target, live(), run.ctx);
        QCOMPARE(migrated.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(migrated.sentence.contains(
                     QStringLiteral("Django's own connection reaches database shop_elsewhere")) &&
                     migrated.sentence.contains(QStringLiteral("not shop_confirmed")),
                 qPrintable(migrated.sentence));
        Run back;
        core::RevertOptions options =
            revert(core::RevertOptions::Mode::To, QStringLiteral("catalog:zero"));
        const core::StepResult reverted = core::MigrationReverter::run(target, options, back.ctx);
        QCOMPARE(reverted.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(reverted.sentence.contains(
                     QStringLiteral("Django's own connection reaches database shop_elsewhere")),
                 qPrintable(reverted.sentence + QLatin1Char('\n') + back.text()));
        QCOMPARE(scalar(QStringLiteral("shop_confirmed"),
                        QStringLiteral("SELECT count(*) FROM django_migrations")),
                 applied);
        QCOMPARE(
            scalar(QStringLiteral("shop_elsewhere"),
                   QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
            QStringLiteral("0"));
    }

    // The commands migdesk runs through manage.py only to read (the plan, sqlmigrate, check)
    // open Django's sessions read-only on a direct connection, so a project's own start-up code
    // cannot write through them; the migrate itself still writes. The project records
    // default_transaction_read_only from each session Django opens (connection_created).
    void djangoInspectionSessionsAreReadOnly()
    {
        freshDatabase(QStringLiteral("shop_readonly"));
        QTemporaryDir project;
        copyTree(dataDir(QStringLiteral("shop")), project.path());
        const QString settings = project.filePath(QStringLiteral("shop/settings.py"));
        QFile file(settings);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\nfrom django.db.backends.signals import connection_created\n\n\n"
                   "def _record_read_only(sender, connection, **kwargs):\n"
                   "    with connection.cursor() as cursor:\n"
                   "        cursor.execute(\"SHOW default_transaction_read_only\")\n"
                   "        value = cursor.fetchone()[0]\n"
                   "    with open(os.environ[\"SHOP_SESSION_LOG\"], \"a\") as log:\n"
                   "        log.write(value + \"\\n\")\n\n\n"
                   "connection_created.connect(_record_read_only)\n");
        file.close();
        const QString sessions = project.filePath(QStringLiteral("sessions.txt"));
        qputenv("SHOP_SESSION_LOG", sessions.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("SHOP_SESSION_LOG"); });
        const auto recorded = [&sessions] {
            QFile log(sessions);
            if (!log.open(QIODevice::ReadOnly))
                return QStringList{};
            const QStringList lines =
                QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            log.close();
            log.remove();
            return lines;
        };
        const auto target = djangoTarget(QStringLiteral("shop_readonly"), project.path());

        Run dry;
        const core::StepResult planned =
            core::MigrationExecutor::run(target, core::MigrateOptions{}, dry.ctx);
        QVERIFY2(planned.ok(), qPrintable(planned.sentence + QLatin1Char('\n') + dry.text()));
        const QStringList planSessions = recorded();
        QVERIFY2(!planSessions.isEmpty() &&
                     planSessions.count(QStringLiteral("on")) == planSessions.size(),
                 qPrintable(planSessions.join(QLatin1Char(','))));

        const core::Check checked = core::DjangoCheck::run(target, true);
        QVERIFY2(checked.status == core::Check::Status::Pass,
                 qPrintable(checked.figure + QLatin1Char(' ') + checked.sentence));
        const QStringList checkSessions = recorded();
        QVERIFY2(checkSessions.count(QStringLiteral("on")) == checkSessions.size(),
                 qPrintable(checkSessions.join(QLatin1Char(','))));

        Run apply;
        const core::StepResult applied =
            core::MigrationExecutor::run(target, live(QStringLiteral("catalog:0001")), apply.ctx);
        QVERIFY2(applied.ok(), qPrintable(applied.sentence + QLatin1Char('\n') + apply.text()));
        QVERIFY2(recorded().contains(QStringLiteral("off")), qPrintable(apply.text()));
        QCOMPARE(djangoApplied(QStringLiteral("shop_readonly"), QStringLiteral("catalog")),
                 QStringLiteral("0001_initial"));
    }

    // A host list whose first server is a standby, with target_session_attrs=read-write:
    // migdesk's connection reaches the primary, and so must pg_dump (which imports migdesk's
    // snapshot) and Django's own connection, through the keywords they are given.
    void childrenReachTheServerMigdeskReaches()
    {
        freshDatabase(QStringLiteral("shop_hosts"));
        TestCluster::exec(QStringLiteral("CREATE TABLE only_on_the_primary AS SELECT 1 AS id"),
                          QStringLiteral("shop_hosts"));
        // A hot standby needs the WAL level of one from its first start.
        core::ThrowawayCluster standby(core::ThrowawayCluster::Options{
            QStringLiteral("tst_migrate_standby"),
            false,
            {QStringLiteral("wal_level=replica"), QStringLiteral("max_wal_senders=2")}});
        QString error;
        QVERIFY2(standby.start(&error), qPrintable(error));
        QVERIFY2(standby.execute(QStringLiteral("CREATE DATABASE shop_hosts"), &error),
                 qPrintable(error));
        standby.stop();
        QFile signal(standby.dataDir() + QStringLiteral("/standby.signal"));
        QVERIFY(signal.open(QIODevice::WriteOnly));
        signal.close();
        QVERIFY2(standby.restart(&error), qPrintable(error));
        QVERIFY2(!standby.execute(QStringLiteral("CREATE TABLE written (id int)"), &error,
                                  QStringLiteral("shop_hosts")),
                 "the standby took a write");

        const core::ConnInfo primary = TestCluster::start().connInfo(QStringLiteral("shop_hosts"));
        const auto hosts = core::ConnInfo::parse(
            QStringLiteral("host=%1,%2 port=%3,%4 user=postgres dbname=shop_hosts "
                           "target_session_attrs=read-write")
                .arg(standby.socketDir(), primary.value(QStringLiteral("host")))
                .arg(standby.port())
                .arg(primary.value(QStringLiteral("port"))),
            &error);
        QVERIFY2(hosts, qPrintable(error));
        QTemporaryDir project;
        copyTree(dataDir(QStringLiteral("shop")), project.path());
        core::RunbookTarget target = djangoTarget(QStringLiteral("shop_hosts"), project.path());
        target.connection.info = *hosts;

        QTemporaryDir backups;
        core::BackupOptions options;
        options.directory = backups.path();
        Run backup;
        const core::StepResult backedUp = core::BackupJob::run(target, options, backup.ctx);
        QVERIFY2(backedUp.ok(), qPrintable(backedUp.sentence + QLatin1Char('\n') + backup.text()));
        QVERIFY2(backup.text().contains(QStringLiteral("only_on_the_primary")),
                 qPrintable(backup.text()));

        Run apply;
        const core::StepResult applied =
            core::MigrationExecutor::run(target, live(QStringLiteral("catalog:0001")), apply.ctx);
        QVERIFY2(applied.ok(), qPrintable(applied.sentence + QLatin1Char('\n') + apply.text()));
        QCOMPARE(djangoApplied(QStringLiteral("shop_hosts"), QStringLiteral("catalog")),
                 QStringLiteral("0001_initial"));
    }

    void djangoApplyToTargetAndBack()
    {
        freshDatabase(QStringLiteral("shop_migrate"));
        QTemporaryDir project;
        copyTree(dataDir(QStringLiteral("shop")), project.path());
        const auto target = djangoTarget(QStringLiteral("shop_migrate"), project.path());

        // Dry run: Django's plan with each migration's SQL, nothing applied.
        Run dry;
        const core::StepResult planned =
            core::MigrationExecutor::run(target, core::MigrateOptions{}, dry.ctx);
        QVERIFY2(planned.ok(), qPrintable(planned.sentence + QLatin1Char('\n') + dry.text()));
        QCOMPARE(field(planned.detailsJson(), QStringLiteral("migrations"), QStringLiteral("name")),
                 (QStringList{QStringLiteral("0001_initial"),
                              QStringLiteral("0001_squashed_0003_order_tidy"),
                              QStringLiteral("0001_initial"), QStringLiteral("0002_product_price"),
                              QStringLiteral("0003_product_title_text"),
                              QStringLiteral("0004_product_archived_title_idx")}));
        QCOMPARE(
            field(planned.detailsJson(), QStringLiteral("migrations"), QStringLiteral("rollback")),
            (QStringList{QStringLiteral("django-backwards"), QStringLiteral("django-backwards"),
                         QStringLiteral("django-backwards"), QStringLiteral("django-backwards"),
                         QStringLiteral("restore"), QStringLiteral("django-backwards")}));
        const QStringList sql =
            field(planned.detailsJson(), QStringLiteral("migrations"), QStringLiteral("sql"));
        QVERIFY2(sql.first().contains(QStringLiteral("CREATE TABLE \"catalog_product\"")),
                 qPrintable(sql.first()));
        QCOMPARE(scalar(QStringLiteral("shop_migrate"),
                        QStringLiteral("SELECT to_regclass('django_migrations')")),
                 QStringLiteral("<null>"));

        // To a target: only what it needs, in Django's order, each through manage.py.
        Run toTarget;
        const core::StepResult partial = core::MigrationExecutor::run(
            target, live(QStringLiteral("catalog:0002")), toTarget.ctx);
        QVERIFY2(partial.ok(), qPrintable(partial.sentence + QLatin1Char('\n') + toTarget.text()));
        QCOMPARE(
            field(partial.detailsJson(), QStringLiteral("migrations"), QStringLiteral("name")),
            (QStringList{QStringLiteral("0001_initial"), QStringLiteral("0002_product_price")}));
        QVERIFY(toTarget.text().contains(
            QStringLiteral("manage.py:   Applying catalog.0002_product_price... OK")));
        QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("catalog")),
                 QStringLiteral("0001_initial,0002_product_price"));
        QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("sales")), QString());
        // Each migration's statements, as Django sent them through migdesk's wrapper.
        const auto created = statementsOf(partial.detailsJson(), QStringLiteral("migrations"), 0);
        QVERIFY2(!created.empty() &&
                     created.front().migration == QStringLiteral("catalog.0001_initial"),
                 qPrintable(describe(created)));
        QVERIFY2(anyContains(created, QStringLiteral("CREATE TABLE \"catalog_product\"")),
                 qPrintable(describe(created)));
        const auto added = statementsOf(partial.detailsJson(), QStringLiteral("migrations"), 1);
        QVERIFY2(!added.empty() &&
                     added.front().migration == QStringLiteral("catalog.0002_product_price"),
                 qPrintable(describe(added)));
        QVERIFY2(anyContains(added, QStringLiteral("ADD COLUMN \"price_cents\"")),
                 qPrintable(describe(added)));
        for (const auto& t : created)
            QVERIFY(!t.failed && t.seconds >= 0);
        QVERIFY(
            toTarget.text().contains(QStringLiteral("Slowest statement of catalog.0001_initial")));

        // Django's own connection waits for the lock too, and the blocker is named from it.
        {
            BackgroundSession reader(TestCluster::start().connInfo(QStringLiteral("shop_migrate")),
                                     "catalog-report");
            reader.run("BEGIN");
            reader.run("SELECT count(*) FROM catalog_product");
            core::MigrateOptions options =
                live(QStringLiteral("catalog:0003"), QStringLiteral("dj"));
            options.policy.lockTimeoutMs = 300;
            options.policy.retryDelayMs = 100;
            options.policy.lockRetries = 1;
            Run locked;
            const core::StepResult result =
                core::MigrationExecutor::run(target, options, locked.ctx);
            reader.run("ROLLBACK");
            QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
            QVERIFY2(result.sentence.contains(QStringLiteral("pid %1 ").arg(reader.pid())),
                     qPrintable(result.sentence + QLatin1Char('\n') + locked.text()));
            QVERIFY2(result.sentence.contains(QStringLiteral("public.catalog_product")),
                     qPrintable(result.sentence));
            QVERIFY(locked.text().contains(QStringLiteral("Retry 1 of 1")));
            // The last attempt's ALTER is the statement that waited and failed.
            const auto waited = statementsOf(result.detailsJson(), QStringLiteral("migrations"), 0);
            QVERIFY2(failedOnLast(waited, QStringLiteral("ALTER TABLE \"catalog_product\"")),
                     qPrintable(describe(waited)));
            QCOMPARE(waited.back().migration, QStringLiteral("catalog.0003_product_title_text"));
            QVERIFY2(waited.back().seconds >= 0.2, qPrintable(describe(waited)));
            QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("catalog")),
                     QStringLiteral("0001_initial,0002_product_price"));
        }

        // The rest.
        Run rest;
        const core::StepResult all = core::MigrationExecutor::run(target, live(), rest.ctx);
        QVERIFY2(all.ok(), qPrintable(all.sentence + QLatin1Char('\n') + rest.text()));
        QCOMPARE(all.detailsJson().value(QStringLiteral("applied")).toInt(), 4);
        QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("catalog")),
                 QStringLiteral("0001_initial,0002_product_price,0003_product_title_text,"
                                "0004_product_archived_title_idx"));

        // Previous for every app of the project: latest first, each one step back.
        const auto everyApp =
            core::MigrationReverter::plan(target, revert(core::RevertOptions::Mode::Previous));
        QVERIFY2(everyApp, everyApp ? "" : qPrintable(everyApp.error().sentence()));
        QStringList steps;
        for (const auto& step : *everyApp)
            steps << step.app + QLatin1Char(':') + step.from + QStringLiteral("->") + step.to;
        QCOMPARE(
            steps,
            (QStringList{
                QStringLiteral("catalog:0004_product_archived_title_idx->0003_product_title_text"),
                QStringLiteral("shipping:0001_initial->zero"),
                QStringLiteral("sales:0001_squashed_0003_order_tidy->zero")}));
        QVERIFY(everyApp->front().sql.contains(
            QStringLiteral("-- Unapply catalog.0004_product_archived_title_idx")));
        QVERIFY(everyApp->front().sql.contains(QStringLiteral("DROP INDEX")));

        // Previous for one app.
        Run back;
        const core::StepResult previous = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::Previous, QStringLiteral("catalog")),
            back.ctx);
        QVERIFY2(previous.ok(), qPrintable(previous.sentence + QLatin1Char('\n') + back.text()));
        QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("catalog")),
                 QStringLiteral("0001_initial,0002_product_price,0003_product_title_text"));
        QVERIFY(back.text().contains(
            QStringLiteral("Unapplying catalog.0004_product_archived_title_idx... OK")));
        const auto unapplied = statementsOf(previous.detailsJson(), QStringLiteral("steps"), 0);
        QVERIFY2(!unapplied.empty() &&
                     unapplied.front().migration ==
                         QStringLiteral("catalog.0004_product_archived_title_idx"),
                 qPrintable(describe(unapplied)));
        QVERIFY2(
            anyContains(unapplied, QStringLiteral("DROP INDEX IF EXISTS \"catalog_title_idx\"")),
            qPrintable(describe(unapplied)));
        QVERIFY2(anyContains(unapplied, QStringLiteral("DROP COLUMN \"archived\"")),
                 qPrintable(describe(unapplied)));

        // Once more would unapply RunPython without reverse_code: refused, pointing to the restore.
        Run irreversible;
        const core::StepResult refused = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::Previous, QStringLiteral("catalog")),
            irreversible.ctx);
        QCOMPARE(refused.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(refused.sentence.contains(QStringLiteral("catalog.0003_product_title_text")),
                 qPrintable(refused.sentence));
        QVERIFY2(refused.sentence.contains(QStringLiteral("RunPython")),
                 qPrintable(refused.sentence));
        QVERIFY2(refused.sentence.contains(QStringLiteral("restoring the backup")),
                 qPrintable(refused.sentence));
        QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("catalog")),
                 QStringLiteral("0001_initial,0002_product_price,0003_product_title_text"));

        // To APP:zero, then a migration that is not applied is no rollback target.
        Run zero;
        const core::StepResult shipping = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::To, QStringLiteral("shipping:zero")),
            zero.ctx);
        QVERIFY2(shipping.ok(), qPrintable(shipping.sentence + QLatin1Char('\n') + zero.text()));
        QCOMPARE(djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("shipping")),
                 QString());
        QCOMPARE(scalar(QStringLiteral("shop_migrate"),
                        QStringLiteral("SELECT to_regclass('shipping_parcel')")),
                 QStringLiteral("<null>"));
        const auto forwards = core::MigrationReverter::plan(
            target, revert(core::RevertOptions::Mode::To, QStringLiteral("shipping:0001")));
        QVERIFY(!forwards);
        QVERIFY2(forwards.error().sentence().contains(QStringLiteral("not applied")),
                 qPrintable(forwards.error().sentence()));

        // Cancel while Django runs a long statement: pg_cancel_backend() on its backend, and
        // the migration's transaction is gone with it.
        QFile slow(project.filePath(QStringLiteral("orders/migrations/0004_slow_audit.py")));
        QVERIFY(slow.open(QIODevice::WriteOnly));
        slow.write("from django.db import migrations\n\n\n"
                   "class Migration(migrations.Migration):\n"
                   "    dependencies = [(\"sales\", \"0001_squashed_0003_order_tidy\")]\n"
                   "    operations = [\n"
                   "        migrations.RunSQL(\"CREATE TABLE sales_audit (id bigint); SELECT "
                   "pg_sleep(60)\",\n"
                   "                          migrations.RunSQL.noop),\n"
                   "    ]\n");
        slow.close();
        const core::MigrateOptions options =
            live(QStringLiteral("sales:0004_slow_audit"), QStringLiteral("djcancel"));
        Run cancelled;
        std::atomic<qint64> cancelledAt{0};
        std::thread canceller([&] {
            if (waitForStatement(core::MigrationExecutor::applicationName(options),
                                 QStringLiteral("pg_sleep"))) {
                cancelledAt = QDateTime::currentMSecsSinceEpoch();
                cancelled.cancel.cancel();
            }
        });
        const core::StepResult stopped =
            core::MigrationExecutor::run(target, options, cancelled.ctx);
        const qint64 returnedAt = QDateTime::currentMSecsSinceEpoch();
        canceller.join();
        QVERIFY2(cancelledAt > 0, qPrintable(cancelled.text()));
        QVERIFY2(returnedAt - cancelledAt < 5'000,
                 qPrintable(QString::number(returnedAt - cancelledAt)));
        QCOMPARE(stopped.outcome, core::StepResult::Outcome::Cancelled);
        // The cancelled statement is the last one listed, after the CREATE TABLE before it.
        const int stoppedAt =
            int(stopped.detailsJson().value(QStringLiteral("migrations")).toArray().size()) - 1;
        const auto cut =
            statementsOf(stopped.detailsJson(), QStringLiteral("migrations"), stoppedAt);
        QVERIFY2(failedOnLast(cut, QStringLiteral("pg_sleep(60)")), qPrintable(describe(cut)));
        QVERIFY2(anyContains(cut, QStringLiteral("CREATE TABLE sales_audit")),
                 qPrintable(describe(cut)));
        QCOMPARE(cut.back().migration, QStringLiteral("sales.0004_slow_audit"));
        QVERIFY(cancelled.text().contains(QStringLiteral("pg_cancel_backend() sent to 1 session")));
        QCOMPARE(scalar(QStringLiteral("shop_migrate"),
                        QStringLiteral("SELECT to_regclass('sales_audit')")),
                 QStringLiteral("<null>"));
        QVERIFY(!djangoApplied(QStringLiteral("shop_migrate"), QStringLiteral("sales"))
                     .contains(QStringLiteral("0004_slow_audit")));
    }

    void serverKilledMidMigration()
    {
        freshDatabase(QStringLiteral("killed"));
        const auto target =
            sqlTarget(QStringLiteral("killed"), dataDir(QStringLiteral("migrate_sql/slow")));
        const core::MigrateOptions options = live({}, QStringLiteral("kill"));
        core::ThrowawayCluster& cluster = TestCluster::start();
        QFile pidFile(cluster.dataDir() + QStringLiteral("/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const pid_t postmaster = pid_t(pidFile.readLine().trimmed().toLongLong());
        QVERIFY(postmaster > 0);

        Run run;
        std::atomic<bool> killed{false};
        std::thread killer([&] {
            if (waitForStatement(core::MigrationExecutor::applicationName(options),
                                 QStringLiteral("pg_sleep")))
                killed = ::kill(postmaster, SIGKILL) == 0;
        });
        QElapsedTimer timer;
        timer.start();
        const core::StepResult result = core::MigrationExecutor::run(target, options, run.ctx);
        killer.join();
        QVERIFY2(killed, "the server was not killed");
        QVERIFY2(timer.elapsed() < 30'000, "the run waited for the sleep instead of stopping");
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(QStringLiteral("connection to the server was lost while "
                                                         "V2__slow_backfill ran")),
                 qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(QStringLiteral("rolled back its transaction")),
                 qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(QStringLiteral("Applied before it: V1__create_audit.")),
                 qPrintable(result.sentence));
        QVERIFY(run.text().contains(QStringLiteral("V1__create_audit applied in")));
        QCOMPARE(
            field(result.detailsJson(), QStringLiteral("migrations"), QStringLiteral("outcome")),
            (QStringList{QStringLiteral("applied"), QStringLiteral("failed")}));

        // Back up: the server's crash recovery has left no trace of V2.
        QString error;
        bool restarted = false;
        for (int attempt = 0; attempt < 50 && !restarted; ++attempt) {
            restarted = cluster.restart(&error);
            if (!restarted)
                QThread::msleep(200); // orphaned backends of the killed server still exiting
        }
        QVERIFY2(restarted, qPrintable(error));
        QCOMPARE(
            scalar(QStringLiteral("killed"), QStringLiteral("SELECT to_regclass('audit_archive')")),
            QStringLiteral("<null>"));
        QCOMPARE(historyVersions(QStringLiteral("killed")), QStringLiteral("1"));

        // And both ways work again.
        Run back;
        const core::StepResult undone = core::MigrationReverter::run(
            target, revert(core::RevertOptions::Mode::Previous), back.ctx);
        QVERIFY2(undone.ok(), qPrintable(undone.sentence));
        QCOMPARE(
            scalar(QStringLiteral("killed"), QStringLiteral("SELECT to_regclass('audit_entry')")),
            QStringLiteral("<null>"));
        Run again;
        const core::StepResult reapplied = core::MigrationExecutor::run(
            target, live(QStringLiteral("1"), QStringLiteral("again")), again.ctx);
        QVERIFY2(reapplied.ok(), qPrintable(reapplied.sentence));
        QCOMPARE(historyVersions(QStringLiteral("killed")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
