// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "risk/lockinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace migdesk::core {

class PgConnection;

// Where a table's query and write rates come from, said with them: a DBA weighs a rate
// measured a moment ago differently from an average over the weeks since a statistics reset.
enum class RateSource {
    Unknown,         // no counters (a table not there yet, statistics reset a moment ago)
    SinceStatsReset, // the counters' average since the database's statistics were reset
    SinceStart,      // the same, never reset: since the server started
    Measured,        // the difference between two samples (LiveImpact::rates)
    SinceSample,     // since an earlier sample kept in the history (LiveImpact::ratesSince)
};

// A table's activity counters as an earlier sample saw them: the tables pane keeps one an
// hour in the history, with the table sizes.
struct StoredCounters
{
    QString qualifiedName; // schema.table
    qint64 writesTotal = 0;
    qint64 readsTotal = 0;
    double sampledAtEpoch = 0; // the server's clock
};

// What a table looks like right now, for the statements that will lock it.
struct TableLoad
{
    QString name;          // as the statement wrote it
    bool found = false;    // exists in the connected database
    QString qualifiedName; // schema.table when found
    qint64 totalBytes = 0; // heap + indexes + TOAST: what a rewrite writes again
    qint64 heapBytes = 0;  // what a validation scan reads
    qint64 estimatedRows = 0;
    bool sizeEstimated = false; // an ACCESS EXCLUSIVE lock covers it: pg_class estimate
    qint64 writesTotal = 0;     // n_tup_ins + n_tup_upd + n_tup_del since stats reset
    qint64 readsTotal = 0;      // seq_scan + idx_scan since stats reset
    double sampledAtEpoch = 0;
    std::vector<int> holders; // backends holding a lock on it now (not us)
    double oldestHolderTransactionSeconds = 0;
    // When the counters started: the database's stats_reset, else the server's start.
    double statsSinceEpoch = 0;
    // Averages since statsSinceEpoch from one sample, or measured between two (see rates());
    // negative when unknown.
    double writesPerSecond = -1;
    double queriesPerSecond = -1;
    RateSource rateSource = RateSource::Unknown;
    double rateWindowSeconds = 0; // the time the rates are averaged over
};

// How long a statement's lock is expected to last, and what that means for the traffic on the
// table, in one sentence a DBA can act on.
struct LockImpact
{
    enum class Level { Low, Medium, High };

    StatementLock lock;
    TableLoad table;
    double lockSeconds = 0;   // estimated duration of the rewrite or scan under the lock
    double queuedQueries = 0; // queries that would queue behind it (rate × duration)
    Level level = Level::Low;
    QString sentence;
};

// Joins locking statements with the live database: size, row estimate, current lock holders and
// their oldest transaction, and the write and query rate from pg_stat_user_tables deltas.
class LiveImpact
{
    Q_DECLARE_TR_FUNCTIONS(LiveImpact)
public:
    struct Throughput
    {
        // Bytes per second a table rewrite (heap, TOAST and every index) and a full scan
        // proceed at. Defaults are conservative for network storage; the user can set them.
        double rewriteBytesPerSecond = 100.0 * 1024 * 1024;
        double scanBytesPerSecond = 400.0 * 1024 * 1024;
    };

    // One catalog query for all tables; never waits behind a lock (see exclusivelocks.h). The
    // rates are the averages since the statistics were reset, at once and labelled so.
    static Result<std::vector<TableLoad>> sample(PgConnection& connection,
                                                 const QStringList& tables);
    // Replaces the rates of `later` with those measured from an earlier sample's counters.
    static void rates(const std::vector<TableLoad>& earlier, std::vector<TableLoad>& later);
    // The same from counters kept in the history, for the tables they cover: a sample at least
    // a minute old whose counters did not go back (a statistics reset) rates the traffic
    // since then, more recent than the average since the reset.
    static void ratesSince(const std::vector<StoredCounters>& earlier,
                           std::vector<TableLoad>& loads);
    // "measured", "since_sample", "since_stats_reset", "since_server_start", "unknown"
    static QString rateSourceKey(RateSource source);
    static LockImpact assess(const StatementLock& lock, const TableLoad& table,
                             const Throughput& throughput);
    static QString levelKey(LockImpact::Level level);
};

} // namespace migdesk::core
