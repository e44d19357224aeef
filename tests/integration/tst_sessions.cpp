// SPDX-License-Identifier: GPL-3.0-or-later
// Connections against a real PostgreSQL: policy, errors, cancel, reconnect.
#include "../support/testcluster.h"
#include "catalog/overviewreader.h"
#include "connection/connectionprobe.h"
#include "connection/databasesession.h"
#include "connection/pgconnection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace migdesk;
using migdesk::tests::TestCluster;

class TestSessions : public QObject
{
    Q_OBJECT
private:
    core::ConnInfo info() const { return TestCluster::start().connInfo(); }

    static void requirePassword(const QString& role)
    {
        // Password authentication for one role over the socket: prepend to pg_hba.conf (first
        // match wins) and reload.
        const QString path = TestCluster::start().dataDir() + QStringLiteral("/pg_hba.conf");
        QFile hba(path);
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray old = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all " + role.toUtf8() + " scram-sha-256\n" + old);
        hba.close();
        TestCluster::exec(QStringLiteral("SELECT pg_reload_conf()"));
    }

private slots:
    void initTestCase()
    {
        TestCluster::start();
        TestCluster::exec(
            QStringLiteral("CREATE ROLE alice LOGIN PASSWORD 'correct horse';"
                           "CREATE TABLE public.t(id int primary key); INSERT INTO t VALUES (1);"));
        requirePassword(QStringLiteral("alice"));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    // The policy holds for each transaction (a pooler may hand the server session on after it),
    // so the transaction is read-only, not the session's default.
    void connectsWithInspectionPolicy()
    {
        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        const auto settings = connection.exec(QStringLiteral(
            "SELECT current_setting('transaction_read_only') AS ro, "
            "current_setting('application_name') AS app, "
            "current_setting('statement_timeout') AS st, current_setting('lock_timeout') AS lt"));
        QVERIFY(settings);
        QCOMPARE(settings->text(0, QStringLiteral("ro")), QStringLiteral("on"));
        QCOMPARE(settings->text(0, QStringLiteral("app")), QStringLiteral("migdesk"));
        QCOMPARE(settings->text(0, QStringLiteral("st")), QStringLiteral("30s"));
        QCOMPARE(settings->text(0, QStringLiteral("lt")), QStringLiteral("1s"));
    }

    void readOnlyRefusesWrites()
    {
        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        const auto write = connection.exec(QStringLiteral("INSERT INTO t VALUES (2)"));
        QVERIFY(!write);
        QCOMPARE(write.error().kind(), core::DbError::Kind::ReadOnly);
        QCOMPARE(write.error().sqlState(), QStringLiteral("25006"));
        const auto count = connection.exec(QStringLiteral("SELECT count(*) AS n FROM t"));
        QVERIFY(count);
        QCOMPARE(count->toInt64(0, QStringLiteral("n")), 1);
    }

    void statementTimeoutApplies()
    {
        core::SessionPolicy policy;
        policy.statementTimeoutMs = 200;
        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, policy));
        QElapsedTimer timer;
        timer.start();
        const auto slow = connection.exec(QStringLiteral("SELECT pg_sleep(5)"));
        QVERIFY(!slow);
        QCOMPARE(slow.error().kind(), core::DbError::Kind::StatementTimeout);
        QVERIFY2(timer.elapsed() < 2000, "statement_timeout did not stop the query");
        QVERIFY(connection.isOpen());
    }

    // The policy is transaction-local; a statement that refuses a transaction (and so a
    // pipeline) runs with session-level settings instead, on a direct connection, which are
    // reset after it: a lock wait still times out, and the next statement is unaffected.
    void statementOutsideATransactionKeepsThePolicy()
    {
        core::SessionPolicy policy;
        policy.readOnly = false;
        policy.lockTimeoutMs = 300;
        core::PgConnection writer;
        QVERIFY(!writer.open(info(), std::nullopt, policy));
        QVERIFY(
            writer.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS concurrent_target (id int)")));
        QVERIFY(writer.exec(QStringLiteral("CREATE INDEX CONCURRENTLY concurrent_target_id "
                                           "ON concurrent_target (id)")));
        QVERIFY(writer.execScript(QStringLiteral("DROP INDEX CONCURRENTLY concurrent_target_id")));

        core::PgConnection holder;
        QVERIFY(!holder.open(info(), std::nullopt, policy));
        QVERIFY(holder.exec(QStringLiteral("BEGIN")));
        QVERIFY(holder.exec(QStringLiteral("LOCK TABLE concurrent_target IN SHARE MODE")));
        QElapsedTimer timer;
        timer.start();
        const auto blocked =
            writer.exec(QStringLiteral("CREATE INDEX CONCURRENTLY concurrent_target_id2 "
                                       "ON concurrent_target (id)"));
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().sqlState(), QStringLiteral("55P03")); // lock_not_available
        QVERIFY2(timer.elapsed() < 3000, "lock_timeout did not apply outside a transaction");
        QVERIFY(holder.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(writer.execScript(QStringLiteral("DROP INDEX IF EXISTS concurrent_target_id2")));
        const auto after =
            writer.exec(QStringLiteral("SELECT current_setting('lock_timeout') AS lt"));
        QVERIFY(after);
        QCOMPARE(after->text(0, QStringLiteral("lt")), QStringLiteral("300ms"));
    }

    void boundParametersAreValuesNotSql()
    {
        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        const QString hostile = QStringLiteral("x'); DROP TABLE t; --");
        const auto echo = connection.exec(QStringLiteral("SELECT $1::text AS v, $2::int AS n"),
                                          {hostile, QVariant()});
        QVERIFY(echo);
        QCOMPARE(echo->text(0, QStringLiteral("v")), hostile);
        QVERIFY(echo->isNull(0, QStringLiteral("n")));
    }

    void cancelStopsALongQueryWithinASecond()
    {
        core::DatabaseSession session(info(), core::SessionPolicy::inspection(), std::nullopt);
        QSignalSpy state(&session, &core::DatabaseSession::stateChanged);
        session.open();
        QTRY_COMPARE(session.state(), core::SessionState::Connected);

        std::optional<core::DbError> outcome;
        bool finished = false;
        QObject context;
        session.run<core::QueryResult>(
            &context,
            [](core::PgConnection& c) { return c.exec(QStringLiteral("SELECT pg_sleep(30)")); },
            [&](const core::Result<core::QueryResult>& r) {
                finished = true;
                if (!r)
                    outcome = r.error();
            });
        // Wait until the server runs the sleep, then cancel and time how long it takes to stop.
        core::PgConnection observer;
        QVERIFY(!observer.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        QTRY_VERIFY(observer
                        .exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE query = "
                                             "'SELECT pg_sleep(30)' AND state = 'active'"))
                        ->rowCount() == 1);
        QElapsedTimer timer;
        timer.start();
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished, 1000);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(outcome);
        QCOMPARE(outcome->kind(), core::DbError::Kind::Cancelled);
        QCOMPARE(session.state(), core::SessionState::Connected); // cancel is not a lost connection
    }

    void reconnectsAfterServerRestart()
    {
        core::DatabaseSession session(info(), core::SessionPolicy::inspection(), std::nullopt);
        session.open();
        QTRY_COMPARE(session.state(), core::SessionState::Connected);
        QString error;
        QVERIFY2(TestCluster::start().restart(&error), qPrintable(error));

        // The first query after the restart finds the connection dead; the session then
        // reconnects by itself and the next query works.
        std::optional<core::Result<core::QueryResult>> first;
        QObject context;
        const auto job = [](core::PgConnection& c) {
            return c.exec(QStringLiteral("SELECT 42 AS x"));
        };
        session.run<core::QueryResult>(
            &context, job, [&](const core::Result<core::QueryResult>& r) { first = r; });
        QTRY_VERIFY(first.has_value());
        QVERIFY(!*first);
        QCOMPARE(first->error().kind(), core::DbError::Kind::ConnectionLost);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), core::SessionState::Connected, 10'000);
        std::optional<core::Result<core::QueryResult>> second;
        session.run<core::QueryResult>(
            &context, job, [&](const core::Result<core::QueryResult>& r) { second = r; });
        QTRY_VERIFY(second.has_value());
        QVERIFY(*second);
        QCOMPARE((*second)->toInt64(0, QStringLiteral("x")), 42);
    }

    void connectionErrors_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("kind");
        const QString sock = TestCluster::start().socketDir();
        const QString port = QString::number(TestCluster::start().port());
        const QString base = QStringLiteral("host='%1' port=%2 ").arg(sock, port);
        QTest::addRow("wrong password")
            << base + QStringLiteral("user=alice dbname=postgres") << QStringLiteral("wrong")
            << int(core::DbError::Kind::AuthenticationFailed);
        QTest::addRow("no password") << base + QStringLiteral("user=alice dbname=postgres")
                                     << QString() << int(core::DbError::Kind::PasswordRequired);
        QTest::addRow("missing database") << base + QStringLiteral("user=postgres dbname=nosuchdb")
                                          << QString() << int(core::DbError::Kind::DatabaseMissing);
        QTest::addRow("missing role") << base + QStringLiteral("user=nobody dbname=postgres")
                                      << QString() << int(core::DbError::Kind::RoleMissing);
        QTest::addRow("no server on that port")
            << QStringLiteral("host='%1' port=1 user=postgres").arg(sock) << QString()
            << int(core::DbError::Kind::HostUnreachable);
        QTest::addRow("refused tcp port") << QStringLiteral("host=127.0.0.1 port=1 user=postgres")
                                          << QString() << int(core::DbError::Kind::HostUnreachable);
        QTest::addRow("unknown host") << QStringLiteral("host=no-such-host.invalid user=postgres")
                                      << QString() << int(core::DbError::Kind::UnknownHost);
        QTest::addRow("ssl required by client")
            << QStringLiteral("host=127.0.0.1 port=%1 user=postgres sslmode=require").arg(port)
            << QString() << int(core::DbError::Kind::SslUnsupported);
    }

    void connectionErrors()
    {
        QFETCH(QString, conninfo);
        QFETCH(QString, password);
        QFETCH(int, kind);
        QString parseError;
        const auto parsed = core::ConnInfo::parse(conninfo, &parseError);
        QVERIFY2(parsed, qPrintable(parseError));
        core::PgConnection connection;
        const auto error = connection.open(
            *parsed, password.isEmpty() ? std::nullopt : std::optional<QString>(password),
            core::SessionPolicy::inspection());
        QVERIFY(error);
        QCOMPARE(int(error->kind()), kind);
        QVERIFY(!error->sentence().isEmpty());
    }

    void rightPasswordConnects()
    {
        core::ConnInfo alice = info();
        alice.set(QStringLiteral("user"), QStringLiteral("alice"));
        const auto probe = core::ConnectionProbe::runNow(alice, QStringLiteral("correct horse"));
        QVERIFY2(!probe.error, probe.error ? qPrintable(probe.error->sentence()) : "");
        QCOMPARE(probe.user, QStringLiteral("alice"));
    }

    void overviewMatchesTheServer()
    {
        TestCluster::exec(QStringLiteral("CREATE TABLE big AS SELECT g AS id, repeat('x', 200) AS "
                                         "pad FROM generate_series(1, 20000) g;"
                                         "CREATE TABLE small AS SELECT 1 AS id; ANALYZE;"));
        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        const auto overview = core::OverviewReader::read(connection);
        QVERIFY2(overview, overview ? "" : qPrintable(overview.error().sentence()));
        const auto truth =
            connection.exec(QStringLiteral("SELECT pg_database_size(current_database()) AS db, "
                                           "pg_total_relation_size('big') AS big"));
        QVERIFY(truth);
        QCOMPARE(overview->databaseBytes, truth->toInt64(0, QStringLiteral("db")));
        QCOMPARE(overview->database, QStringLiteral("postgres"));
        QCOMPARE(overview->serverVersionNum, connection.serverVersion());
        QVERIFY(overview->uptimeSeconds > 0);
        QVERIFY(!overview->largestTables.empty());
        QCOMPARE(overview->largestTables.front().qualifiedName(), QStringLiteral("public.big"));
        QCOMPARE(overview->largestTables.front().totalBytes,
                 truth->toInt64(0, QStringLiteral("big")));
        QCOMPARE(overview->largestTables.front().estimatedRows, 20000);
        QVERIFY(overview->totalSessions() >= 1);
        QVERIFY(overview->cacheHitRatio.has_value());
    }

    void overviewDoesNotWaitBehindAnExclusiveLock()
    {
        // A migration holds ACCESS EXCLUSIVE on "big": the overview must still answer at once,
        // with the table's size estimated and flagged.
        core::SessionPolicy writer;
        writer.readOnly = false;
        writer.applicationName = QStringLiteral("migration");
        core::PgConnection migration;
        QVERIFY(!migration.open(info(), std::nullopt, writer));
        QVERIFY(migration.exec(QStringLiteral("BEGIN")));
        QVERIFY(migration.exec(QStringLiteral("LOCK TABLE big IN ACCESS EXCLUSIVE MODE")));

        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        QElapsedTimer timer;
        timer.start();
        const auto overview = core::OverviewReader::read(connection);
        QVERIFY2(overview, overview ? "" : qPrintable(overview.error().sentence()));
        QVERIFY(timer.elapsed() < 1000);
        const auto it =
            std::find_if(overview->largestTables.begin(), overview->largestTables.end(),
                         [](const core::TableSize& t) { return t.name == QLatin1String("big"); });
        QVERIFY(it != overview->largestTables.end());
        QVERIFY(it->locked);
        QVERIFY(it->totalBytes > 0);
        QVERIFY(migration.exec(QStringLiteral("ROLLBACK")));
    }

    void transactionsPerSecondFromTwoSamples()
    {
        core::PgConnection connection;
        QVERIFY(!connection.open(info(), std::nullopt, core::SessionPolicy::inspection()));
        const auto first = core::OverviewReader::read(connection);
        QVERIFY(first);
        for (int i = 0; i < 20; ++i)
            QVERIFY(connection.exec(QStringLiteral("SELECT 1")));
        // pg_stat_database is fed at transaction end with up to PGSTAT_MIN_INTERVAL (1 s) delay;
        // force the flush so the counter is exact.
        QVERIFY(connection.exec(QStringLiteral("SELECT pg_stat_force_next_flush()")));
        QVERIFY(connection.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()")));
        const auto second = core::OverviewReader::read(connection);
        QVERIFY(second);
        QVERIFY(second->transactionsTotal >= first->transactionsTotal + 20);
        const auto tps = core::transactionsPerSecond(*first, *second);
        QVERIFY(tps.has_value());
        QVERIFY(*tps > 0);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
