// SPDX-License-Identifier: GPL-3.0-or-later
// The run history store: records with their steps, backups and migrations, queries, schema
// snapshots, table sizes, crash safety (kill -9 mid-run), two writers at once, schema versions,
// the facts read out of the steps' results, and session actions recorded as runs. The test
// binary re-runs itself as the child process for the multi-process cases.
#include "common/releasedthreads.h"
#include "history/historyschema.h"
#include "history/historystore.h"
#include "history/historystorethread.h"
#include "history/runfacts.h"
#include "history/runrecorder.h"
#include "history/sessionactionrecorder.h"
#include "runbook/backupmetadata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <set>
#include <thread>

using namespace migdesk::core;

Q_DECLARE_METATYPE(migdesk::core::StepResult)
Q_DECLARE_METATYPE(migdesk::core::SessionControl::Action)

namespace {

constexpr int kRunsPerWriter = 150;
constexpr int kLinesPerRun = 3;

// Schema version 1 exactly as it shipped (the first entry of historystore.cpp's upgrades).
constexpr auto kVersion1 = R"(CREATE TABLE runs (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           kind TEXT NOT NULL,
           profile TEXT NOT NULL DEFAULT '',
           environment TEXT NOT NULL DEFAULT '',
           server TEXT NOT NULL DEFAULT '',
           database TEXT NOT NULL DEFAULT '',
           os_user TEXT NOT NULL DEFAULT '',
           host_name TEXT NOT NULL DEFAULT '',
           pid INTEGER NOT NULL,
           started_at TEXT NOT NULL,
           ended_at TEXT,
           outcome TEXT NOT NULL,
           log TEXT NOT NULL DEFAULT '',
           details TEXT NOT NULL DEFAULT '{}'
       ))";

// A run a version-1 migdesk recorded on another machine.
constexpr auto kVersion1Run = R"(
INSERT INTO runs (kind, profile, environment, server, database, os_user, host_name, pid,
                  started_at, ended_at, outcome, log, details)
VALUES ('migrate', 'prod-eu', 'production', 'db1:5432', 'prs', 'oncall', 'elsewhere', 1,
        '2026-11-20T10:00:00.000Z', '2026-11-20T10:01:30.000Z', 'succeeded',
        'applying billing.0003' || char(10), '{"applied":1}'))";

const QRegularExpression kUuidV4(
    QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));

QDateTime at(const char* iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

RunRecord migrateRun()
{
    RunRecord run;
    run.kind = QStringLiteral("migrate");
    run.profile = QStringLiteral("prod-eu");
    run.environment = QStringLiteral("production");
    run.server = QStringLiteral("db1:5432");
    run.database = QStringLiteral("prs");
    run.osUser = QStringLiteral("oncall");
    return run;
}

// What a migrate-and-rollback cycle leaves: every kind of fact, with times to the millisecond.
RunRecord factsOfACycle()
{
    RunRecord facts;
    facts.confirmedBy = QStringLiteral("oncall@ops-laptop");
    facts.walLsn = QStringLiteral("0/1A2B3C4D");
    facts.steps = {{QStringLiteral("backup"), QStringLiteral("succeeded"),
                    at("2026-11-25T03:15:00.125Z"), 42.5, QStringLiteral("Backed up prs.")},
                   {QStringLiteral("migrate"), QStringLiteral("failed"),
                    at("2026-11-25T03:16:00.000Z"), 3.25, QStringLiteral("billing.0004 failed.")},
                   {QStringLiteral("verify"), QStringLiteral("skipped"), QDateTime(), 0, {}}};
    facts.backups = {{QStringLiteral("/backups/prs_backup_20261125_031500.backup"),
                      QStringLiteral("custom"), 123456789, QString(64, QLatin1Char('a'))}};
    RunMigrationRecord applied;
    applied.position = 0;
    applied.direction = QStringLiteral("forward");
    applied.source = QStringLiteral("django");
    applied.app = QStringLiteral("billing");
    applied.name = QStringLiteral("0003_invoice_due");
    applied.outcome = QStringLiteral("applied");
    applied.startedAt = at("2026-11-25T03:16:00.500Z");
    applied.seconds = 1.5;
    applied.lockWaitSeconds = 0.75;
    applied.maxBlocked = 4;
    applied.retries = 1;
    applied.sql = QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;");
    StatementTiming alter;
    alter.migration = QStringLiteral("billing.0003_invoice_due");
    alter.sql = QStringLiteral("ALTER TABLE invoice ADD COLUMN due date");
    alter.seconds = 0.125;
    StatementTiming backfill = alter;
    backfill.sql = QStringLiteral("UPDATE invoice SET due = created + 30");
    backfill.seconds = 1.25;
    StatementTiming rest;
    rest.summed = true;
    rest.count = 1234;
    rest.seconds = 0.0625;
    applied.statements = {alter, backfill, rest};
    RunMigrationRecord failed = applied;
    failed.position = 1;
    failed.name = QStringLiteral("0004_invoice_not_null");
    failed.outcome = QStringLiteral("failed");
    failed.startedAt = QDateTime();
    failed.error = QStringLiteral("column \"due\" contains null values");
    StatementTiming notNull;
    notNull.sql = QStringLiteral("ALTER TABLE invoice ALTER COLUMN due SET NOT NULL");
    notNull.line = 3;
    notNull.seconds = 0.5;
    notNull.failed = true;
    failed.statements = {notNull};
    facts.migrations = {applied, failed};
    return facts;
}

// A plain SQLite connection to a store file: builds old versions and checks what is inside.
class RawFile
{
public:
    explicit RawFile(const QString& path)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawFile)

    bool exec(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }
    QStringList column(const QString& sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        QStringList values;
        if (q.exec(sql))
            while (q.next())
                values << q.value(0).toString();
        return values;
    }
    QString value(const QString& sql) { return column(sql).value(0); }

private:
    QString m_name;
};

// The child's side: "hang" records a run through a RunRecorder, logs two lines and its steps,
// says so and blocks on stdin until it is killed; "write" opens the store, says so, and once
// told to go on stdin records kRunsPerWriter complete runs with their log lines and facts.
int child(const QByteArray& mode, const QString& path)
{
    if (mode == "hang") {
        RunLog log;
        RunRecorder recorder(path, migrateRun(), log);
        log.write(QStringLiteral("backup written"));
        log.write(QStringLiteral("applying billing.0003"));
        RunRecord facts;
        facts.steps = {{QStringLiteral("backup"), QStringLiteral("succeeded"),
                        QDateTime::currentDateTimeUtc(), 1.5, QStringLiteral("Backed up.")}};
        recorder.setFacts(facts);
        recorder.wait();
        if (!recorder.problem().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(recorder.problem()));
            return 3;
        }
        std::puts("ready");
        std::fflush(stdout);
        std::getchar(); // the parent never answers: it kills us here
        return 0;
    }
    HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    // Both writers start together, so their writes overlap.
    std::puts("ready");
    std::fflush(stdout);
    std::getchar();
    const RunRecord facts = factsOfACycle();
    for (int i = 0; i < kRunsPerWriter; ++i) {
        const qint64 id = store.beginRun(migrateRun(), &error);
        bool ok = id != 0;
        for (int line = 0; ok && line < kLinesPerRun; ++line)
            ok = store.appendLog(id, {QStringLiteral("line %1").arg(line)}, &error);
        if (!ok || !store.setRunFacts(id, facts, &error) ||
            !store.finishRun(id, QStringLiteral("succeeded"), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 4;
        }
    }
    return 0;
}

QProcess* startChild(const QByteArray& mode, const QString& path, QObject* parent)
{
    auto* process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HISTORY_CHILD"), QString::fromLatin1(mode));
    env.insert(QStringLiteral("HISTORY_PATH"), path);
    process->setProcessEnvironment(env);
    process->start(QCoreApplication::applicationFilePath(), {});
    return process;
}

QJsonObject json(const RunRecord& run, const char* key)
{
    return QJsonObject{{QLatin1String(key), run.toJson().value(QLatin1String(key))}};
}

// The shapes the steps put in StepResult::details (BackupJob, BackupStep, MigrationExecutor,
// MigrationReverter, RollbackStep).

QJsonObject backupDetails(const QString& format)
{
    BackupMetadata metadata;
    metadata.timestamp = QDateTime(QDate(2026, 11, 25), QTime(3, 15));
    metadata.database = QStringLiteral("prs");
    metadata.format = format;
    const QString stem = metadata.stem();
    if (format == QLatin1String("custom")) {
        metadata.files = {{QStringLiteral("custom"), stem + QStringLiteral(".backup"), 1000,
                           QString(64, QLatin1Char('c')), QStringLiteral("0600")},
                          {QStringLiteral("plain"), stem + QStringLiteral(".sql"), 5000,
                           QString(64, QLatin1Char('p')), QStringLiteral("0600")}};
    } else {
        metadata.files = {{QStringLiteral("directory"), stem + QStringLiteral(".dir/3001.dat.gz"),
                           900, QString(64, QLatin1Char('d')), QStringLiteral("0600")},
                          {QStringLiteral("directory"), stem + QStringLiteral(".dir/toc.dat"), 100,
                           QString(64, QLatin1Char('t')), QStringLiteral("0600")}};
    }
    return {{QStringLiteral("metadata_path"),
             QString(QStringLiteral("/backups/") + stem + QStringLiteral(".json"))},
            {QStringLiteral("metadata"), metadata.toJson()},
            {QStringLiteral("retention"),
             QJsonObject{{QStringLiteral("step"), QStringLiteral("retention")}}}};
}

StepResult stepResult(const QString& step, StepResult::Outcome outcome, const QJsonObject& details)
{
    StepResult result;
    result.step = step;
    result.outcome = outcome;
    result.started = QDateTime(QDate(2026, 11, 25), QTime(3, 15, 0, 250), Qt::UTC);
    result.seconds = 12.5;
    result.sentence = step + QStringLiteral(" done.");
    // The reports as the steps return them, read back from their JSON.
    if (step == QLatin1String("migrate"))
        result.report =
            MigrationRunReport::fromJson(details, MigrationRunReport::Direction::Forward);
    else if (details.contains(QLatin1String("steps")))
        result.report =
            MigrationRunReport::fromJson(details, MigrationRunReport::Direction::Backward);
    else if (details.contains(QLatin1String("metadata"))) {
        QString error;
        const auto metadata =
            BackupMetadata::fromJson(details.value(QLatin1String("metadata")).toObject(), &error);
        if (metadata)
            result.report = BackupReport{
                details.value(QLatin1String("metadata_path")).toString(), *metadata, {}, {}, {}};
    }
    return result;
}

QJsonObject migrateDetails(bool django)
{
    QJsonObject applied{
        {QStringLiteral("sql"), QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;")},
        {QStringLiteral("atomic"), true},
        {QStringLiteral("rollback"), QStringLiteral("django-backwards")},
        {QStringLiteral("seconds"), 1.5},
        {QStringLiteral("retries"), 1},
        {QStringLiteral("lock_wait_seconds"), 0.5},
        {QStringLiteral("max_blocked"), 3},
        {QStringLiteral("outcome"), QStringLiteral("applied")},
        {QStringLiteral("statements"),
         QJsonArray{QJsonObject{{QStringLiteral("sql"), QStringLiteral("ALTER TABLE invoice")},
                                {QStringLiteral("line"), 2},
                                {QStringLiteral("seconds"), 1.25}}}}};
    QJsonObject failed = applied;
    failed[QStringLiteral("outcome")] = QStringLiteral("failed");
    failed[QStringLiteral("retries")] = 0;
    failed[QStringLiteral("error")] = QStringLiteral("lock timeout");
    QJsonObject notAttempted = applied;
    notAttempted[QStringLiteral("outcome")] = QStringLiteral("not-attempted");
    notAttempted[QStringLiteral("seconds")] = 0;
    const QStringList names{QStringLiteral("0003_due"), QStringLiteral("0004_not_null"),
                            QStringLiteral("0005_index")};
    QJsonArray migrations;
    int i = 0;
    for (QJsonObject m : {applied, failed, notAttempted}) {
        if (django) {
            m[QStringLiteral("app")] = QStringLiteral("billing");
            m[QStringLiteral("name")] = names[i];
        } else {
            m[QStringLiteral("version")] = QString::number(3 + i);
            m[QStringLiteral("description")] = names[i];
            m[QStringLiteral("script")] = QStringLiteral("V%1__%2.sql").arg(3 + i).arg(names[i]);
        }
        migrations.append(m);
        ++i;
    }
    return {{QStringLiteral("dry_run"), false},
            {QStringLiteral("source"),
             django ? QStringLiteral("django") : QStringLiteral("sql-folder")},
            {QStringLiteral("application_name"), QStringLiteral("migdesk-1")},
            {QStringLiteral("wal_lsn_before"), QStringLiteral("0/16B3748")},
            {QStringLiteral("applied"), 1},
            {QStringLiteral("migrations"), migrations},
            {QStringLiteral("problems"), QJsonArray()}};
}

QJsonObject revertDetails(bool django)
{
    const QJsonObject step{
        {QStringLiteral("app"), django ? QStringLiteral("billing") : QStringLiteral("migrations")},
        {QStringLiteral("from"), django ? QStringLiteral("0003_due") : QStringLiteral("3")},
        {QStringLiteral("to"), django ? QStringLiteral("0002_invoice") : QStringLiteral("2")},
        {QStringLiteral("sql"), QStringLiteral("ALTER TABLE invoice DROP COLUMN due;")},
        {QStringLiteral("atomic"), true},
        {QStringLiteral("seconds"), 0.25},
        {QStringLiteral("retries"), 0},
        {QStringLiteral("lock_wait_seconds"), 0.0},
        {QStringLiteral("max_blocked"), 0},
        {QStringLiteral("outcome"), QStringLiteral("reverted")}};
    return {{QStringLiteral("dry_run"), false},
            {QStringLiteral("source"),
             django ? QStringLiteral("django") : QStringLiteral("sql-folder")},
            {QStringLiteral("mode"), QStringLiteral("previous")},
            {QStringLiteral("wal_lsn_before"), QStringLiteral("0/2000000")},
            {QStringLiteral("steps"), QJsonArray{step}},
            {QStringLiteral("reverted"), 1}};
}

StepResult rollbackStep()
{
    RollbackReport report;
    report.preRollbackBackup = std::make_shared<const StepResult>(
        stepResult(QStringLiteral("backup"), StepResult::Outcome::Succeeded,
                   backupDetails(QStringLiteral("directory"))));
    report.undo = std::make_shared<const StepResult>(stepResult(
        QStringLiteral("rollback"), StepResult::Outcome::Succeeded, revertDetails(true)));
    report.verify = std::make_shared<const StepResult>(
        stepResult(QStringLiteral("verify"), StepResult::Outcome::Succeeded, {}));
    StepResult rollback =
        stepResult(QStringLiteral("rollback"), StepResult::Outcome::Succeeded, {});
    rollback.report = report;
    return rollback;
}

QString describe(const RunBackupRecord& b)
{
    return QStringLiteral("%1 %2 %3 %4").arg(b.path, b.format).arg(b.bytes).arg(b.sha256.left(1));
}

QString describe(const RunMigrationRecord& m)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7s lock %8s blocked %9 retries %10")
        .arg(m.position)
        .arg(m.direction, m.source, m.app.isEmpty() ? QStringLiteral("-") : m.app, m.name,
             m.outcome)
        .arg(m.seconds)
        .arg(m.lockWaitSeconds)
        .arg(m.maxBlocked)
        .arg(m.retries);
}

template <typename T> QStringList describeAll(const std::vector<T>& items)
{
    QStringList lines;
    for (const T& item : items)
        lines << describe(item);
    return lines;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void recordsAndReadsBack()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
        const qint64 id = store.beginRun(migrateRun(), &error);
        QVERIFY(id > 0);
        QCOMPARE(store.run(id).value()->outcome, QStringLiteral("running"));
        QVERIFY(store.appendLog(id, {QStringLiteral("first")}, &error));
        QVERIFY(store.appendLog(id, {QStringLiteral("second")}, &error));
        QVERIFY(store.setDetails(id, QStringLiteral(R"({"applied":["billing.0003"]})"), &error));
        QVERIFY(store.finishRun(id, QStringLiteral("failed"), &error));
        // The guided window finishes a run again when it goes on after the summary (a rollback
        // after a failed migration): the latest outcome stands.
        QVERIFY(store.finishRun(id, QStringLiteral("succeeded"), &error));
        const auto run = store.run(id).value();
        QVERIFY(run);
        QCOMPARE(run->outcome, QStringLiteral("succeeded"));
        QCOMPARE(run->log, QStringLiteral("first\nsecond\n"));
        QVERIFY(run->details.contains(QStringLiteral("billing.0003")));
        QVERIFY(run->endedAt.isValid() && run->endedAt >= run->startedAt);
        QCOMPARE(run->profile, QStringLiteral("prod-eu"));
        QVERIFY2(kUuidV4.match(run->uuid).hasMatch(), qPrintable(run->uuid));
        QCOMPARE(store.runByUuid(run->uuid).value()->id, id);
        QVERIFY(!store.runByUuid(QUuid::createUuid().toString(QUuid::WithoutBraces)).value());
        HistoryStore::RunQuery migrations;
        migrations.kind = QStringLiteral("migrate");
        QCOMPARE(store.runs(migrations).value().size(), std::size_t(1));
        HistoryStore::RunQuery backups;
        backups.kind = QStringLiteral("backup");
        QCOMPARE(store.runs(backups).value().size(), std::size_t(0));
    }

    // Steps, backups and migrations come back as they went in, from beginRun and from
    // setRunFacts, which replaces them rather than adding to them.
    void factsRoundTrip()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        RunRecord begun = factsOfACycle();
        begun.kind = QStringLiteral("cycle");
        begun.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        begun.mirror = QStringLiteral("mirrored");
        const qint64 id = store.beginRun(begun, &error);
        QVERIFY2(id > 0, qPrintable(error));
        auto stored = store.runByUuid(begun.uuid).value();
        QVERIFY(stored);
        for (const char* key :
             {"steps", "backups", "migrations", "confirmed_by", "wal_lsn", "mirror"})
            QCOMPARE(json(*stored, key), json(begun, key));
        QVERIFY(!stored->steps.back().startedAt.isValid()); // a step that never started
        QVERIFY(store.appendLog(id, {QStringLiteral("applying billing.0003")}, &error));

        // A timeline's query leaves out the log and the statement timings, nothing else.
        HistoryStore::RunQuery light;
        light.withTexts = false;
        const auto listed = store.runs(light).value();
        QCOMPARE(listed.size(), std::size_t(1));
        QVERIFY(listed.front().log.isEmpty());
        QCOMPARE(listed.front().migrations.size(), begun.migrations.size());
        for (const RunMigrationRecord& m : listed.front().migrations)
            QVERIFY(m.statements.empty());
        QCOMPARE(json(listed.front(), "steps"), json(begun, "steps"));
        QCOMPARE(store.runs().value().front().log, QStringLiteral("applying billing.0003\n"));
        QCOMPARE(store.run(id).value()->migrations.front().statements.size(), std::size_t(3));

        RunRecord replaced;
        replaced.steps = {begun.steps.front()};
        replaced.migrations = {begun.migrations.back()};
        replaced.walLsn = QStringLiteral("0/FF");
        QVERIFY2(store.setRunFacts(id, replaced, &error), qPrintable(error));
        QVERIFY(store.setMirror(id, QStringLiteral("not mirrored: read-only"), &error));
        stored = store.run(id).value();
        for (const char* key : {"steps", "backups", "migrations", "confirmed_by", "wal_lsn"})
            QCOMPARE(json(*stored, key), json(replaced, key));
        QCOMPARE(stored->mirror, QStringLiteral("not mirrored: read-only"));
        QCOMPARE(stored->uuid, begun.uuid);

        QVERIFY(!store.setRunFacts(id + 1, replaced, &error));
        QVERIFY2(error.contains(QStringLiteral("no run")), qPrintable(error));
        QCOMPARE(store.beginRun(begun, &error), qint64(0)); // the uuid is taken
    }

    void runQueries_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QDateTime>("since");
        QTest::addColumn<QDateTime>("until");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expected"); // profiles, newest first
        const QDateTime none;
        QTest::addRow("everything") << QString() << none << none << QString() << QString() << 0
                                    << QStringLiteral("d c b a");
        QTest::addRow("kind") << QStringLiteral("migrate") << none << none << QString() << QString()
                              << 0 << QStringLiteral("c a");
        QTest::addRow("since, inclusive") << QString() << at("2026-11-21T10:00:00.000Z") << none
                                          << QString() << QString() << 0 << QStringLiteral("d c b");
        QTest::addRow("until, exclusive") << QString() << none << at("2026-11-22T10:00:00.000Z")
                                          << QString() << QString() << 0 << QStringLiteral("b a");
        QTest::addRow("date range")
            << QString() << at("2026-11-21T00:00:00.000Z") << at("2026-11-23T00:00:00.000Z")
            << QString() << QString() << 0 << QStringLiteral("c b");
        QTest::addRow("range in another time zone")
            << QString() << at("2026-11-21T00:00:00.000Z").toOffsetFromUtc(3600)
            << at("2026-11-23T00:00:00.000Z").toOffsetFromUtc(-7200) << QString() << QString() << 0
            << QStringLiteral("c b");
        QTest::addRow("database") << QString() << none << none << QStringLiteral("prs") << QString()
                                  << 0 << QStringLiteral("d b a");
        QTest::addRow("server") << QString() << none << none << QString() << QStringLiteral("db2")
                                << 0 << QStringLiteral("d c");
        QTest::addRow("limit") << QString() << none << none << QString() << QString() << 2
                               << QStringLiteral("d c");
        QTest::addRow("kind and database")
            << QStringLiteral("migrate") << none << none << QStringLiteral("prs") << QString() << 0
            << QStringLiteral("a");
        QTest::addRow("nothing matches")
            << QStringLiteral("verify") << none << none << QString() << QString() << 0 << QString();
    }

    void runQueries()
    {
        QFETCH(QString, kind);
        QFETCH(QDateTime, since);
        QFETCH(QDateTime, until);
        QFETCH(QString, database);
        QFETCH(QString, server);
        QFETCH(int, limit);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        struct Row
        {
            const char* profile;
            const char* kind;
            const char* database;
            const char* server;
            const char* started;
        };
        for (const Row& row : {Row{"a", "migrate", "prs", "db1", "2026-11-20T10:00:00.000Z"},
                               Row{"b", "backup", "prs", "db1", "2026-11-21T10:00:00.000Z"},
                               Row{"c", "migrate", "billing", "db2", "2026-11-22T10:00:00.000Z"},
                               Row{"d", "cancel", "prs", "db2", "2026-11-23T10:00:00.000Z"}}) {
            RunRecord run;
            run.profile = QString::fromLatin1(row.profile);
            run.kind = QString::fromLatin1(row.kind);
            run.database = QString::fromLatin1(row.database);
            run.server = QString::fromLatin1(row.server);
            run.startedAt = at(row.started);
            RunMigrationRecord m;
            m.direction = QStringLiteral("forward");
            m.name = run.profile;
            run.migrations = {m};
            QVERIFY2(store.beginRun(run, &error) > 0, qPrintable(error));
        }
        HistoryStore::RunQuery query;
        query.kind = kind;
        query.since = since;
        query.until = until;
        query.database = database;
        query.server = server;
        query.limit = limit;
        QStringList profiles;
        const std::vector<RunRecord> matching = store.runs(query).value();
        for (const RunRecord& run : matching) {
            profiles << run.profile;
            QCOMPARE(run.migrations.size(), std::size_t(1)); // each with its own facts
            QCOMPARE(run.migrations.front().name, run.profile);
        }
        QCOMPARE(profiles.join(QLatin1Char(' ')), expected);
    }

    void schemaSnapshots()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        const qint64 run = store.beginRun(migrateRun(), &error);
        const QString server = QStringLiteral("db1:5432");
        const QString prs = QStringLiteral("prs");
        const QJsonObject before{
            {QStringLiteral("tables"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("invoice")}}}}};
        QJsonObject after = before;
        after[QStringLiteral("indexes")] = QJsonArray{QStringLiteral("invoice_due")};
        const qint64 manual =
            store.addSchemaSnapshot(0, QStringLiteral("manual"), server, prs,
                                    at("2026-11-24T09:00:00.000Z"), before, &error);
        const qint64 first =
            store.addSchemaSnapshot(run, QStringLiteral("before"), server, prs,
                                    at("2026-11-25T03:16:00.000Z"), before, &error);
        const qint64 second =
            store.addSchemaSnapshot(run, QStringLiteral("after"), server, prs,
                                    at("2026-11-25T03:17:00.000Z"), after, &error);
        QVERIFY2(manual > 0 && first > 0 && second > 0, qPrintable(error));
        QCOMPARE(store.addSchemaSnapshot(run, QStringLiteral("during"), server, prs,
                                         QDateTime::currentDateTimeUtc(), after, &error),
                 qint64(0)); // only before, after and manual

        const auto ofDatabase = store.schemaSnapshots(server, prs);
        QCOMPARE(ofDatabase.size(), std::size_t(3));
        QCOMPARE(ofDatabase[0].id, second);
        QCOMPARE(ofDatabase[2].id, manual);
        QCOMPARE(ofDatabase[2].runId, qint64(0));
        QCOMPARE(ofDatabase[2].phase, QStringLiteral("manual"));
        QCOMPARE(ofDatabase[0].takenAt, at("2026-11-25T03:17:00.000Z"));
        QVERIFY(store.schemaSnapshots(server, QStringLiteral("billing")).empty());

        const auto ofRun = store.schemaSnapshotsOfRun(run);
        QCOMPARE(ofRun.size(), std::size_t(2));
        QCOMPARE(ofRun[0].phase, QStringLiteral("before"));
        QCOMPARE(ofRun[1].phase, QStringLiteral("after"));
        QCOMPARE(ofRun[1].runId, run);
        QCOMPARE(store.schemaSnapshot(second).value_or(QJsonObject()), after);
        QCOMPARE(store.schemaSnapshot(first).value_or(QJsonObject()), before);
        QVERIFY(!store.schemaSnapshot(second + 100));
    }

    void tableSizesDue_data()
    {
        QTest::addColumn<int>("minutesAgo");   // of the last sample; -1: none
        QTest::addColumn<QString>("database"); // whose sample it was
        QTest::addColumn<bool>("due");
        QTest::addRow("never sampled") << -1 << QStringLiteral("prs") << true;
        QTest::addRow("sampled a minute ago") << 1 << QStringLiteral("prs") << false;
        QTest::addRow("sampled 59 minutes ago") << 59 << QStringLiteral("prs") << false;
        QTest::addRow("sampled 61 minutes ago") << 61 << QStringLiteral("prs") << true;
        QTest::addRow("another database sampled") << 1 << QStringLiteral("billing") << true;
    }

    void tableSizesDue()
    {
        QFETCH(int, minutesAgo);
        QFETCH(QString, database);
        QFETCH(bool, due);
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        const QDateTime now = at("2026-11-25T12:00:00.000Z");
        if (minutesAgo >= 0) {
            const HistoryStore::TableSizeSample sample{now.addSecs(-60 * minutesAgo),
                                                       QStringLiteral("public"),
                                                       QStringLiteral("invoice"),
                                                       8192,
                                                       10,
                                                       {},
                                                       {},
                                                       0};
            QVERIFY2(store.addTableSizes(QStringLiteral("db1"), database, {sample}, &error),
                     qPrintable(error));
        }
        QCOMPARE(store.tableSizesDue(QStringLiteral("db1"), QStringLiteral("prs"), now), due);
    }

    // assess rates a table's traffic since the latest sample that kept the counters: not an
    // older one, not one past the age limit, not a sample of another database.
    void latestCountersForRates()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        const QString server = QStringLiteral("db1:5432");
        using Sample = HistoryStore::TableSizeSample;
        const QDateTime monday = at("2026-11-23T08:00:00.000Z");
        const QDateTime tuesday = at("2026-11-24T08:00:00.000Z");
        const QDateTime wednesday = at("2026-11-25T08:00:00.000Z");
        QVERIFY(store.addTableSizes(
            server, QStringLiteral("prs"),
            {{monday, QStringLiteral("public"), QStringLiteral("ledger"), 1000, 10, 50, 70, 1.5e9}},
            &error));
        QVERIFY(store.addTableSizes(
            server, QStringLiteral("prs"),
            {{tuesday, QStringLiteral("public"), QStringLiteral("ledger"), 2000, 20, 500, 700,
              1.6e9},
             {tuesday, QStringLiteral("billing"), QStringLiteral("invoice"), 8, 1, 5, 7, 1.6e9}},
            &error));
        // Wednesday's sample comes from an older migdesk: no counters, so Tuesday's counts.
        QVERIFY(store.addTableSizes(
            server, QStringLiteral("prs"),
            {{wednesday, QStringLiteral("public"), QStringLiteral("ledger"), 3000, 30, {}, {}, 0}},
            &error));

        const auto latest = store.latestCounters(server, QStringLiteral("prs"), monday);
        QCOMPARE(latest.size(), std::size_t(2));
        for (const Sample& s : latest) {
            QCOMPARE(s.takenAt, tuesday);
            QCOMPARE(s.countersAtEpoch, 1.6e9);
        }
        const auto ledger = std::find_if(latest.begin(), latest.end(), [](const Sample& s) {
            return s.table == QLatin1String("ledger");
        });
        QVERIFY(ledger != latest.end());
        QCOMPARE(ledger->writesTotal, std::optional<qint64>(500));
        QCOMPARE(ledger->readsTotal, std::optional<qint64>(700));
        QVERIFY(store.latestCounters(server, QStringLiteral("prs"), wednesday).empty());
        QVERIFY(store.latestCounters(server, QStringLiteral("billing"), monday).empty());
    }

    void tableSizesRoundTrip()
    {
        QTemporaryDir dir;
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("h.sqlite")), &error), qPrintable(error));
        const QString server = QStringLiteral("db1:5432");
        const QString prs = QStringLiteral("prs");
        using Sample = HistoryStore::TableSizeSample;
        const QDateTime monday = at("2026-11-23T08:00:00.000Z");
        const QDateTime tuesday = at("2026-11-24T08:00:00.000Z");
        const std::vector<Sample> first{
            {monday,
             QStringLiteral("public"),
             QStringLiteral("ledger"),
             1'000'000,
             5000,
             {},
             {},
             0},
            {monday, QStringLiteral("billing"), QStringLiteral("invoice"), 8'192, 12, {}, {}, 0}};
        const std::vector<Sample> second{{tuesday,
                                          QStringLiteral("public"),
                                          QStringLiteral("ledger"),
                                          5'000'000'000,
                                          25'000'000,
                                          {},
                                          {},
                                          0}};
        QVERIFY2(store.addTableSizes(server, prs, first, &error), qPrintable(error));
        QVERIFY2(store.addTableSizes(server, prs, second, &error), qPrintable(error));
        QVERIFY(store.addTableSizes(server, QStringLiteral("billing"), second, &error));
        // The same table twice in one sample is refused as a whole.
        QVERIFY(!store.addTableSizes(server, prs, {second.front(), second.front()}, &error));

        const auto all = store.tableSizes(server, prs, QDateTime());
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].schema, QStringLiteral("billing")); // oldest sample, by schema and table
        QCOMPARE(all[1].table, QStringLiteral("ledger"));
        QCOMPARE(all[2].takenAt, tuesday);
        QCOMPARE(all[2].totalBytes, qint64(5'000'000'000));
        QCOMPARE(all[2].rowEstimate, qint64(25'000'000));
        const auto recent = store.tableSizes(server, prs, tuesday);
        QCOMPARE(recent.size(), std::size_t(1));
        QCOMPARE(recent[0].totalBytes, qint64(5'000'000'000));
    }

    // RunFacts reads the details the steps really write.
    void runFacts_data()
    {
        QTest::addColumn<StepResult>("step");
        QTest::addColumn<QStringList>("backups");
        QTest::addColumn<QStringList>("migrations");
        QTest::addColumn<QString>("walLsn");
        using O = StepResult::Outcome;
        QTest::addRow("backup, custom format with a plain file")
            << stepResult(QStringLiteral("backup"), O::Succeeded,
                          backupDetails(QStringLiteral("custom")))
            << QStringList{QStringLiteral(
                               "/backups/prs_backup_20261125_031500.backup custom 1000 c"),
                           QStringLiteral("/backups/prs_backup_20261125_031500.sql plain 5000 p")}
            << QStringList() << QString();
        QTest::addRow("backup, directory format: its folder, summed, with toc.dat's checksum")
            << stepResult(QStringLiteral("backup"), O::Succeeded,
                          backupDetails(QStringLiteral("directory")))
            << QStringList{QStringLiteral(
                   "/backups/prs_backup_20261125_031500.dir directory 1000 t")}
            << QStringList() << QString();
        QTest::addRow("backup that failed: no file")
            << stepResult(QStringLiteral("backup"), O::Failed, {}) << QStringList() << QStringList()
            << QString();
        QTest::addRow("migrate, Django")
            << stepResult(QStringLiteral("migrate"), O::Failed, migrateDetails(true))
            << QStringList()
            << QStringList{QStringLiteral("0 forward django billing 0003_due applied 1.5s lock "
                                          "0.5s blocked 3 retries 1"),
                           QStringLiteral("1 forward django billing 0004_not_null failed 1.5s lock "
                                          "0.5s blocked 3 retries 0"),
                           QStringLiteral("2 forward django billing 0005_index not-attempted 0s "
                                          "lock 0.5s blocked 3 retries 1")}
            << QStringLiteral("0/16B3748");
        QTest::addRow("migrate, SQL folder: the version is the name")
            << stepResult(QStringLiteral("migrate"), O::Failed, migrateDetails(false))
            << QStringList()
            << QStringList{QStringLiteral(
                               "0 forward sql - 3 applied 1.5s lock 0.5s blocked 3 retries 1"),
                           QStringLiteral(
                               "1 forward sql - 4 failed 1.5s lock 0.5s blocked 3 retries 0"),
                           QStringLiteral(
                               "2 forward sql - 5 not-attempted 0s lock 0.5s blocked 3 retries 1")}
            << QStringLiteral("0/16B3748");
        QTest::addRow("rollback step: pre-rollback backup and reverted migrations")
            << rollbackStep()
            << QStringList{QStringLiteral(
                   "/backups/prs_backup_20261125_031500.dir directory 1000 t")}
            << QStringList{QStringLiteral(
                   "0 backward django billing 0003_due reverted 0.25s lock 0s blocked 0 retries 0")}
            << QStringLiteral("0/2000000");
        QTest::addRow("migrate backwards alone, SQL folder")
            << stepResult(QStringLiteral("rollback"), O::Succeeded, revertDetails(false))
            << QStringList()
            << QStringList{QStringLiteral(
                   "0 backward sql - 3 reverted 0.25s lock 0s blocked 0 retries 0")}
            << QStringLiteral("0/2000000");
        QTest::addRow("verify: only the step")
            << stepResult(QStringLiteral("verify"), O::Succeeded,
                          {{QStringLiteral("checks"), QJsonArray()}})
            << QStringList() << QStringList() << QString();
    }

    void runFacts()
    {
        QFETCH(StepResult, step);
        QFETCH(QStringList, backups);
        QFETCH(QStringList, migrations);
        QFETCH(QString, walLsn);
        RunRecord run;
        RunFacts::addStep(run, step);
        QCOMPARE(run.steps.size(), std::size_t(1));
        QCOMPARE(run.steps.front().step, step.step);
        QCOMPARE(run.steps.front().outcome, StepResult::outcomeKey(step.outcome));
        QCOMPARE(run.steps.front().startedAt, step.started);
        QCOMPARE(run.steps.front().seconds, step.seconds);
        QCOMPARE(run.steps.front().sentence, step.sentence);
        QCOMPARE(describeAll(run.backups), backups);
        QCOMPARE(describeAll(run.migrations), migrations);
        QCOMPARE(run.walLsn, walLsn);
        for (const RunMigrationRecord& m : run.migrations)
            QVERIFY(!m.sql.isEmpty());
        if (step.step == QLatin1String("migrate")) {
            const RunMigrationRecord& first = run.migrations.front();
            QCOMPARE(first.statements.size(), std::size_t(1));
            QCOMPARE(first.statements.front().sql, QStringLiteral("ALTER TABLE invoice"));
            QCOMPARE(first.statements.front().line, 2);
            QCOMPARE(first.statements.front().seconds, 1.25);
            QCOMPARE(first.statements.front().count, 1);
        }
        if (run.migrations.size() > 1)
            QCOMPARE(run.migrations[1].error, QStringLiteral("lock timeout"));
    }

    // A cycle adds its steps one after the other: migrations are numbered on, and the WAL
    // position is the one recorded before migrating.
    void runFactsOfACycle()
    {
        RunRecord run;
        using O = StepResult::Outcome;
        RunFacts::addStep(run, stepResult(QStringLiteral("backup"), O::Succeeded,
                                          backupDetails(QStringLiteral("custom"))));
        RunFacts::addStep(run,
                          stepResult(QStringLiteral("migrate"), O::Failed, migrateDetails(true)));
        RunFacts::addStep(run, rollbackStep());
        QCOMPARE(run.steps.size(), std::size_t(3));
        QCOMPARE(run.backups.size(), std::size_t(3)); // archive and plain file, pre-rollback backup
        QCOMPARE(run.migrations.size(), std::size_t(4));
        QCOMPARE(run.migrations.back().position, 3);
        QCOMPARE(run.migrations.back().direction, QStringLiteral("backward"));
        QCOMPARE(run.walLsn, QStringLiteral("0/16B3748"));
    }

    // The recorder writes from its own thread while a step logs from another.
    void recorderFollowsTheRunLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        RunLog log;
        qint64 id = 0;
        QString uuid;
        const RunRecord facts = factsOfACycle();
        {
            RunRecorder recorder(path, migrateRun(), log);
            uuid = recorder.uuid();
            // Two writers, as a step and a process reader log at once: 40,000 lines reach the
            // store in batches, each writer's in its order, while the log in memory keeps only
            // its last kKeptLines.
            std::thread step([&log] {
                for (int i = 0; i < 20'000; ++i)
                    log.write(QStringLiteral("line %1").arg(i));
            });
            std::thread reader([&log] {
                for (int i = 0; i < 20'000; ++i)
                    log.write(QStringLiteral("pg_restore %1").arg(i));
            });
            step.join();
            reader.join();
            QCOMPARE(log.lines().size(), RunLog::kKeptLines);
            recorder.setFacts(facts);
            recorder.setMirror(QStringLiteral("mirrored"));
            recorder.finish(QStringLiteral("succeeded"),
                            QJsonObject{{QStringLiteral("applied"), 6}});
            recorder.wait();
            QVERIFY2(recorder.problem().isEmpty(), qPrintable(recorder.problem()));
            id = recorder.runId();
        }
        log.write(QStringLiteral("after the recorder is gone"));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto run = store.run(id).value();
        QVERIFY(run);
        QCOMPARE(run->uuid, uuid);
        QCOMPARE(run->outcome, QStringLiteral("succeeded"));
        const QStringList lines = run->log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 40'000);
        int nextStep = 0;
        int nextReader = 0;
        for (const QString& line : lines) {
            if (line.contains(QLatin1String("] line ")))
                QVERIFY2(line.endsWith(QStringLiteral("] line %1").arg(nextStep++)),
                         qPrintable(line));
            else
                QVERIFY2(line.endsWith(QStringLiteral("] pg_restore %1").arg(nextReader++)),
                         qPrintable(line));
        }
        QCOMPARE(nextStep, 20'000);
        QCOMPARE(nextReader, 20'000);
        QVERIFY(!run->log.contains(QLatin1String("after the recorder")));
        QCOMPARE(QJsonDocument::fromJson(run->details.toUtf8())
                     .object()
                     .value(QStringLiteral("applied"))
                     .toInt(),
                 6);
        QCOMPARE(json(*run, "migrations"), json(facts, "migrations"));
        QCOMPARE(run->confirmedBy, facts.confirmedBy);
        QCOMPARE(run->mirror, QStringLiteral("mirrored"));
    }

    void recorderSaysWhenTheStoreCannotBeOpened()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RunLog log;
        RunRecorder recorder(dir.filePath(QStringLiteral("file/history.sqlite")), migrateRun(),
                             log);
        log.write(QStringLiteral("the run goes on"));
        recorder.setFacts(factsOfACycle());
        recorder.finish(QStringLiteral("succeeded"), {});
        recorder.wait();
        QVERIFY(!recorder.problem().isEmpty());
        QCOMPARE(recorder.runId(), 0);
        QCOMPARE(log.lines().size(), 1);
    }

    // Cancel and terminate are runs; the pane records them from a pool thread.
    void sessionActionsAreRuns_data()
    {
        QTest::addColumn<SessionControl::Action>("action");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("outcome");
        QTest::addRow("cancel on production, typed")
            << SessionControl::Action::CancelQuery << true << QStringLiteral("prs")
            << QStringLiteral("cancel") << QStringLiteral("succeeded");
        QTest::addRow("terminate that failed")
            << SessionControl::Action::TerminateSession << false << QString()
            << QStringLiteral("terminate") << QStringLiteral("failed");
    }

    void sessionActionsAreRuns()
    {
        QFETCH(SessionControl::Action, action);
        QFETCH(bool, ok);
        QFETCH(QString, typed);
        QFETCH(QString, kind);
        QFETCH(QString, outcome);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        SessionControl::Request request;
        request.action = action;
        request.pid = 4242;
        request.targetUser = QStringLiteral("report");
        request.targetQuery = QStringLiteral("SELECT pg_sleep(600)");
        request.database = QStringLiteral("prs");
        request.confirmed = true;
        request.typedDatabase = typed;
        const SessionControl::Outcome result{ok, QStringLiteral("Session 4242: done.")};
        const QDateTime confirmedAt = at("2026-11-25T12:00:00.000Z");
        const RunRecord run = SessionActionRecorder::run(
            QStringLiteral("prod-eu"), QStringLiteral("db1:5432"), request, result, confirmedAt);
        QObject context;
        QString problem = QStringLiteral("not called");
        bool called = false;
        SessionActionRecorder::recordAsync(path, run, &context, [&](const QString& p) {
            QCOMPARE(QThread::currentThread(), QCoreApplication::instance()->thread());
            problem = p;
            called = true;
        });
        QTRY_VERIFY(called);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto runs = store.runs().value();
        QCOMPARE(runs.size(), std::size_t(1));
        const RunRecord& stored = runs.front();
        QCOMPARE(stored.kind, kind);
        QCOMPARE(stored.outcome, outcome);
        QCOMPARE(stored.startedAt, confirmedAt);
        QVERIFY(stored.endedAt.isValid());
        QCOMPARE(stored.environment, QStringLiteral("production"));
        QCOMPARE(stored.server, QStringLiteral("db1:5432"));
        QCOMPARE(stored.database, QStringLiteral("prs"));
        QCOMPARE(stored.log, QStringLiteral("Session 4242: done.\n"));
        QVERIFY(!stored.osUser.isEmpty()); // even where $USER is not set
        QCOMPARE(stored.confirmedBy.isEmpty(), typed.isEmpty());
        const QJsonObject details = QJsonDocument::fromJson(stored.details.toUtf8()).object();
        const QJsonObject req = details.value(QStringLiteral("request")).toObject();
        QCOMPARE(req.value(QStringLiteral("pid")).toInt(), 4242);
        QCOMPARE(req.value(QStringLiteral("target_query")).toString(), request.targetQuery);
        QCOMPARE(req.value(QStringLiteral("action")).toString(), SessionControl::actionKey(action));
        QCOMPARE(details.value(QStringLiteral("outcome"))
                     .toObject()
                     .value(QStringLiteral("ok"))
                     .toBool(),
                 ok);
    }

    void sessionActionSaysWhenTheStoreCannotBeWritten()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        SessionControl::Request request;
        const RunRecord run = SessionActionRecorder::run({}, {}, request, {true, {}},
                                                         QDateTime::currentDateTimeUtc());
        QVERIFY(!SessionActionRecorder::record(dir.filePath(QStringLiteral("file/h.sqlite")), run)
                     .isEmpty());
    }

    void killNineLeavesTheRunInterruptedWithItsLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QProcess* hung = startChild("hang", path, this);
        QVERIFY(hung->waitForStarted());
        QVERIFY2(hung->waitForReadyRead(30'000), hung->readAllStandardError().constData());
        QCOMPARE(hung->readLine().trimmed(), QByteArray("ready"));
        ::kill(pid_t(hung->processId()), SIGKILL);
        QVERIFY(hung->waitForFinished());
        QCOMPARE(hung->exitStatus(), QProcess::CrashExit);

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto runs = store.runs().value();
        QVERIFY2(runs.size() == 1, hung->readAllStandardError().constData());
        const RunRecord& run = runs.front();
        QCOMPARE(run.outcome, QStringLiteral("interrupted"));
        const QStringList lines = run.log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].endsWith(QLatin1String("] backup written")), qPrintable(run.log));
        QVERIFY2(lines[1].endsWith(QLatin1String("] applying billing.0003")), qPrintable(run.log));
        QCOMPARE(run.steps.size(), std::size_t(1));
        QCOMPARE(run.steps.front().step, QStringLiteral("backup"));
        QVERIFY(run.endedAt.isValid());
    }

    void aLiveRunIsNotMarkedInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryStore first;
        QString error;
        QVERIFY(first.open(path, &error));
        const qint64 id = first.beginRun(migrateRun(), &error);
        HistoryStore second; // another window of the same, still running, process
        QVERIFY(second.open(path, &error));
        QCOMPARE(second.run(id).value()->outcome, QStringLiteral("running"));
    }

    void twoProcessesWriteAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QProcess* a = startChild("write", path, this);
        QProcess* b = startChild("write", path, this);
        for (QProcess* writer : {a, b}) {
            QVERIFY2(writer->waitForReadyRead(30'000), writer->readAllStandardError().constData());
            QCOMPARE(writer->readLine().trimmed(), QByteArray("ready"));
        }
        a->write("go\n");
        b->write("go\n");
        QVERIFY(a->waitForFinished(60'000));
        QVERIFY(b->waitForFinished(60'000));
        QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
        HistoryStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        const auto runs = store.runs().value();
        QCOMPARE(int(runs.size()), 2 * kRunsPerWriter);
        const RunRecord facts = factsOfACycle();
        std::set<QString> uuids;
        for (const RunRecord& r : runs) {
            QCOMPARE(r.outcome, QStringLiteral("succeeded"));
            QCOMPARE(r.log.count(QLatin1Char('\n')), kLinesPerRun);
            QCOMPARE(r.steps.size(), facts.steps.size());
            QCOMPARE(r.migrations.size(), facts.migrations.size());
            QCOMPARE(r.backups.size(), facts.backups.size());
            uuids.insert(r.uuid);
        }
        QCOMPARE(int(uuids.size()), 2 * kRunsPerWriter);
        RawFile raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM run_steps")).toInt(),
                 2 * kRunsPerWriter * int(facts.steps.size()));
    }

    // Each older version, and a new file, is upgraded to the current schema, keeping its runs.
    void upgradesFromEachVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addRow("new file") << -1;
        QTest::addRow("empty file, version 0") << 0;
        QTest::addRow("version 1 with two runs") << 1;
    }

    void upgradesFromEachVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        if (version >= 0) {
            RawFile raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version")));
            if (version >= 1) {
                QVERIFY(raw.exec(QString::fromLatin1(kVersion1)));
                QVERIFY(raw.exec(QString::fromLatin1(kVersion1Run)));
                QVERIFY(raw.exec(QString::fromLatin1(kVersion1Run)));
                QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
            }
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), qMax(version, 0));
        }
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
            const auto runs = store.runs().value();
            QCOMPARE(int(runs.size()), version >= 1 ? 2 : 0);
            for (const RunRecord& run : runs) {
                QCOMPARE(run.kind, QStringLiteral("migrate"));
                QCOMPARE(run.hostName, QStringLiteral("elsewhere"));
                QCOMPARE(run.outcome, QStringLiteral("succeeded"));
                QCOMPARE(run.startedAt, at("2026-11-20T10:00:00.000Z"));
                QCOMPARE(run.endedAt, at("2026-11-20T10:01:30.000Z"));
                QCOMPARE(run.log, QStringLiteral("applying billing.0003\n"));
                QCOMPARE(run.details, QStringLiteral(R"({"applied":1})"));
                QVERIFY2(kUuidV4.match(run.uuid).hasMatch(), qPrintable(run.uuid));
                QCOMPARE(store.runByUuid(run.uuid).value()->id, run.id);
                QVERIFY(run.steps.empty() && run.confirmedBy.isEmpty() && run.mirror.isEmpty());
            }
            if (version >= 1)
                QVERIFY(runs[0].uuid != runs[1].uuid);
            RunRecord next = factsOfACycle();
            next.kind = QStringLiteral("cycle");
            QVERIFY2(store.beginRun(next, &error) > 0, qPrintable(error));
        }
        RawFile raw(path);
        const QStringList tables = raw.column(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        for (const char* table : {"runs", "run_steps", "run_backups", "run_migrations",
                                  "run_statements", "run_log", "schema_snapshots", "table_sizes"})
            QVERIFY2(tables.contains(QLatin1String(table)),
                     qPrintable(tables.join(QLatin1Char(' '))));
        const QStringList columns =
            raw.column(QStringLiteral("SELECT name FROM pragma_table_info('runs')"));
        for (const char* column : {"uuid", "confirmed_by", "wal_lsn", "mirror"})
            QVERIFY(columns.contains(QLatin1String(column)));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // Schema 4 keeps the log a line per row: a version-3 file's logs move there whole, read
    // back as they were, and new lines follow them.
    void upgradesFromVersion3MovesLogs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            RawFile raw(path);
            for (int version = 0; version < 3; ++version)
                for (const char* statement : HistorySchema::upgradeFrom(version))
                    QVERIFY(raw.exec(QString::fromLatin1(statement)));
            // The first as version 1 logged it, one without its last line break, one empty.
            for (const QString& log :
                 {QStringLiteral("'applying billing.0003' || char(10)"),
                  QStringLiteral("'a' || char(10) || char(10) || 'b'"), QStringLiteral("''")}) {
                QVERIFY(raw.exec(
                    QString::fromLatin1(kVersion1Run)
                        .replace(QStringLiteral("'applying billing.0003' || char(10)"), log)));
                QVERIFY(raw.exec(
                    QStringLiteral("UPDATE runs SET uuid = 'run-' || id WHERE uuid = ''")));
            }
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 3")));
        }
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.run(1).value()->log, QStringLiteral("applying billing.0003\n"));
        QCOMPARE(store.run(2).value()->log, QStringLiteral("a\n\nb\n"));
        QCOMPARE(store.run(3).value()->log, QString());
        QVERIFY(store.appendLog(1, {QStringLiteral("verified"), QStringLiteral("done")}, &error));
        QCOMPARE(store.run(1).value()->log,
                 QStringLiteral("applying billing.0003\nverified\ndone\n"));
        RawFile raw(path);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM runs WHERE log <> ''")).toInt(), 0);
        QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM run_log")).toInt(), 4);
    }

    // Schema 3 only adds run_statements (and 4 run_log), so a version-2 file is this one
    // without them: its runs and migrations stay, they simply have no statement timings, and
    // new runs record them.
    void upgradesFromVersion2KeepsMigrations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        RunRecord old = factsOfACycle();
        old.kind = QStringLiteral("cycle");
        for (RunMigrationRecord& m : old.migrations)
            m.statements.clear();
        QString error;
        {
            HistoryStore store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY2(store.beginRun(old, &error) > 0, qPrintable(error));
        }
        {
            RawFile raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE run_log")));
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE run_statements")));
            for (const char* column : {"writes_total", "reads_total", "counters_at"})
                QVERIFY(raw.exec(QStringLiteral("ALTER TABLE table_sizes DROP COLUMN %1")
                                     .arg(QLatin1String(column))));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
        const auto runs = store.runs().value();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(json(runs.front(), "migrations"), json(old, "migrations"));
        RunRecord next = factsOfACycle();
        next.kind = QStringLiteral("cycle");
        const qint64 id = store.beginRun(next, &error);
        QVERIFY2(id > 0, qPrintable(error));
        QCOMPARE(json(*store.run(id).value(), "migrations"), json(next, "migrations"));
        QCOMPARE(store.run(id).value()->migrations.front().statements.size(), std::size_t(3));
    }

    // A migration lists its first statements one by one and sums the rest into one row; a
    // failed statement is always listed. The log names the slowest single statement.
    void statementTimingsAreCapped_data()
    {
        QTest::addColumn<int>("statements");
        QTest::addColumn<bool>("lastFails");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("summed");
        const int limit = StatementTiming::kListedPerMigration;
        QTest::addRow("one") << 1 << false << 1 << 0;
        QTest::addRow("at the limit") << limit << false << limit << 0;
        QTest::addRow("one over") << limit + 1 << false << limit + 1 << 1;
        QTest::addRow("far over") << 3 * limit << false << limit + 1 << 2 * limit;
        QTest::addRow("far over, the last one failed")
            << 3 * limit << true << limit + 2 << 2 * limit - 1;
    }

    void statementTimingsAreCapped()
    {
        QFETCH(int, statements);
        QFETCH(bool, lastFails);
        QFETCH(int, rows);
        QFETCH(int, summed);
        std::vector<StatementTiming> list;
        for (int i = 0; i < statements; ++i) {
            StatementTiming t;
            t.sql = QStringLiteral("-- step %1\nUPDATE t SET a = %1").arg(i);
            t.line = 2 * i + 1;
            t.seconds = i == 7 ? 2.0 : 0.001;
            t.failed = lastFails && i == statements - 1;
            StatementTiming::append(list, std::move(t));
        }
        QCOMPARE(int(list.size()), rows);
        const auto sum = std::find_if(list.begin(), list.end(),
                                      [](const StatementTiming& t) { return t.summed; });
        QCOMPARE(sum == list.end() ? 0 : sum->count, summed);
        if (sum != list.end())
            QVERIFY(sum->sql.isEmpty());
        QCOMPARE(list.back().failed, lastFails);
        const QString sentence = StatementTiming::slowestSentence(QStringLiteral("V9"), list);
        if (statements < 8) {
            QVERIFY(sentence.isEmpty() || !sentence.contains(QStringLiteral("line 15")));
        } else {
            QVERIFY2(sentence.contains(QStringLiteral("line 15")), qPrintable(sentence));
            QVERIFY2(sentence.endsWith(QStringLiteral(": UPDATE t SET a = 7")),
                     qPrintable(sentence));
        }
    }

    // One Django step that unapplies two migrations caps and sums each migration on its own.
    void statementTimingsAreCappedPerMigration()
    {
        std::vector<StatementTiming> list;
        const int limit = StatementTiming::kListedPerMigration;
        for (const QString& migration :
             {QStringLiteral("shop.0003_b"), QStringLiteral("shop.0002_a")}) {
            for (int i = 0; i < limit + 10; ++i) {
                StatementTiming t;
                t.migration = migration;
                t.sql = QStringLiteral("DELETE FROM t WHERE id = %1").arg(i);
                t.seconds = 0.001;
                StatementTiming::append(list, std::move(t));
            }
        }
        QCOMPARE(int(list.size()), 2 * (limit + 1));
        for (const QString& migration :
             {QStringLiteral("shop.0003_b"), QStringLiteral("shop.0002_a")}) {
            const auto sum = std::find_if(list.begin(), list.end(), [&](const StatementTiming& t) {
                return t.summed && t.migration == migration;
            });
            QVERIFY(sum != list.end());
            QCOMPARE(sum->count, 10);
        }
    }

    void statementTextIsClipped()
    {
        QCOMPARE(StatementTiming::clipped(QStringLiteral("  SELECT 1;\n ")),
                 QStringLiteral("SELECT 1;"));
        const QString clipped = StatementTiming::clipped(QString(5000, QLatin1Char('x')));
        QCOMPARE(clipped.size(), StatementTiming::kMaxSqlChars);
        QVERIFY(clipped.endsWith(QChar(0x2026)));
    }

    void aNewerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        const int newer = HistoryStore::kSchemaVersion + 1;
        {
            RawFile raw(path);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        }
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer migdesk")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("schema %1").arg(newer)), qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
        RawFile raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), newer); // left alone
    }

    // A history that cannot be read says so, with the file: never an empty list that reads as
    // "no runs".
    void unreadableHistoryIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        qint64 id = 0;
        {
            HistoryStore store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            id = store.beginRun(migrateRun(), &error);
            QVERIFY2(id > 0, qPrintable(error));
        }
        RawFile(path).exec(QStringLiteral("DROP TABLE run_steps"));
        HistoryStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto runs = store.runs();
        QVERIFY(!runs);
        QVERIFY2(runs.error().sentence().contains(path), qPrintable(runs.error().sentence()));
        QVERIFY2(runs.error().sentence().contains(QStringLiteral("could not be read")),
                 qPrintable(runs.error().sentence()));
        QVERIFY(!store.run(id));
    }

    // Going while a job waits (on another window's SQLite lock, say) does not wait for it: the
    // thread is released, the job finishes unanswered, and nothing queued after it runs.
    void storeThreadGoesWithoutWaitingForItsJob()
    {
        QTemporaryDir dir;
        auto* store = new HistoryStoreThread(dir.filePath(QStringLiteral("history.sqlite")));
        std::atomic<bool> started = false;
        std::atomic<bool> finished = false;
        std::atomic<int> ranAfter = 0;
        int answers = 0;
        store->run<int>(
            this,
            [&](HistoryStore&) {
                started = true;
                QThread::msleep(700);
                finished = true;
                return 1;
            },
            [&](const int&) { ++answers; }, [](const QString&) {});
        store->run<int>(
            this, [&](HistoryStore&) { return ++ranAfter; }, [&](const int&) { ++answers; },
            [](const QString&) {});
        QTRY_VERIFY(started);
        QElapsedTimer clock;
        clock.start();
        delete store;
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!finished);
        QVERIFY(ReleasedThreads::waitForAll(5'000));
        QVERIFY(finished);
        QCoreApplication::processEvents();
        QCOMPARE(answers, 0);
        QCOMPARE(ranAfter.load(), 0);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray mode = qgetenv("HISTORY_CHILD");
    if (!mode.isEmpty())
        return child(mode, qEnvironmentVariable("HISTORY_PATH"));
    TestHistoryStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
