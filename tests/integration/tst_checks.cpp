// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight and the verification against a real server: pg_dump missing or too old, long
// queries and lock waits, a backup folder that cannot be written, a Django project with pending
// work; planted schema problems (no primary key, unindexed foreign keys, an invalid index, a NOT
// VALID constraint), smoke queries and their file, the health endpoint, manage.py check.
#include "../support/backgroundsession.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "history/schemasnapshotreader.h"
#include "runbook/preflight.h"
#include "runbook/steprunner.h"
#include "runbook/verifier.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace migdesk;
using migdesk::tests::BackgroundSession;
using migdesk::tests::TestCluster;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kVerifyDatabase = QStringLiteral("verify");

QString shopProject()
{
    return QStringLiteral(MIGDESK_SOURCE_DIR "/tests/data/shop");
}

// Runs manage.py of the shop against its database; fails the test on a non-zero exit.
void manage(const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto& cluster = TestCluster::start();
    env.insert(QStringLiteral("PGHOST"), cluster.socketDir());
    env.insert(QStringLiteral("PGPORT"), QString::number(cluster.port()));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("shop"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(shopProject());
    process.start(kPython, QStringList{QStringLiteral("manage.py")} + arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        qFatal("manage.py %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
               process.readAllStandardError().constData());
}

void recreate(const QString& database)
{
    TestCluster::exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    TestCluster::exec(QStringLiteral("CREATE DATABASE %1").arg(database));
}

core::RunbookTarget targetFor(const QString& database)
{
    core::RunbookTarget target;
    target.connection.info = TestCluster::start().connInfo(database);
    return target;
}

// The shop at a given state: "" for nothing applied, "all" for everything, else an app and
// a migration for `manage.py migrate APP NAME`.
core::RunbookTarget shopTarget(const QStringList& migrate, bool withManagePy)
{
    recreate(QStringLiteral("shop"));
    if (migrate == QStringList{QStringLiteral("all")})
        manage({QStringLiteral("migrate")});
    else if (!migrate.isEmpty())
        manage(QStringList{QStringLiteral("migrate")} + migrate);
    core::RunbookTarget target = targetFor(QStringLiteral("shop"));
    target.djangoProject = shopProject();
    if (withManagePy)
        target.managePy = shopProject() + QStringLiteral("/manage.py");
    target.python = kPython;
    return target;
}

core::StepResult preflight(const core::RunbookTarget& target, const core::PreflightOptions& options)
{
    core::RunLog log;
    core::CancelToken cancel;
    return core::Preflight::run(target, options, core::StepContext{log, cancel});
}

core::StepResult verify(const core::RunbookTarget& target, const core::VerifyOptions& options)
{
    core::RunLog log;
    core::CancelToken cancel;
    return core::Verifier::run(target, options, core::StepContext{log, cancel});
}

QJsonObject checkOf(const core::StepResult& result, const QString& key)
{
    for (const QJsonValue& check : result.detailsJson().value(QStringLiteral("checks")).toArray())
        if (check.toObject().value(QStringLiteral("check")).toString() == key)
            return check.toObject();
    return {};
}

// "warn: 1 table: public.x has no ..." for failure messages and contains() checks.
QString describe(const QJsonObject& check)
{
    return check.value(QStringLiteral("status")).toString() + QStringLiteral(": ") +
           check.value(QStringLiteral("figure")).toString() + QStringLiteral(": ") +
           check.value(QStringLiteral("sentence")).toString();
}

QString statusOf(const core::StepResult& result, const QString& key)
{
    return checkOf(result, key).value(QStringLiteral("status")).toString();
}

// A one-shot HTTP server on 127.0.0.1: answers every request with `status`, or never answers
// when status is 0.
class TinyHttpServer
{
public:
    explicit TinyHttpServer(int status) : m_status(status)
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen: %s", qPrintable(m_server.errorString()));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_status == 0 || !m_request.contains("\r\n\r\n"))
                        return;
                    const QByteArray body = m_status < 300 ? "ok" : "unhealthy";
                    socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                                  " Status\r\n"
                                  "Content-Type: text/plain\r\nContent-Length: " +
                                  QByteArray::number(body.size()) +
                                  "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/api/health/").arg(m_server.serverPort());
    }
    QByteArray request() const { return m_request; }

private:
    int m_status;
    QTcpServer m_server;
    QByteArray m_request;
};

} // namespace

class TestChecks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // manage.py runs as a child of migdesk, which passes its environment on: no
        // __pycache__ in the source tree.
        qputenv("PYTHONDONTWRITEBYTECODE", "1");
        TestCluster::start();
        TestCluster::exec(QStringLiteral("CREATE DATABASE shop"));
        TestCluster::exec(QStringLiteral("CREATE DATABASE %1").arg(kVerifyDatabase));
        QVERIFY(m_temp.isValid());
    }
    void cleanupTestCase() { TestCluster::stop(); }

    // --- Preflight -----------------------------------------------------------------------

    void preflightRefusesMissingOrOldClientTools_data()
    {
        QTest::addColumn<QString>("pgDumpScript"); // empty: no pg_dump in the folder
        QTest::addColumn<QString>("sentencePart");
        QTest::addRow("pg_dump missing") << QString() << QStringLiteral("pg_dump was not found in");
        QTest::addRow("pg_dump too old for PostgreSQL 15")
            << QStringLiteral("#!/bin/sh\necho 'pg_dump (PostgreSQL) 11.2'\n")
            << QStringLiteral("pg_dump is version 11.2 but the server is PostgreSQL 15");
    }

    void preflightRefusesMissingOrOldClientTools()
    {
        QFETCH(QString, pgDumpScript);
        QFETCH(QString, sentencePart);
        QTemporaryDir bin;
        if (!pgDumpScript.isEmpty()) {
            QFile script(bin.filePath(QStringLiteral("pg_dump")));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(pgDumpScript.toUtf8());
            script.close();
            QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        }
        core::RunbookTarget target = targetFor(kVerifyDatabase);
        target.pgBinDir = bin.path();
        const core::StepResult result = preflight(target, {});
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        const QJsonObject pgDump = checkOf(result, QStringLiteral("pg_dump"));
        QCOMPARE(pgDump.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        const QString sentence = pgDump.value(QStringLiteral("sentence")).toString();
        QVERIFY2(sentence.startsWith(sentencePart), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QLatin1Char('\n')), qPrintable(sentence));
        QVERIFY2(result.sentence.contains(sentence), qPrintable(result.sentence));
        // The server itself was fine.
        QCOMPARE(statusOf(result, QStringLiteral("connection")), QStringLiteral("pass"));
    }

    void preflightPassesWithTheInstalledTools()
    {
        const core::StepResult result = preflight(targetFor(kVerifyDatabase), {});
        QCOMPARE(statusOf(result, QStringLiteral("pg_dump")), QStringLiteral("pass"));
        QCOMPARE(statusOf(result, QStringLiteral("pg_restore")), QStringLiteral("pass"));
        QCOMPARE(statusOf(result, QStringLiteral("backup_disk")), QStringLiteral("skipped"));
        QCOMPARE(statusOf(result, QStringLiteral("pending")), QStringLiteral("skipped"));
        QCOMPARE(statusOf(result, QStringLiteral("manage_py_check")), QStringLiteral("skipped"));
        QVERIFY2(result.ok(), qPrintable(result.sentence));
        QVERIFY(!checkOf(result, QStringLiteral("database_size"))
                     .value(QStringLiteral("figure"))
                     .toString()
                     .isEmpty());
    }

    void preflightNamesLongQueries()
    {
        BackgroundSession sleeper(TestCluster::start().connInfo(kVerifyDatabase), "long-report");
        sleeper.send("SELECT pg_sleep(60)");
        BackgroundSession idle(TestCluster::start().connInfo(kVerifyDatabase), "forgotten-txn");
        idle.run("BEGIN");
        idle.run("SELECT 1");
        // Both must be older than the one-second threshold when the preflight looks.
        core::PgConnection probe;
        QVERIFY(!probe.open(TestCluster::start().connInfo(kVerifyDatabase), std::nullopt,
                            core::SessionPolicy::inspection()));
        QTRY_VERIFY_WITH_TIMEOUT(
            probe.exec(QStringLiteral(
                           "SELECT count(*) AS old FROM pg_stat_activity "
                           "WHERE pid IN ($1, $2) AND now() - xact_start > interval '1.5 s'"),
                       {sleeper.pid(), idle.pid()})
                    ->text(0, QStringLiteral("old")) == QLatin1String("2"),
            10'000);

        core::PreflightOptions options;
        options.longQuerySeconds = 1.0;
        const core::StepResult result = preflight(targetFor(kVerifyDatabase), options);
        const QJsonObject check = checkOf(result, QStringLiteral("long_queries"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        const QString text = describe(check);
        QVERIFY2(text.contains(QStringLiteral("pid %1").arg(sleeper.pid())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("pg_sleep(60)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("pid %1").arg(idle.pid())), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("idle in transaction")), qPrintable(text));
        QVERIFY2(result.ok(), qPrintable(result.sentence)); // a warning, not a refusal

        // With the runbook's minute, neither counts yet.
        const core::StepResult later = preflight(targetFor(kVerifyDatabase), {});
        QCOMPARE(statusOf(later, QStringLiteral("long_queries")), QStringLiteral("pass"));

        TestCluster::exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(sleeper.pid()));
        QCOMPARE(sleeper.finish(), QStringLiteral("57014"));
        idle.run("ROLLBACK");
    }

    void preflightNamesLockWaitsAndTheirBlockers()
    {
        TestCluster::exec(QStringLiteral("CREATE TABLE IF NOT EXISTS queued (id int PRIMARY KEY)"),
                          kVerifyDatabase);
        BackgroundSession holder(TestCluster::start().connInfo(kVerifyDatabase), "holder");
        holder.run("BEGIN");
        holder.run("LOCK TABLE queued IN ACCESS EXCLUSIVE MODE");
        BackgroundSession waiter(TestCluster::start().connInfo(kVerifyDatabase), "waiter");
        waiter.send("SELECT count(*) FROM queued");
        core::PgConnection probe;
        QVERIFY(!probe.open(TestCluster::start().connInfo(kVerifyDatabase), std::nullopt,
                            core::SessionPolicy::inspection()));
        QTRY_VERIFY_WITH_TIMEOUT(
            probe.exec(QStringLiteral(
                           "SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND pid = $1"),
                       {waiter.pid()})
                    ->text(0, QStringLiteral("n")) == QLatin1String("1"),
            10'000);

        const core::StepResult result = preflight(targetFor(kVerifyDatabase), {});
        const QJsonObject check = checkOf(result, QStringLiteral("lock_waits"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        const QString text = describe(check);
        QVERIFY2(text.contains(
                     QStringLiteral("pid %1 (postgres) waits for AccessShareLock on public.queued, "
                                    "blocked by pid %2")
                         .arg(waiter.pid())
                         .arg(holder.pid())),
                 qPrintable(text));
        QVERIFY2(result.ok(), qPrintable(result.sentence));

        holder.run("ROLLBACK");
        QCOMPARE(waiter.finish(), QString());
    }

    void preflightChecksTheBackupFolder_data()
    {
        QTest::addColumn<QString>("folder"); // relative to the test's temp dir; "" for none
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");
        QTest::addRow("a folder to be made, two levels down")
            << QStringLiteral("backups/new/level") << QStringLiteral("pass")
            << QStringLiteral("free, dump up to");
        QTest::addRow("an existing folder")
            << QStringLiteral(".") << QStringLiteral("pass") << QStringLiteral("free, dump up to");
        // Root ignores permission bits, but nobody can make a folder inside a file.
        QTest::addRow("under a regular file")
            << QStringLiteral("a-file/backups") << QStringLiteral("fail")
            << QStringLiteral("is a file, not a folder");
        QTest::addRow("the path is itself a file")
            << QStringLiteral("a-file") << QStringLiteral("fail")
            << QStringLiteral("is a file, not a folder");
        QTest::addRow("no folder chosen")
            << QString() << QStringLiteral("skipped") << QStringLiteral("No backup folder");
    }

    void preflightChecksTheBackupFolder()
    {
        QFETCH(QString, folder);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        QFile file(m_temp.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        core::PreflightOptions options;
        if (!folder.isEmpty())
            options.backupDirectory = m_temp.filePath(folder);
        const QStringList before =
            QDir(m_temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        const core::StepResult result = preflight(targetFor(kVerifyDatabase), options);
        const QJsonObject check = checkOf(result, QStringLiteral("backup_disk"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
        QVERIFY2(describe(check).contains(contains), qPrintable(describe(check)));
        QCOMPARE(result.outcome == core::StepResult::Outcome::Failed,
                 status == QLatin1String("fail"));
        // The preflight creates nothing: the backup makes its folder.
        QCOMPARE(
            QDir(m_temp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
    }

    void preflightShowsDjangoPendingWorkAndRisk_data()
    {
        QTest::addColumn<QStringList>("migrate");
        QTest::addColumn<QString>("figure");
        QTest::addRow("catalog up to 0002: the rest pending")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("0002")}
            << QStringLiteral(" pending, overall ");
        QTest::addRow("everything applied")
            << QStringList{QStringLiteral("all")} << QStringLiteral("nothing to migrate");
    }

    void preflightShowsDjangoPendingWorkAndRisk()
    {
        QFETCH(QStringList, migrate);
        QFETCH(QString, figure);
        const core::RunbookTarget target = shopTarget(migrate, true);
        core::PreflightOptions options;
        options.backupDirectory = m_temp.filePath(QStringLiteral("shop-backups"));
        const core::StepResult result = preflight(target, options);
        const QJsonObject pending = checkOf(result, QStringLiteral("pending"));
        QVERIFY2(pending.value(QStringLiteral("figure")).toString().contains(figure),
                 qPrintable(describe(pending)));
        if (figure == QLatin1String("nothing to migrate"))
            QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(statusOf(result, QStringLiteral("manage_py_check")), QStringLiteral("pass"));
        QCOMPARE(statusOf(result, QStringLiteral("backup_disk")), QStringLiteral("pass"));
        QVERIFY2(result.ok(), qPrintable(result.sentence));
    }

    void preflightRiskMatchesTheAssessment()
    {
        // Nothing applied: every shop migration is pending, the RunPython and AlterField among
        // them make the overall risk at least medium, which is a warning, not a refusal.
        const core::RunbookTarget target = shopTarget({}, false);
        const core::StepResult result = preflight(target, {});
        const QJsonObject pending = checkOf(result, QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY2(
            pending.value(QStringLiteral("sentence")).toString().contains(QLatin1String("risk")),
            qPrintable(describe(pending)));
        QVERIFY(result.ok());
    }

    void preflightSaysWhatKindOfRunItIs_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<bool>("production");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("sentence");
        QTest::addRow("dry run") << true << true << QStringLiteral("pass")
                                 << QStringLiteral("Dry run: nothing will be changed");
        QTest::addRow("live on production")
            << false << true << QStringLiteral("warn")
            << QStringLiteral("the database name verify must be typed");
        QTest::addRow("live on development")
            << false << false << QStringLiteral("pass")
            << QStringLiteral("Live run: the pending migrations will be applied");
    }

    void preflightSaysWhatKindOfRunItIs()
    {
        QFETCH(bool, dryRun);
        QFETCH(bool, production);
        QFETCH(QString, status);
        QFETCH(QString, sentence);
        core::RunbookTarget target = targetFor(kVerifyDatabase);
        target.connection.profile.environment =
            production ? core::Environment::Production : core::Environment::Development;
        core::PreflightOptions options;
        options.dryRun = dryRun;
        const QJsonObject check = checkOf(preflight(target, options), QStringLiteral("run_mode"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
        QVERIFY2(check.value(QStringLiteral("sentence")).toString().contains(sentence),
                 qPrintable(describe(check)));
    }

    void preflightWithoutTheDatabase()
    {
        core::RunbookTarget target = targetFor(QStringLiteral("no_such_database"));
        core::RunLog log;
        core::CancelToken cancel;
        const core::StepResult result =
            core::Preflight::run(target, {}, core::StepContext{log, cancel});
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QCOMPARE(statusOf(result, QStringLiteral("connection")), QStringLiteral("fail"));
        QCOMPARE(statusOf(result, QStringLiteral("database_size")), QStringLiteral("skipped"));
        QVERIFY2(result.sentence.contains(QLatin1String("does not exist")),
                 qPrintable(result.sentence));
        // Every check is in the run log as a line of its own.
        const QString logged = log.lines().join(QLatin1Char('\n'));
        QVERIFY2(logged.contains(QLatin1String("[fail] Connection: no connection")),
                 qPrintable(logged));
        QVERIFY2(logged.contains(QLatin1String("[pass] pg_dump: ")), qPrintable(logged));
    }

    // --- Verification --------------------------------------------------------------------

    void verifyFindsSchemaProblems_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("failingSetup"); // a statement that must fail, leaving its trace
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("absent");

        const QString parent = QStringLiteral(
            "CREATE TABLE parent (id int PRIMARY KEY, a int, b int, UNIQUE (a, b));");
        const QString child =
            parent + QStringLiteral("CREATE TABLE child (id int PRIMARY KEY, parent_id int "
                                    "REFERENCES parent, other int);");
        QTest::addRow("clean schema: every table has a primary key")
            << child << QString() << QStringLiteral("primary_keys") << QStringLiteral("pass")
            << QStringLiteral("none") << QString();
        // The runbook's query matched pg_class by name only: the keyed public.log hid app.log.
        QTest::addRow("a table without a primary key in another schema")
            << QStringLiteral("CREATE SCHEMA app; CREATE TABLE app.log (note text); CREATE TABLE "
                              "public.log (id int PRIMARY KEY);")
            << QString() << QStringLiteral("primary_keys") << QStringLiteral("warn")
            << QStringLiteral("app.log") << QStringLiteral("public.log");
        QTest::addRow("a partitioned table is named once, not per partition")
            << QStringLiteral("CREATE TABLE events (day date) PARTITION BY RANGE (day);"
                              "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM "
                              "('2026-01-01') TO ('2027-01-01');")
            << QString() << QStringLiteral("primary_keys") << QStringLiteral("warn")
            << QStringLiteral("public.events without") << QStringLiteral("events_2026");
        QTest::addRow("foreign key without any index")
            << child << QString() << QStringLiteral("foreign_key_indexes") << QStringLiteral("warn")
            << QStringLiteral("child_parent_id_fkey (parent_id) of public.child") << QString();
        // The runbook's query accepted any index containing the column.
        QTest::addRow("an index with the key column second does not serve it")
            << child + QStringLiteral("CREATE INDEX ON child (other, parent_id);") << QString()
            << QStringLiteral("foreign_key_indexes") << QStringLiteral("warn")
            << QStringLiteral("child_parent_id_fkey") << QString();
        QTest::addRow("an index leading with the key column serves it")
            << child + QStringLiteral("CREATE INDEX ON child (parent_id, other);") << QString()
            << QStringLiteral("foreign_key_indexes") << QStringLiteral("pass")
            << QStringLiteral("none") << QString();
        QTest::addRow("a partial index does not serve it")
            << child + QStringLiteral("CREATE INDEX ON child (parent_id) WHERE other > 0;")
            << QString() << QStringLiteral("foreign_key_indexes") << QStringLiteral("warn")
            << QStringLiteral("child_parent_id_fkey") << QString();
        const QString pair =
            parent + QStringLiteral("CREATE TABLE pair (id int PRIMARY KEY, a int, b int, FOREIGN "
                                    "KEY (a, b) REFERENCES parent (a, b));");
        QTest::addRow("a two-column key served by an index in the other order")
            << pair + QStringLiteral("CREATE INDEX ON pair (b, a);") << QString()
            << QStringLiteral("foreign_key_indexes") << QStringLiteral("pass")
            << QStringLiteral("none") << QString();
        QTest::addRow("a two-column key with an index on one of them only")
            << pair + QStringLiteral("CREATE INDEX ON pair (a);") << QString()
            << QStringLiteral("foreign_key_indexes") << QStringLiteral("warn")
            << QStringLiteral("pair_a_b_fkey (a, b) of public.pair") << QString();
        QTest::addRow("an index left invalid by a failed CREATE INDEX CONCURRENTLY")
            << QStringLiteral("CREATE TABLE dup (id int PRIMARY KEY, code int); INSERT INTO dup "
                              "VALUES (1, 7), (2, 7);")
            << QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY dup_code_key ON dup (code)")
            << QStringLiteral("invalid_indexes") << QStringLiteral("fail")
            << QStringLiteral("public.dup_code_key on public.dup") << QString();
        QTest::addRow("no invalid index")
            << child << QString() << QStringLiteral("invalid_indexes") << QStringLiteral("pass")
            << QStringLiteral("none") << QString();
        QTest::addRow("a check constraint left NOT VALID")
            << child + QStringLiteral("ALTER TABLE child ADD CONSTRAINT other_positive CHECK "
                                      "(other > 0) NOT VALID;")
            << QString() << QStringLiteral("not_valid_constraints") << QStringLiteral("warn")
            << QStringLiteral("ALTER TABLE public.child VALIDATE CONSTRAINT other_positive;")
            << QString();
        QTest::addRow("a foreign key left NOT VALID")
            << parent + QStringLiteral("CREATE TABLE late (id int PRIMARY KEY, parent_id int);"
                                       "ALTER TABLE late ADD CONSTRAINT late_parent FOREIGN KEY "
                                       "(parent_id) REFERENCES parent NOT VALID;")
            << QString() << QStringLiteral("not_valid_constraints") << QStringLiteral("warn")
            << QStringLiteral("late_parent on public.late") << QString();
        QTest::addRow("every constraint validated")
            << child << QString() << QStringLiteral("not_valid_constraints")
            << QStringLiteral("pass") << QStringLiteral("none") << QString();
    }

    void verifyFindsSchemaProblems()
    {
        QFETCH(QString, setup);
        QFETCH(QString, failingSetup);
        QFETCH(QString, key);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        QFETCH(QString, absent);
        recreate(kVerifyDatabase);
        TestCluster::exec(setup, kVerifyDatabase);
        if (!failingSetup.isEmpty()) {
            QString error;
            QVERIFY(!TestCluster::start().execute(failingSetup, &error, kVerifyDatabase));
        }
        const core::StepResult result = verify(targetFor(kVerifyDatabase), {});
        const QJsonObject check = checkOf(result, key);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
        QVERIFY2(describe(check).contains(contains), qPrintable(describe(check)));
        if (!absent.isEmpty())
            QVERIFY2(!describe(check).contains(absent), qPrintable(describe(check)));
        QCOMPARE(result.outcome == core::StepResult::Outcome::Failed,
                 status == QLatin1String("fail"));
        QCOMPARE(statusOf(result, QStringLiteral("connectivity")), QStringLiteral("pass"));
    }

    // A missing primary key or foreign-key index fails verification when the run introduced it
    // (compared with the schema before the run), warns saying so when it was there already, and
    // fails either way with --strict, as the runbook's own verification does.
    void verifyTellsWhatTheRunIntroduced_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("migration");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");

        const QString parent = QStringLiteral("CREATE TABLE parent (id int PRIMARY KEY);");
        const QString child = QStringLiteral(
            "CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent);");
        QTest::addRow("a table the run created without a primary key")
            << QString() << QStringLiteral("CREATE TABLE audit (note text);") << false
            << QStringLiteral("primary_keys") << QStringLiteral("fail")
            << QStringLiteral("Introduced by the run (not so in the schema before run 7");
        QTest::addRow("a table without a primary key from before the run")
            << QStringLiteral("CREATE TABLE legacy (note text);")
            << QStringLiteral("CREATE TABLE fresh (id int PRIMARY KEY);") << false
            << QStringLiteral("primary_keys") << QStringLiteral("warn")
            << QStringLiteral("There before the run (the schema before run 7");
        QTest::addRow("--strict fails on one from before the run")
            << QStringLiteral("CREATE TABLE legacy (note text);") << QString() << true
            << QStringLiteral("primary_keys") << QStringLiteral("fail")
            << QStringLiteral("--strict fails");
        QTest::addRow("the run dropped a primary key")
            << QStringLiteral("CREATE TABLE keyed (id int CONSTRAINT keyed_pkey PRIMARY KEY);")
            << QStringLiteral("ALTER TABLE keyed DROP CONSTRAINT keyed_pkey;") << false
            << QStringLiteral("primary_keys") << QStringLiteral("fail")
            << QStringLiteral("public.keyed");
        QTest::addRow("a foreign key the run added without an index")
            << parent << child << false << QStringLiteral("foreign_key_indexes")
            << QStringLiteral("fail") << QStringLiteral("Introduced by the run");
        QTest::addRow("a foreign key without an index from before the run")
            << parent + child << QStringLiteral("CREATE TABLE other (id int PRIMARY KEY);") << false
            << QStringLiteral("foreign_key_indexes") << QStringLiteral("warn")
            << QStringLiteral("There before the run");
        QTest::addRow("the run dropped the index that served a foreign key")
            << parent + child + QStringLiteral("CREATE INDEX child_parent ON child (parent_id);")
            << QStringLiteral("DROP INDEX child_parent;") << false
            << QStringLiteral("foreign_key_indexes") << QStringLiteral("fail")
            << QStringLiteral("Introduced by the run");
        QTest::addRow("an index in another order served it before and still does")
            << parent + QStringLiteral("CREATE TABLE pair (id int PRIMARY KEY, a int, b int);"
                                       "CREATE INDEX pair_b_a ON pair (b, a);")
            << QStringLiteral(
                   "ALTER TABLE parent ADD COLUMN a int, ADD COLUMN b int, ADD UNIQUE (a, b);"
                   "ALTER TABLE pair ADD FOREIGN KEY (a, b) REFERENCES parent (a, b);")
            << false << QStringLiteral("foreign_key_indexes") << QStringLiteral("pass")
            << QStringLiteral("none");
    }

    void verifyTellsWhatTheRunIntroduced()
    {
        QFETCH(QString, before);
        QFETCH(QString, migration);
        QFETCH(bool, strict);
        QFETCH(QString, key);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        recreate(kVerifyDatabase);
        if (!before.isEmpty())
            TestCluster::exec(before, kVerifyDatabase);
        core::PgConnection connection;
        QVERIFY(!connection.open(targetFor(kVerifyDatabase).connection.info, std::nullopt,
                                 core::SessionPolicy::inspection()));
        const auto snapshot = core::SchemaSnapshotReader::read(connection);
        QVERIFY(snapshot);
        if (!migration.isEmpty())
            TestCluster::exec(migration, kVerifyDatabase);

        core::VerifyOptions options;
        options.strict = strict;
        options.baseline =
            core::VerifyBaseline{*snapshot, QStringLiteral("the schema before run 7")};
        const core::StepResult result = verify(targetFor(kVerifyDatabase), options);
        const QJsonObject check = checkOf(result, key);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
        QVERIFY2(describe(check).contains(contains), qPrintable(describe(check)));
        QCOMPARE(result.outcome == core::StepResult::Outcome::Failed,
                 status == QLatin1String("fail"));

        // Without a baseline nothing tells them apart: a warning that says so.
        options.strict = false;
        options.baseline.reset();
        options.historyPath.clear();
        const QJsonObject unknown = checkOf(verify(targetFor(kVerifyDatabase), options), key);
        if (status != QLatin1String("pass")) {
            QCOMPARE(unknown.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
            QVERIFY2(
                describe(unknown).contains(QStringLiteral("cannot tell whether a run introduced")),
                qPrintable(describe(unknown)));
        }
    }

    void smokeQueries_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");
        QTest::addRow("reads as expected")
            << QStringLiteral("SELECT count(*) > 0 FROM accounts") << QStringLiteral("t")
            << QStringLiteral("pass") << QStringLiteral("t as expected");
        QTest::addRow("reads otherwise")
            << QStringLiteral("SELECT count(*) FROM accounts") << QStringLiteral("3")
            << QStringLiteral("fail") << QStringLiteral("expected 3, got 2");
        QTest::addRow("NULL reads as NULL")
            << QStringLiteral("SELECT max(id) FROM accounts WHERE false") << QStringLiteral("NULL")
            << QStringLiteral("pass") << QStringLiteral("NULL as expected");
        QTest::addRow("no rows") << QStringLiteral("SELECT id FROM accounts WHERE id < 0")
                                 << QStringLiteral("1") << QStringLiteral("fail")
                                 << QStringLiteral("got (no rows)");
        QTest::addRow("a syntax error") << QStringLiteral("SELEC 1") << QStringLiteral("1")
                                        << QStringLiteral("fail") << QStringLiteral("syntax error");
        QTest::addRow("a write is refused")
            << QStringLiteral("INSERT INTO accounts VALUES (99)") << QStringLiteral("")
            << QStringLiteral("fail") << QStringLiteral("read-only transaction");
        QTest::addRow("a write inside a function is refused")
            << QStringLiteral("SELECT add_account(98)") << QStringLiteral("98")
            << QStringLiteral("fail") << QStringLiteral("read-only transaction");
        QTest::addRow("switching the transaction to read-write is refused")
            << QStringLiteral("SELECT set_config('transaction_read_only', 'off', true)")
            << QStringLiteral("off") << QStringLiteral("fail")
            << QStringLiteral("The query failed");
    }

    void smokeQueries()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        recreate(kVerifyDatabase);
        TestCluster::exec(
            QStringLiteral(
                "CREATE TABLE accounts (id int PRIMARY KEY); INSERT INTO accounts VALUES (1), (2);"
                "CREATE FUNCTION add_account(n int) RETURNS int LANGUAGE sql AS "
                "'INSERT INTO accounts VALUES (n) RETURNING id';"),
            kVerifyDatabase);
        core::VerifyOptions options;
        options.smokeQueries = {
            {.name = QStringLiteral("accounts"), .sql = sql, .expected = expected},
            {.name = QStringLiteral("still connected"),
             .sql = QStringLiteral("SELECT 1"),
             .expected = QStringLiteral("1")}};
        const core::StepResult result = verify(targetFor(kVerifyDatabase), options);
        const QJsonObject check = checkOf(result, QStringLiteral("smoke:accounts"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(check.value(QStringLiteral("title")).toString(),
                 QStringLiteral("Smoke query: accounts"));
        QVERIFY2(describe(check).contains(contains), qPrintable(describe(check)));
        QCOMPARE(result.outcome == core::StepResult::Outcome::Failed,
                 status == QLatin1String("fail"));
        // A failed query does not spoil the next one, and nothing was written.
        QCOMPARE(statusOf(result, QStringLiteral("smoke:still connected")), QStringLiteral("pass"));
        core::PgConnection probe;
        QVERIFY(!probe.open(TestCluster::start().connInfo(kVerifyDatabase), std::nullopt,
                            core::SessionPolicy::inspection()));
        QCOMPARE(probe.exec(QStringLiteral("SELECT count(*) AS n FROM accounts"))
                     ->text(0, QStringLiteral("n")),
                 QStringLiteral("2"));
    }

    void smokeFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names"); // empty: refused
        QTest::addColumn<QString>("error");
        QTest::addRow("two queries with comments and blank lines")
            << QStringLiteral(
                   "-- smoke checks for the shop\n\n"
                   "-- name: users exist\n-- expect: t\nSELECT count(*) > 0\n  FROM auth_user;\n\n"
                   "-- name: no orphans\n-- what the report page reads\n-- EXPECT:   0  \n"
                   "SELECT count(*) FROM orders o\n\nWHERE o.customer_id IS NULL\n")
            << QStringList{QStringLiteral("users exist"), QStringLiteral("no orphans")}
            << QString();
        QTest::addRow("a query without expect")
            << QStringLiteral("-- name: a\n-- expect: 1\nSELECT 1;\n-- name: b\nSELECT 2;\n")
            << QStringList{}
            << QStringLiteral("smoke.sql line 4: the query \"b\" has no \"-- expect:\" line");
        QTest::addRow("a syntax error, with its line")
            << QStringLiteral("-- name: a\n-- expect: 1\n\nSELECT 1\n  FRM accounts;\n")
            << QStringList{}
            << QStringLiteral("smoke.sql line 5: the query \"a\" does not parse: syntax error");
        QTest::addRow("two statements in one query")
            << QStringLiteral("-- name: a\n-- expect: 1\nSELECT 1;\nDELETE FROM accounts;\n")
            << QStringList{}
            << QStringLiteral("smoke.sql line 4: the query \"a\" has a second statement");
        QTest::addRow("SQL before the first name")
            << QStringLiteral("-- header\nSELECT 1;\n-- name: a\n-- expect: 1\nSELECT 1;\n")
            << QStringList{} << QStringLiteral("smoke.sql line 2: SQL before the first");
        QTest::addRow("a name used twice")
            << QStringLiteral(
                   "-- name: a\n-- expect: 1\nSELECT 1;\n-- name: a\n-- expect: 2\nSELECT 2;\n")
            << QStringList{} << QStringLiteral("smoke.sql line 4: a second query is named \"a\"");
        QTest::addRow("a query without SQL")
            << QStringLiteral("-- name: a\n-- expect: 1\n-- name: b\n-- expect: 1\nSELECT 1;\n")
            << QStringList{} << QStringLiteral("smoke.sql line 1: the query \"a\" has no SQL");
        QTest::addRow("two expect lines")
            << QStringLiteral("-- name: a\n-- expect: 1\n-- expect: 2\nSELECT 1;\n")
            << QStringList{}
            << QStringLiteral("smoke.sql line 3: the query \"a\" already expects \"1\" (line 2)");
        QTest::addRow("an empty file")
            << QString() << QStringList{} << QStringLiteral("smoke.sql has no smoke queries");
    }

    void smokeFile()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QString, error);
        const QString path = m_temp.filePath(QStringLiteral("smoke.sql"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.close();
        QString message;
        const auto queries = core::Verifier::readSmokeFile(path, &message);
        if (names.isEmpty()) {
            QVERIFY(!queries);
            QVERIFY2(message.startsWith(error), qPrintable(message));
            return;
        }
        QVERIFY2(queries, qPrintable(message));
        QStringList read;
        for (const core::SmokeQuery& query : *queries)
            read << query.name;
        QCOMPARE(read, names);
        QCOMPARE(queries->at(0).expected, QStringLiteral("t"));
        QCOMPARE(queries->at(0).sql, QStringLiteral("SELECT count(*) > 0\n  FROM auth_user"));
        QCOMPARE(queries->at(1).expected, QStringLiteral("0"));
        QCOMPARE(queries->at(1).sql,
                 QStringLiteral("SELECT count(*) FROM orders o\n\nWHERE o.customer_id IS NULL"));
    }

    void smokeFileThatDoesNotExist()
    {
        QString message;
        QVERIFY(!core::Verifier::readSmokeFile(m_temp.filePath(QStringLiteral("missing.sql")),
                                               &message));
        QVERIFY2(message.startsWith(QLatin1String("Cannot read the smoke-query file")),
                 qPrintable(message));
    }

    void healthEndpoint_data()
    {
        QTest::addColumn<int>("serverStatus"); // -1: nothing listens; 0: accepts, never answers
        QTest::addColumn<QString>("url");      // instead of the server's, when given
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");
        QTest::addRow("200") << 200 << QString() << QStringLiteral("pass")
                             << QStringLiteral("HTTP 200 in");
        QTest::addRow("204") << 204 << QString() << QStringLiteral("pass")
                             << QStringLiteral("HTTP 204 in");
        QTest::addRow("503") << 503 << QString() << QStringLiteral("fail")
                             << QStringLiteral("answered HTTP 503 Status instead of 2xx");
        QTest::addRow("closed port")
            << -1 << QString() << QStringLiteral("fail") << QStringLiteral("connection refused");
        QTest::addRow("no answer within the timeout")
            << 0 << QString() << QStringLiteral("fail") << QStringLiteral("did not answer within");
        QTest::addRow("not an http URL")
            << -1 << QStringLiteral("ftp://example.org/health") << QStringLiteral("fail")
            << QStringLiteral("is not an http:// or https:// URL");
        QTest::addRow("no URL") << -1 << QStringLiteral(" ") << QStringLiteral("skipped")
                                << QStringLiteral("No health URL");
    }

    // On a StepRunner thread, as the wizard runs it: the probe's own event loop must work there.
    void healthEndpoint()
    {
        QFETCH(int, serverStatus);
        QFETCH(QString, url);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        std::unique_ptr<TinyHttpServer> server;
        core::VerifyOptions options;
        // Short only where the server is meant to stay silent.
        options.healthTimeoutMs = serverStatus == 0 ? 700 : 5'000;
        if (serverStatus >= 0) {
            server = std::make_unique<TinyHttpServer>(serverStatus);
            options.healthUrl = server->url();
        } else {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            options.healthUrl =
                QStringLiteral("http://127.0.0.1:%1/health").arg(closed.serverPort());
        }
        if (!url.isEmpty())
            options.healthUrl = url;

        core::RunLog log;
        core::StepRunner runner;
        QSignalSpy finished(&runner, &core::StepRunner::finished);
        const core::RunbookTarget target = targetFor(kVerifyDatabase);
        runner.start(log, [&](const core::StepContext& ctx) {
            return core::Verifier::run(target, options, ctx);
        });
        QVERIFY(finished.wait(20'000));
        const auto result = finished.at(0).at(0).value<core::StepResult>();
        const QJsonObject check = checkOf(result, QStringLiteral("health_endpoint"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), status);
        QVERIFY2(describe(check).contains(contains), qPrintable(describe(check)));
        if (server && serverStatus > 0)
            QVERIFY2(server->request().startsWith("GET /api/health/ HTTP/1.1"),
                     server->request().constData());
        QVERIFY(log.lines()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("] [%1] Health endpoint: ").arg(status)));
    }

    void verifyDjango_data()
    {
        QTest::addColumn<QStringList>("migrate");
        QTest::addColumn<bool>("withManagePy");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("contains");
        QTest::addRow("all applied, read statically")
            << QStringList{QStringLiteral("all")} << false << QStringLiteral("pass")
            << QStringLiteral("none pending");
        QTest::addRow("all applied, Django's own plan")
            << QStringList{QStringLiteral("all")} << true << QStringLiteral("pass")
            << QStringLiteral("none pending");
        QTest::addRow("catalog up to 0002, read statically")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("0002")} << false
            << QStringLiteral("fail") << QStringLiteral("catalog.0003_product_title_text");
        QTest::addRow("catalog up to 0002, Django's own plan")
            << QStringList{QStringLiteral("catalog"), QStringLiteral("0002")} << true
            << QStringLiteral("fail") << QStringLiteral("catalog.0003_product_title_text");
    }

    void verifyDjango()
    {
        QFETCH(QStringList, migrate);
        QFETCH(bool, withManagePy);
        QFETCH(QString, status);
        QFETCH(QString, contains);
        const core::RunbookTarget target = shopTarget(migrate, withManagePy);
        const core::StepResult result = verify(target, {});
        const QJsonObject pending = checkOf(result, QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), status);
        QVERIFY2(describe(pending).contains(contains), qPrintable(describe(pending)));
        QCOMPARE(statusOf(result, QStringLiteral("manage_py_check")),
                 withManagePy ? QStringLiteral("pass") : QStringLiteral("skipped"));
        QCOMPARE(result.outcome == core::StepResult::Outcome::Failed,
                 status == QLatin1String("fail"));
    }

    void djangoCheckReportsErrorsAndWarnings()
    {
        // A copy of the shop with a model Django's checks reject, and one they warn about.
        QTemporaryDir copy;
        QProcess cp;
        cp.start(QStringLiteral("cp"),
                 {QStringLiteral("-r"), shopProject() + QStringLiteral("/."), copy.path()});
        QVERIFY(cp.waitForFinished() && cp.exitCode() == 0);
        QFile models(copy.filePath(QStringLiteral("catalog/models.py")));
        QVERIFY(models.open(QIODevice::Append));
        models.write("\n\nclass Tagged(models.Model):\n"
                     "    tags = models.ManyToManyField(\"self\", null=True)\n");
        models.close();
        core::RunbookTarget target = shopTarget({QStringLiteral("all")}, false);
        target.managePy = copy.filePath(QStringLiteral("manage.py"));
        QJsonObject check = checkOf(verify(target, {}), QStringLiteral("manage_py_check"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
        QVERIFY2(describe(check).contains(QLatin1String("catalog.Tagged.tags: (fields.W340)")),
                 qPrintable(describe(check)));

        QVERIFY(models.open(QIODevice::Append));
        models.write("\n\nclass Coded(models.Model):\n    code = models.CharField()\n");
        models.close();
        const core::StepResult result = verify(target, {});
        check = checkOf(result, QStringLiteral("manage_py_check"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(describe(check).contains(QLatin1String("catalog.Coded.code: (fields.E120)")),
                 qPrintable(describe(check)));
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);

        // Django cannot even start: the exception is the sentence.
        target.connection.info.set(QStringLiteral("host"),
                                   m_temp.filePath(QStringLiteral("no-socket-here")));
        check = checkOf(verify(target, {}), QStringLiteral("manage_py_check"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(describe(check).contains(
                     QLatin1String("could not run the checks: django.db.utils.OperationalError")),
                 qPrintable(describe(check)));
    }

    void verifySqlFolderPending()
    {
        recreate(kVerifyDatabase);
        QTemporaryDir folder;
        QFile script(folder.filePath(QStringLiteral("V1__create_notes.sql")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("CREATE TABLE notes (id int PRIMARY KEY);\n");
        script.close();
        core::RunbookTarget target = targetFor(kVerifyDatabase);
        target.sqlFolder = folder.path();
        const QJsonObject pending = checkOf(verify(target, {}), QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(describe(pending).contains(QLatin1String("V1__create_notes.sql not applied")),
                 qPrintable(describe(pending)));
    }

    void verifyWithoutTheDatabase()
    {
        core::VerifyOptions options;
        options.smokeQueries = {{.name = QStringLiteral("one"),
                                 .sql = QStringLiteral("SELECT 1"),
                                 .expected = QStringLiteral("1")}};
        const core::StepResult result =
            verify(targetFor(QStringLiteral("no_such_database")), options);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QCOMPARE(statusOf(result, QStringLiteral("connectivity")), QStringLiteral("fail"));
        for (const QString& key : {QStringLiteral("pending"), QStringLiteral("primary_keys"),
                                   QStringLiteral("smoke:one")})
            QCOMPARE(statusOf(result, key), QStringLiteral("skipped"));
        QCOMPARE(result.detailsJson().value(QStringLiteral("checks")).toArray().size(), 9);
    }

    void verifyStopsWhenCancelled()
    {
        core::RunLog log;
        core::CancelToken cancel;
        cancel.cancel();
        const core::StepResult result =
            core::Verifier::run(targetFor(kVerifyDatabase), {}, core::StepContext{log, cancel});
        QCOMPARE(result.outcome, core::StepResult::Outcome::Cancelled);
        QCOMPARE(result.detailsJson().value(QStringLiteral("checks")).toArray().size(), 1);
    }

    void connectivityIsTimed()
    {
        const core::StepResult result = verify(targetFor(kVerifyDatabase), {});
        const QJsonObject check = checkOf(result, QStringLiteral("connectivity"));
        QCOMPARE(check.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
        QVERIFY2(check.value(QStringLiteral("figure"))
                     .toString()
                     .startsWith(QLatin1String("PostgreSQL 15.")),
                 qPrintable(describe(check)));
        QVERIFY2(check.value(QStringLiteral("figure")).toString().contains(QLatin1String(" in ")),
                 qPrintable(describe(check)));
    }

private:
    QTemporaryDir m_temp;
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
