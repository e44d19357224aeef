// SPDX-License-Identifier: GPL-3.0-or-later
// Activity monitor under load: a lock pile-up of S sessions holding L locks in all, a tenth of
// them queued behind one ACCESS EXCLUSIVE holder. Measures what one refresh costs the server
// (EXPLAIN ANALYZE of migdesk's two queries), the client round trip, the longest time the GUI
// thread is busy per refresh, and psql running the runbook's two checks for comparison. Beside
// them, pg_activity's own refresh queries (Debian's pg-activity, read from its installed
// package) on the same pile-up: its default screen (server header and running queries) and
// with its waiting and blocking screens, which show what migdesk's pane shows at once.
#include "activitypane.h"
#include "benchsupport.h"
#include "catalog/activityreader.h"
#include "models/blockingtreemodel.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <libpq-fe.h>

#include <memory>

using namespace migdesk;

namespace {

const QString kRunbookLongQueries = QStringLiteral(R"(
SELECT pid, now() - pg_stat_activity.query_start AS duration, query, state
FROM pg_stat_activity
WHERE pg_stat_activity.query <> '' AND now() - pg_stat_activity.query_start > interval '1 minute'
ORDER BY duration DESC)");

const QString kRunbookLocks = QStringLiteral(R"(
SELECT t.relname, l.locktype, l.mode, l.granted
FROM pg_locks l JOIN pg_class t ON l.relation = t.oid
WHERE t.relkind = 'r' AND NOT l.granted)");

struct Conn
{
    explicit Conn(const QByteArray& conninfo) : conn(PQconnectdb(conninfo.constData()))
    {
        if (PQstatus(conn) != CONNECTION_OK)
            bench::fail(QString::fromUtf8(PQerrorMessage(conn)));
    }
    ~Conn() { PQfinish(conn); }
    Q_DISABLE_COPY_MOVE(Conn)
    PGconn* conn;
};

// pg_activity 3.0's queries for a server of 11 or newer, with the values it binds by default
// (durations from query_start, no minimum duration, no database filter, database sizes read).
struct PgActivityQueries
{
    QString serverInfo, activities, waiting, blocking;
};

PgActivityQueries pgActivityQueries()
{
    const QDir folder(qEnvironmentVariable(
        "PGACTIVITY_QUERIES", QStringLiteral("/usr/lib/python3/dist-packages/pgactivity/queries")));
    const auto read = [&folder](const char* name) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            bench::fail(
                QStringLiteral("%1 not found: install pg-activity (scripts/install-deps.sh) "
                               "or set PGACTIVITY_QUERIES")
                    .arg(file.fileName()));
        QString sql = QString::fromUtf8(file.readAll());
        sql.replace(QStringLiteral("{duration_column}"), QStringLiteral("\"query_start\""))
            .replace(QStringLiteral("%(min_duration)s"), QStringLiteral("0"))
            .replace(QStringLiteral("%(dbname_filter)s"), QStringLiteral("NULL"))
            .replace(QStringLiteral("%(skip_db_size)s"), QStringLiteral("false"))
            .replace(QStringLiteral("%(prev_total_size)s"), QStringLiteral("0"))
            .replace(QStringLiteral("%(using_rds)s"), QStringLiteral("false"));
        return sql.trimmed().chopped(sql.trimmed().endsWith(QLatin1Char(';')) ? 1 : 0);
    };
    return {read("get_server_info_post_110000.sql"), read("get_pg_activity_post_130000.sql"),
            read("get_waiting_post_090200.sql"), read("get_blocking_post_090600.sql")};
}

// Median of 5 EXPLAIN ANALYZE execution times of the statements, summed per run.
double medianServerMs(core::PgConnection& connection, const QStringList& statements)
{
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        double sum = 0;
        for (const QString& sql : statements) {
            const double ms = bench::serverMs(connection, sql);
            if (ms < 0)
                bench::fail(QStringLiteral("EXPLAIN ANALYZE failed: %1").arg(sql.left(80)));
            sum += ms;
        }
        runs.push_back(sum);
    }
    return bench::median(std::move(runs));
}

void run(PGconn* conn, const QByteArray& sql)
{
    PGresult* r = PQexec(conn, sql.constData());
    if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
        bench::fail(QString::fromUtf8(PQerrorMessage(conn)));
    PQclear(r);
}

void scenario(int sessions, int locksPerSession)
{
    core::ThrowawayCluster cluster(
        {QStringLiteral("bench_monitor"),
         false,
         {QStringLiteral("max_connections=%1").arg(sessions + 20),
          QStringLiteral("max_locks_per_transaction=%1").arg(locksPerSession + 28)}});
    QString error;
    if (!cluster.start(&error))
        bench::fail(error);
    const int tables = locksPerSession + 1;
    if (!cluster.execute(
            QStringLiteral("DO $$ BEGIN FOR i IN 0..%1 LOOP "
                           "EXECUTE format('CREATE TABLE t%s (id int)', i); END LOOP; END $$;")
                .arg(tables),
            &error))
        bench::fail(error);
    const QByteArray conninfo = cluster.connInfo().toConninfoString().toUtf8();
    std::vector<std::unique_ptr<Conn>> pool;
    pool.push_back(std::make_unique<Conn>(conninfo));
    run(pool.back()->conn, "BEGIN; LOCK TABLE t0 IN ACCESS EXCLUSIVE MODE");
    QStringList names;
    for (int t = 1; t <= locksPerSession; ++t)
        names << QStringLiteral("t%1").arg(t);
    const QByteArray lockMany =
        "BEGIN; LOCK TABLE " + names.join(QStringLiteral(", ")).toUtf8() + " IN ACCESS SHARE MODE";
    for (int s = 1; s < sessions; ++s) {
        pool.push_back(std::make_unique<Conn>(conninfo));
        run(pool.back()->conn, lockMany);
        if (s % 10 == 0)
            PQsendQuery(pool.back()->conn, "SELECT * FROM t0");
    }

    core::PgConnection connection;
    if (auto failed =
            connection.open(cluster.connInfo(), std::nullopt, core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    core::ActivitySnapshot snapshot;
    const double clientMs = bench::medianMs(10, [&] {
        auto read = core::ActivityReader::read(connection);
        if (!read)
            bench::fail(read.error().sentence());
        snapshot = *read;
    });
    const QStringList queries = core::ActivityReader::queries(connection.serverVersion());
    const double serverMs = medianServerMs(connection, queries);
    const PgActivityQueries theirs = pgActivityQueries();
    const double pgActivityMs = medianServerMs(connection, {theirs.serverInfo, theirs.activities});
    const double pgActivityLocksMs = medianServerMs(
        connection, {theirs.serverInfo, theirs.activities, theirs.waiting, theirs.blocking});
    const double runbookMs = bench::medianMs(5, [&] {
        bench::psql(cluster, QStringLiteral("postgres"), kRunbookLongQueries);
        bench::psql(cluster, QStringLiteral("postgres"), kRunbookLocks);
    });

    ui::ActivityPane pane;
    pane.resize(1400, 900);
    pane.show();
    pane.setAutoRefresh(false);
    QEventLoop loop;
    QObject::connect(&pane, &ui::Pane::refreshed, &loop, &QEventLoop::quit);
    pane.setTarget({core::ConnectionProfile{}, cluster.connInfo(), std::nullopt});
    pane.setAutoRefresh(false);
    double guiMax = 0;
    for (int i = 0; i < 10; ++i) {
        if (i > 0)
            pane.refresh();
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        guiMax = std::max(guiMax, pane.lastGuiUpdateMs());
    }
    const auto* tree = pane.treeModel();
    std::printf("\n| %d sessions, %d locks (%d waiting) | migdesk | psql + runbook checks "
                "|\n|---|---|---|\n",
                int(snapshot.sessions.size()), snapshot.totalLocks, snapshot.ungrantedLocks);
    std::printf(
        "| server time per refresh (EXPLAIN ANALYZE, median of 5) | %.1f ms, 2 queries | n/a |\n",
        serverMs);
    std::printf(
        "| pg_activity 3.0, same server: default screen (header + running queries) | %.1f ms, "
        "2 queries | |\n",
        pgActivityMs);
    std::printf(
        "| pg_activity 3.0: with its waiting and blocking screens | %.1f ms, 4 queries | |\n",
        pgActivityLocksMs);
    std::printf("| round trip per refresh (median of 10) | %.1f ms | %.0f ms (2 psql runs) |\n",
                clientMs, runbookMs);
    std::printf("| longest GUI-thread busy time per refresh (of 10) | %.1f ms | n/a |\n", guiMax);
    std::printf("| blocking tree | %d root blocker, %d blocked beneath it | none (flat list of "
                "ungranted locks) |\n",
                tree->rootCount(),
                tree->index(0, models::BlockingTreeModel::Blocked).data().toInt());
    pane.clearTarget();
    pool.clear();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    scenario(200, 5);   // the issue's refresh benchmark: 200 sessions, ~1,000 locks
    scenario(500, 100); // a real pile-up: 500 sessions, ~50,000 locks
    return 0;
}
