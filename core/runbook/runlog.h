// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <mutex>

namespace migdesk::core {

// The run log every step writes to: one line per event, in the runbook's format
// "[YYYY-mm-dd HH:MM:SS] message", appended to a file and handed to a listener (the wizard's
// page, the command's stdout, the history store). Thread-safe: a step's worker and a process
// reader may write at once. The file is flushed per line, so a crash or kill keeps everything
// logged up to that moment.
class RunLog
{
    Q_DECLARE_TR_FUNCTIONS(RunLog)
public:
    using Listener = std::function<void(const QString& line)>;

    RunLog() = default;
    ~RunLog();
    Q_DISABLE_COPY_MOVE(RunLog)

    // Opens (appends to) the file; without a file the log lives in memory and the listener only.
    bool openFile(const QString& path, QString* error);
    QString filePath() const;

    // Called for every line, on the writing thread; must not block. Several may listen (the
    // wizard's page, the history store); remove a listener before what it refers to is gone.
    int addListener(Listener listener);
    void removeListener(int id);

    // Adds "[timestamp] message"; a multi-line message becomes one log line per line.
    void write(const QString& message);
    // The last kKeptLines lines: a restore that logs a million stays within a few MB here,
    // while the file and the listeners (the history) get every line.
    static constexpr qsizetype kKeptLines = 10'000;
    QStringList lines() const;

    // "migration_20261125_031500.log" under dir, the runbook's name for a run log.
    static QString defaultFileName(const QString& prefix);
    static QString timestamp();

private:
    mutable std::mutex m_mutex;
    QFile m_file;
    QStringList m_lines;
    int m_nextListener = 0;
    std::map<int, Listener> m_listeners;
};

} // namespace migdesk::core
