// SPDX-License-Identifier: GPL-3.0-or-later
// The run history store: records, crash safety (kill -9 mid-run), two writers at once, schema
// versions. The test binary re-runs itself as the child process for the multi-process cases.
#include "history/historystore.h"
#include "history/runrecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>
#include <cstdio>

using namespace migdesk::core;

namespace {

constexpr int kRunsPerWriter = 150;

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

// The child's side: "hang" starts a run, logs two lines, says so and blocks on stdin until it is
// killed; "write" records kRunsPerWriter complete runs.
int child(const QByteArray& mode, const QString& path)
{
    HistoryStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    if (mode == "hang") {
        const qint64 id = store.beginRun(migrateRun(), &error);
        store.appendLog(id, QStringLiteral("backup written"), &error);
        store.appendLog(id, QStringLiteral("applying billing.0003"), &error);
        std::puts("ready");
        std::fflush(stdout);
        std::getchar(); // the parent never answers: it kills us here
        return 0;
    }
    for (int i = 0; i < kRunsPerWriter; ++i) {
        const qint64 id = store.beginRun(migrateRun(), &error);
        if (!id || !store.appendLog(id, QStringLiteral("line"), &error)
            || !store.finishRun(id, QStringLiteral("succeeded"), &error))
            return 4;
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
        QCOMPARE(store.run(id)->outcome, QStringLiteral("running"));
        QVERIFY(store.appendLog(id, QStringLiteral("first"), &error));
        QVERIFY(store.appendLog(id, QStringLiteral("second"), &error));
        QVERIFY(store.setDetails(id, QStringLiteral(R"({"applied":["billing.0003"]})"), &error));
        QVERIFY(store.finishRun(id, QStringLiteral("succeeded"), &error));
        // A finished run cannot be finished again (a late "cancelled" must not overwrite it).
        QVERIFY(store.finishRun(id, QStringLiteral("cancelled"), &error));
        const auto run = store.run(id);
        QVERIFY(run);
        QCOMPARE(run->outcome, QStringLiteral("succeeded"));
        QCOMPARE(run->log, QStringLiteral("first\nsecond\n"));
        QVERIFY(run->details.contains(QStringLiteral("billing.0003")));
        QVERIFY(run->endedAt.isValid() && run->endedAt >= run->startedAt);
        QCOMPARE(run->profile, QStringLiteral("prod-eu"));
        QCOMPARE(store.runs(QStringLiteral("migrate")).size(), std::size_t(1));
        QCOMPARE(store.runs(QStringLiteral("backup")).size(), std::size_t(0));
    }

    // The recorder writes from its own thread while a step logs from another.
    void recorderFollowsTheRunLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        RunLog log;
        qint64 id = 0;
        {
            RunRecorder recorder(path, migrateRun(), log);
            std::thread step([&log] {
                for (int i = 0; i < 50; ++i)
                    log.write(QStringLiteral("line %1").arg(i));
            });
            step.join();
            recorder.finish(QStringLiteral("succeeded"), QJsonObject{{QStringLiteral("applied"), 6}});
            recorder.wait();
            QVERIFY2(recorder.problem().isEmpty(), qPrintable(recorder.problem()));
            id = recorder.runId();
        }
        log.write(QStringLiteral("after the recorder is gone"));
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto run = store.run(id);
        QVERIFY(run);
        QCOMPARE(run->outcome, QStringLiteral("succeeded"));
        QCOMPARE(run->log.count(QLatin1Char('\n')), 50);
        QVERIFY(run->log.contains(QLatin1String("] line 49")));
        QVERIFY(!run->log.contains(QLatin1String("after the recorder")));
        QCOMPARE(QJsonDocument::fromJson(run->details.toUtf8()).object().value(QStringLiteral("applied")).toInt(), 6);
    }

    void recorderSaysWhenTheStoreCannotBeOpened()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        RunLog log;
        RunRecorder recorder(dir.filePath(QStringLiteral("file/history.sqlite")), migrateRun(), log);
        log.write(QStringLiteral("the run goes on"));
        recorder.finish(QStringLiteral("succeeded"), {});
        recorder.wait();
        QVERIFY(!recorder.problem().isEmpty());
        QCOMPARE(recorder.runId(), 0);
        QCOMPARE(log.lines().size(), 1);
    }

    void killNineLeavesTheRunInterruptedWithItsLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QProcess* hung = startChild("hang", path, this);
        QVERIFY(hung->waitForStarted());
        QVERIFY(hung->waitForReadyRead(30'000));
        QCOMPARE(hung->readLine().trimmed(), QByteArray("ready"));
        ::kill(pid_t(hung->processId()), SIGKILL);
        QVERIFY(hung->waitForFinished());

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        const auto runs = store.runs();
        QVERIFY2(runs.size() == 1, hung->readAllStandardError().constData());
        QCOMPARE(runs.front().outcome, QStringLiteral("interrupted"));
        QCOMPARE(runs.front().log, QStringLiteral("backup written\napplying billing.0003\n"));
        QVERIFY(runs.front().endedAt.isValid());
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
        QCOMPARE(second.run(id)->outcome, QStringLiteral("running"));
    }

    void twoProcessesWriteAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        QProcess* a = startChild("write", path, this);
        QProcess* b = startChild("write", path, this);
        QVERIFY(a->waitForFinished(60'000));
        QVERIFY(b->waitForFinished(60'000));
        QVERIFY2(a->exitCode() == 0, a->readAllStandardError().constData());
        QVERIFY2(b->exitCode() == 0, b->readAllStandardError().constData());
        HistoryStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        const auto runs = store.runs();
        QCOMPARE(int(runs.size()), 2 * kRunsPerWriter);
        for (const RunRecord& r : runs)
            QCOMPARE(r.outcome, QStringLiteral("succeeded"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void schemaVersions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // An empty file is version 0: it is upgraded to the current schema.
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), HistoryStore::kSchemaVersion);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        HistoryStore newer;
        QString error;
        QVERIFY(!newer.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer migdesk")), qPrintable(error));
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
