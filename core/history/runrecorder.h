// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "runbook/runlog.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <memory>

namespace migdesk::core {

// Records one run into the history store as it happens: the run is written as running at once,
// every line of its RunLog is appended as it is logged, and finish() sets the outcome and the
// step's details. The store is SQLite on a local disk, but still I/O: it is written from the
// recorder's own thread, so neither the GUI thread nor a step ever waits on it. A store that
// cannot be opened does not stop the run; problem() says why and the log file remains.
// Every call is queued in order: setFacts() after a step, finish() at the end.
class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RunRecorder)
public:
    // storePath: HistoryStore::defaultPath() unless a test or setting says otherwise.
    RunRecorder(const QString& storePath, const RunRecord& run, RunLog& log);
    // Writes what is still queued, then stops the thread.
    ~RunRecorder();
    Q_DISABLE_COPY_MOVE(RunRecorder)

    // Replaces the run's steps, backups, migrations, confirmedBy and walLsn with those of facts
    // (RunFacts::addStep builds them from the steps' results).
    void setFacts(const RunRecord& facts);
    // "mirrored", or the sentence saying why the run is not in the target database.
    void setMirror(const QString& mirror);
    void finish(const QString& outcome, const QJsonObject& details);

    // Valid once everything queued so far has been written (after the destructor or a finish
    // followed by wait()).
    void wait();
    qint64 runId() const;
    // The run's uuid: the record's own, or the one the recorder gave it. Known at once.
    QString uuid() const { return m_uuid; }
    QString problem() const;

private:
    class Writer;
    RunLog& m_log;
    QString m_uuid;
    int m_listener = -1;
    std::unique_ptr<QThread> m_thread;
    Writer* m_writer = nullptr; // lives in m_thread, deleted when it finishes
};

} // namespace migdesk::core
