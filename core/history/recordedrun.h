// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "history/runrecorder.h"
#include "history/schemasnapshot.h"
#include "runbook/stepresult.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace migdesk::core {

// What the history keeps of one runbook run as it happens, for the commands and the wizard
// alike: the run itself (RunRecorder), the facts of each finished step, the schema before and
// after every step that changes it, who typed the production confirmation, and at the end the
// copy in the target database's `migdesk` schema. The store writes go to the recorder's thread;
// the schema reads and the mirror run on the calling step's thread, never the GUI's.
class RecordedRun
{
    Q_DECLARE_TR_FUNCTIONS(RecordedRun)
public:
    RecordedRun(const QString& storePath, const RunRecord& run, RunLog& log);
    Q_DISABLE_COPY_MOVE(RecordedRun)

    RunRecorder& recorder() { return m_recorder; }

    // "os user@host typed <database>": set when a live run on production was confirmed.
    void setConfirmation(const QString& typedDatabase);
    // A finished step: its row, backups and migrations join the run.
    void addStep(const StepResult& step);

    // Runs a step that changes the schema (migrate, rollback) between two snapshots of it, read
    // and stored on the calling thread; their diff becomes the run's schema changes.
    StepResult aroundSchemaChange(const ConnectionTarget& target,
                                  const std::function<StepResult()>& step);

    // Ends the run; details gain "table_sizes" (each table's bytes before and after) when the
    // run changed the schema.
    void finish(const QString& outcome, const QJsonObject& details);

    // Copies the finished run into the target database (HistoryMirror), on a write connection of
    // its own; only for runs that were allowed to write there. Blocks on the network: call it
    // off the GUI thread, after finish(). Returns the run's mirror state ("mirrored" or the
    // sentence saying why not), which is also logged and stored.
    QString mirror(const ConnectionTarget& target, const WritePolicy& policy);

private:
    void storeSnapshot(const QString& phase, const ConnectionTarget& target,
                       const SchemaSnapshot& snapshot);

    QString m_storePath;
    RunLog& m_log;
    RunRecorder m_recorder;
    std::mutex m_mutex; // guards m_facts: steps add to it, their snapshots too
    RunRecord m_facts;
    std::optional<SchemaSnapshot> m_firstBefore;
    std::map<QString, qint64> m_bytesBefore; // of the first "before"
    std::map<QString, qint64> m_bytesAfter;  // of the last "after"
};

} // namespace migdesk::core
