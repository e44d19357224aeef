// SPDX-License-Identifier: GPL-3.0-or-later
// Tables pane on a database with 10,000 relations (100 partitioned tables × 99 partitions):
// migdesk's list (catalog estimates, one round trip) and its exact sizes (in the pane's
// batches) against psql running the runbook's table-size query, and the time the GUI thread
// spends taking each answer into the model, the sorted view and the chart's model.
#include "benchsupport.h"
#include "catalog/tablestatsreader.h"
#include "models/tablefiltermodel.h"
#include "models/tablesizemodel.h"
#include "models/toptablesmodel.h"

#include <QApplication>
#include <QTreeView>

using namespace migdesk;

namespace {

// The runbook's pre-migration table-size query, with its PostgreSQL 15 ambiguity fixed and
// every schema included, as a DBA would run it in psql today.
const QString kRunbookQuery = QStringLiteral(R"(
SELECT pg_tables.schemaname, tablename,
       pg_size_pretty(pg_total_relation_size(pg_tables.schemaname||'.'||tablename)) AS size,
       pg_total_relation_size(pg_tables.schemaname||'.'||tablename) AS bytes,
       n_tup_ins + n_tup_upd + n_tup_del AS total_changes
FROM pg_tables
LEFT JOIN pg_stat_user_tables ON pg_tables.tablename = pg_stat_user_tables.relname
WHERE pg_tables.schemaname NOT IN ('pg_catalog', 'information_schema')
ORDER BY bytes DESC)");

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Default lock table size: the size functions release each relation's lock at once, so
    // 10,000 tables do not exhaust it.
    core::ThrowawayCluster cluster({QStringLiteral("bench_tables"), false, {}});
    QString error;
    if (!cluster.start(&error))
        bench::fail(error);
    std::printf("creating 100 partitioned tables with 99 partitions each...\n");
    // A transaction per partitioned table: 10,000 tables in one would exhaust the lock table.
    for (int t = 1; t <= 100; ++t) {
        if (!cluster.execute(QStringLiteral(R"(
            CREATE TABLE events_%1 (id bigint, at int NOT NULL, payload text,
                                    PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
            DO $$
            BEGIN
                FOR p IN 1..99 LOOP
                    EXECUTE format('CREATE TABLE events_%1_p%s PARTITION OF events_%1
                                    FOR VALUES FROM (%s) TO (%s)', p, p * 100, p * 100 + 100);
                END LOOP;
            END $$;
            INSERT INTO events_%1 SELECT g, 100 + g % 9900, md5(g::text)
            FROM generate_series(1, 2000) g;)")
                                 .arg(t),
                             &error))
            bench::fail(error);
    }
    if (!cluster.execute(QStringLiteral("ANALYZE"), &error))
        bench::fail(error);

    core::PgConnection connection;
    if (auto failed =
            connection.open(cluster.connInfo(), std::nullopt, core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    core::TableInventory list;
    const double listMs = bench::medianMs(5, [&] {
        auto read = core::TableStatsReader::readList(connection);
        if (!read)
            bench::fail(read.error().sentence());
        list = *read;
    });
    // The exact sizes as the pane reads them: the largest 200 first, then doubling batches.
    std::vector<core::MeasuredSizes> batches;
    const double sizesMs = bench::medianMs(5, [&] {
        batches.clear();
        const std::vector<quint32> waiting = core::tablesToMeasure(list);
        std::size_t measured = 0;
        while (measured < waiting.size() || batches.empty()) {
            const std::size_t batch =
                std::min(waiting.size() - measured, std::max<std::size_t>(200, measured));
            auto read = core::TableStatsReader::readSizes(
                connection,
                {waiting.begin() + std::ptrdiff_t(measured),
                 waiting.begin() + std::ptrdiff_t(measured + batch)},
                batches.empty());
            if (!read)
                bench::fail(read.error().sentence());
            batches.push_back(*read);
            measured += batch;
        }
    });
    const double psqlMs = bench::medianMs(
        5, [&] { bench::psql(cluster, QStringLiteral("postgres"), kRunbookQuery); });
    const double psqlConnectMs = bench::medianMs(
        5, [&] { bench::psql(cluster, QStringLiteral("postgres"), QStringLiteral("SELECT 1")); });

    // GUI thread: the model takes the list, the proxy sorts it, the chart model picks the top
    // 10; then each batch of sizes updates them in place. The view is shown so that the
    // updates really lay it out.
    models::TableSizeModel model;
    models::TableFilterModel filter;
    filter.setSourceModel(&model);
    models::TopTablesModel top(&model);
    QTreeView view;
    view.setModel(&filter);
    view.setUniformRowHeights(true);
    view.setSortingEnabled(true);
    view.sortByColumn(models::TableSizeModel::Total, Qt::DescendingOrder);
    view.resize(1200, 800);
    view.show();
    double listGuiMax = 0;
    double batchGuiMax = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.setInventory(list);
        QCoreApplication::processEvents();
        listGuiMax = std::max(listGuiMax, double(timer.nsecsElapsed()) / 1e6);
        for (const core::MeasuredSizes& sizes : batches) {
            timer.restart();
            model.applySizes(sizes);
            QCoreApplication::processEvents();
            batchGuiMax = std::max(batchGuiMax, double(timer.nsecsElapsed()) / 1e6);
        }
    }
    if (model.inventory().sizesEstimated())
        bench::fail(QStringLiteral("some sizes are still estimates after the last batch"));

    std::printf("\n| %zu relations | migdesk | psql + runbook query |\n|---|---|---|\n",
                list.tables.size());
    std::printf("| full list on screen: read (median of 5) + GUI thread (worst of 5) | **%.0f ms** "
                "(%.0f + %.0f), sizes estimated | %.0f ms (of which %.0f ms psql start + connect), "
                "nothing shown before |\n",
                listMs + listGuiMax, listMs, listGuiMax, psqlMs, psqlConnectMs);
    std::printf("| exact sizes, in %zu batches (median of 5) | %.0f ms more | included above |\n",
                batches.size(), sizesMs);
    std::printf("| ratio, list on screen | 1 | %.1f× |\n", psqlMs / (listMs + listGuiMax));
    std::printf("| ratio, every size exact | 1 | %.2f× |\n",
                psqlMs / (listMs + listGuiMax + sizesMs));
    std::printf("| GUI thread per batch of sizes (worst) | %.0f ms | n/a |\n", batchGuiMax);
    std::printf("| partitions rolled up under their parent | yes | no (flat list, join on relname "
                "only) |\n");
    return 0;
}
