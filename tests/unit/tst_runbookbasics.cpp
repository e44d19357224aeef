// SPDX-License-Identifier: GPL-3.0-or-later
// What every runbook step shares: the run log's format and file, the cancel token, check lists,
// the production confirmation, the backup metadata, the lookup of pg_dump, the run summary and
// the webhook notification (against a local HTTP listener).
#include "common/secretredactor.h"
#include "runbook/backupmetadata.h"
#include "runbook/canceltoken.h"
#include "runbook/check.h"
#include "runbook/migrationrunreport.h"
#include "runbook/pgtools.h"
#include "runbook/productionguard.h"
#include "runbook/runlog.h"
#include "runbook/runsummary.h"
#include "runbook/stepresult.h"
#include "runbook/webhooknotifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace migdesk::core;

namespace {

// Writes an executable shell script that prints a version the way pg_dump does.
QString fakeTool(const QTemporaryDir& dir, const QString& name, const QString& versionLine)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("#!/bin/sh\necho '" + versionLine.toUtf8() + "'\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

// A one-shot HTTP listener on its own thread: answers the first request with `status` and keeps
// its body.
class HttpListener : public QThread
{
public:
    explicit HttpListener(int status) : m_status(status) {}
    quint16 port() const { return m_port.load(); }
    QByteArray request() const { return m_request; }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        m_port.store(server.serverPort());
        if (!server.waitForNewConnection(10'000))
            return;
        QTcpSocket* socket = server.nextPendingConnection();
        while (!m_request.contains("\r\n\r\n") || !m_request.endsWith('}')) {
            if (!socket->waitForReadyRead(5'000))
                break;
            m_request += socket->readAll();
        }
        socket->write("HTTP/1.1 " + QByteArray::number(m_status) +
                      " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        socket->waitForBytesWritten(5'000);
        socket->disconnectFromHost();
    }

private:
    int m_status;
    std::atomic<quint16> m_port{0};
    QByteArray m_request;
};

RunbookTarget production(const QString& database)
{
    RunbookTarget target;
    target.connection.profile.environment = Environment::Production;
    target.connection.info.set(QStringLiteral("dbname"), database);
    return target;
}

} // namespace

class TestRunbookBasics : public QObject
{
    Q_OBJECT

private slots:
    void runLogWritesTheRunbookFormatToFileAndListeners()
    {
        QTemporaryDir dir;
        RunLog log;
        QString error;
        QVERIFY2(log.openFile(dir.filePath(QStringLiteral("logs/run.log")), &error),
                 qPrintable(error));
        QStringList heard;
        const int id = log.addListener([&](const QString& line) { heard.append(line); });
        log.write(QStringLiteral("Step 1: backup"));
        log.write(QStringLiteral("first\nsecond\n"));
        log.removeListener(id);
        log.write(QStringLiteral("not heard"));
        QCOMPARE(heard.size(), 3);
        const QRegularExpression format(
            QStringLiteral(R"(^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] .+$)"));
        for (const QString& line : heard)
            QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList written =
            QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 4);
        QVERIFY(written.last().endsWith(QLatin1String("] not heard")));
        QVERIFY(
            RunLog::defaultFileName(QStringLiteral("migration"))
                .contains(QRegularExpression(QStringLiteral(R"(^migration_\d{8}_\d{6}\.log$)"))));
    }

    // Every secret the rule knows is masked, what names it and everything around it stays.
    void secretRedactorMasksSecretsInText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alter role")
            << QStringLiteral(
                   "ALTER ROLE app WITH LOGIN PASSWORD 'Hunter2''s' VALID UNTIL 'infinity';")
            << QStringLiteral(
                   "ALTER ROLE app WITH LOGIN PASSWORD '[redacted]' VALID UNTIL 'infinity';");
        QTest::newRow("create user, lower case, E string")
            << QStringLiteral("create user bob encrypted password E'a\\'b' createdb")
            << QStringLiteral("create user bob encrypted password '[redacted]' createdb");
        QTest::newRow("dollar quoted") << QStringLiteral("ALTER USER x PASSWORD $pw$s3cr'et$pw$;")
                                       << QStringLiteral("ALTER USER x PASSWORD '[redacted]';");
        QTest::newRow("cut off literal")
            << QStringLiteral("LINE 1: ALTER ROLE app PASSWORD 'abcdef")
            << QStringLiteral("LINE 1: ALTER ROLE app PASSWORD '[redacted]'");
        QTest::newRow("password null stays") << QStringLiteral("ALTER ROLE app PASSWORD NULL")
                                             << QStringLiteral("ALTER ROLE app PASSWORD NULL");
        QTest::newRow("conninfo in a string")
            << QStringLiteral("SELECT dblink_connect('host=db password=pa55 dbname=x')")
            << QStringLiteral("SELECT dblink_connect('host=db password=[redacted] dbname=x')");
        QTest::newRow("quoted conninfo value")
            << QStringLiteral("host=db sslpassword='a b\\'c' user=me")
            << QStringLiteral("host=db sslpassword=[redacted] user=me");
        QTest::newRow("environment") << QStringLiteral("PGPASSWORD=topsecret psql")
                                     << QStringLiteral("PGPASSWORD=[redacted] psql");
        QTest::newRow("option") << QStringLiteral("--api-key=k3y --verbose")
                                << QStringLiteral("--api-key=[redacted] --verbose");
        QTest::newRow("signed url")
            << QStringLiteral("https://b.s3.amazonaws.com/"
                              "f.dump?X-Amz-Credential=AKIA%2F1&X-Amz-Date=20261204T000000Z&X-Amz-"
                              "Signature=abc123")
            << QStringLiteral("https://b.s3.amazonaws.com/"
                              "f.dump?X-Amz-Credential=[redacted]&X-Amz-Date=20261204T000000Z&X-"
                              "Amz-Signature=[redacted]");
        QTest::newRow("azure sas")
            << QStringLiteral("https://a.blob.core.windows.net/c/f?sv=2022&sig=Zm9v")
            << QStringLiteral("https://a.blob.core.windows.net/c/f?sv=2022&sig=[redacted]");
        QTest::newRow("url user info")
            << QStringLiteral("postgresql://app:pa55@db:5432/prod")
            << QStringLiteral("postgresql://app:[redacted]@db:5432/prod");
        QTest::newRow("url without user info")
            << QStringLiteral("https://db:5432/prod@x") << QStringLiteral("https://db:5432/prod@x");
        QTest::newRow("bearer header") << QStringLiteral("Authorization: Bearer eyJhbGciOi.x.y")
                                       << QStringLiteral("Authorization: Bearer [redacted]");
        QTest::newRow("basic header") << QStringLiteral("authorization:Basic dXNlcjpwYXNz")
                                      << QStringLiteral("authorization:Basic [redacted]");
        QTest::newRow("api key header")
            << QStringLiteral("X-Api-Key: 12345678") << QStringLiteral("X-Api-Key: [redacted]");
        QTest::newRow("bare bearer") << QStringLiteral("sent Bearer abcdef123456 upstream")
                                     << QStringLiteral("sent Bearer [redacted] upstream");
        QTest::newRow("json member")
            << QStringLiteral("{\"user\": \"a\", \"db_password\": \"x\\\"y\"}")
            << QStringLiteral("{\"user\": \"a\", \"db_password\": \"[redacted]\"}");
        QTest::newRow("ordinary log line")
            << QStringLiteral("password authentication failed for user \"app\"; lock_timeout=1s")
            << QStringLiteral("password authentication failed for user \"app\"; lock_timeout=1s");
        QTest::newRow("idempotent") << QStringLiteral("password=[redacted] PASSWORD '[redacted]'")
                                    << QStringLiteral("password=[redacted] PASSWORD '[redacted]'");
    }

    void secretRedactorMasksSecretsInText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SecretRedactor::redact(text), expected);
    }

    void secretRedactorMasksArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("curl header and user")
            << QStringList{QStringLiteral("curl"),
                           QStringLiteral("-H"),
                           QStringLiteral("Authorization: Bearer tok123456"),
                           QStringLiteral("-u"),
                           QStringLiteral("me:pa55"),
                           QStringLiteral("-T"),
                           QStringLiteral("{file}"),
                           QStringLiteral("https://h/{name}")}
            << QStringList{QStringLiteral("curl"),
                           QStringLiteral("-H"),
                           QStringLiteral("Authorization: Bearer [redacted]"),
                           QStringLiteral("-u"),
                           QStringLiteral("me:[redacted]"),
                           QStringLiteral("-T"),
                           QStringLiteral("{file}"),
                           QStringLiteral("https://h/{name}")};
        QTest::newRow("option then value")
            << QStringList{QStringLiteral("tool"), QStringLiteral("--password"),
                           QStringLiteral("pa55"), QStringLiteral("--token"),
                           QStringLiteral("t0k"),  QStringLiteral("{file}")}
            << QStringList{QStringLiteral("tool"),       QStringLiteral("--password"),
                           QStringLiteral("[redacted]"), QStringLiteral("--token"),
                           QStringLiteral("[redacted]"), QStringLiteral("{file}")};
        QTest::newRow("nothing secret")
            << QStringList{QStringLiteral("aws"), QStringLiteral("s3"), QStringLiteral("cp"),
                           QStringLiteral("{file}"), QStringLiteral("s3://bucket/{name}")}
            << QStringList{QStringLiteral("aws"), QStringLiteral("s3"), QStringLiteral("cp"),
                           QStringLiteral("{file}"), QStringLiteral("s3://bucket/{name}")};
        QTest::newRow("secret option last")
            << QStringList{QStringLiteral("tool"), QStringLiteral("--token")}
            << QStringList{QStringLiteral("tool"), QStringLiteral("--token")};
    }

    void secretRedactorMasksArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        QCOMPARE(SecretRedactor::redactArguments(arguments), expected);
    }

    void runLogRefusesAnUnwritableFile()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RunLog log;
        QString error;
        // A path under a regular file cannot be created, not even by root.
        QVERIFY(!log.openFile(dir.filePath(QStringLiteral("file/sub/run.log")), &error));
        QVERIFY(error.contains(QLatin1String("file/sub")));
    }

    void cancelTokenRunsActionsOnceRegistered()
    {
        CancelToken token;
        int calls = 0;
        {
            CancelToken::ActionScope scope(token, [&] { ++calls; });
            QVERIFY(!token.isCancelled());
            token.cancel();
        }
        QVERIFY(token.isCancelled());
        QCOMPARE(calls, 1);
        token.cancel(); // the scope is gone: its action must not run again
        QCOMPARE(calls, 1);
        CancelToken::ActionScope late(token, [&] { ++calls; });
        QCOMPARE(calls, 2); // registered after cancel(): runs at once
    }

    void worstStatusOfChecks_data()
    {
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QString>("worst");
        QTest::newRow("empty") << QList<int>{} << QStringLiteral("pass");
        QTest::newRow("skipped is not a warning")
            << QList<int>{int(Check::Status::Skipped), int(Check::Status::Pass)}
            << QStringLiteral("pass");
        QTest::newRow("warn") << QList<int>{int(Check::Status::Pass), int(Check::Status::Warn)}
                              << QStringLiteral("warn");
        QTest::newRow("fail wins") << QList<int>{int(Check::Status::Fail), int(Check::Status::Warn)}
                                   << QStringLiteral("fail");
    }

    void worstStatusOfChecks()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QString, worst);
        CheckList checks;
        for (int status : statuses)
            checks.push_back({QStringLiteral("k"),
                              QStringLiteral("Title"),
                              Check::Status(status),
                              QStringLiteral("figure"),
                              {}});
        QCOMPARE(Check::statusKey(worstStatus(checks)), worst);
        QCOMPARE(checksJson(checks).size(), statuses.size());
    }

    void productionGuard_data()
    {
        QTest::addColumn<bool>("production");
        QTest::addColumn<bool>("writes");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("dry run on production") << true << false << QString() << true;
        QTest::newRow("staging writes freely") << false << true << QString() << true;
        QTest::newRow("production untyped") << true << true << QString() << false;
        QTest::newRow("production mistyped")
            << true << true << QStringLiteral("prs_staging") << false;
        QTest::newRow("production wrong case") << true << true << QStringLiteral("PRS") << false;
        QTest::newRow("production typed") << true << true << QStringLiteral("prs") << true;
    }

    void productionGuard()
    {
        QFETCH(bool, production);
        QFETCH(bool, writes);
        QFETCH(QString, typed);
        QFETCH(bool, allowed);
        RunbookTarget target = production ? ::production(QStringLiteral("prs")) : RunbookTarget{};
        if (!production)
            target.connection.info.set(QStringLiteral("dbname"), QStringLiteral("prs"));
        const QString refusal = ProductionGuard::refusal(target, writes, typed);
        QCOMPARE(refusal.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(refusal.contains(QLatin1String("prs")), qPrintable(refusal));
    }

    void backupMetadataRoundTrips()
    {
        BackupMetadata metadata;
        metadata.timestamp = QDateTime(QDate(2026, 11, 25), QTime(3, 15, 0));
        metadata.database = QStringLiteral("prs");
        metadata.host = QStringLiteral("db1");
        metadata.format = QStringLiteral("custom");
        metadata.databaseBytes = 1'500'000'000;
        metadata.files.push_back({QStringLiteral("custom"),
                                  QStringLiteral("prs_backup_20261125_031500.backup"), 1234,
                                  QString(64, QLatin1Char('a')), QStringLiteral("0600")});
        metadata.rowCounts[QStringLiteral("public.ledger")] = 1'000'000;
        QCOMPARE(metadata.stem(), QStringLiteral("prs_backup_20261125_031500"));
        QCOMPARE(metadata.mainName(), QStringLiteral("prs_backup_20261125_031500.backup"));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(metadata.stem() + QStringLiteral(".json"));
        QVERIFY2(metadata.write(path, &error), qPrintable(error));
        const auto read = BackupMetadata::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->toJson(), metadata.toJson());
        QCOMPARE(read->rowCounts.at(QStringLiteral("public.ledger")), 1'000'000);
        QCOMPARE(read->files.front().mode, QStringLiteral("0600"));
    }

    void backupMetadataRefusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{ nope");
        QTest::newRow("no format")
            << QByteArray(R"({"timestamp":"2026-11-25T03:15:00","database":"prs","files":[]})");
        QTest::newRow("no files") << QByteArray(
            R"({"timestamp":"2026-11-25T03:15:00","database":"prs","format":"custom","files":[]})");
        QTest::newRow("short checksum") << QByteArray(
            R"({"timestamp":"2026-11-25T03:15:00","database":"prs","format":"custom","files":[{"role":"custom","name":"a.backup","bytes":1,"sha256":"abc"}]})");
        QTest::newRow("path escape") << QByteArray(
            R"({"timestamp":"2026-11-25T03:15:00","database":"prs","format":"custom","files":[{"role":"custom","name":"../etc/passwd","bytes":1,"sha256":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}]})");
    }

    void backupMetadataRefusesWhatItCannotTrust()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("m.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        QString error;
        QVERIFY(!BackupMetadata::read(file.fileName(), &error));
        QVERIFY(!error.isEmpty());
    }

    void pgToolsFindsAndChecksVersions_data()
    {
        QTest::addColumn<QString>("versionLine");
        QTest::addColumn<int>("serverVersionNum");
        QTest::addColumn<bool>("usable");
        QTest::newRow("same major")
            << QStringLiteral("pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)") << 150008
            << true;
        QTest::newRow("newer client")
            << QStringLiteral("pg_dump (PostgreSQL) 16.2") << 150008 << true;
        QTest::newRow("too old") << QStringLiteral("pg_dump (PostgreSQL) 11.2") << 150008 << false;
        QTest::newRow("not pg_dump") << QStringLiteral("something else") << 150008 << false;
    }

    void pgToolsFindsAndChecksVersions()
    {
        QFETCH(QString, versionLine);
        QFETCH(int, serverVersionNum);
        QFETCH(bool, usable);
        QTemporaryDir dir;
        fakeTool(dir, QStringLiteral("pg_dump"), versionLine);
        const PgTools::Tool tool =
            PgTools(dir.path()).find(QStringLiteral("pg_dump"), serverVersionNum);
        QCOMPARE(tool.usable(), usable);
        if (!usable)
            QVERIFY(tool.problem.contains(QLatin1String("pg_dump")));
    }

    void pgToolsSaysWhenMissing()
    {
        QTemporaryDir empty;
        const PgTools::Tool tool = PgTools(empty.path()).find(QStringLiteral("pg_dump"), 150000);
        QVERIFY(tool.path.isEmpty());
        QVERIFY(tool.problem.contains(empty.path()));
        // The real one, found without a folder: the machine has PostgreSQL 15's client.
        QVERIFY2(PgTools().find(QStringLiteral("pg_dump"), 150000).usable(),
                 qPrintable(PgTools().find(QStringLiteral("pg_dump"), 150000).problem));
    }

    // A migration report's JSON (what --json, the history store and the mirror carry) reads
    // back to the same report, in either direction, from either source.
    void migrationRunReportRoundTrips_data()
    {
        QTest::addColumn<MigrationRunReport>("report");
        using D = MigrationRunReport::Direction;
        using O = MigrationRunReport::Item::Outcome;
        const auto item = [](O outcome, int minute) {
            MigrationRunReport::Item m;
            m.app = QStringLiteral("billing");
            m.name = QStringLiteral("0003_due");
            m.sql = QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;");
            m.atomic = minute % 2 == 0;
            m.outcome = outcome;
            if (outcome != O::Planned && outcome != O::NotAttempted)
                m.startedAt = QDateTime(QDate(2026, 12, 8), QTime(3, minute, 1, 250), Qt::UTC);
            m.seconds = 1.5;
            m.retries = minute;
            m.lockWaitSeconds = 0.25;
            m.maxBlocked = 2;
            m.error = outcome == O::Failed ? QStringLiteral("lock timeout") : QString();
            m.statements = {{QStringLiteral("billing.0003_due"), QStringLiteral("ALTER TABLE"), 2,
                             1.25, false}};
            return m;
        };
        MigrationRunReport django;
        django.django = true;
        django.dryRun = false;
        django.target = QStringLiteral("billing:0004");
        django.applicationName = QStringLiteral("migdesk-7");
        django.walLsnBefore = QStringLiteral("0/16B3748");
        django.items = {item(O::Done, 0), item(O::Failed, 1), item(O::NotAttempted, 2)};
        django.items[0].risk = RunbookScore::MigrationScore{};
        django.items[0].risk->score = 5;
        django.items[0].risk->level = RunbookScore::Level::High;
        django.items[0].risk->safety = RunbookScore::Safety::Red;
        django.items[0].risk->type = RunbookScore::MigrationType::Destructive;
        django.items[0].rollbackKey = QStringLiteral("restore");
        django.items[0].rollbackWay = QStringLiteral("restore the backup");
        django.problems = {QStringLiteral("An earlier attempt failed.")};
        QTest::newRow("django forward") << django;

        MigrationRunReport folder;
        folder.items = {item(O::Planned, 0)};
        folder.items[0].app.clear();
        folder.items[0].name = QStringLiteral("2");
        folder.items[0].description = QStringLiteral("add note");
        folder.items[0].script = QStringLiteral("V2__add_note.sql");
        QTest::newRow("sql folder dry run") << folder;

        MigrationRunReport back;
        back.direction = D::Backward;
        back.django = true;
        back.dryRun = false;
        back.mode = QStringLiteral("to");
        back.target = QStringLiteral("billing:0001");
        back.items = {item(O::Done, 3), item(O::Cancelled, 4)};
        back.items[0].to = QStringLiteral("0002_invoice");
        back.items[1].to = QStringLiteral("0001_initial");
        QTest::newRow("django backward") << back;
    }

    void migrationRunReportRoundTrips()
    {
        QFETCH(MigrationRunReport, report);
        const QJsonObject json = report.toJson();
        const MigrationRunReport read = MigrationRunReport::fromJson(json, report.direction);
        QCOMPARE(read.toJson(), json);
        QCOMPARE(read.items.size(), report.items.size());
        for (std::size_t i = 0; i < read.items.size(); ++i) {
            QCOMPARE(read.items[i].startedAt, report.items[i].startedAt);
            QCOMPARE(read.items[i].outcome, report.items[i].outcome);
            QCOMPARE(read.label(read.items[i]), report.label(report.items[i]));
        }
        QCOMPARE(read.done(), report.done());
        // A step carries it typed; its JSON is made only at the edge.
        StepResult step;
        step.report = report;
        QCOMPARE(step.toJson().value(QStringLiteral("details")).toObject(), json);
    }

    void runSummary()
    {
        RunSummary summary;
        summary.title = QStringLiteral("Migration of prs");
        StepResult backup;
        backup.step = QStringLiteral("backup");
        backup.seconds = 65;
        StepResult migrate;
        migrate.step = QStringLiteral("migrate");
        migrate.outcome = StepResult::Outcome::Failed;
        migrate.seconds = 3;
        migrate.sentence = QStringLiteral("lock timeout | on ledger");
        summary.add(backup);
        summary.add(migrate);
        QCOMPARE(summary.outcome(), StepResult::Outcome::Failed);
        QCOMPARE(summary.totalSeconds(), 68.0);
        QVERIFY(summary.toMarkdown().contains(QLatin1String("lock timeout \\| on ledger")));
        QVERIFY(summary.notificationText().contains(QLatin1String("lock timeout")));
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(QStringLiteral("report.json"));
        QVERIFY2(summary.save(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 2);
    }

    void webhookPostsTheText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("ok");
        QTest::newRow("accepted") << 200 << true;
        QTest::newRow("server error") << 500 << false;
    }

    void webhookPostsTheText()
    {
        QFETCH(int, status);
        QFETCH(bool, ok);
        HttpListener listener(status);
        listener.start();
        QTRY_VERIFY(listener.port() != 0);
        RunLog log;
        CancelToken cancel;
        const StepContext context{log, cancel};
        const QString url = QStringLiteral("http://127.0.0.1:%1/hooks/T000").arg(listener.port());
        QCOMPARE(WebhookNotifier::notify(url, QStringLiteral("migration succeeded"), context), ok);
        listener.wait();
        QVERIFY(listener.request().startsWith("POST /hooks/T000"));
        QVERIFY(listener.request().contains(R"({"text":"migration succeeded"})"));
        QVERIFY(!log.lines()
                     .join(QLatin1Char('\n'))
                     .contains(QLatin1String("T000"))); // secret not logged
    }

    void webhookFailureIsLoggedNotFatal()
    {
        RunLog log;
        CancelToken cancel;
        const StepContext context{log, cancel};
        // A port nobody listens on: refused at once.
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost);
        const quint16 port = closed.serverPort();
        closed.close();
        QVERIFY(!WebhookNotifier::notify(QStringLiteral("http://127.0.0.1:%1/x").arg(port),
                                         QStringLiteral("t"), context, 2'000));
        QVERIFY(log.lines().join(QLatin1Char('\n')).contains(QLatin1String("not affected")));
        QVERIFY(!WebhookNotifier::notify(QStringLiteral("ftp://example"), QStringLiteral("t"),
                                         context));
        QVERIFY(WebhookNotifier::notify(QString(), QStringLiteral("t"), context));
    }
};

QTEST_GUILESS_MAIN(TestRunbookBasics)
#include "tst_runbookbasics.moc"
