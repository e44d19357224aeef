// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/overviewreport.h"

#include "common/units.h"

#include <QJsonArray>

namespace migdesk::core {

QJsonObject OverviewReport::toJson(const DatabaseOverview& o)
{
    QJsonObject sessions;
    for (const SessionStateCount& s : o.sessionsByState)
        sessions.insert(s.state, s.count);
    QJsonArray tables;
    for (const TableSize& t : o.largestTables) {
        tables.append(QJsonObject{{QStringLiteral("schema"), t.schema},
                                  {QStringLiteral("name"), t.name},
                                  {QStringLiteral("total_bytes"), t.totalBytes},
                                  {QStringLiteral("estimated_rows"), t.estimatedRows},
                                  {QStringLiteral("locked"), t.locked}});
    }
    QJsonObject json{
        {QStringLiteral("server_version"), o.serverVersion},
        {QStringLiteral("server_version_num"), o.serverVersionNum},
        {QStringLiteral("database"), o.database},
        {QStringLiteral("user"), o.user},
        {QStringLiteral("in_recovery"), o.inRecovery},
        {QStringLiteral("database_bytes"), o.databaseBytes},
        {QStringLiteral("uptime_seconds"), o.uptimeSeconds},
        {QStringLiteral("max_connections"), o.maxConnections},
        {QStringLiteral("sessions_by_state"), sessions},
        {QStringLiteral("sessions_total"), o.totalSessions()},
        {QStringLiteral("cache_hit_ratio"),
         o.cacheHitRatio ? QJsonValue(*o.cacheHitRatio) : QJsonValue()},
        {QStringLiteral("transactions_per_second"),
         o.transactionsPerSecond ? QJsonValue(*o.transactionsPerSecond) : QJsonValue()},
        {QStringLiteral("largest_tables"), tables},
    };
    if (!o.host.isEmpty())
        json.insert(QStringLiteral("server_host"), o.host);
    json.insert(QStringLiteral("server_port"), o.port);
    return json;
}

QString OverviewReport::toText(const DatabaseOverview& o)
{
    QString out;
    const auto line = [&out](const QString& label, const QString& value) {
        out += label.leftJustified(22) + value + QLatin1Char('\n');
    };
    line(tr("Database"), o.database + (o.inRecovery ? tr(" (standby)") : QString()));
    line(tr("Server version"), o.serverVersion);
    line(tr("Database size"), formatBytes(o.databaseBytes));
    line(tr("Uptime"), formatDuration(o.uptimeSeconds));
    QStringList states;
    for (const SessionStateCount& s : o.sessionsByState)
        states << QStringLiteral("%1 %2").arg(s.count).arg(s.state);
    line(tr("Connections"), tr("%1 of %2 (%3)")
                                .arg(o.totalSessions())
                                .arg(o.maxConnections)
                                .arg(states.join(QStringLiteral(", "))));
    line(tr("Cache hit ratio"),
         o.cacheHitRatio ? QStringLiteral("%1 %").arg(*o.cacheHitRatio * 100.0, 0, 'f', 2)
                         : tr("n/a"));
    line(tr("Transactions/s"),
         o.transactionsPerSecond ? QString::number(*o.transactionsPerSecond, 'f', 1) : tr("n/a"));
    out += QLatin1Char('\n') + tr("Largest tables") + QLatin1Char('\n');
    for (const TableSize& t : o.largestTables) {
        out += QStringLiteral("  %1 %2 %3%4\n")
                   .arg(formatBytes(t.totalBytes), 10)
                   .arg(tr("%1 rows").arg(formatCount(t.estimatedRows)), 16)
                   .arg(t.qualifiedName())
                   .arg(t.locked ? tr("  (locked: estimate)") : QString());
    }
    return out;
}

} // namespace migdesk::core
