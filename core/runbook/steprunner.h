// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace migdesk::core {

// Runs one blocking runbook step on its own thread for the console, so the GUI thread never
// waits on pg_dump, Django or the database. Log lines, progress and the result come back
// through queued signals as values. One step at a time.
class StepRunner : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<StepResult(const StepContext&)>;

    explicit StepRunner(QObject* parent = nullptr);
    // Cancels a running step and waits for it to stop; steps stop within a second or so
    // (a process is killed, a statement cancelled).
    ~StepRunner() override;
    Q_DISABLE_COPY_MOVE(StepRunner)

    // The log must outlive the step; its lines are emitted as logLine while the step runs.
    void start(RunLog& log, Job job);
    bool isRunning() const;
    // Asks the running step to stop. Returns at once: PQcancel runs on a pool thread.
    void cancel();

signals:
    void logLine(const QString& line);
    void progress(const migdesk::core::StepProgress& progress);
    void finished(const migdesk::core::StepResult& result);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<CancelToken> m_cancel;
    RunLog* m_log = nullptr;
    int m_listener = -1;
};

} // namespace migdesk::core

Q_DECLARE_METATYPE(migdesk::core::StepProgress)
Q_DECLARE_METATYPE(migdesk::core::StepResult)
