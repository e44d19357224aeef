// SPDX-License-Identifier: GPL-3.0-or-later
// One writing migdesk run per database at a time: two migrations started together (cron and the
// window), or a rollback during a migration, and the second is refused with the first's
// identity; nothing is applied twice. A run whose migdesk is killed reads as interrupted in the
// target's mirror at once, and is settled there by the next run.
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using migdesk::tests::MigdeskRun;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;
using namespace migdesk::core;

namespace {

const QString kDatabase = QStringLiteral("locked_target");

void open(PgConnection& connection)
{
    if (auto failed = connection.open(TestCluster::start().connInfo(kDatabase), std::nullopt,
                                      SessionPolicy::inspection()))
        qFatal("cannot connect: %s", qPrintable(failed->message()));
}

QVariant first(const QString& sql)
{
    PgConnection connection;
    open(connection);
    const auto result = connection.exec(sql);
    if (!result)
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(result.error().message()));
    return result->rowCount() > 0 ? result->value(0, 0) : QVariant();
}

qint64 count(const QString& sql)
{
    return first(sql).toLongLong();
}

// The runs migdesk reads back from the target's mirror, by uuid: their outcome.
QString mirroredOutcome(const QString& uuid)
{
    PgConnection connection;
    open(connection);
    const auto runs = HistoryMirror::read(connection);
    if (!runs)
        qFatal("cannot read the mirror: %s", qPrintable(runs.error().message()));
    for (const RunRecord& run : *runs) {
        if (run.uuid == uuid)
            return run.outcome;
    }
    return {};
}

// The run lock's key ("migdesk2") as pg_locks shows its low half.
const QString kRunLockHeld =
    QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                   "AND objid = (x'6d69676465736b32'::bigint & 4294967295)::oid AND objsubid = 1");

} // namespace

class tst_RunLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secondWritingRunIsRefusedWithTheFirstsIdentity_data();
    void secondWritingRunIsRefusedWithTheFirstsIdentity();
    void killedRunReadsAsInterruptedInTheMirror();

private:
    void migrateBackToZero();
    QStringList target() const; // the database, development, no webhook
    QStringList source() const; // the SQL folder
    QTemporaryDir m_work;
    QString m_backup;
};

void tst_RunLock::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("MIGDESK_BINARY")), "MIGDESK_BINARY not set");
    TestCluster::exec(QStringLiteral("CREATE DATABASE locked_target"));
    TestCluster::exec(QStringLiteral("CREATE TABLE account (id int PRIMARY KEY);"
                                     "INSERT INTO account SELECT generate_series(1, 100);"),
                      kDatabase);
    QVERIFY(QDir().mkpath(m_work.filePath(QStringLiteral("sql"))));
    // Slow enough for the second run to start while the first holds the lock.
    QFile script(m_work.filePath(QStringLiteral("sql/V1__audit_log.sql")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(
        "SELECT pg_sleep(6);\nCREATE TABLE audit_log (id bigint PRIMARY KEY, note text);\n");
    script.close();
    QFile undo(m_work.filePath(QStringLiteral("sql/U1__audit_log.sql")));
    QVERIFY(undo.open(QIODevice::WriteOnly));
    undo.write("DROP TABLE audit_log;\n");
    undo.close();
    // A backup from before the migration, for a restore that tries to run during it.
    const MigdeskRun backup = runMigdesk(
        QStringList{QStringLiteral("backup"), QStringLiteral("--dir"),
                    m_work.filePath(QStringLiteral("backups")), QStringLiteral("--json")} +
        target());
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
    const QStringList metadata = QDir(m_work.filePath(QStringLiteral("backups")))
                                     .entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(metadata.size(), 1);
    m_backup = m_work.filePath(QStringLiteral("backups/") + metadata.front());
}

QStringList tst_RunLock::source() const
{
    return {QStringLiteral("--sql-dir"), m_work.filePath(QStringLiteral("sql"))};
}

QStringList tst_RunLock::target() const
{
    return {QStringLiteral("--dsn"), TestCluster::start().connInfo(kDatabase).toConninfoString(),
            QStringLiteral("--environment"), QStringLiteral("development"),
            QStringLiteral("--no-notify")};
}

void tst_RunLock::migrateBackToZero()
{
    if (count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'audit_log'")) == 0)
        return;
    const MigdeskRun back =
        runMigdesk(QStringList{QStringLiteral("rollback"), QStringLiteral("--to"),
                               QStringLiteral("zero"), QStringLiteral("--backup-dir"),
                               m_work.filePath(QStringLiteral("pre-rollback"))} +
                   source() + target());
    QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
}

void tst_RunLock::secondWritingRunIsRefusedWithTheFirstsIdentity_data()
{
    QTest::addColumn<QStringList>("second");
    QTest::newRow("a second migrate") << QStringList{QStringLiteral("migrate")} + source();
    QTest::newRow("a restore during the migrate") << QStringList{
        QStringLiteral("rollback"), QStringLiteral("--restore"), m_backup,
        QStringLiteral("--backup-dir"), m_work.filePath(QStringLiteral("pre-rollback"))};
}

void tst_RunLock::secondWritingRunIsRefusedWithTheFirstsIdentity()
{
    QFETCH(QStringList, second);
    migrateBackToZero();

    QProcess first;
    first.start(qEnvironmentVariable("MIGDESK_BINARY"),
                QStringList{QStringLiteral("migrate")} + source() + target());
    QVERIFY(first.waitForStarted());
    QDeadlineTimer deadline(10'000);
    while (count(kRunLockHeld) == 0 && !deadline.hasExpired())
        QThread::msleep(50);
    QCOMPARE(count(kRunLockHeld), 1);

    const MigdeskRun refused = runMigdesk(second + target());
    const QString said = refused.out + refused.err;
    QVERIFY2(refused.exitCode == 1,
             qPrintable(QStringLiteral("exit %1: %2").arg(refused.exitCode).arg(said)));
    QVERIFY2(said.contains(QLatin1String("another migdesk run is writing to this database")),
             qPrintable(said));
    const QString who = HistoryStore::currentOsUser() + QLatin1Char('@') +
                        QSysInfo::machineHostName() + QStringLiteral(":migrate ");
    QVERIFY2(said.contains(who.left(40)), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String(" UTC (")), qPrintable(said));

    QVERIFY(first.waitForFinished(60'000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM migdesk_schema_history WHERE version = '1' "
                                  "AND success")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'audit_log'")),
             1);
    QCOMPARE(count(kRunLockHeld), 0); // released with the run

    // Once the first is done the same command goes ahead, and finds nothing left to apply.
    const MigdeskRun again =
        runMigdesk(QStringList{QStringLiteral("migrate")} + source() + target());
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM migdesk_schema_history WHERE version = '1'")),
        1);
}

// The mirror row is written as the migration starts and names the session that keeps it; killed
// mid-migration, migdesk leaves the row running, and every reader sees it interrupted at once.
// The next run settles the row itself.
void tst_RunLock::killedRunReadsAsInterruptedInTheMirror()
{
    migrateBackToZero();
    const QString runningUuid = QStringLiteral(
        "SELECT uuid::text FROM migdesk.runs WHERE outcome = 'running' AND kind = 'migrate'");
    QProcess killed;
    killed.start(qEnvironmentVariable("MIGDESK_BINARY"),
                 QStringList{QStringLiteral("migrate")} + source() + target());
    QVERIFY(killed.waitForStarted());
    // The lock comes first, the mirror row just after it; the migration then sleeps 6 s.
    QDeadlineTimer deadline(10'000);
    while (count(kRunLockHeld) == 0 && !deadline.hasExpired())
        QThread::msleep(50);
    QString uuid;
    while (uuid.isEmpty() && !deadline.hasExpired()) {
        if (count(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'migdesk'")) >
            0)
            uuid = first(runningUuid).toString();
        QThread::msleep(50);
    }
    QVERIFY2(!uuid.isEmpty(), "no running row in migdesk.runs while the migration runs");
    QCOMPARE(mirroredOutcome(uuid), QStringLiteral("running"));

    killed.kill();
    QVERIFY(killed.waitForFinished(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(mirroredOutcome(uuid), QStringLiteral("interrupted"), 10'000);
    // Nobody has written since: the column still says what the dead run last wrote.
    QCOMPARE(first(QStringLiteral("SELECT outcome FROM migdesk.runs WHERE uuid = '%1'").arg(uuid))
                 .toString(),
             QStringLiteral("running"));

    // The killed run's statement sleeps on in its backend until it notices; the DBA ends it.
    first(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                         "WHERE datname = 'locked_target' AND query LIKE '%pg_sleep%' "
                         "AND pid <> pg_backend_pid()"));
    QTRY_COMPARE_WITH_TIMEOUT(count(kRunLockHeld), qint64(0), 10'000);
    const MigdeskRun next =
        runMigdesk(QStringList{QStringLiteral("migrate")} + source() + target());
    QVERIFY2(next.exitCode == 0, qPrintable(next.out + next.err));
    QCOMPARE(first(QStringLiteral("SELECT outcome FROM migdesk.runs WHERE uuid = '%1'").arg(uuid))
                 .toString(),
             QStringLiteral("interrupted"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM migdesk.runs WHERE outcome = 'running'")),
             0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM migdesk_schema_history WHERE version = '1' "
                                  "AND success")),
             1);
}

QTEST_GUILESS_MAIN(tst_RunLock)
#include "tst_runlock.moc"
