// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "history/recordedrun.h"
#include "runbook/backupstep.h"
#include "runbook/runbooktarget.h"
#include "runbook/runlog.h"
#include "runbook/runsummary.h"
#include "runbook/steprunner.h"
#include "runbook/verifier.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <memory>

namespace migdesk::core {
class PasswordStore;
}

namespace migdesk::models {
class StepResultsModel;
}

namespace migdesk::ui {

class BackupPage;
class MigratePage;
class PreflightPage;
class RollbackPage;
class StepRunView;
class SummaryPage;
class VerifyPage;

// What the pages of one run share: where it runs, what the user chose on the preflight page,
// and what the steps so far produced.
struct RunbookRun
{
    core::RunbookTarget target;
    QString runId; // "20261125-031500": names the run's backend for the live watch
    bool dryRun = true;
    QString typedDatabase; // what the user typed to allow a live run on production
    core::BackupPlan backup;
    QString backupMetadataPath; // this run's backup, once taken: the way back by restore
    core::VerifyOptions verify;
    QString smokeFile;
    QString webhookUrl; // from the keychain; never in the settings file
};

// The guided backup → migrate → verify → rollback of the runbook, one page per step. The wizard
// owns the run: its log file (every line of every step), the one StepRunner that runs the steps
// off the GUI thread, and the summary. Only one step runs at a time; while it runs the wizard
// can be neither left nor closed, only the step cancelled.
class RunbookWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        PreflightPageId,
        BackupPageId,
        MigratePageId,
        VerifyPageId,
        RollbackPageId,
        SummaryPageId
    };
    enum class Start { Migration, Rollback };

    RunbookWizard(const core::ConnectionTarget& connection, core::PasswordStore& passwords,
                  Start start = Start::Migration, QWidget* parent = nullptr);
    ~RunbookWizard() override;

    RunbookRun& run() { return m_run; }
    const RunbookRun& run() const { return m_run; }
    // Presets the migration source (as the migrations pane has it), before the wizard is shown.
    void setSource(bool sqlFolder, const QString& path, const QString& managePy = {});

    using Done = std::function<void(const core::StepResult&)>;
    // Runs job on the step thread, showing it in view; done gets the result on the GUI thread.
    // Returns false, starting nothing, while another step runs.
    bool runStep(StepRunView* view, const QString& what, core::StepRunner::Job job, Done done);
    bool isStepRunning() const { return m_stepRunning; }
    void cancelStep();
    // Adds a finished step to the summary of the run.
    void record(const core::StepResult& result);
    // Leaves the current page for the rollback page (a step failed).
    void requestRollback();

    core::RunLog& log() { return m_log; }
    // The run's record in the history; steps that change the schema run inside it.
    core::RecordedRun& recorded() { return *m_recorded; }
    // Ends the run's record with the summary's outcome (again, after more steps); true when the
    // run wrote to the target, so that its record belongs in the target's mirror too.
    bool finishRecord();
    // Why the log has no file (it then lives in memory only), or empty.
    QString logProblem() const { return m_logProblem; }
    const core::RunSummary& summary() const { return m_summary; }
    models::StepResultsModel* results() const { return m_results; }
    core::PasswordStore& passwords() { return m_passwords; }
    // The key of this profile's settings: "runbook/<profile>/".
    QString settingsKey() const;
    void rememberChoices() const;

    PreflightPage* preflightPage() const { return m_preflight; }
    BackupPage* backupPage() const { return m_backup; }
    MigratePage* migratePage() const { return m_migrate; }
    VerifyPage* verifyPage() const { return m_verify; }
    RollbackPage* rollbackPage() const { return m_rollback; }
    SummaryPage* summaryPage() const { return m_summaryPage; }

    int nextId() const override;

public slots:
    void reject() override;

signals:
    // After a step's page has taken its result; for tests and the history.
    void stepFinished(const migdesk::core::StepResult& result);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void loadChoices();
    void openLog();
    void stepDone(const core::StepResult& result);
    void setNavigationEnabled(bool enabled);
    // Closing the window before the summary page recorded the last steps: the run is finished
    // as it stands, mirrored and notified like the summary page does, then the window closes.
    void finishBeforeClosing();

    core::PasswordStore& m_passwords;
    Start m_start;
    RunbookRun m_run;
    core::RunLog m_log;
    QString m_logProblem;
    core::RunSummary m_summary;
    std::size_t m_finishedSteps = 0; // steps of m_summary the record was finished with
    // After the log, which it follows; before the runner, whose steps use it.
    std::unique_ptr<core::RecordedRun> m_recorded;
    // Declared after the log: it stops its step and lets go of the log before the log goes.
    std::unique_ptr<core::StepRunner> m_runner;
    bool m_stepRunning = false;
    QPointer<StepRunView> m_view;
    Done m_done;
    bool m_rollbackRequested = false;
    models::StepResultsModel* m_results;

    PreflightPage* m_preflight;
    BackupPage* m_backup;
    MigratePage* m_migrate;
    VerifyPage* m_verify;
    RollbackPage* m_rollback;
    SummaryPage* m_summaryPage;
};

} // namespace migdesk::ui
