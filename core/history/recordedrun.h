// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "connection/dberror.h"
#include "history/runrecorder.h"
#include "history/schemasnapshot.h"
#include "runbook/stepresult.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace migdesk::core {

class PgConnection;

// What the history keeps of one runbook run as it happens, for the commands and the wizard
// alike: the run itself (RunRecorder), the facts of each finished step, the schema before and
// after every step that changes it, who typed the production confirmation, and at the end the
// copy in the target database's `migdesk` schema: written as running when the first change
// begins, again after it, and finished at the end. The store writes go to the recorder's thread;
// the schema reads and the mirror run on the calling step's thread, never the GUI's.
class RecordedRun
{
    Q_DECLARE_TR_FUNCTIONS(RecordedRun)
public:
    RecordedRun(const QString& storePath, const RunRecord& run, RunLog& log);
    ~RecordedRun();
    Q_DISABLE_COPY_MOVE(RecordedRun)

    RunRecorder& recorder() { return m_recorder; }

    // "os user@host typed <database>": set when a live run on production was confirmed.
    void setConfirmation(const QString& typedDatabase);
    // A finished step: its row, backups and migrations join the run.
    void addStep(const StepResult& step);

    // Runs a step that changes the schema (migrate, rollback) between two snapshots of it, read
    // and stored on the calling thread; their diff becomes the run's schema changes. Before the
    // step the run is mirrored as running, and after it with the step's facts (mirrorLive).
    StepResult aroundSchemaChange(const ConnectionTarget& target, const WritePolicy& policy,
                                  const std::function<StepResult()>& step);

    // Mirrors the run as it stands, still running, with `finished` added when given. The
    // connection that writes it stays open until mirror() (or the end of this object): it is
    // what tells readers the run is alive (HistoryMirror). A mirror that cannot be written is
    // logged once and costs the run nothing.
    void mirrorLive(const ConnectionTarget& target, const WritePolicy& policy,
                    const StepResult* finished = nullptr);

    // Ends the run; details gain "table_sizes" (each table's bytes before and after) when the
    // run changed the schema.
    void finish(const QString& outcome, const QJsonObject& details);

    // Copies the finished run into the target database (HistoryMirror), on the live mirror's
    // connection or a write connection of its own, then closes it; only for runs that were
    // allowed to write there. Blocks on the network: call it off the GUI thread, after
    // finish(). Returns the run's mirror state ("mirrored" or the sentence saying why not),
    // which is also logged and stored.
    QString mirror(const ConnectionTarget& target, const WritePolicy& policy);

private:
    void storeSnapshot(const QString& phase, const ConnectionTarget& target,
                       const SchemaSnapshot& snapshot);
    // The run as the local store has it, with the schema changes known so far.
    std::optional<RunRecord> storedRun(QString* error);
    // Writes run on the live mirror's connection, opening it first when needed.
    std::optional<DbError> writeMirror(const ConnectionTarget& target, const WritePolicy& policy,
                                       const RunRecord& run);

    QString m_storePath;
    RunLog& m_log;
    RunRecorder m_recorder;
    std::mutex m_mutex; // guards m_facts: steps add to it, their snapshots too
    RunRecord m_facts;
    std::optional<SchemaSnapshot> m_firstBefore;
    std::map<QString, qint64> m_bytesBefore; // of the first "before"
    std::map<QString, qint64> m_bytesAfter;  // of the last "after"

    std::mutex m_mirrorMutex; // guards the live mirror: steps run one after another, but on
                              // threads of their own
    std::unique_ptr<PgConnection> m_liveMirror;
    bool m_liveMirrorRefused = false; // said once in the log
};

} // namespace migdesk::core
