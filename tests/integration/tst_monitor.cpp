// SPDX-License-Identifier: GPL-3.0-or-later
// Table sizes and the activity/lock monitor against a real server with a real lock pile-up.
#include "../support/backgroundsession.h"
#include "../support/testcluster.h"
#include "catalog/activityreader.h"
#include "catalog/activityreport.h"
#include "catalog/locktree.h"
#include "catalog/tableinventoryreport.h"
#include "catalog/tablestatsreader.h"
#include "connection/pgconnection.h"
#include "connection/sessioncontrol.h"
#include "history/historystore.h"
#include "history/sessionactionrecorder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace migdesk;
using migdesk::tests::BackgroundSession;
using migdesk::tests::TestCluster;

namespace {

const core::TableStats* find(const core::TableInventory& inventory, const QString& name)
{
    for (const core::TableStats& t : inventory.tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

std::unique_ptr<core::PgConnection> inspector()
{
    auto connection = std::make_unique<core::PgConnection>();
    if (auto error = connection->open(TestCluster::start().connInfo(), std::nullopt,
                                      core::SessionPolicy::inspection()))
        qFatal("%s", qPrintable(error->sentence()));
    return connection;
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        TestCluster::start();
        TestCluster::exec(QStringLiteral(R"(
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoice (id bigint PRIMARY KEY, customer int, note text);
            CREATE INDEX ON billing.invoice (customer);
            INSERT INTO billing.invoice
                SELECT g, g % 1000, CASE WHEN g % 100 = 0 THEN (SELECT string_agg(md5(g::text || i::text), '') FROM generate_series(1, 300) i) END
                FROM generate_series(1, 60000) g;
            CREATE TABLE public.small (id int);
            INSERT INTO public.small VALUES (1), (2);
            CREATE TABLE public.events (id bigint, at date NOT NULL, payload text)
                PARTITION BY RANGE (at);
            CREATE TABLE public.events_2026_01 PARTITION OF public.events
                FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
            CREATE TABLE public.events_2026_02 PARTITION OF public.events
                FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
            INSERT INTO public.events
                SELECT g, date '2026-01-01' + (g % 59), 'e' || g FROM generate_series(1, 30000) g;
            DELETE FROM public.small WHERE id = 2;
            ANALYZE;
        )"));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void tableSizesMatchTheServer()
    {
        auto connection = inspector();
        const auto inventory = core::TableStatsReader::read(*connection);
        QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().sentence()));
        const auto truth = connection->exec(QStringLiteral(R"(
            SELECT c.relname, pg_total_relation_size(c.oid) AS total, pg_indexes_size(c.oid) AS idx
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname IN ('public', 'billing') AND c.relkind = 'r')"));
        QVERIFY(truth);
        QCOMPARE(truth->rowCount(), 4);
        for (int r = 0; r < truth->rowCount(); ++r) {
            const auto* t = find(*inventory, truth->text(r, QStringLiteral("relname")));
            QVERIFY(t);
            QCOMPARE(t->totalBytes, truth->toInt64(r, QStringLiteral("total")));
            QCOMPARE(t->indexBytes, truth->toInt64(r, QStringLiteral("idx")));
            QCOMPARE(t->heapBytes + t->indexBytes + t->toastBytes, t->totalBytes);
            QVERIFY(!t->locked);
        }
        const auto* invoice = find(*inventory, QStringLiteral("invoice"));
        QCOMPARE(invoice->schema, QStringLiteral("billing"));
        QVERIFY2(invoice->toastBytes > 8192, "the long notes should be in TOAST");
        QCOMPARE(invoice->estimatedRows, 60000);
        QCOMPARE(invoice->inserts, 60000);
        QCOMPARE(find(*inventory, QStringLiteral("small"))->deletes, 1);

        // The partitioned table rolls up its partitions.
        const auto* events = find(*inventory, QStringLiteral("events"));
        const auto* january = find(*inventory, QStringLiteral("events_2026_01"));
        const auto* february = find(*inventory, QStringLiteral("events_2026_02"));
        QVERIFY(events && january && february);
        QCOMPARE(events->kind, core::TableStats::Kind::PartitionedTable);
        QCOMPARE(january->kind, core::TableStats::Kind::Partition);
        QCOMPARE(january->parentOid, events->oid);
        QCOMPARE(events->totalBytes, january->totalBytes + february->totalBytes);
        QCOMPARE(events->estimatedRows, 30000);
        QCOMPARE(inventory->database, QStringLiteral("postgres"));
        QVERIFY(inventory->databaseBytes > invoice->totalBytes);

        const auto largest = core::TableInventoryReport::largestFirst(*inventory, 2, false);
        QCOMPARE(largest.size(), std::size_t(2));
        QCOMPARE(largest[0].name, QStringLiteral("invoice"));
        QCOMPARE(largest[1].name, QStringLiteral("events"));
    }

    // The pane's two steps: the list with estimates at once, exact sizes after, in batches. A
    // lock that comes between the two leaves that table unmeasured and marked.
    void listFirstThenSizes()
    {
        auto connection = inspector();
        const auto list = core::TableStatsReader::readList(*connection);
        QVERIFY2(list, list ? "" : qPrintable(list.error().sentence()));
        QVERIFY(list->sizesEstimated());
        QVERIFY(list->databaseBytesEstimated);
        for (const core::TableStats& t : list->tables)
            QVERIFY2(t.sizesEstimated, qPrintable(t.name));
        const auto* invoiceEstimate = find(*list, QStringLiteral("invoice"));
        QVERIFY(invoiceEstimate->heapBytes > 0); // ANALYZE counted its pages
        QVERIFY(invoiceEstimate->indexBytes > 0);

        const std::vector<quint32> waiting = core::tablesToMeasure(*list);
        QCOMPARE(waiting.front(), invoiceEstimate->oid); // the largest first
        QVERIFY(std::none_of(waiting.begin(), waiting.end(), [&](quint32 oid) {
            return oid == find(*list, QStringLiteral("events"))->oid; // no storage of its own
        }));

        BackgroundSession migration(TestCluster::start().connInfo(), "migration");
        migration.run("BEGIN");
        migration.run("LOCK TABLE public.small IN ACCESS EXCLUSIVE MODE");
        core::TableInventory inventory = *list;
        const std::size_t half = waiting.size() / 2;
        const auto first = core::TableStatsReader::readSizes(
            *connection, {waiting.begin(), waiting.begin() + std::ptrdiff_t(half)}, true);
        QVERIFY2(first, first ? "" : qPrintable(first.error().sentence()));
        QVERIFY(first->databaseBytes.has_value());
        core::applySizes(inventory, *first);
        QVERIFY(inventory.sizesEstimated()); // half the tables still wait
        QVERIFY(!inventory.databaseBytesEstimated);
        const auto second = core::TableStatsReader::readSizes(
            *connection, {waiting.begin() + std::ptrdiff_t(half), waiting.end()}, false);
        QVERIFY(second);
        QVERIFY(!second->databaseBytes.has_value());
        core::applySizes(inventory, *second);
        QVERIFY(!inventory.sizesEstimated());
        QVERIFY(find(inventory, QStringLiteral("small"))->locked);
        migration.run("ROLLBACK");

        const auto truth = connection->exec(
            QStringLiteral("SELECT pg_total_relation_size('billing.invoice') AS invoice, "
                           "pg_database_size(current_database()) AS db"));
        QVERIFY(truth);
        QCOMPARE(find(inventory, QStringLiteral("invoice"))->totalBytes,
                 truth->toInt64(0, QStringLiteral("invoice")));
        QCOMPARE(inventory.databaseBytes, truth->toInt64(0, QStringLiteral("db")));
        const auto* events = find(inventory, QStringLiteral("events"));
        QVERIFY(!events->sizesEstimated);
        QCOMPARE(events->totalBytes,
                 find(inventory, QStringLiteral("events_2026_01"))->totalBytes +
                     find(inventory, QStringLiteral("events_2026_02"))->totalBytes);
    }

    void csvAndJsonExports()
    {
        auto connection = inspector();
        const auto inventory = core::TableStatsReader::read(*connection);
        QVERIFY(inventory);
        const auto rows = core::TableInventoryReport::largestFirst(*inventory, 0, true);
        const QString csv = core::TableInventoryReport::toCsv(rows, inventory->databaseBytes);
        const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), int(rows.size()) + 1);
        QVERIFY(lines[1].startsWith(QStringLiteral("billing,invoice,table,")));
        QVERIFY(lines[0].endsWith(QStringLiteral(",locked,size_estimated")));
        QVERIFY(lines[1].endsWith(QStringLiteral(",false,false"))); // measured, not locked
        const QJsonObject json = core::TableInventoryReport::toJson(*inventory, rows);
        QCOMPARE(json.value(QStringLiteral("database_bytes_estimated")).toBool(true), false);
        const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.first()[QLatin1String("size_estimated")].toBool(true), false);
        QCOMPARE(tables.size(), int(rows.size()));
        bool sawPartition = false;
        for (const QJsonValue& t : tables)
            if (t.toObject().value(QStringLiteral("partition_of")).toString() ==
                QLatin1String("public.events"))
                sawPartition = true;
        QVERIFY(sawPartition);
    }

    void exclusiveLockDoesNotStallInspection()
    {
        // A "migration" holds ACCESS EXCLUSIVE on billing.invoice and two sessions queue behind
        // it: sizes and the monitor must still answer within a second.
        BackgroundSession migration(TestCluster::start().connInfo(), "migration");
        migration.run("BEGIN");
        migration.run("LOCK TABLE billing.invoice IN ACCESS EXCLUSIVE MODE");
        BackgroundSession reader1(TestCluster::start().connInfo(), "reader");
        BackgroundSession reader2(TestCluster::start().connInfo(), "reader");
        reader1.send("SELECT count(*) FROM billing.invoice");
        reader2.send("SELECT count(*) FROM billing.invoice");
        auto connection = inspector();
        QTRY_VERIFY(core::ActivityReader::read(*connection)->ungrantedLocks == 2);

        QElapsedTimer timer;
        timer.start();
        const auto inventory = core::TableStatsReader::read(*connection);
        QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().sentence()));
        const auto snapshot = core::ActivityReader::read(*connection);
        QVERIFY(snapshot);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        const auto* invoice = find(*inventory, QStringLiteral("invoice"));
        QVERIFY(invoice->locked);
        QVERIFY(invoice->heapBytes > 0); // the pg_class estimate
        // Marked as locked, not as waiting for a measurement that will not come.
        QVERIFY(!invoice->sizesEstimated);
        QVERIFY(!inventory->sizesEstimated());
        QVERIFY(!find(*inventory, QStringLiteral("small"))->locked);

        migration.run("ROLLBACK");
        QCOMPARE(reader1.finish(), QString());
        QCOMPARE(reader2.finish(), QString());
    }

    void monitorShowsWhoBlocksWhom()
    {
        const auto info = TestCluster::start().connInfo();
        BackgroundSession migration(info, "migration");
        migration.run("BEGIN");
        migration.run("ALTER TABLE public.small ADD COLUMN note text");
        BackgroundSession waiter1(info, "app");
        BackgroundSession waiter2(info, "app");
        waiter1.send("SELECT * FROM public.small");
        waiter2.send("UPDATE public.small SET id = id");
        BackgroundSession sleeper(info, "report");
        sleeper.send("SELECT pg_sleep(30)");
        BackgroundSession idle(info, "forgotten");
        idle.run("BEGIN");
        idle.run("SELECT 1");

        auto connection = inspector();
        QTRY_VERIFY(core::ActivityReader::read(*connection)->ungrantedLocks == 2);
        const auto snapshot = core::ActivityReader::read(*connection);
        QVERIFY(snapshot);

        const auto* m = snapshot->session(migration.pid());
        const auto* w1 = snapshot->session(waiter1.pid());
        const auto* w2 = snapshot->session(waiter2.pid());
        const auto* s = snapshot->session(sleeper.pid());
        const auto* i = snapshot->session(idle.pid());
        QVERIFY(m && w1 && w2 && s && i);
        QVERIFY(m->isIdleInTransaction());
        QVERIFY(m->blockedBy.empty());
        QCOMPARE(w1->blockedBy, std::vector<int>{migration.pid()});
        QCOMPARE(w2->blockedBy, std::vector<int>{migration.pid()});
        QVERIFY(w1->isWaitingOnLock());
        QCOMPARE(s->state, QStringLiteral("active"));
        QVERIFY(s->querySeconds && *s->querySeconds >= 0 && *s->querySeconds < 30);
        QVERIFY(!s->isLongRunning(60));
        QVERIFY(s->isLongRunning(0));
        QVERIFY(i->isIdleInTransaction());
        QVERIFY(i->transactionSeconds && *i->transactionSeconds >= 0);
        QCOMPARE(snapshot->session(connection->backendPid()), nullptr);

        // A server before 14 (no pg_locks.waitstart) gets queries that run and find the same
        // two waits, with no wait time.
        const QStringList older = core::ActivityReader::queries(130000);
        QVERIFY(connection->exec(older.at(0)));
        const auto olderLocks = connection->exec(older.at(1));
        QVERIFY2(olderLocks, olderLocks ? "" : qPrintable(olderLocks.error().sentence()));
        int olderWaits = 0;
        for (int r = 0; r < olderLocks->rowCount(); ++r) {
            if (!olderLocks->toBool(r, QStringLiteral("granted"))) {
                ++olderWaits;
                QVERIFY(olderLocks->isNull(r, QStringLiteral("wait_seconds")));
            }
        }
        QCOMPARE(olderWaits, 2);

        const auto tree = core::LockTree::build(*snapshot);
        QCOMPARE(tree.size(), std::size_t(1));
        const core::BlockingNode& root = tree.front();
        QCOMPARE(root.pid, migration.pid());
        QCOMPARE(root.modeHeld, QStringLiteral("AccessExclusiveLock"));
        QCOMPARE(root.blockedInTotal, 2);
        int grouped = 0;
        for (const core::BlockingNode& group : root.children) {
            QCOMPARE(group.kind, core::BlockingNode::Kind::Group);
            QCOMPARE(group.target, QStringLiteral("public.small"));
            grouped += group.waiting;
        }
        QCOMPARE(grouped, 2);
        QCOMPARE(root.children.size(), std::size_t(2)); // AccessShareLock and RowExclusiveLock

        // The command line prints the same tree, and says "problem found" by its exit code.
        QProcess cli;
        cli.start(qEnvironmentVariable("MIGDESK_BINARY"),
                  {QStringLiteral("locks"), QStringLiteral("--dsn"), info.toConninfoString(),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject cliRoot =
            json.value(QStringLiteral("blocking_tree")).toArray().first().toObject();
        QCOMPARE(cliRoot.value(QStringLiteral("pid")).toInt(), migration.pid());
        QCOMPARE(cliRoot.value(QStringLiteral("blocked_in_total")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("ungranted_locks")).toArray().size(), 2);
        bool sawWaiter = false;
        for (const QJsonValue& v : json.value(QStringLiteral("sessions")).toArray()) {
            const QJsonObject session = v.toObject();
            if (session.value(QStringLiteral("pid")).toInt() == waiter1.pid()) {
                sawWaiter = true;
                QCOMPARE(session.value(QStringLiteral("blocked_by")).toArray().first().toInt(),
                         migration.pid());
                QCOMPARE(session.value(QStringLiteral("wait_event_type")).toString(),
                         QStringLiteral("Lock"));
                QVERIFY(session.value(QStringLiteral("duration_seconds")).isDouble());
            }
        }
        QVERIFY(sawWaiter);

        // Cancel needs a confirmation; on production also the typed database name.
        core::SessionControl::Request cancel;
        cancel.action = core::SessionControl::Action::CancelQuery;
        cancel.pid = sleeper.pid();
        cancel.backendStart =
            core::ActivityReader::read(*connection)->session(sleeper.pid())->backendStart;
        QVERIFY(!cancel.backendStart.isEmpty());
        cancel.database = QStringLiteral("postgres");
        cancel.environment = core::Environment::Production;
        QVERIFY(!core::SessionControl::perform(info, std::nullopt, cancel).ok);
        cancel.confirmed = true;
        // The pid given to another session meanwhile (here: the same pid with another start
        // time) is left alone.
        {
            core::SessionControl::Request reused = cancel;
            reused.typedDatabase = QStringLiteral("postgres");
            reused.backendStart = QString::number(cancel.backendStart.toDouble() - 1.0, 'f', 6);
            const auto refused = core::SessionControl::perform(info, std::nullopt, reused);
            QVERIFY(!refused.ok);
            QVERIFY2(
                refused.sentence.contains(QStringLiteral("no longer the session you confirmed")),
                qPrintable(refused.sentence));
            QVERIFY(core::ActivityReader::read(*connection)->session(sleeper.pid())->isActive());
        }
        const auto untyped = core::SessionControl::perform(info, std::nullopt, cancel);
        QVERIFY(!untyped.ok);
        QVERIFY(untyped.sentence.contains(QStringLiteral("type the database name")));
        QVERIFY(core::ActivityReader::read(*connection)->session(sleeper.pid())->isActive());
        cancel.typedDatabase = QStringLiteral("postgres");
        const auto cancelled = core::SessionControl::perform(info, std::nullopt, cancel);
        QVERIFY2(cancelled.ok, qPrintable(cancelled.sentence));
        QCOMPARE(sleeper.finish(), QStringLiteral("57014"));
        QVERIFY(sleeper.isAlive()); // cancel ends the query, not the session

        core::SessionControl::Request terminate = cancel;
        terminate.action = core::SessionControl::Action::TerminateSession;
        terminate.pid = idle.pid();
        terminate.backendStart =
            core::ActivityReader::read(*connection)->session(idle.pid())->backendStart;
        terminate.environment = core::Environment::Development;
        terminate.typedDatabase.clear();
        const auto terminated = core::SessionControl::perform(info, std::nullopt, terminate);
        QVERIFY2(terminated.ok, qPrintable(terminated.sentence));
        QTRY_VERIFY(core::ActivityReader::read(*connection)->session(idle.pid()) == nullptr);
        QVERIFY(!idle.isAlive());

        // Each action is a run in the history with who, when and what.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        using Recorder = core::SessionActionRecorder;
        QCOMPARE(Recorder::record(path, Recorder::run(QStringLiteral("prod-eu"), info.displayName(),
                                                      cancel, cancelled, now)),
                 QString());
        QCOMPARE(Recorder::record(path, Recorder::run(QStringLiteral("prod-eu"), info.displayName(),
                                                      terminate, terminated, now.addMSecs(1))),
                 QString());
        core::HistoryStore history;
        QString error;
        QVERIFY2(history.open(path, &error), qPrintable(error));
        const auto runs = history.runs().value();
        QCOMPARE(runs.size(), std::size_t(2));
        const core::RunRecord& first = runs.back();
        QCOMPARE(first.kind, QStringLiteral("cancel"));
        QCOMPARE(runs.front().kind, QStringLiteral("terminate"));
        QCOMPARE(first.outcome, QStringLiteral("succeeded"));
        QCOMPARE(first.profile, QStringLiteral("prod-eu"));
        QVERIFY(!first.hostName.isEmpty());
        QVERIFY(first.endedAt.isValid());
        QVERIFY(!first.confirmedBy.isEmpty()); // the database name was typed
        const QJsonObject details = QJsonDocument::fromJson(first.details.toUtf8()).object();
        const QJsonObject request = details.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("action")).toString(),
                 QStringLiteral("cancel_query"));
        QCOMPARE(request.value(QStringLiteral("pid")).toInt(), sleeper.pid());
        QVERIFY(request.value(QStringLiteral("typed_confirmation")).toBool());

        migration.run("ROLLBACK");
        QCOMPARE(waiter1.finish(), QString());
        QCOMPARE(waiter2.finish(), QString());
    }

    void activityCommandFlagsLongQueries()
    {
        const auto info = TestCluster::start().connInfo();
        BackgroundSession sleeper(info, "report");
        sleeper.send("SELECT pg_sleep(5)");
        auto connection = inspector();
        QTRY_VERIFY(core::ActivityReader::read(*connection)->session(sleeper.pid())->isActive());
        QProcess cli;
        cli.start(qEnvironmentVariable("MIGDESK_BINARY"),
                  {QStringLiteral("activity"), QStringLiteral("--dsn"), info.toConninfoString(),
                   QStringLiteral("--long"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(30'000));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY(json.value(QStringLiteral("long_running")).toInt() >= 1);
        core::SessionControl::Request cancel;
        cancel.pid = sleeper.pid();
        cancel.backendStart =
            core::ActivityReader::read(*connection)->session(sleeper.pid())->backendStart;
        cancel.database = QStringLiteral("postgres");
        cancel.environment = core::Environment::Development;
        cancel.confirmed = true;
        QVERIFY(core::SessionControl::perform(info, std::nullopt, cancel).ok);
        QCOMPARE(sleeper.finish(), QStringLiteral("57014"));
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
