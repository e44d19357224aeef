// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

struct SessionStateCount
{
    QString state; // pg_stat_activity.state of client backends; "unknown" when hidden from us
    int count = 0;
};

struct TableSize
{
    QString schema;
    QString name;
    qint64 totalBytes = 0; // heap + indexes + TOAST (pg_total_relation_size)
    qint64 estimatedRows = 0;
    // An ACCESS EXCLUSIVE lock is held or awaited on the table, so its size was not read (that
    // would queue behind the lock); totalBytes is then pg_class's page-count estimate.
    bool locked = false;

    QString qualifiedName() const { return schema + QLatin1Char('.') + name; }
};

// What the overview pane and `migdesk overview` show: one sample of the database's facts.
struct DatabaseOverview
{
    QString serverVersion; // "15.18 (Debian 15.18-0+deb12u1)"
    int serverVersionNum = 0;
    QString database;
    QString user;
    QString host; // inet_server_addr(), or empty for a Unix socket
    int port = 0;
    bool inRecovery = false; // a standby
    qint64 databaseBytes = 0;
    double uptimeSeconds = 0;
    int maxConnections = 0;
    std::vector<SessionStateCount> sessionsByState;
    std::optional<double> cacheHitRatio;         // 0..1; none before the first block is read
    qint64 transactionsTotal = 0;                // xact_commit + xact_rollback since stats reset
    double sampledAtEpoch = 0;                   // server clock, seconds
    std::optional<double> transactionsPerSecond; // needs an earlier sample
    std::vector<TableSize> largestTables;

    int totalSessions() const;
};

// Transactions per second between two samples of the same database, or none when they cannot
// be compared (same instant, counters reset in between).
std::optional<double> transactionsPerSecond(const DatabaseOverview& earlier,
                                            const DatabaseOverview& later);

} // namespace migdesk::core
