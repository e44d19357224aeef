// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

// The record of every run on this machine: an SQLite database in the application-data folder,
// in WAL mode so that two migdesk windows can write at once. A run is written as "running" when
// it starts and updated as it goes, so a crash leaves everything logged up to that point; the
// next open marks runs whose process is gone as "interrupted". The schema is versioned with
// PRAGMA user_version and upgraded step by step from any earlier version.
//
// Each instance owns one SQLite connection and must be used from one thread.
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
public:
    static constexpr int kSchemaVersion = 1;

    HistoryStore();
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    static QString defaultPath(); // <AppDataLocation>/history.sqlite

    // Opens (creating or upgrading) the store; false with a sentence in *error.
    bool open(const QString& path, QString* error);
    int schemaVersion() const;

    // Starts a run as "running"; returns its id, or 0 with *error set.
    qint64 beginRun(const RunRecord& run, QString* error);
    bool appendLog(qint64 run, const QString& line, QString* error);
    bool setDetails(qint64 run, const QString& json, QString* error);
    bool finishRun(qint64 run, const QString& outcome, QString* error);

    std::optional<RunRecord> run(qint64 id) const;
    std::vector<RunRecord> runs(const QString& kind = {}) const; // newest first

private:
    bool upgrade(QString* error);
    int markInterrupted();

    QString m_connectionName;
};

} // namespace migdesk::core
