// SPDX-License-Identifier: GPL-3.0-or-later
// The live watch of a running migration against a real server: a migration holding a lock with
// sessions queued behind it, a migration waiting for a lock, a queue behind the queue, CREATE
// INDEX CONCURRENTLY reporting its phase, and the view polling the same scenes offscreen.
#include "../support/backgroundsession.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "models/migrationwatchmodel.h"
#include "runbook/migrationwatchreader.h"
#include "ui/runbook/migrationwatchview.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QTableView>
#include <QTest>

#include <functional>

using namespace migdesk;
using migdesk::tests::BackgroundSession;
using migdesk::tests::TestCluster;

namespace {

constexpr int kSceneTimeoutMs = 10'000;

std::unique_ptr<core::PgConnection> inspector()
{
    auto connection = std::make_unique<core::PgConnection>();
    if (auto error = connection->open(TestCluster::start().connInfo(), std::nullopt,
                                      core::SessionPolicy::inspection()))
        qFatal("%s", qPrintable(error->sentence()));
    return connection;
}

// Polls until the scene is what the test set up (other sessions need a moment to start
// waiting) or the time is up; a failed read ends the loop at once.
core::Result<core::MigrationWatchSnapshot>
readUntil(core::PgConnection& inspection, const QString& applicationName,
          const std::function<bool(const core::MigrationWatchSnapshot&)>& ready)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto result = core::MigrationWatchReader::read(inspection, applicationName);
        if (!result || ready(*result) || timer.elapsed() > kSceneTimeoutMs)
            return result;
        QTest::qWait(50);
    }
}

QSet<int> queuedPids(const core::MigrationWatchSnapshot& snapshot)
{
    QSet<int> pids;
    for (const core::QueuedSession& q : snapshot.queued)
        pids.insert(q.pid);
    return pids;
}

const core::QueuedSession* queuedSession(const core::MigrationWatchSnapshot& snapshot, int pid)
{
    for (const core::QueuedSession& q : snapshot.queued)
        if (q.pid == pid)
            return &q;
    return nullptr;
}

core::ConnectionTarget target()
{
    core::ConnectionProfile profile;
    profile.name = QStringLiteral("watch test");
    return {profile, TestCluster::start().connInfo(), std::nullopt};
}

// Screenshots for docs/ are written when MIGDESK_SCREENSHOT_DIR is set (scripts/screenshots.sh).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MIGDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        TestCluster::start();
        TestCluster::exec(QStringLiteral(R"(
            CREATE TABLE public.ledger (id bigint PRIMARY KEY, account int NOT NULL,
                                        amount numeric NOT NULL);
            INSERT INTO public.ledger SELECT g, g % 500, g * 1.5 FROM generate_series(1, 20000) g;
            CREATE TABLE public.accounts (id int PRIMARY KEY, name text);
            INSERT INTO public.accounts SELECT g, 'account ' || g FROM generate_series(1, 500) g;
            CREATE TABLE public.invoices (id bigint PRIMARY KEY, customer int, total numeric);
            INSERT INTO public.invoices SELECT g, g % 300, g FROM generate_series(1, 20000) g;
            ANALYZE;
        )"));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void heldLockWithTwoSessionsQueued()
    {
        const core::ConnInfo info = TestCluster::start().connInfo();
        BackgroundSession migration(info, "migdesk-migrate-t1");
        migration.run("BEGIN");
        migration.run("LOCK TABLE public.ledger IN ACCESS EXCLUSIVE MODE");
        BackgroundSession reader(info, "gunicorn");
        reader.send("SELECT count(*) FROM public.ledger");
        BackgroundSession writer(info, "celery");
        writer.send("UPDATE public.ledger SET amount = amount + 1 WHERE id = 7");

        auto inspection = inspector();
        const auto result = readUntil(*inspection, QStringLiteral("migdesk-migrate-t1"),
                                      [](const auto& s) { return s.queued.size() == 2; });
        QVERIFY2(result, result ? "" : qPrintable(result.error().sentence()));
        const core::MigrationWatchSnapshot& s = *result;

        QCOMPARE(s.backends.size(), std::size_t(1));
        const core::WatchedBackend* backend = s.primary();
        QCOMPARE(backend->pid, migration.pid());
        QCOMPARE(backend->query,
                 QStringLiteral("LOCK TABLE public.ledger IN ACCESS EXCLUSIVE MODE"));
        QCOMPARE(backend->state, QStringLiteral("idle in transaction"));
        QVERIFY(backend->transactionSeconds.has_value());
        QVERIFY(!backend->isWaitingOnLock());
        QVERIFY(s.wantedLock() == nullptr);
        const core::WatchedLock* held = s.strongestHeldLock();
        QVERIFY(held);
        QCOMPARE(held->mode, QStringLiteral("AccessExclusiveLock"));
        QCOMPARE(held->target(), QStringLiteral("public.ledger"));
        QVERIFY(held->granted);
        for (const core::WatchedLock& l : s.locks)
            QVERIFY2(!l.relation.startsWith(QLatin1String("pg_catalog.")), qPrintable(l.relation));

        QCOMPARE(queuedPids(s), (QSet<int>{reader.pid(), writer.pid()}));
        const core::QueuedSession* r = queuedSession(s, reader.pid());
        QCOMPARE(r->application, QStringLiteral("gunicorn"));
        QCOMPARE(r->user, core::ThrowawayCluster::superuser());
        QCOMPARE(r->wantedMode, QStringLiteral("AccessShareLock"));
        QCOMPARE(r->wantedRelation, QStringLiteral("public.ledger"));
        QCOMPARE(r->query, QStringLiteral("SELECT count(*) FROM public.ledger"));
        QVERIFY(r->direct);
        QVERIFY(r->waitSeconds && *r->waitSeconds >= 0.0);
        QCOMPARE(r->blockedBy, std::vector<int>{migration.pid()});
        const core::QueuedSession* w = queuedSession(s, writer.pid());
        QCOMPARE(w->wantedMode, QStringLiteral("RowExclusiveLock"));
        QVERIFY(w->direct);
        QVERIFY(s.progress.empty()); // the progress part of the query ran and found nothing

        // A server before 14 gets a scene query without pg_locks.waitstart: it runs, and counts
        // the queued sessions' waits from their last state change.
        const QStringList older = core::MigrationWatchReader::queries(130000);
        const auto olderScene =
            inspection->exec(older.at(1), {QStringLiteral("{%1}").arg(migration.pid())});
        QVERIFY2(olderScene, olderScene ? "" : qPrintable(olderScene.error().sentence()));
        const QJsonArray olderQueued =
            QJsonDocument::fromJson(olderScene->text(0, QStringLiteral("queued")).toUtf8()).array();
        QCOMPARE(olderQueued.size(), 2);
        for (const QJsonValue& q : olderQueued)
            QVERIFY(q.toObject().value(QStringLiteral("wait_seconds")).toDouble() >= 0.0);

        const QString line = s.summaryLine();
        QVERIFY2(line.contains(QStringLiteral("pid %1").arg(migration.pid())), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("LOCK TABLE public.ledger")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("holds AccessExclusiveLock on public.ledger")),
                 qPrintable(line));

        migration.run("ROLLBACK");
        QCOMPARE(reader.finish(), QString());
        QCOMPARE(writer.finish(), QString());
    }

    void waitingMigrationNamesTheLockAndItsBlocker()
    {
        const core::ConnInfo info = TestCluster::start().connInfo();
        BackgroundSession report(info, "metabase");
        report.run("BEGIN");
        report.run("SELECT count(*) FROM public.accounts");
        BackgroundSession migration(info, "migdesk-migrate-t2");
        migration.run("BEGIN");
        migration.send("ALTER TABLE public.accounts ADD COLUMN closed_at timestamptz");
        auto inspection = inspector();
        const QString name = QStringLiteral("migdesk-migrate-t2");
        const auto waiting =
            readUntil(*inspection, name, [](const auto& s) { return s.wantedLock() != nullptr; });
        QVERIFY(waiting && waiting->wantedLock());
        // Behind the migration's queued ACCESS EXCLUSIVE request, not behind the report.
        BackgroundSession app(info, "gunicorn");
        app.send("SELECT name FROM public.accounts WHERE id = 1");

        const auto result = readUntil(*inspection, name, [](const auto& s) {
            return s.wantedLock() && s.queued.size() == 1;
        });
        QVERIFY2(result, result ? "" : qPrintable(result.error().sentence()));
        const core::MigrationWatchSnapshot& s = *result;
        const core::WatchedBackend* backend = s.primary();
        QVERIFY(backend);
        QCOMPARE(backend->pid, migration.pid());
        QVERIFY(backend->isActive());
        QVERIFY(backend->isWaitingOnLock());
        QCOMPARE(backend->waitEvent, QStringLiteral("relation"));
        QVERIFY(backend->querySeconds.has_value());
        QCOMPARE(backend->blockedBy, std::vector<int>{report.pid()});
        const core::WatchedLock* wanted = s.wantedLock();
        QVERIFY(wanted);
        QCOMPARE(wanted->mode, QStringLiteral("AccessExclusiveLock"));
        QCOMPARE(wanted->target(), QStringLiteral("public.accounts"));
        QVERIFY(!wanted->granted);
        QVERIFY(wanted->waitSeconds.has_value());
        QCOMPARE(s.locks.front().granted, false); // what it waits for comes first

        QCOMPARE(s.queued.front().pid, app.pid());
        QVERIFY(s.queued.front().direct);
        QCOMPARE(s.queued.front().blockedBy, std::vector<int>{migration.pid()});

        const QString lock = s.lockText();
        QVERIFY2(lock.contains(QStringLiteral("for AccessExclusiveLock on public.accounts")),
                 qPrintable(lock));
        QVERIFY2(lock.contains(QString::number(report.pid())), qPrintable(lock));
        QVERIFY2(s.stateText().startsWith(QStringLiteral("running")), qPrintable(s.stateText()));

        report.run("ROLLBACK");
        QCOMPARE(migration.finish(), QString());
        migration.run("ROLLBACK");
        QCOMPARE(app.finish(), QString());
    }

    void sessionsQueuedBehindTheQueueAreCounted()
    {
        const core::ConnInfo info = TestCluster::start().connInfo();
        BackgroundSession migration(info, "migdesk-migrate-t3");
        migration.run("BEGIN");
        migration.run("LOCK TABLE public.ledger IN ACCESS EXCLUSIVE MODE");
        // A worker that holds a lock on accounts and now waits for the migration's table...
        BackgroundSession worker(info, "worker");
        worker.run("BEGIN");
        worker.run("UPDATE public.accounts SET name = name WHERE id = 3");
        worker.send("SELECT count(*) FROM public.ledger");
        // ...and a session that waits for the worker: queued behind the migration all the same.
        BackgroundSession backup(info, "pg_dump");
        backup.run("BEGIN");
        backup.send("LOCK TABLE public.accounts IN SHARE MODE");

        auto inspection = inspector();
        const auto result = readUntil(*inspection, QStringLiteral("migdesk-migrate-t3"),
                                      [](const auto& s) { return s.queued.size() == 2; });
        QVERIFY2(result, result ? "" : qPrintable(result.error().sentence()));
        const core::MigrationWatchSnapshot& s = *result;
        QCOMPARE(queuedPids(s), (QSet<int>{worker.pid(), backup.pid()}));
        QVERIFY(queuedSession(s, worker.pid())->direct);
        const core::QueuedSession* indirect = queuedSession(s, backup.pid());
        QVERIFY(!indirect->direct);
        QCOMPARE(indirect->blockedBy, std::vector<int>{worker.pid()});
        QCOMPARE(indirect->wantedMode, QStringLiteral("ShareLock"));
        QCOMPARE(indirect->wantedRelation, QStringLiteral("public.accounts"));

        migration.run("ROLLBACK");
        QCOMPARE(worker.finish(), QString());
        worker.run("ROLLBACK");
        QCOMPARE(backup.finish(), QString());
        backup.run("ROLLBACK");
    }

    void tableCreatedByTheMigrationIsNotVisibleYet()
    {
        BackgroundSession migration(TestCluster::start().connInfo(), "migdesk-migrate-t4");
        migration.run("BEGIN");
        migration.run("CREATE TABLE public.settlement (id bigint PRIMARY KEY)");
        auto inspection = inspector();
        const auto result =
            core::MigrationWatchReader::read(*inspection, QStringLiteral("migdesk-migrate-t4"));
        QVERIFY2(result, result ? "" : qPrintable(result.error().sentence()));
        const core::WatchedLock* held = result->strongestHeldLock();
        QVERIFY(held);
        QCOMPARE(held->mode, QStringLiteral("AccessExclusiveLock"));
        QVERIFY(held->relation.isEmpty());
        QVERIFY(held->relationOid > 0);
        QCOMPARE(held->target(),
                 QStringLiteral("relation %1, not committed yet").arg(held->relationOid));
        migration.run("ROLLBACK");
    }

    void noBackendIsAnEmptySnapshot()
    {
        // A session of another run's name is not this run's backend.
        BackgroundSession other(TestCluster::start().connInfo(), "migdesk-migrate-other");
        auto inspection = inspector();
        const auto result =
            core::MigrationWatchReader::read(*inspection, QStringLiteral("migdesk-migrate-none"));
        QVERIFY2(result, result ? "" : qPrintable(result.error().sentence()));
        QVERIFY(result->isEmpty());
        QVERIFY(result->primary() == nullptr);
        QVERIFY(result->locks.empty() && result->queued.empty() && result->progress.empty());
        QCOMPARE(result->applicationName, QStringLiteral("migdesk-migrate-none"));
        QVERIFY2(result->summaryLine().contains(QStringLiteral("between migrations")),
                 qPrintable(result->summaryLine()));
    }

    void createIndexConcurrentlyReportsItsPhase()
    {
        const core::ConnInfo info = TestCluster::start().connInfo();
        // An open write transaction: CREATE INDEX CONCURRENTLY must wait for it before building.
        BackgroundSession writer(info, "celery");
        writer.run("BEGIN");
        writer.run("UPDATE public.invoices SET total = total WHERE id = 11");
        BackgroundSession migration(info, "migdesk-migrate-t5");
        migration.send(
            "CREATE INDEX CONCURRENTLY invoices_customer_idx ON public.invoices (customer)");

        auto inspection = inspector();
        // Also until it sleeps on the writer's lock: it counts the lockers a moment before it
        // starts waiting for the first, and a loaded machine can read that moment.
        const auto result =
            readUntil(*inspection, QStringLiteral("migdesk-migrate-t5"), [](const auto& s) {
                return !s.progress.empty() && s.progress.front().lockersTotal > 0 && s.primary() &&
                       s.primary()->isWaitingOnLock();
            });
        QVERIFY2(result, result ? "" : qPrintable(result.error().sentence()));
        const core::MigrationWatchSnapshot& s = *result;
        const core::WatchProgress* p = s.primaryProgress();
        QVERIFY(p);
        QCOMPARE(p->source, core::WatchProgress::Source::CreateIndex);
        QCOMPARE(p->command, QStringLiteral("CREATE INDEX CONCURRENTLY"));
        QCOMPARE(p->phase, QStringLiteral("waiting for writers before build"));
        QCOMPARE(p->relation, QStringLiteral("public.invoices"));
        QCOMPARE(p->index, QStringLiteral("public.invoices_customer_idx"));
        QCOMPARE(p->lockersTotal, qint64(1));
        QCOMPARE(p->lockersDone, qint64(0));
        QCOMPARE(p->currentLockerPid, writer.pid());
        QCOMPARE(p->fraction().value_or(-1.0), 0.0);
        QVERIFY2(s.progressText().contains(QStringLiteral("0 of 1 transactions")),
                 qPrintable(s.progressText()));

        // Meanwhile it waits for the writer's transaction and holds its table lock for the session.
        QVERIFY(s.primary()->isWaitingOnLock());
        QCOMPARE(s.primary()->blockedBy, std::vector<int>{writer.pid()});
        QVERIFY(s.wantedLock());
        QCOMPARE(s.wantedLock()->lockType, QStringLiteral("virtualxid"));
        QCOMPARE(s.wantedLock()->mode, QStringLiteral("ShareLock"));
        QVERIFY(s.strongestHeldLock());
        QCOMPARE(s.strongestHeldLock()->mode, QStringLiteral("ShareUpdateExclusiveLock"));
        QCOMPARE(s.strongestHeldLock()->target(), QStringLiteral("public.invoices"));

        writer.run("ROLLBACK");
        QCOMPARE(migration.finish(), QString());
        TestCluster::exec(QStringLiteral("DROP INDEX public.invoices_customer_idx"));
    }

    void progressFollowsThePhase_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("phase");
        QTest::addColumn<QList<qint64>>("counters"); // blocks, tuples, lockers: done, total each
        QTest::addColumn<double>("fraction");        // -1: no total reported
        QTest::addColumn<QString>("count");

        const int index = int(core::WatchProgress::Source::CreateIndex);
        const int cluster = int(core::WatchProgress::Source::Cluster);
        QTest::newRow("index build scanning the table")
            << index << QStringLiteral("building index: scanning table")
            << QList<qint64>{300, 1200, 0, 0, 0, 0} << 0.25
            << QStringLiteral("300 of 1,200 blocks");
        QTest::newRow("index build loading tuples")
            << index << QStringLiteral("building index: loading tuples in tree")
            << QList<qint64>{1200, 1200, 500, 2000, 0, 0} << 1.0
            << QStringLiteral("1,200 of 1,200 blocks");
        QTest::newRow("index build sorting, only tuples counted")
            << index << QStringLiteral("building index: sorting live tuples")
            << QList<qint64>{0, 0, 500, 2000, 0, 0} << 0.25 << QStringLiteral("500 of 2,000 rows");
        QTest::newRow("waiting phase counts transactions, not the stale blocks")
            << index << QStringLiteral("waiting for old snapshots")
            << QList<qint64>{1200, 1200, 0, 0, 1, 4} << 0.25
            << QStringLiteral("1 of 4 transactions");
        QTest::newRow("waiting with nothing to count")
            << index << QStringLiteral("waiting for writers before build")
            << QList<qint64>{0, 0, 0, 0, 0, 0} << -1.0 << QString();
        QTest::newRow("vacuum full scanning the heap")
            << cluster << QStringLiteral("seq scanning heap")
            << QList<qint64>{50, 200, 7000, 0, 0, 0} << 0.25 << QStringLiteral("50 of 200 blocks");
        QTest::newRow("vacuum full writing the new heap")
            << cluster << QStringLiteral("writing new heap") << QList<qint64>{0, 0, 80000, 0, 0, 0}
            << -1.0 << QStringLiteral("80,000 rows written");
    }

    void progressFollowsThePhase()
    {
        QFETCH(int, source);
        QFETCH(QString, phase);
        QFETCH(QList<qint64>, counters);
        QFETCH(double, fraction);
        QFETCH(QString, count);
        core::WatchProgress p;
        p.source = core::WatchProgress::Source(source);
        p.phase = phase;
        p.blocksDone = counters[0];
        p.blocksTotal = counters[1];
        p.tuplesDone = counters[2];
        p.tuplesTotal = counters[3];
        p.lockersDone = counters[4];
        p.lockersTotal = counters[5];
        QCOMPARE(p.fraction().value_or(-1.0), fraction);
        QCOMPARE(p.countText(), count);
    }

    void viewShowsTheQueueBehindTheMigration()
    {
        const core::ConnInfo info = TestCluster::start().connInfo();
        BackgroundSession migration(info, "migdesk-migrate-t6");
        migration.run("BEGIN");
        migration.run("LOCK TABLE public.ledger IN ACCESS EXCLUSIVE MODE");
        BackgroundSession reader(info, "gunicorn");
        reader.send("SELECT count(*) FROM public.ledger");
        BackgroundSession writer(info, "celery");
        writer.send("UPDATE public.ledger SET amount = amount + 1 WHERE id = 7");

        ui::MigrationWatchView view;
        QAbstractItemModelTester tester(view.queueModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 420);
        view.show();
        view.setTarget(target(), QStringLiteral("migdesk-migrate-t6"));
        QVERIFY(!view.isWatching());
        view.start();
        QTRY_COMPARE_WITH_TIMEOUT(view.queueView()->model()->rowCount(), 2, kSceneTimeoutMs);

        QSet<int> shown;
        for (int row = 0; row < 2; ++row)
            shown.insert(view.queueModel()
                             ->index(row, models::MigrationWatchModel::Pid)
                             .data(models::MigrationWatchModel::PidRole)
                             .toInt());
        QCOMPARE(shown, (QSet<int>{reader.pid(), writer.pid()}));
        auto* statement = view.findChild<QLabel*>(QStringLiteral("watchStatement"));
        QVERIFY(statement->toolTip().contains(QStringLiteral("LOCK TABLE public.ledger")));
        auto* lock = view.findChild<QLabel*>(QStringLiteral("watchLock"));
        QVERIFY2(
            lock->text().contains(QStringLiteral("holds AccessExclusiveLock on public.ledger")),
            qPrintable(lock->text()));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("watchQueueCount"))->text(),
                 QStringLiteral("2"));
        QVERIFY(!view.findChild<QProgressBar*>(QStringLiteral("watchProgress"))->isVisible());

        // The queue empties when the migration commits; the watch sees it on the next poll.
        migration.run("ROLLBACK");
        QCOMPARE(reader.finish(), QString());
        QCOMPARE(writer.finish(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(view.queueView()->model()->rowCount(), 0, kSceneTimeoutMs);
        view.stop();
        QVERIFY(!view.isWatching());
    }

    void viewShowsAWaitingIndexBuildWithItsProgress()
    {
        const core::ConnInfo info = TestCluster::start().connInfo();
        BackgroundSession writer(info, "celery");
        writer.run("BEGIN");
        writer.run("UPDATE public.invoices SET total = total WHERE id = 11");
        BackgroundSession migration(info, "migdesk-migrate-t7");
        migration.send(
            "CREATE INDEX CONCURRENTLY invoices_customer_idx ON public.invoices (customer)");
        // Only once the build holds its table lock: sent earlier, the ALTER would queue first.
        auto inspection = inspector();
        const auto building = readUntil(*inspection, QStringLiteral("migdesk-migrate-t7"),
                                        [](const auto& s) { return !s.progress.empty(); });
        QVERIFY(building && !building->progress.empty());
        // Another deploy's migration, queued behind the index build's table lock.
        BackgroundSession deploy(info, "deploy-migrate");
        deploy.send("ALTER TABLE public.invoices ADD COLUMN paid_at timestamptz");

        ui::MigrationWatchView view;
        view.resize(1000, 380);
        view.show();
        view.setTarget(target(), QStringLiteral("migdesk-migrate-t7"));
        view.start();
        auto* bar = view.findChild<QProgressBar*>(QStringLiteral("watchProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && view.queueModel()->rowCount() == 1,
                                 kSceneTimeoutMs);
        QCOMPARE(view.queueModel()->session(0)->pid, deploy.pid());
        auto* progress = view.findChild<QLabel*>(QStringLiteral("watchProgressText"));
        QVERIFY2(progress->text().contains(QStringLiteral("waiting for writers before build")),
                 qPrintable(progress->text()));
        auto* lock = view.findChild<QLabel*>(QStringLiteral("watchLock"));
        QVERIFY2(lock->text().contains(QStringLiteral("ShareLock on virtual transaction")),
                 qPrintable(lock->text()));
        QVERIFY2(lock->text().contains(
                     QStringLiteral("holds ShareUpdateExclusiveLock on public.invoices")),
                 qPrintable(lock->text()));
        screenshot(&view, QStringLiteral("migration-watch"));

        // The queued ALTER would otherwise deadlock with the index build's wait for old snapshots.
        TestCluster::exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(deploy.pid()));
        QVERIFY(!deploy.finish().isEmpty());
        writer.run("ROLLBACK");
        QCOMPARE(migration.finish(), QString());
        // Built: the connection stays, idle, and the progress bar goes.
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), kSceneTimeoutMs);
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("watchState"))->text(),
                 QStringLiteral("idle"));
        QCOMPARE(view.queueModel()->rowCount(), 0);
        view.stop();
        TestCluster::exec(QStringLiteral("DROP INDEX public.invoices_customer_idx"));
    }
};

QTEST_MAIN(TestWatch)
#include "tst_watch.moc"
