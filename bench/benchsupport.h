// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/throwawaycluster.h"
#include "connection/pgconnection.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace migdesk::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Median wall time of a callable over n runs, in milliseconds.
inline double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(std::move(times));
}

// psql running one statement against the cluster, as a DBA would by hand (output discarded).
inline void psql(const core::ThrowawayCluster& cluster, const QString& database, const QString& sql)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(core::ThrowawayCluster::serverBinDir() + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
                   cluster.connInfo(database).toConninfoString(), QStringLiteral("-c"), sql});
    process.waitForFinished(-1);
}

// Server execution time of a statement from EXPLAIN ANALYZE, in milliseconds.
inline double serverMs(core::PgConnection& connection, const QString& sql)
{
    const auto plan = connection.exec(QStringLiteral("EXPLAIN (ANALYZE, FORMAT JSON) ") + sql);
    if (!plan)
        return -1;
    const QString json = plan->text(0, plan->columns().first());
    const int at = int(json.indexOf(QStringLiteral("\"Execution Time\": ")));
    return json.mid(at + 18).section(QLatin1Char('\n'), 0, 0).toDouble();
}

inline void fail(const QString& what)
{
    std::fprintf(stderr, "bench: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace migdesk::bench
