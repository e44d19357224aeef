// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/migrationrunreport.h"
#include "runbook/migrationsource.h"
#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <memory>

namespace migdesk::core {

class PgConnection;

// What a planner found to run, or why nothing may run.
struct MigrationPlan
{
    std::vector<MigrationRunReport::Item> items; // in the order they run
    std::unique_ptr<MigrationSource> source;     // runs them; set when there are items
    QStringList notes;    // worth knowing, not a reason to stop: a failed earlier attempt...
    QString refusal;      // set: nothing runs, and this sentence says why
    QStringList problems; // every problem behind the refusal

    static MigrationPlan refused(QString sentence, QStringList problems = {});
};

// The loop both directions share, written once: connect (a write session when migdesk writes
// itself, a read-only one otherwise), refuse a transaction pooler and a concurrent run (the
// database's run lock), plan under that lock, log the plan, stop there on a dry run; else mark
// the WAL position (a point-in-time-recovery target), then run the items in order, each timed
// from its start, watched for the sessions it blocks, retried after a lock timeout
// (LockTimeoutRetry), and stop at the first that fails or at a cancel, with a sentence that
// says what ran before it and what was not attempted. Every connection and process carries
// applicationName(). Blocking; run it on the step's worker thread.
class MigrationSequence
{
    Q_DECLARE_TR_FUNCTIONS(MigrationSequence)
public:
    using Direction = MigrationRunReport::Direction;
    using Planner = std::function<MigrationPlan(PgConnection& connection)>;

    struct Options
    {
        Direction direction = Direction::Forward;
        bool django = false;
        bool dryRun = true;
        QString mode; // backward: "previous" or "to"
        QString target;
        WritePolicy policy;
        QString runId;
    };

    MigrationSequence(const RunbookTarget& target, Options options, const StepContext& ctx);
    Q_DISABLE_COPY_MOVE(MigrationSequence)

    const QString& applicationName() const { return m_report.applicationName; }
    // Ends the step before anything was planned: the sentence says why.
    StepResult refuse(const QString& sentence);
    StepResult run(const Planner& planner);

    // policy.applicationName + "-" + runId (no suffix without a run id), cut to the 63 bytes
    // PostgreSQL keeps, so that what the server shows is exactly this string.
    static QString applicationName(const WritePolicy& policy, const QString& runId);

private:
    StepResult finish(StepResult::Outcome outcome, const QString& sentence);
    void logPlan(const QStringList& notes) const;
    void markWalPosition(PgConnection& connection);
    StepResult runItems(MigrationSource& source, PgConnection& connection);

    const RunbookTarget& m_target;
    Options m_options;
    const StepContext& m_ctx;
    StepResult m_result;
    MigrationRunReport m_report;
    QElapsedTimer m_clock;
};

} // namespace migdesk::core
