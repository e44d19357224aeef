// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook's commands headless, as a script or CI job runs them: the whole cycle on the demo
// database (backup proven by restore, a live migration including a destructive one, a
// verification that finds a planted table without a primary key, a rollback by restore that
// brings back the exact row counts and migration state), and the bad inputs on the way.
#include "../support/backgroundsession.h"
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"
#include "cluster/demodatabase.h"
#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"
#include "history/runschemachanges.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using migdesk::tests::MigdeskRun;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;
using namespace migdesk::core;

namespace {

QString dsn()
{
    return TestCluster::start().connInfo(DemoDatabase::databaseName()).toConninfoString();
}

QStringList django()
{
    const QString project = DemoDatabase::djangoProject();
    return {QStringLiteral("--django"),    project,
            QStringLiteral("--manage-py"), project + QStringLiteral("/manage.py"),
            QStringLiteral("--python"),    QStringLiteral("/usr/bin/python3")};
}

QProcessEnvironment environment(const QString& logDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Django must not leave __pycache__ folders in the source tree.
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("MIGDESK_WEBHOOK_URL"), QString());
    env.insert(QStringLiteral("XDG_DATA_HOME"), logDir);
    return env;
}

QJsonObject jsonOf(const MigdeskRun& run)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(run.out), qPrintable(run.err));
    return object;
}

// Every user table's exact row count plus the django_migrations rows: the state a rollback by
// restore must bring back. migdesk's run history mirror is not the application's state: it
// keeps every run, the rollback's too.
QStringList databaseState()
{
    PgConnection connection;
    if (connection.open(TestCluster::start().connInfo(DemoDatabase::databaseName()), std::nullopt,
                        SessionPolicy::inspection()))
        qFatal("cannot connect to the demo database");
    const auto tables = connection.exec(
        QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p') "
                       "AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'migdesk') "
                       "ORDER BY 1"));
    QStringList state;
    for (int row = 0; row < tables->rowCount(); ++row) {
        const QString table = tables->value(row, 0).toString();
        const auto count = connection.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        state << table + QLatin1Char('=') + count->value(0, 0).toString();
    }
    const auto applied = connection.exec(
        QStringLiteral("SELECT app || '.' || name FROM django_migrations ORDER BY app, name"));
    for (int row = 0; row < applied->rowCount(); ++row)
        state << applied->value(row, 0).toString();
    return state;
}

int appliedMigrations()
{
    PgConnection connection;
    if (connection.open(TestCluster::start().connInfo(DemoDatabase::databaseName()), std::nullopt,
                        SessionPolicy::inspection()))
        qFatal("cannot connect to the demo database");
    return connection.exec(QStringLiteral("SELECT count(*) FROM django_migrations"))
        ->value(0, 0)
        .toInt();
}

// Why a run failed, short enough to read in a test log: its sentence and the end of its log.
QByteArray why(const MigdeskRun& run)
{
    const QString sentence = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("sentence"))
                                 .toString();
    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return (QStringLiteral("exit %1: ").arg(run.exitCode) + sentence + QLatin1Char('\n') +
            lines.mid(std::max<qsizetype>(0, lines.size() - 12)).join(QLatin1Char('\n')))
        .toUtf8();
}

QString statusOf(const QJsonObject& result, const QString& key)
{
    const QJsonArray checks = result.value(QStringLiteral("details"))
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
    for (const QJsonValue& check : checks) {
        if (check.toObject().value(QStringLiteral("check")).toString() == key)
            return check.toObject().value(QStringLiteral("status")).toString() + QLatin1Char(' ') +
                   check.toObject().value(QStringLiteral("figure")).toString() + QLatin1Char(' ') +
                   check.toObject().value(QStringLiteral("sentence")).toString();
    }
    return {};
}

} // namespace

class TestRunbookCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;

    QString path(const QString& name) const { return m_work.filePath(name); }
    // Where the commands' history goes: XDG_DATA_HOME is path("data").
    QString historyPath() const
    {
        return path(QStringLiteral("data/migdesk/migdesk/history.sqlite"));
    }
    MigdeskRun migdesk(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("--log-dir"));
        arguments.insert(1, path(QStringLiteral("logs")));
        const QString command = arguments.takeAt(2);
        arguments.prepend(command);
        return runMigdesk(arguments, environment(path(QStringLiteral("data"))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("MIGDESK_BINARY")), "MIGDESK_BINARY not set");
        QString error;
        QVERIFY2(DemoDatabase::create(TestCluster::start(), &error), qPrintable(error));
        QVERIFY(!DemoDatabase::djangoProject().isEmpty());
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void badInputsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("broken dsn")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--dsn"),
                           QStringLiteral("host='unterminated"), QStringLiteral("--dir"),
                           QStringLiteral("/tmp")}
            << 2 << QStringLiteral("--dsn");
        QTest::newRow("unreachable server")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--dsn"),
                           QStringLiteral("host=127.0.0.1 port=1 dbname=prs connect_timeout=3")}
            << 3 << QStringLiteral("reachable");
        QTest::newRow("backup without a folder")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--dsn"), dsn()} << 2
            << QStringLiteral("--dir");
        QTest::newRow("migrate without migrations")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn(),
                           QStringLiteral("--environment"), QStringLiteral("development")}
            << 2 << QStringLiteral("--sql-dir");
        QTest::newRow("production without confirmation")
            << (QStringList{QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn()} + django())
            << 2 << QStringLiteral("--confirm prs");
        QTest::newRow("production mistyped")
            << (QStringList{QStringLiteral("migrate"), QStringLiteral("--dsn"), dsn(),
                            QStringLiteral("--confirm"), QStringLiteral("prod")} +
                django())
            << 2 << QStringLiteral("'prod'");
        QTest::newRow("two ways back") << QStringList{QStringLiteral("rollback"),
                                                      QStringLiteral("--dsn"),
                                                      dsn(),
                                                      QStringLiteral("--previous"),
                                                      QStringLiteral("--restore"),
                                                      QStringLiteral("x")}
                                       << 2 << QStringLiteral("one way back");
        QTest::newRow("jobs need the directory format")
            << QStringList{QStringLiteral("backup"),
                           QStringLiteral("--dsn"),
                           dsn(),
                           QStringLiteral("--dir"),
                           QStringLiteral("/tmp"),
                           QStringLiteral("--jobs"),
                           QStringLiteral("4")}
            << 2 << QStringLiteral("--format directory");
        QTest::newRow("compression past gzip's levels")
            << QStringList{QStringLiteral("backup"),
                           QStringLiteral("--dsn"),
                           dsn(),
                           QStringLiteral("--dir"),
                           QStringLiteral("/tmp"),
                           QStringLiteral("--compress"),
                           QStringLiteral("10")}
            << 2 << QStringLiteral("--compress takes a gzip level from 0");
    }

    void badInputsSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const int before = appliedMigrations();
        const MigdeskRun run = migdesk(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY2(run.err.count(QLatin1Char('\n')) <= 2,
                 qPrintable(run.err)); // a sentence, not a dump
        QCOMPARE(appliedMigrations(), before);
    }

    void missingPgDumpIsOneSentence()
    {
        QTemporaryDir empty;
        const MigdeskRun run =
            migdesk({QStringLiteral("backup"), QStringLiteral("--dsn"), dsn(),
                     QStringLiteral("--environment"), QStringLiteral("development"),
                     QStringLiteral("--dir"), path(QStringLiteral("nodump")),
                     QStringLiteral("--pg-bin"), empty.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = jsonOf(run);
        QVERIFY2(
            result.value(QStringLiteral("sentence")).toString().contains(QLatin1String("pg_dump")),
            qPrintable(run.out));
        QVERIFY(QDir(path(QStringLiteral("nodump"))).entryList(QDir::Files).isEmpty());
    }

    // The whole cycle, in the order the runbook runs it.
    void fullCycleOnTheDemo()
    {
        TestCluster::exec(QStringLiteral("CREATE TABLE planted_without_pk (note text)"),
                          DemoDatabase::databaseName());
        const QStringList before = databaseState();
        const int appliedBefore = appliedMigrations();
        const QStringList target{QStringLiteral("--dsn"),         dsn(),
                                 QStringLiteral("--environment"), QStringLiteral("production"),
                                 QStringLiteral("--confirm"),     QStringLiteral("prs")};

        // Preflight: pending work and its risk are seen, pg_dump is fine.
        MigdeskRun run =
            migdesk(QStringList{QStringLiteral("preflight")} + target + django() +
                    QStringList{QStringLiteral("--backup-dir"), path(QStringLiteral("backups")),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        QVERIFY2(statusOf(jsonOf(run), QStringLiteral("pending")).contains(QLatin1String("6")),
                 qPrintable(run.out));

        // Backup, proven by a restore into a throwaway cluster.
        run = migdesk(QStringList{QStringLiteral("backup")} + target +
                      QStringList{QStringLiteral("--dir"), path(QStringLiteral("backups")),
                                  QStringLiteral("--prove"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        const QJsonObject backup = jsonOf(run);
        const QString metadata = backup.value(QStringLiteral("details"))
                                     .toObject()
                                     .value(QStringLiteral("metadata_path"))
                                     .toString();
        QVERIFY2(QFile::exists(metadata), qPrintable(run.out));
        QVERIFY(QFile::exists(backup.value(QStringLiteral("log")).toString()));

        // A dry run changes nothing and shows the SQL.
        run = migdesk(QStringList{QStringLiteral("migrate")} + target + django() +
                      QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        QCOMPARE(databaseState(), before);

        // Live, including the destructive ledger migration.
        run = migdesk(QStringList{QStringLiteral("migrate")} + target + django() +
                      QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        const QJsonObject migrateRun = jsonOf(run);
        const QJsonObject migrate = migrateRun.value(QStringLiteral("details")).toObject();
        QCOMPARE(migrate.value(QStringLiteral("applied")).toInt(), 6);
        QVERIFY(!migrate.value(QStringLiteral("wal_lsn_before")).toString().isEmpty());
        QCOMPARE(appliedMigrations(), appliedBefore + 6);
        QCOMPARE(migrateRun.value(QStringLiteral("mirror")).toString(), QStringLiteral("mirrored"));

        // The history has the run: who confirmed it, its migrations, the WAL position and what
        // it changed in the schema.
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(historyPath(), &error), qPrintable(error));
            const auto recorded =
                store.run(migrateRun.value(QStringLiteral("history_id")).toInteger()).value();
            QVERIFY(recorded);
            QCOMPARE(recorded->outcome, QStringLiteral("succeeded"));
            QCOMPARE(int(recorded->migrations.size()), 6);
            // Each migration's own start, as the sequence took it: inside the run, in order,
            // each after the one before it ended.
            QDateTime previousEnd = recorded->startedAt;
            for (const RunMigrationRecord& m : recorded->migrations) {
                QCOMPARE(m.direction, QStringLiteral("forward"));
                QCOMPARE(m.outcome, QStringLiteral("applied"));
                QVERIFY(m.seconds > 0);
                QVERIFY2(m.startedAt.isValid(), qPrintable(m.name));
                QVERIFY2(m.startedAt >= previousEnd.addMSecs(-2), qPrintable(m.name));
                previousEnd = m.startedAt.addMSecs(qint64(m.seconds * 1000));
                QVERIFY2(previousEnd <= recorded->endedAt.addMSecs(2), qPrintable(m.name));
            }
            QCOMPARE(recorded->walLsn, migrate.value(QStringLiteral("wal_lsn_before")).toString());
            QVERIFY2(recorded->confirmedBy.contains(QLatin1String("prs")),
                     qPrintable(recorded->confirmedBy));
            QCOMPARE(store.schemaSnapshotsOfRun(recorded->id).size(), std::size_t(2));
            QStringList changes;
            for (const SchemaChange& change : RunSchemaChanges::of(store, *recorded))
                changes << change.sentence();
            // The destructive ledger migration, exactly as the catalog saw it.
            for (const QString& expected :
                 {QStringLiteral("Dropped column public.ledger_ledgerentry.legacy_batch_code "
                                 "(character varying(32))."),
                  QStringLiteral("Added column public.ledger_ledgerentry.receipt_id (integer).")})
                QVERIFY2(changes.contains(expected), qPrintable(changes.join(QLatin1Char('\n'))));
            QCOMPARE(changes.size(), 10);
            // Every table's size before and after, in the run and in its report.
            bool ledgerSized = false;
            const QJsonArray sizes = QJsonDocument::fromJson(recorded->details.toUtf8())
                                         .object()
                                         .value(QStringLiteral("table_sizes"))
                                         .toArray();
            for (const QJsonValue& size : sizes) {
                const QJsonObject table = size.toObject();
                if (table.value(QStringLiteral("table")).toString() ==
                    QLatin1String("public.ledger_ledgerentry"))
                    ledgerSized = table.value(QStringLiteral("before_bytes")).toDouble() > 0 &&
                                  table.value(QStringLiteral("after_bytes")).toDouble() > 0;
            }
            QVERIFY2(ledgerSized, qPrintable(recorded->details.left(2000)));
            const MigdeskRun report =
                runMigdesk({QStringLiteral("report"), QString::number(recorded->id),
                            QStringLiteral("--format"), QStringLiteral("md")},
                           environment(path(QStringLiteral("data"))));
            QVERIFY2(report.exitCode == 0, qPrintable(report.err));
            QVERIFY2(report.out.contains(QStringLiteral("Table sizes before and after")) &&
                         report.out.contains(QStringLiteral("public.ledger_ledgerentry")),
                     qPrintable(report.out.left(3000)));
        }

        // Verify: nothing pending, and the planted table is named as there before the run (the
        // migrate run's schema snapshot), a warning; --strict fails on it as the runbook does.
        run = migdesk(QStringList{QStringLiteral("verify")} + target + django() +
                      QStringList{QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        const QJsonObject verify = jsonOf(run);
        QVERIFY2(statusOf(verify, QStringLiteral("pending")).startsWith(QLatin1String("pass")),
                 qPrintable(run.out));
        const QString primaryKeys = statusOf(verify, QStringLiteral("primary_keys"));
        QVERIFY2(
            primaryKeys.startsWith(QLatin1String("warn")) &&
                primaryKeys.contains(QLatin1String("planted_without_pk")) &&
                primaryKeys.contains(QLatin1String("There before the run (the schema before run")),
            qPrintable(run.out));
        run = migdesk(QStringList{QStringLiteral("verify")} + target + django() +
                      QStringList{QStringLiteral("--strict"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            statusOf(jsonOf(run), QStringLiteral("primary_keys")).startsWith(QLatin1String("fail")),
            qPrintable(run.out));

        // A backup with one byte changed is refused before the database is touched.
        const QString good = metadata.chopped(5) + QStringLiteral(".backup");
        QVERIFY(QFile::exists(good));
        QDir().mkpath(path(QStringLiteral("corrupt")));
        const QString corrupt = path(QStringLiteral("corrupt/")) + QFileInfo(good).fileName();
        QVERIFY(QFile::copy(good, corrupt));
        QVERIFY(QFile::copy(metadata,
                            path(QStringLiteral("corrupt/")) + QFileInfo(metadata).fileName()));
        {
            QFile file(corrupt);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(file.size() / 2);
            char byte = 0;
            file.getChar(&byte);
            file.seek(file.size() / 2);
            file.putChar(char(byte ^ 0x5a));
        }
        const QStringList migrated = databaseState();
        run = migdesk(QStringList{QStringLiteral("rollback")} + target +
                      QStringList{QStringLiteral("--restore"), corrupt, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(jsonOf(run)
                     .value(QStringLiteral("sentence"))
                     .toString()
                     .contains(QLatin1String("refused")),
                 qPrintable(run.out));
        QCOMPARE(databaseState(), migrated);

        // Rollback by restore: the exact rows and migration state from before.
        run = migdesk(QStringList{QStringLiteral("rollback")} + target +
                      QStringList{QStringLiteral("--restore"), metadata,
                                  QStringLiteral("--backup-dir"),
                                  path(QStringLiteral("pre-rollback")), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        QCOMPARE(databaseState(), before);
        QVERIFY(!QDir(path(QStringLiteral("pre-rollback")))
                     .entryList({QStringLiteral("*.json")})
                     .isEmpty());

        // The restore left the run history in the database alone: a reviewer elsewhere still
        // sees the migration, and the rollback after it.
        PgConnection connection;
        QVERIFY(!connection.open(TestCluster::start().connInfo(DemoDatabase::databaseName()),
                                 std::nullopt, SessionPolicy::inspection()));
        const auto mirrored = HistoryMirror::read(connection);
        QVERIFY(mirrored);
        QStringList uuids;
        for (const RunRecord& r : *mirrored)
            uuids << r.uuid;
        QVERIFY(uuids.contains(migrateRun.value(QStringLiteral("history_uuid")).toString()));
        QVERIFY(uuids.contains(jsonOf(run).value(QStringLiteral("history_uuid")).toString()));
    }

    // A lock held by another session makes the ledger migration time out; after the retries the
    // run stops with the blocker named, and the restore brings back the state from before.
    void lockTimeoutThenRollbackByRestore()
    {
        const QStringList target{QStringLiteral("--dsn"), dsn(), QStringLiteral("--environment"),
                                 QStringLiteral("staging")};
        MigdeskRun run =
            migdesk(QStringList{QStringLiteral("backup")} + target +
                    QStringList{QStringLiteral("--dir"), path(QStringLiteral("before-lock")),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        const QString metadata = jsonOf(run)
                                     .value(QStringLiteral("details"))
                                     .toObject()
                                     .value(QStringLiteral("metadata_path"))
                                     .toString();
        const QStringList before = databaseState();

        migdesk::tests::BackgroundSession blocker(
            TestCluster::start().connInfo(DemoDatabase::databaseName()), "nightly-report");
        blocker.run("BEGIN");
        blocker.run("LOCK TABLE ledger_ledgerentry IN ACCESS SHARE MODE");
        run =
            migdesk(QStringList{QStringLiteral("migrate")} + target + django() +
                    QStringList{QStringLiteral("--target"),
                                QStringLiteral("ledger:0003_ledgerentry_receipt_drop_legacy_batch"),
                                QStringLiteral("--lock-timeout"), QStringLiteral("300"),
                                QStringLiteral("--retries"), QStringLiteral("2"),
                                QStringLiteral("--retry-delay"), QStringLiteral("100"),
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = jsonOf(run);
        const QString sentence = result.value(QStringLiteral("sentence")).toString();
        QVERIFY2(sentence.contains(QString::number(blocker.pid())), why(run).constData());
        QVERIFY2(run.err.count(QLatin1String("nightly-report")) >= 2,
                 qPrintable(run.err)); // each retry names it
        blocker.run("ROLLBACK");
        const QStringList partial = databaseState();
        QVERIFY(
            !partial.contains(QStringLiteral("ledger.0003_ledgerentry_receipt_drop_legacy_batch")));

        run = migdesk(QStringList{QStringLiteral("rollback")} + target +
                      QStringList{QStringLiteral("--restore"), metadata, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, why(run).constData());
        QCOMPARE(databaseState(), before);
    }
};

QTEST_GUILESS_MAIN(TestRunbookCommands)
#include "tst_runbookcommands.moc"
