// SPDX-License-Identifier: GPL-3.0-or-later
// The run log in the history store: a run that logs 6,250 to 200,000 lines (a restore's
// pg_restore --verbose, a backfill) through RunLog and RunRecorder, as a run does, timed until
// the last line is in the store. Beside it, in the same run, how the store kept logs before
// schema 4 (one UPDATE runs SET log = log || line per line) at the sizes it can still finish.
// Prints a Markdown table; the time per line should stay flat as the log grows.
#include "history/historystore.h"
#include "history/runrecorder.h"
#include "runbook/runlog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace migdesk;

namespace {

// A line as long as pg_restore's verbose ones.
QString lineText(int i)
{
    return QStringLiteral("pg_restore: processing data for table \"public.ledger_%1\"").arg(i % 97);
}

double recorderMs(const QString& path, int lines)
{
    core::RunLog log;
    core::RunRecord run;
    run.kind = QStringLiteral("restore");
    QElapsedTimer timer;
    timer.start();
    {
        core::RunRecorder recorder(path, run, log);
        for (int i = 0; i < lines; ++i)
            log.write(lineText(i));
        recorder.wait();
        if (!recorder.problem().isEmpty()) {
            std::fprintf(stderr, "bench: %s\n", qPrintable(recorder.problem()));
            std::exit(1);
        }
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

// What schema 3 did: the whole log column rewritten for every line.
double rewriteMs(const QString& path, int lines)
{
    const QString name = QStringLiteral("rewrite-%1").arg(lines);
    double ms = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QSqlQuery(db).exec(QStringLiteral(
            "CREATE TABLE runs (id INTEGER PRIMARY KEY, log TEXT NOT NULL DEFAULT '')"));
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO runs (id) VALUES (1)"));
        QSqlQuery append(db);
        append.prepare(QStringLiteral("UPDATE runs SET log = log || ? || char(10) WHERE id = 1"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < lines; ++i) {
            append.addBindValue(QString(QStringLiteral("[2026-12-07 21:00:00] ") + lineText(i)));
            append.exec();
        }
        ms = double(timer.nsecsElapsed()) / 1e6;
    }
    QSqlDatabase::removeDatabase(name);
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    std::printf("| lines logged | migdesk: RunLog → RunRecorder → run_log | per line | "
                "before schema 4: UPDATE log = log || line | per line |\n|---|---|---|---|---|\n");
    for (const int lines : {6'250, 12'500, 25'000, 50'000, 100'000, 200'000}) {
        const double ms =
            recorderMs(dir.filePath(QStringLiteral("history-%1.sqlite").arg(lines)), lines);
        // The old way grows with the square of the log: 25,000 lines take minutes.
        const bool old = lines <= 12'500;
        const double oldMs =
            old ? rewriteMs(dir.filePath(QStringLiteral("old-%1.sqlite").arg(lines)), lines) : 0;
        std::printf("| %d | %.0f ms | %.1f µs | %s | %s |\n", lines, ms, ms * 1000 / lines,
                    old ? qPrintable(QStringLiteral("%1 ms").arg(oldMs, 0, 'f', 0)) : "not run",
                    old ? qPrintable(QStringLiteral("%1 µs").arg(oldMs * 1000 / lines, 0, 'f', 1))
                        : "");
        std::fflush(stdout);
    }
    return 0;
}
