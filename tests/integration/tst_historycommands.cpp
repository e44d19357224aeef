// SPDX-License-Identifier: GPL-3.0-or-later
// `migdesk history` and `migdesk report` headless: a migration applied with psql outside migdesk
// shows as such next to one a recorded run applied, a run mirrored from another machine shows
// once, and a run's report is written as a self-contained HTML file with its steps and figures.
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using migdesk::tests::MigdeskRun;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;
using namespace migdesk::core;

namespace {

const QString kDatabase = QStringLiteral("history_target");

QString dsn()
{
    return TestCluster::start().connInfo(kDatabase).toConninfoString();
}

// What Django's own migrate creates, and the row for a migration a recorded run applied seven
// minutes ago.
constexpr auto kDjangoTable = R"(
CREATE TABLE django_migrations (
    id bigserial PRIMARY KEY,
    app varchar(255) NOT NULL,
    name varchar(255) NOT NULL,
    applied timestamptz NOT NULL);
INSERT INTO django_migrations (app, name, applied)
VALUES ('billing', '0006_invoice_due', now() - interval '7 minutes');)";

// The same database as psql on a DBA's terminal sees it.
QString psql(const QString& sql)
{
    QProcess process;
    process.start(ThrowawayCluster::serverBinDir() + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                   QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), dsn(),
                   QStringLiteral("-c"), sql});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return QString::fromUtf8(process.readAllStandardError()) +
               QStringLiteral(" (psql did not finish)");
    return {};
}

RunRecord recordedMigration(const QString& uuid)
{
    RunRecord run;
    run.uuid = uuid;
    run.kind = QStringLiteral("migrate");
    run.profile = QStringLiteral("prod-eu");
    run.environment = QStringLiteral("production");
    run.server = QStringLiteral("db1:5432/") + kDatabase;
    run.database = kDatabase;
    run.osUser = QStringLiteral("oncall");
    run.confirmedBy = QStringLiteral("oncall@laptop-7");
    run.walLsn = QStringLiteral("0/3000148");
    run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    run.steps = {{QStringLiteral("preflight"), QStringLiteral("succeeded"), run.startedAt, 3.5,
                  QStringLiteral("All checks passed.")},
                 {QStringLiteral("backup"), QStringLiteral("succeeded"), run.startedAt.addSecs(4),
                  61.0, QStringLiteral("Backup written and verified.")},
                 {QStringLiteral("migrate"), QStringLiteral("succeeded"), run.startedAt.addSecs(66),
                  125.0, QStringLiteral("Applied 1 migration.")}};
    run.backups = {{QStringLiteral("/backups/history_target.dump"), QStringLiteral("custom"),
                    qint64(3) * 1024 * 1024, QStringLiteral("5e1f00c0ffee")}};
    RunMigrationRecord m;
    m.position = 1;
    m.direction = QStringLiteral("forward");
    m.source = QStringLiteral("django");
    m.app = QStringLiteral("billing");
    m.name = QStringLiteral("0006_invoice_due");
    m.outcome = QStringLiteral("applied");
    m.startedAt = run.startedAt.addSecs(66);
    m.seconds = 125;
    m.lockWaitSeconds = 12;
    m.maxBlocked = 4;
    m.sql = QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;");
    run.migrations = {m};
    return run;
}

QJsonObject jsonOf(const MigdeskRun& run)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(run.out), qPrintable(run.err));
    return object;
}

QJsonObject entryNamed(const QJsonArray& entries, const QString& source, const QString& name)
{
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QStringLiteral("source")).toString() == source &&
            entry.value(QStringLiteral("name")).toString() == name)
            return entry;
    }
    return {};
}

} // namespace

class TestHistoryCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    qint64 m_runId = 0;
    QString m_runUuid;
    QString m_remoteUuid; // a run only in the target's mirror

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_work.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("MIGDESK_WEBHOOK_URL"), QString());
        return env;
    }
    MigdeskRun migdesk(const QStringList& arguments) const
    {
        return runMigdesk(arguments, environment());
    }
    // Where the migdesk binary keeps its history under this sandbox: AppDataLocation of the
    // organisation and application "migdesk".
    QString storePath() const
    {
        return m_work.filePath(QStringLiteral("data/migdesk/migdesk/history.sqlite"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("MIGDESK_BINARY")), "MIGDESK_BINARY not set");
        QVERIFY(m_work.isValid());
        TestCluster::exec(QStringLiteral("CREATE DATABASE ") + kDatabase);
        TestCluster::exec(QString::fromLatin1(kDjangoTable), kDatabase);

        QVERIFY(QDir().mkpath(QFileInfo(storePath()).absolutePath()));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(storePath(), &error), qPrintable(error));
        m_runUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const RunRecord run = recordedMigration(m_runUuid);
        m_runId = store.beginRun(run, &error);
        QVERIFY2(m_runId > 0, qPrintable(error));
        QVERIFY2(store.setRunFacts(m_runId, run, &error), qPrintable(error));
        QVERIFY2(store.appendLog(m_runId,
                                 {QStringLiteral("Applying billing.0006_invoice_due <on invoice>")},
                                 &error),
                 qPrintable(error));
        QVERIFY2(store.finishRun(m_runId, QStringLiteral("succeeded"), &error), qPrintable(error));
    }

    void migrationAppliedWithPsqlIsOutsideMigdesk()
    {
        QCOMPARE(psql(QStringLiteral("INSERT INTO django_migrations (app, name, applied) "
                                     "VALUES ('billing', '0007_by_hand', now())")),
                 QString());
        const MigdeskRun run = migdesk(
            {QStringLiteral("history"), QStringLiteral("--dsn"), dsn(), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray entries = jsonOf(run).value(QStringLiteral("entries")).toArray();

        const QJsonObject byHand =
            entryNamed(entries, QStringLiteral("django"), QStringLiteral("0007_by_hand"));
        QCOMPARE(byHand.value(QStringLiteral("app")).toString(), QStringLiteral("billing"));
        QCOMPARE(byHand.value(QStringLiteral("outside_migdesk")).toBool(), true);

        const QJsonObject byRun =
            entryNamed(entries, QStringLiteral("django"), QStringLiteral("0006_invoice_due"));
        QCOMPARE(byRun.value(QStringLiteral("outside_migdesk")).toBool(), false);
        QCOMPARE(byRun.value(QStringLiteral("run_id")).toInteger(), m_runId);
        // The store records the host name of the machine that wrote the run: this one.
        QCOMPARE(byRun.value(QStringLiteral("who")).toString(),
                 QStringLiteral("oncall@") + QSysInfo::machineHostName());

        // Newest first: the psql row, then the run's migration, then the run itself.
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("0007_by_hand"));
        QCOMPARE(entries[2].toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("migrate"));

        const MigdeskRun table =
            migdesk({QStringLiteral("history"), QStringLiteral("--dsn"), dsn()});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(QStringLiteral("billing.0007_by_hand")), qPrintable(table.out));
        QVERIFY2(table.out.contains(QStringLiteral("outside migdesk")), qPrintable(table.out));
    }

    void mirroredRunsShowOnce()
    {
        PgConnection writable;
        SessionPolicy policy;
        policy.readOnly = false;
        QVERIFY(!writable.open(TestCluster::start().connInfo(kDatabase), std::nullopt, policy));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(storePath(), &error), qPrintable(error));
        const auto local = store.run(m_runId).value();
        QVERIFY(local);
        QVERIFY(!HistoryMirror::write(writable, *local));
        // Its uuid starts with digits only, as about one in forty do: `report 38542191` must
        // still find it in the mirror, not take it for a local run id.
        RunRecord remote = recordedMigration(
            QStringLiteral("38542191") + QUuid::createUuid().toString(QUuid::WithoutBraces).mid(8));
        remote.kind = QStringLiteral("verify");
        remote.hostName = QStringLiteral("reviewer-box");
        remote.migrations.clear();
        remote.endedAt = remote.startedAt.addSecs(30);
        remote.outcome = QStringLiteral("succeeded");
        m_remoteUuid = remote.uuid;
        QVERIFY(!HistoryMirror::write(writable, remote));

        const MigdeskRun run =
            migdesk({QStringLiteral("history"), QStringLiteral("--dsn"), dsn(),
                     QStringLiteral("--json"), QStringLiteral("--kind"), QStringLiteral("verify")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray verifies = jsonOf(run).value(QStringLiteral("entries")).toArray();
        QCOMPARE(verifies.size(), 1);
        QCOMPARE(verifies[0].toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("mirror"));
        QCOMPARE(verifies[0].toObject().value(QStringLiteral("who")).toString(),
                 QStringLiteral("oncall@reviewer-box"));

        const MigdeskRun migrates = migdesk({QStringLiteral("history"), QStringLiteral("--dsn"),
                                             dsn(), QStringLiteral("--json"),
                                             QStringLiteral("--kind"), QStringLiteral("migrate")});
        const QJsonArray entries = jsonOf(migrates).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("source")).toString(),
                 QStringLiteral("migdesk"));
    }

    void reportOfARunFromAnotherMachine()
    {
        const QStringList arguments{QStringLiteral("report"), m_remoteUuid.left(8),
                                    QStringLiteral("--format"), QStringLiteral("md")};
        const MigdeskRun withoutTarget = migdesk(arguments);
        QCOMPARE(withoutTarget.exitCode, 2);
        QVERIFY2(withoutTarget.err.contains(QStringLiteral("--dsn")),
                 qPrintable(withoutTarget.err));

        const MigdeskRun run = migdesk(arguments + QStringList{QStringLiteral("--dsn"), dsn()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("reviewer-box")), qPrintable(run.out));
        QVERIFY(run.out.contains(m_remoteUuid));
        QVERIFY(run.out.contains(QStringLiteral("| verify |")));
    }

    void reportWritesTheRunAsHtml()
    {
        const QString file = m_work.filePath(QStringLiteral("run.html"));
        const MigdeskRun run =
            migdesk({QStringLiteral("report"), QString::number(m_runId), QStringLiteral("--format"),
                     QStringLiteral("html"), QStringLiteral("--output"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile html(file);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        for (const QString& piece :
             {QStringLiteral("<!DOCTYPE html>"), QStringLiteral("<svg"),
              QStringLiteral("preflight"), QStringLiteral("backup"), QStringLiteral("migrate"),
              QStringLiteral("2 min 5 s"), QStringLiteral("1 min 1 s"),
              QStringLiteral("billing.0006_invoice_due"), QStringLiteral("3.0 MB"),
              QStringLiteral("5e1f00c0ffee"), QStringLiteral("0/3000148"),
              QStringLiteral("oncall@laptop-7"),
              QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;"),
              QStringLiteral("Applying billing.0006_invoice_due &lt;on invoice&gt;")})
            QVERIFY2(text.contains(piece), qPrintable(QStringLiteral("missing: ") + piece));

        const MigdeskRun byUuid = migdesk({QStringLiteral("report"), m_runUuid,
                                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(byUuid.exitCode == 0, qPrintable(byUuid.err));
        const QJsonArray runs = jsonOf(byUuid).value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].toObject().value(QStringLiteral("steps")).toArray().size(), 3);

        const MigdeskRun markdown = migdesk({QStringLiteral("report"), QString::number(m_runId),
                                             QStringLiteral("--format"), QStringLiteral("md")});
        QVERIFY2(markdown.exitCode == 0, qPrintable(markdown.err));
        QVERIFY(markdown.out.contains(QStringLiteral("| migrate | succeeded |")));
    }

    void unknownRunIsBadInput()
    {
        const MigdeskRun run = migdesk({QStringLiteral("report"), QStringLiteral("999999"),
                                        QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("There is no run 999999")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void localHistoryWithoutConnection()
    {
        const MigdeskRun run = migdesk({QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray entries = jsonOf(run).value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].toObject().value(QStringLiteral("run_uuid")).toString(), m_runUuid);
        const MigdeskRun later =
            migdesk({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--since"),
                     QDate::currentDate().addDays(2).toString(Qt::ISODate)});
        QCOMPARE(jsonOf(later).value(QStringLiteral("entries")).toArray().size(), 0);
    }

    // The whole way: a migration applied by `migdesk migrate` is the run's in the timeline, a
    // version recorded by hand in the same history table is not, and the run's report has the
    // steps, the migration and the schema change the run made.
    void migrateRunAndHandAppliedVersion()
    {
        const QString folder = m_work.filePath(QStringLiteral("sql"));
        QVERIFY(QDir().mkpath(folder));
        QFile file(folder + QStringLiteral("/V1__create_note.sql"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("CREATE TABLE note (id integer PRIMARY KEY, body text NOT NULL);\n"
                   "CREATE INDEX note_body ON note (body);\n");
        file.close();
        const MigdeskRun migrate =
            migdesk({QStringLiteral("migrate"), QStringLiteral("--sql-dir"), folder,
                     QStringLiteral("--dsn"), dsn(), QStringLiteral("--environment"),
                     QStringLiteral("development"), QStringLiteral("--log-dir"),
                     m_work.filePath(QStringLiteral("logs")), QStringLiteral("--no-notify"),
                     QStringLiteral("--json")});
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        const qint64 runId = jsonOf(migrate).value(QStringLiteral("history_id")).toInteger();
        QVERIFY(runId > 0);

        QCOMPARE(psql(QStringLiteral(
                     "INSERT INTO migdesk_schema_history (version, description, script, checksum, "
                     "installed_by, execution_time_ms, success) VALUES ('2', 'by hand', "
                     "'V2__by_hand.sql', 'none', current_user, 5, true)")),
                 QString());
        const MigdeskRun history = migdesk(
            {QStringLiteral("history"), QStringLiteral("--dsn"), dsn(), QStringLiteral("--json")});
        QVERIFY2(history.exitCode == 0, qPrintable(history.err));
        const QJsonArray entries = jsonOf(history).value(QStringLiteral("entries")).toArray();
        const QJsonObject byRun = entryNamed(entries, QStringLiteral("sql"), QStringLiteral("1"));
        QCOMPARE(byRun.value(QStringLiteral("outside_migdesk")).toBool(), false);
        QCOMPARE(byRun.value(QStringLiteral("run_id")).toInteger(), runId);
        const QJsonObject byHand = entryNamed(entries, QStringLiteral("sql"), QStringLiteral("2"));
        QCOMPARE(byHand.value(QStringLiteral("outside_migdesk")).toBool(), true);

        const MigdeskRun report = migdesk({QStringLiteral("report"), QString::number(runId),
                                           QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        for (const QString& piece :
             {QStringLiteral("<svg"), QStringLiteral("migrate"), QStringLiteral("V1__create_note"),
              QStringLiteral("CREATE TABLE note"), QStringLiteral("public.note"),
              QStringLiteral("Statements of"), QStringLiteral("line 2"),
              QStringLiteral("<code>CREATE INDEX note_body ON note (body)</code>")})
            QVERIFY2(report.out.contains(piece), qPrintable(QStringLiteral("missing: ") + piece));

        // Each statement's time is in the record, at its line in the script.
        const MigdeskRun json = migdesk({QStringLiteral("report"), QString::number(runId),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject run = jsonOf(json).value(QStringLiteral("runs")).toArray()[0].toObject();
        const QJsonArray migrations = run.value(QStringLiteral("migrations")).toArray();
        QCOMPARE(migrations.size(), 1);
        const QJsonObject migration = migrations[0].toObject();
        const QJsonArray statements = migration.value(QStringLiteral("statements")).toArray();
        QCOMPARE(statements.size(), 2);
        double sum = 0;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject statement = statements[i].toObject();
            QCOMPARE(statement.value(QStringLiteral("line")).toInt(), i + 1);
            QCOMPARE(statement.value(QStringLiteral("failed")).toBool(), false);
            const double seconds = statement.value(QStringLiteral("seconds")).toDouble();
            QVERIFY(seconds > 0);
            sum += seconds;
        }
        QVERIFY(statements[1]
                    .toObject()
                    .value(QStringLiteral("sql"))
                    .toString()
                    .startsWith(QStringLiteral("CREATE INDEX note_body")));
        QVERIFY(sum <= migration.value(QStringLiteral("seconds")).toDouble());
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommands)
#include "tst_historycommands.moc"
