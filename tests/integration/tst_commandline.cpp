// SPDX-License-Identifier: GPL-3.0-or-later
// The migdesk binary as scripts use it: output, JSON and exit codes against a real server.
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using migdesk::tests::MigdeskRun;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;

namespace {

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("MIGDESK_BINARY")), "MIGDESK_BINARY not set");
        TestCluster::start();
        TestCluster::exec(QStringLiteral("CREATE TABLE invoices AS SELECT g AS id, g * 1.5 AS "
                                         "amount FROM generate_series(1, 50000) g;"
                                         "ANALYZE invoices;"));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void version()
    {
        const MigdeskRun run = runMigdesk({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("migdesk ")));
    }

    void help()
    {
        const MigdeskRun run = runMigdesk({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("overview")));
        QVERIFY(run.out.contains(QStringLiteral("--dsn")));
    }

    void germanOnRequest()
    {
        const MigdeskRun run =
            runMigdesk({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Aufruf: migdesk")), qPrintable(run.out));
    }

    void overviewJsonHasTheServersFigures()
    {
        const auto& cluster = TestCluster::start();
        const MigdeskRun run =
            runMigdesk({QStringLiteral("overview"), QStringLiteral("--dsn"),
                        cluster.connInfo().toConninfoString(), QStringLiteral("--json"),
                        QStringLiteral("--sample-seconds"), QStringLiteral("0.2")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        migdesk::core::PgConnection truth;
        QVERIFY(!truth.open(cluster.connInfo(), std::nullopt,
                            migdesk::core::SessionPolicy::inspection()));
        const auto facts = truth.exec(QStringLiteral(
            "SELECT pg_database_size('postgres') AS db, pg_total_relation_size('invoices') AS t"));
        QVERIFY(facts);
        QCOMPARE(json.value(QStringLiteral("database")).toString(), QStringLiteral("postgres"));
        QCOMPARE(qint64(json.value(QStringLiteral("database_bytes")).toDouble()),
                 facts->toInt64(0, QStringLiteral("db")));
        QCOMPARE(json.value(QStringLiteral("server_version_num")).toInt(), truth.serverVersion());
        const QJsonObject top =
            json.value(QStringLiteral("largest_tables")).toArray().first().toObject();
        QCOMPARE(top.value(QStringLiteral("name")).toString(), QStringLiteral("invoices"));
        QCOMPARE(qint64(top.value(QStringLiteral("total_bytes")).toDouble()),
                 facts->toInt64(0, QStringLiteral("t")));
        QVERIFY(json.value(QStringLiteral("transactions_per_second")).isDouble());
        QVERIFY(json.value(QStringLiteral("sessions_total")).toInt() >= 1);
    }

    void overviewTextIsReadable()
    {
        const MigdeskRun run =
            runMigdesk({QStringLiteral("overview"), QStringLiteral("--dsn"),
                        TestCluster::start().connInfo().toConninfoString(),
                        QStringLiteral("--sample-seconds"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("public.invoices")));
        QVERIFY(run.out.contains(QStringLiteral(" MB")) || run.out.contains(QStringLiteral(" kB")));
    }

    void tablesTextSaysOneTableNotTables()
    {
        const MigdeskRun run = runMigdesk({QStringLiteral("tables"), QStringLiteral("--dsn"),
                                           TestCluster::start().connInfo().toConninfoString()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral(" in 1 table\n")), qPrintable(run.out));
    }

    void pgEnvironmentVariablesWork()
    {
        const auto& cluster = TestCluster::start();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), cluster.socketDir());
        env.insert(QStringLiteral("PGPORT"), QString::number(cluster.port()));
        env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
        env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("postgres"));
        const MigdeskRun run = runMigdesk({QStringLiteral("overview"), QStringLiteral("--json"),
                                           QStringLiteral("--sample-seconds"), QStringLiteral("0")},
                                          env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("\"database\": \"postgres\"")));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("not a command");
        QTest::addRow("malformed dsn")
            << QStringList{QStringLiteral("overview"), QStringLiteral("--dsn"),
                           QStringLiteral("host=x dbname")}
            << 2 << QStringLiteral("not a valid connection string");
        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("overview"), QStringLiteral("--frob")} << 2
            << QStringLiteral("frob");
        QTest::addRow("unreachable server")
            << QStringList{QStringLiteral("overview"), QStringLiteral("--dsn"),
                           QStringLiteral("host=127.0.0.1 port=1 user=postgres")}
            << 3 << QStringLiteral("no PostgreSQL server is reachable");
        QTest::addRow("missing database")
            << QStringList{QStringLiteral("overview"), QStringLiteral("--dsn"),
                           TestCluster::start()
                               .connInfo(QStringLiteral("nosuchdb"))
                               .toConninfoString()}
            << 3 << QStringLiteral("does not exist");
        QTest::addRow("unknown profile")
            << QStringList{QStringLiteral("overview"), QStringLiteral("--profile"),
                           QStringLiteral("nope")}
            << 2 << QStringLiteral("no connection profile named");
        QTest::addRow("bad sample interval")
            << QStringList{QStringLiteral("overview"), QStringLiteral("--sample-seconds"),
                           QStringLiteral("soon")}
            << 2 << QStringLiteral("--sample-seconds");
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const MigdeskRun run = runMigdesk(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(run.err.trimmed().count(QLatin1Char('\n')), 0); // one line, no stack of noise
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
