// SPDX-License-Identifier: GPL-3.0-or-later
// Tables pane on a database with 10,000 relations (100 partitioned tables × 99 partitions):
// migdesk's one-round-trip inventory against psql running the runbook's table-size query, and
// the time the GUI thread spends taking the result into the model and the sorted view.
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
    if (!cluster.execute(QStringLiteral(R"(
        DO $$
        BEGIN
            FOR t IN 1..100 LOOP
                COMMIT;
                EXECUTE format('CREATE TABLE events_%s (id bigint, at int NOT NULL, payload text,
                                PRIMARY KEY (id, at)) PARTITION BY RANGE (at)', t);
                FOR p IN 1..99 LOOP
                    EXECUTE format('CREATE TABLE events_%s_p%s PARTITION OF events_%s
                                    FOR VALUES FROM (%s) TO (%s)', t, p, t, p * 100, p * 100 + 100);
                END LOOP;
                EXECUTE format('INSERT INTO events_%s SELECT g, 100 + g %% 9900, md5(g::text)
                                FROM generate_series(1, 2000) g', t);
            END LOOP;
        END $$;
        ANALYZE;)"), &error))
        bench::fail(error);

    core::PgConnection connection;
    if (auto failed = connection.open(cluster.connInfo(), std::nullopt, core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    core::TableInventory inventory;
    const double migdeskMs = bench::medianMs(5, [&] {
        auto read = core::TableStatsReader::read(connection);
        if (!read)
            bench::fail(read.error().sentence());
        inventory = *read;
    });
    const double psqlMs = bench::medianMs(5, [&] { bench::psql(cluster, QStringLiteral("postgres"), kRunbookQuery); });
    const double psqlConnectMs = bench::medianMs(5, [&] { bench::psql(cluster, QStringLiteral("postgres"), QStringLiteral("SELECT 1")); });

    // GUI thread: the model takes the inventory, the proxy sorts it, the chart model picks the
    // top 10; the view is shown so that the reset really lays it out.
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
    double guiMax = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        model.setInventory(inventory);
        QCoreApplication::processEvents();
        guiMax = std::max(guiMax, double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("\n| %zu relations | migdesk | psql + runbook query |\n|---|---|---|\n", inventory.tables.size());
    std::printf("| inventory read (median of 5) | %.0f ms, one query | %.0f ms (of which %.0f ms psql start + connect) |\n",
                migdeskMs, psqlMs, psqlConnectMs);
    std::printf("| ratio | 1 | %.2f× |\n", psqlMs / migdeskMs);
    std::printf("| GUI thread: model + sorted view + chart (worst of 5) | %.0f ms | n/a |\n", guiMax);
    std::printf("| partitions rolled up under their parent | yes | no (flat list, join on relname only) |\n");
    return 0;
}
