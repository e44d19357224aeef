// SPDX-License-Identifier: GPL-3.0-or-later
// Behind PgBouncer in transaction pooling, the server session migdesk used is handed to the
// application's next transaction. Nothing migdesk sets may still be there: not read-only, not its
// timeouts, not an advisory lock. Tested against Debian's real pgbouncer with one server
// connection, so the application's connection is the very server session migdesk used.
#include "../support/migdeskprocess.h"
#include "../support/pgbouncer.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "runbook/writepolicy.h"
#include "runbook/writesession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <memory>

using migdesk::tests::MigdeskRun;
using migdesk::tests::PgBouncer;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;
using namespace migdesk::core;

namespace {

const QString kDatabase = QStringLiteral("pooled_app");

struct PqFinish
{
    void operator()(PGconn* connection) const { PQfinish(connection); }
};

// What an application sees in its next transactions through a connection of its own: the
// settings migdesk uses, and whether it can write.
struct ApplicationView
{
    QString readOnly;
    QString statementTimeout;
    QString lockTimeout;
    QString synchronousCommit;
    QString insertError; // empty when the INSERT worked

    bool operator==(const ApplicationView&) const = default;
};

char* toString(const ApplicationView& view)
{
    return qstrdup(qPrintable(QStringLiteral("read_only=%1 statement_timeout=%2 lock_timeout=%3 "
                                             "synchronous_commit=%4 insert error='%5'")
                                  .arg(view.readOnly, view.statementTimeout, view.lockTimeout,
                                       view.synchronousCommit, view.insertError)));
}

ApplicationView applicationView(const QString& conninfo)
{
    const QByteArray text = (conninfo + QStringLiteral(" application_name=shop-web")).toUtf8();
    std::unique_ptr<PGconn, PqFinish> connection(PQconnectdb(text.constData()));
    if (PQstatus(connection.get()) != CONNECTION_OK)
        qFatal("the application cannot connect: %s", PQerrorMessage(connection.get()));
    const auto show = [&](const char* setting) {
        const QByteArray sql = QByteArrayLiteral("SHOW ") + setting;
        PGresult* result = PQexec(connection.get(), sql.constData());
        const QString value = PQresultStatus(result) == PGRES_TUPLES_OK
                                  ? QString::fromUtf8(PQgetvalue(result, 0, 0))
                                  : QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
        return value;
    };
    ApplicationView view{show("default_transaction_read_only"),
                         show("statement_timeout"),
                         show("lock_timeout"),
                         show("synchronous_commit"),
                         {}};
    PGresult* inserted =
        PQexec(connection.get(), "INSERT INTO orders (note) VALUES ('written after migdesk')");
    if (PQresultStatus(inserted) != PGRES_COMMAND_OK)
        view.insertError = QString::fromUtf8(PQresultErrorMessage(inserted)).trimmed();
    PQclear(inserted);
    return view;
}

ConnInfo info(const QString& conninfo)
{
    QString error;
    const auto parsed = ConnInfo::parse(conninfo, &error);
    if (!parsed)
        qFatal("bad conninfo %s: %s", qPrintable(conninfo), qPrintable(error));
    return *parsed;
}

QString direct()
{
    return TestCluster::start().connInfo(kDatabase).toConninfoString();
}

int count(const QString& sql)
{
    PgConnection connection;
    if (auto failed = connection.open(info(direct()), std::nullopt, SessionPolicy::inspection()))
        qFatal("cannot connect: %s", qPrintable(failed->message()));
    const auto result = connection.exec(sql);
    if (!result)
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(result.error().message()));
    return int(result->value(0, 0).toInt());
}

} // namespace

class tst_Pooler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void detectsThePooler();
    void inspectionSettingsHoldPerTransaction();
    void commandsLeaveNothingOnTheServerSession_data();
    void commandsLeaveNothingOnTheServerSession();
    void writingStepsThroughThePoolerAreRefused_data();
    void writingStepsThroughThePoolerAreRefused();

private:
    QString pooled() const { return m_bouncer->conninfo(kDatabase); }

    std::unique_ptr<PgBouncer> m_bouncer;
    ApplicationView m_defaults;
    QTemporaryDir m_work;
};

void tst_Pooler::initTestCase()
{
    TestCluster::exec(QStringLiteral("CREATE DATABASE pooled_app"));
    TestCluster::exec(QStringLiteral("CREATE TABLE orders (id bigserial PRIMARY KEY, note text)"),
                      kDatabase);
    m_bouncer = std::make_unique<PgBouncer>(TestCluster::start(), kDatabase);
    m_defaults = applicationView(direct());
    QVERIFY2(m_defaults.insertError.isEmpty(), qPrintable(m_defaults.insertError));
    QCOMPARE(applicationView(pooled()), m_defaults);

    QDir(m_work.path()).mkpath(QStringLiteral("sql"));
    QFile script(m_work.filePath(QStringLiteral("sql/V1__order_status.sql")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("ALTER TABLE orders ADD COLUMN status text;\n");
}

void tst_Pooler::cleanupTestCase()
{
    m_bouncer.reset();
}

// PgBouncer answers the start-up with a cancel key of its own, so the backend pid libpq was told
// is not the server's: that is how migdesk knows a pooler is in between.
void tst_Pooler::detectsThePooler()
{
    PgConnection throughPooler;
    QVERIFY(!throughPooler.open(info(pooled()), std::nullopt, SessionPolicy::inspection()));
    QVERIFY(throughPooler.behindPooler());
    PgConnection straight;
    QVERIFY(!straight.open(info(direct()), std::nullopt, SessionPolicy::inspection()));
    QVERIFY(!straight.behindPooler());
}

// Per transaction, the inspection session is still read-only with its timeouts, in a statement
// of its own and in an explicit transaction; the next client of the server session sees none of
// it.
void tst_Pooler::inspectionSettingsHoldPerTransaction()
{
    PgConnection inspection;
    QVERIFY(!inspection.open(info(pooled()), std::nullopt, SessionPolicy::inspection()));
    const auto readOnly = inspection.exec(QStringLiteral("SHOW transaction_read_only"));
    QVERIFY(readOnly);
    QCOMPARE(readOnly->value(0, 0).toString(), QStringLiteral("on"));
    const auto timeout =
        inspection.exec(QStringLiteral("SELECT current_setting('statement_timeout')"));
    QVERIFY(timeout);
    QCOMPARE(timeout->value(0, 0).toString(), QStringLiteral("30s"));
    const auto write = inspection.exec(QStringLiteral("INSERT INTO orders (note) VALUES ('no')"));
    QVERIFY(!write);
    QCOMPARE(write.error().sqlState(), QStringLiteral("25006")); // read-only transaction

    QVERIFY(inspection.exec(QStringLiteral("BEGIN")));
    const auto lockTimeout = inspection.exec(QStringLiteral("SHOW lock_timeout"));
    QVERIFY(lockTimeout);
    QCOMPARE(lockTimeout->value(0, 0).toString(), QStringLiteral("1s"));
    QVERIFY(!inspection.exec(QStringLiteral("INSERT INTO orders (note) VALUES ('no')")));
    QVERIFY(inspection.exec(QStringLiteral("ROLLBACK")));

    PgConnection writer;
    QVERIFY(!WriteSession::open(writer, {{}, info(pooled()), std::nullopt}, WritePolicy{},
                                QStringLiteral("migdesk-history")));
    QVERIFY(writer.exec(QStringLiteral("INSERT INTO orders (note) VALUES ('mirror row')")));
    const auto durable = writer.exec(QStringLiteral("SHOW synchronous_commit"));
    QVERIFY(durable);
    QCOMPARE(durable->value(0, 0).toString(), QStringLiteral("on"));

    QCOMPARE(applicationView(pooled()), m_defaults);
}

void tst_Pooler::commandsLeaveNothingOnTheServerSession_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("overview") << QStringList{
        QStringLiteral("overview"), QStringLiteral("--sample-seconds"), QStringLiteral("0.2")};
    QTest::newRow("tables") << QStringList{QStringLiteral("tables")};
    QTest::newRow("activity") << QStringList{QStringLiteral("activity")};
    QTest::newRow("locks") << QStringList{QStringLiteral("locks")};
    QTest::newRow("assess") << QStringList{QStringLiteral("assess"), QStringLiteral("--sql-dir"),
                                           m_work.filePath(QStringLiteral("sql")),
                                           QStringLiteral("--environment"),
                                           QStringLiteral("development")};
    QTest::newRow("migrate --dry-run") << QStringList{QStringLiteral("migrate"),
                                                      QStringLiteral("--sql-dir"),
                                                      m_work.filePath(QStringLiteral("sql")),
                                                      QStringLiteral("--environment"),
                                                      QStringLiteral("development"),
                                                      QStringLiteral("--dry-run")};
}

void tst_Pooler::commandsLeaveNothingOnTheServerSession()
{
    QFETCH(QStringList, arguments);
    const MigdeskRun run = runMigdesk(arguments + QStringList{QStringLiteral("--dsn"), pooled()});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2 %3").arg(run.exitCode).arg(run.out, run.err)));
    QVERIFY2(!run.err.contains(QLatin1String("read-only")), qPrintable(run.err));
    QCOMPARE(applicationView(pooled()), m_defaults);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")), 0);
}

void tst_Pooler::writingStepsThroughThePoolerAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("SQL-folder migrate")
        << QStringList{QStringLiteral("migrate"), QStringLiteral("--sql-dir"),
                       m_work.filePath(QStringLiteral("sql"))};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup"), QStringLiteral("--dir"),
                                           m_work.filePath(QStringLiteral("backups"))};
    QTest::newRow("rollback") << QStringList{QStringLiteral("rollback"),
                                             QStringLiteral("--sql-dir"),
                                             m_work.filePath(QStringLiteral("sql")),
                                             QStringLiteral("--to"),
                                             QStringLiteral("0"),
                                             QStringLiteral("--backup-dir"),
                                             m_work.filePath(QStringLiteral("backups"))};
}

// A migration run needs one server session throughout (its advisory lock, statements that run
// outside a transaction such as CREATE INDEX CONCURRENTLY), and pg_dump sets a session-level
// search_path; through a transaction pooler none of that can be safe, so migdesk refuses with a
// sentence that says to connect to the server directly, before it changes anything.
void tst_Pooler::writingStepsThroughThePoolerAreRefused()
{
    QFETCH(QStringList, arguments);
    const MigdeskRun run = runMigdesk(
        arguments + QStringList{QStringLiteral("--dsn"), pooled(), QStringLiteral("--environment"),
                                QStringLiteral("development"), QStringLiteral("--no-notify")});
    QVERIFY2(run.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2 %3").arg(run.exitCode).arg(run.out, run.err)));
    const QString said = run.out + run.err;
    QVERIFY2(said.contains(QLatin1String("pooler")) && said.contains(QLatin1String("directly")),
             qPrintable(said));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                  "WHERE table_name = 'orders' AND column_name = 'status'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")), 0);
    QVERIFY(QDir(m_work.filePath(QStringLiteral("backups"))).entryList(QDir::Files).isEmpty());
    QCOMPARE(applicationView(pooled()), m_defaults);
}

QTEST_GUILESS_MAIN(tst_Pooler)
#include "tst_pooler.moc"
