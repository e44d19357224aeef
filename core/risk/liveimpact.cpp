// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/liveimpact.h"

#include "catalog/exclusivelocks.h"
#include "common/units.h"
#include "connection/pgconnection.h"

#include <QHash>
#include <QLocale>

namespace migdesk::core {

namespace {

// The tables a migration will lock, by the names its SQL uses ($1 is a text[]). to_regclass()
// resolves a name without taking a lock; sizes are read only where no ACCESS EXCLUSIVE lock
// covers the table. Lock holders are other backends with a granted lock on the table now. The
// counters run since the database's statistics were reset (pg_stat_reset), or since the
// server started when they never were.
constexpr auto kTableLoadBody = R"(,
wanted AS (
    SELECT name, to_regclass(name) AS oid FROM unnest($1::text[]) AS name
)
SELECT w.name, w.oid IS NOT NULL AS found, n.nspname || '.' || c.relname AS qualified,
       (w.oid IN (SELECT oid FROM covered)) AS estimated,
       CASE WHEN w.oid IS NULL THEN 0
            WHEN w.oid IN (SELECT oid FROM covered)
            THEN (c.relpages + coalesce(t.relpages, 0))::bigint * current_setting('block_size')::bigint
            ELSE pg_total_relation_size(w.oid) END AS total_bytes,
       CASE WHEN w.oid IS NULL THEN 0
            WHEN w.oid IN (SELECT oid FROM covered)
            THEN c.relpages::bigint * current_setting('block_size')::bigint
            ELSE pg_relation_size(w.oid) END AS heap_bytes,
       greatest(c.reltuples, 0)::bigint AS estimated_rows,
       coalesce(s.n_tup_ins + s.n_tup_upd + s.n_tup_del, 0) AS writes,
       coalesce(s.seq_scan + coalesce(s.idx_scan, 0), 0) AS reads,
       extract(epoch FROM clock_timestamp()) AS sampled_at,
       (SELECT extract(epoch FROM d.stats_reset)
        FROM pg_stat_database d WHERE d.datname = current_database()) AS stats_reset,
       extract(epoch FROM pg_postmaster_start_time()) AS server_start,
       (SELECT array_agg(DISTINCT l.pid) FROM pg_locks l
        WHERE l.relation = w.oid AND l.granted AND l.pid <> pg_backend_pid()) AS holders,
       (SELECT max(extract(epoch FROM statement_timestamp() - a.xact_start))
        FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.relation = w.oid AND l.granted AND l.pid <> pg_backend_pid()) AS oldest_xact
FROM wanted w
LEFT JOIN pg_class c ON c.oid = w.oid
LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
LEFT JOIN pg_stat_user_tables s ON s.relid = w.oid)";

// A text[] literal for a bound parameter: every element double-quoted, so names with commas,
// quotes or braces stay one element.
QString textArray(const QStringList& values)
{
    QStringList quoted;
    for (QString value : values) {
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        value.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString modeName(const QString& mode)
{
    // "AccessExclusiveLock" -> "ACCESS EXCLUSIVE", as DBAs and the docs write it.
    QString words;
    for (const QChar c : QStringView(mode).chopped(mode.endsWith(QLatin1String("Lock")) ? 4 : 0)) {
        if (c.isUpper() && !words.isEmpty())
            words += QLatin1Char(' ');
        words += c.toUpper();
    }
    return words;
}

// Modes that stop ordinary reads (ACCESS EXCLUSIVE) or writes (SHARE and stronger).
bool blocksReads(const QString& mode)
{
    return mode == QLatin1String("AccessExclusiveLock");
}

bool blocksWrites(const QString& mode)
{
    static const QStringList modes{
        QStringLiteral("ShareLock"), QStringLiteral("ShareRowExclusiveLock"),
        QStringLiteral("ExclusiveLock"), QStringLiteral("AccessExclusiveLock")};
    return modes.contains(mode);
}

// An average over less than an hour says more about what ran in it (the bulk load of a fresh
// server, a restore) than about the table's usual traffic: such rates stay unknown, and
// --sample-seconds measures them.
constexpr double kShortestAverageSeconds = 3600;
// A stored sample younger than this says more about the moment than about the traffic.
constexpr double kShortestSampleSeconds = 60;

} // namespace

QString LiveImpact::rateSourceKey(RateSource source)
{
    switch (source) {
    case RateSource::Unknown:
        return QStringLiteral("unknown");
    case RateSource::SinceStatsReset:
        return QStringLiteral("since_stats_reset");
    case RateSource::SinceStart:
        return QStringLiteral("since_server_start");
    case RateSource::Measured:
        return QStringLiteral("measured");
    case RateSource::SinceSample:
        return QStringLiteral("since_sample");
    }
    return {};
}

QString LiveImpact::levelKey(LockImpact::Level level)
{
    switch (level) {
    case LockImpact::Level::Low:
        return QStringLiteral("low");
    case LockImpact::Level::Medium:
        return QStringLiteral("medium");
    case LockImpact::Level::High:
        return QStringLiteral("high");
    }
    return {};
}

Result<std::vector<TableLoad>> LiveImpact::sample(PgConnection& connection,
                                                  const QStringList& tables)
{
    std::vector<TableLoad> loads;
    if (tables.isEmpty())
        return loads;
    static const QString query = QStringLiteral("WITH") +
                                 QString::fromLatin1(kExclusivelyLockedTablesCte) +
                                 QString::fromLatin1(kTableLoadBody);
    const auto rows = connection.exec(query, {textArray(tables)});
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->rowCount(); ++r) {
        TableLoad t;
        t.name = rows->text(r, QStringLiteral("name"));
        t.found = rows->toBool(r, QStringLiteral("found"));
        t.qualifiedName = rows->text(r, QStringLiteral("qualified"));
        t.sizeEstimated = rows->toBool(r, QStringLiteral("estimated"));
        t.totalBytes = rows->toInt64(r, QStringLiteral("total_bytes"));
        t.heapBytes = rows->toInt64(r, QStringLiteral("heap_bytes"));
        t.estimatedRows = rows->toInt64(r, QStringLiteral("estimated_rows"));
        t.writesTotal = rows->toInt64(r, QStringLiteral("writes"));
        t.readsTotal = rows->toInt64(r, QStringLiteral("reads"));
        t.sampledAtEpoch = rows->toDouble(r, QStringLiteral("sampled_at"));
        const bool reset = !rows->isNull(r, QStringLiteral("stats_reset"));
        t.statsSinceEpoch = rows->toDouble(r, reset ? QStringLiteral("stats_reset")
                                                    : QStringLiteral("server_start"));
        const double window = t.sampledAtEpoch - t.statsSinceEpoch;
        if (t.found && t.statsSinceEpoch > 0 && window >= kShortestAverageSeconds) {
            t.writesPerSecond = double(t.writesTotal) / window;
            t.queriesPerSecond = double(t.readsTotal) / window;
            t.rateSource = reset ? RateSource::SinceStatsReset : RateSource::SinceStart;
            t.rateWindowSeconds = window;
        }
        const QString holders = rows->text(r, QStringLiteral("holders"));
        for (const QString& pid :
             holders.mid(1, holders.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            t.holders.push_back(pid.toInt());
        t.oldestHolderTransactionSeconds = rows->toDouble(r, QStringLiteral("oldest_xact"));
        loads.push_back(std::move(t));
    }
    return loads;
}

void LiveImpact::rates(const std::vector<TableLoad>& earlier, std::vector<TableLoad>& later)
{
    QHash<QString, const TableLoad*> before;
    for (const TableLoad& t : earlier)
        before.insert(t.name, &t);
    for (TableLoad& t : later) {
        const TableLoad* b = before.value(t.name);
        const double elapsed = b ? t.sampledAtEpoch - b->sampledAtEpoch : 0;
        if (!b || elapsed <= 0 || t.writesTotal < b->writesTotal || t.readsTotal < b->readsTotal)
            continue;
        t.writesPerSecond = double(t.writesTotal - b->writesTotal) / elapsed;
        t.queriesPerSecond = double(t.readsTotal - b->readsTotal) / elapsed;
        t.rateSource = RateSource::Measured;
        t.rateWindowSeconds = elapsed;
    }
}

void LiveImpact::ratesSince(const std::vector<StoredCounters>& earlier,
                            std::vector<TableLoad>& loads)
{
    QHash<QString, const StoredCounters*> before;
    for (const StoredCounters& c : earlier)
        before.insert(c.qualifiedName, &c);
    for (TableLoad& t : loads) {
        const StoredCounters* b = t.found ? before.value(t.qualifiedName) : nullptr;
        const double elapsed = b ? t.sampledAtEpoch - b->sampledAtEpoch : 0;
        if (!b || elapsed < kShortestSampleSeconds || t.writesTotal < b->writesTotal ||
            t.readsTotal < b->readsTotal)
            continue;
        t.writesPerSecond = double(t.writesTotal - b->writesTotal) / elapsed;
        t.queriesPerSecond = double(t.readsTotal - b->readsTotal) / elapsed;
        t.rateSource = RateSource::SinceSample;
        t.rateWindowSeconds = elapsed;
    }
}

LockImpact LiveImpact::assess(const StatementLock& lock, const TableLoad& table,
                              const Throughput& throughput)
{
    LockImpact impact;
    impact.lock = lock;
    impact.table = table;
    if (!table.found) {
        impact.sentence = tr("%1 does not exist yet in this database: no live impact to weigh.")
                              .arg(lock.relation);
        return impact;
    }
    if (lock.rewritesTable)
        impact.lockSeconds = double(table.totalBytes) / throughput.rewriteBytesPerSecond;
    else if (lock.scansTable)
        impact.lockSeconds = double(table.heapBytes) / throughput.scanBytesPerSecond;
    const double traffic = blocksReads(lock.mode) ? table.queriesPerSecond + table.writesPerSecond
                           : blocksWrites(lock.mode) ? table.writesPerSecond
                                                     : 0.0;
    if (traffic > 0)
        impact.queuedQueries = traffic * std::max(impact.lockSeconds, 1.0);

    const QString size = table.sizeEstimated ? tr("≈ %1").arg(formatBytes(table.totalBytes))
                                             : formatBytes(table.totalBytes);
    const QString mode = modeName(lock.mode);
    QString sentence;
    if (lock.rewritesTable)
        sentence = tr("rewrites %1 (%2) under %3: about %4")
                       .arg(table.qualifiedName, size, mode, formatDuration(impact.lockSeconds));
    else if (lock.scansTable)
        sentence = tr("scans %1 (%2) under %3: about %4")
                       .arg(table.qualifiedName, size, mode, formatDuration(impact.lockSeconds));
    else
        sentence = tr("takes %1 on %2 (%3) briefly").arg(mode, table.qualifiedName, size);
    if (blocksReads(lock.mode) && (lock.rewritesTable || lock.scansTable))
        sentence += tr(", during which every query on it waits");
    else if (blocksWrites(lock.mode) && (lock.rewritesTable || lock.scansTable))
        sentence += tr(", during which every write to it waits");
    if (table.rateSource == RateSource::Unknown &&
        (blocksReads(lock.mode) || blocksWrites(lock.mode)) &&
        (lock.rewritesTable || lock.scansTable)) {
        sentence += tr(" (how many queries would queue is unknown: the statistics cover less "
                       "than an hour; measure with assess --sample-seconds)");
    } else if (impact.queuedQueries >= 1) {
        const QString queries = QLocale().toString(qRound(impact.queuedQueries));
        const QString window = formatDuration(table.rateWindowSeconds);
        switch (table.rateSource) {
        case RateSource::Measured:
            sentence += tr(" (about %1 queries at the rate measured over %2)").arg(queries, window);
            break;
        case RateSource::SinceSample:
            sentence += tr(" (about %1 queries at the rate since the tables pane's sample %2 "
                           "ago)")
                            .arg(queries, window);
            break;
        case RateSource::SinceStatsReset:
            sentence += tr(" (about %1 queries at the average rate since the statistics were "
                           "reset %2 ago)")
                            .arg(queries, window);
            break;
        case RateSource::SinceStart:
        case RateSource::Unknown:
            sentence += tr(" (about %1 queries at the average rate since the server started %2 "
                           "ago)")
                            .arg(queries, window);
            break;
        }
    }
    if (!table.holders.empty()) {
        sentence += tr("; %n session(s) hold locks on it now, the oldest transaction open for %1",
                       nullptr, int(table.holders.size()))
                        .arg(formatDuration(table.oldestHolderTransactionSeconds));
        if (blocksReads(lock.mode) || blocksWrites(lock.mode))
            sentence += tr(", so the statement would itself queue behind them and block "
                           "everything after it");
    }
    impact.sentence = sentence + QLatin1Char('.');

    const bool strong = blocksReads(lock.mode) || blocksWrites(lock.mode);
    const bool queuesBehindOld =
        strong && !table.holders.empty() && table.oldestHolderTransactionSeconds > 60;
    if (strong && (impact.lockSeconds > 10 || queuesBehindOld || impact.queuedQueries > 100))
        impact.level = LockImpact::Level::High;
    else if (strong &&
             (impact.lockSeconds > 1 || !table.holders.empty() || impact.queuedQueries > 10))
        impact.level = LockImpact::Level::Medium;
    return impact;
}

} // namespace migdesk::core
