// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "history/historyschema.h"
#include "history/runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariantList>

#include <optional>
#include <vector>

class QSqlQuery;

namespace migdesk::core {

// The record of every run on this machine: an SQLite database in the application-data folder,
// in WAL mode so that two migdesk windows can write at once. A run is written as "running" when
// it starts and updated as it goes, so a crash leaves everything logged up to that point; the
// next open marks runs whose process is gone as "interrupted". The schema is versioned with
// PRAGMA user_version and upgraded step by step from any earlier version.
//
// Besides runs (with their steps, backups and migrations) it keeps the schema snapshots taken
// around migrate and rollback runs, and hourly samples of table sizes.
//
// Each instance owns one SQLite connection and must be used from one thread. Times are stored
// as UTC ISO-8601 text with milliseconds, so they compare as text.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    static constexpr int kSchemaVersion = HistorySchema::kVersion;

    struct RunQuery
    {
        QString kind;     // empty: every kind
        QDateTime since;  // invalid: no lower bound; else runs started at or after it
        QDateTime until;  // invalid: no upper bound; else runs started before it
        QString database; // empty: every database
        QString server;   // empty: every server
        int limit = 0;    // 0: no limit
        // false: leave out each run's log and statement timings, which a timeline of many runs
        // does not show; a run's detail and a report read their run in full.
        bool withTexts = true;
    };

    struct SnapshotInfo
    {
        qint64 id = 0;
        qint64 runId = 0; // 0 for a snapshot taken outside a run
        QString phase;    // "before", "after", "manual"
        QString server;
        QString database;
        QDateTime takenAt; // UTC
    };

    struct TableSizeSample
    {
        QDateTime takenAt; // UTC; every table of one sample shares it
        QString schema;
        QString table;
        qint64 totalBytes = 0; // pg_total_relation_size
        qint64 rowEstimate = 0;
        // The activity counters when the sample was read (pg_stat_user_tables: inserts +
        // updates + deletes, sequential + index scans), at countersAtEpoch on the server's
        // clock; absent in samples recorded before migdesk kept them.
        std::optional<qint64> writesTotal;
        std::optional<qint64> readsTotal;
        double countersAtEpoch = 0;
    };

    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    static QString defaultPath(); // <AppDataLocation>/history.sqlite
    // Who runs migdesk: $USER, else $LOGNAME, else the account of the effective user id.
    static QString currentOsUser();

    // Opens (creating or upgrading) the store; false with a sentence in *error.
    bool open(const QString& path, QString* error);
    int schemaVersion() const;

    // Starts a run as "running" with the record's fields (host name and pid are this process's;
    // startedAt defaults to now, osUser to $USER, uuid to a new one) and its steps, backups and
    // migrations; returns its id, or 0 with *error set.
    qint64 beginRun(const RunRecord& run, QString* error);
    // Appends lines to the run's log in one transaction (a batch: one line each would make the
    // writer wait on the disk for every line).
    bool appendLog(qint64 run, const QStringList& lines, QString* error);
    bool setDetails(qint64 run, const QString& json, QString* error);
    // Replaces the run's steps, backups, migrations, confirmedBy and walLsn with those of facts.
    bool setRunFacts(qint64 run, const RunRecord& facts, QString* error);
    // "mirrored", or the sentence saying why the run is not in the target database.
    bool setMirror(qint64 run, const QString& mirror, QString* error);
    // Sets the outcome of a running run; a finished run keeps its outcome.
    bool finishRun(qint64 run, const QString& outcome, QString* error);

    // With steps, backups and migrations. A file that cannot be read (damaged, locked past the
    // busy timeout, unreadable) is an error that says so, never an empty history.
    Result<std::optional<RunRecord>> run(qint64 id) const;
    Result<std::optional<RunRecord>> runByUuid(const QString& uuid) const;
    Result<std::vector<RunRecord>> runs(const RunQuery& query) const; // newest first
    Result<std::vector<RunRecord>> runs() const;                      // every run, newest first

    // run 0: a snapshot taken outside a run. Returns its id, or 0 with *error set.
    qint64 addSchemaSnapshot(qint64 run, const QString& phase, const QString& server,
                             const QString& database, const QDateTime& takenAt,
                             const QJsonObject& snapshot, QString* error);
    std::vector<SnapshotInfo> schemaSnapshots(const QString& server,
                                              const QString& database) const; // newest first
    std::vector<SnapshotInfo> schemaSnapshotsOfRun(qint64 run) const;         // oldest first
    std::optional<QJsonObject> schemaSnapshot(qint64 id) const;

    // True when the database has no table-size sample taken in the hour before now.
    bool tableSizesDue(const QString& server, const QString& database, const QDateTime& now) const;
    bool addTableSizes(const QString& server, const QString& database,
                       const std::vector<TableSizeSample>& samples, QString* error);
    // Samples taken at or after since, oldest first, by schema and table within a sample.
    // The database's latest sample with activity counters taken at `notBefore` or later;
    // empty when there is none.
    std::vector<TableSizeSample> latestCounters(const QString& server, const QString& database,
                                                const QDateTime& notBefore) const;
    std::vector<TableSizeSample> tableSizes(const QString& server, const QString& database,
                                            const QDateTime& since) const;

private:
    bool upgrade(QString* error);
    int markInterrupted();
    bool writeFacts(qint64 run, const RunRecord& facts, QString* error);
    bool insertLogLines(qint64 run, const QStringList& lines, QString* why);
    std::optional<DbError> readFacts(RunRecord& run, bool withStatements) const;
    std::optional<DbError> readLog(RunRecord& run) const;
    Result<std::vector<RunRecord>> selectRuns(const char* where, const QVariantList& values,
                                              bool withTexts) const;
    DbError readError(const QSqlQuery& failed) const;

    QString m_connectionName;
};

} // namespace migdesk::core
