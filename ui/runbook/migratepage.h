// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepresult.h"
#include "runbookpage.h"

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace migdesk::models {
class MigrationPlanModel;
}

namespace migdesk::ui {

class MigrationWatchView;
class StepRunView;

// Page 3: the plan (each pending migration with its SQL, runbook risk and way back), shown by a
// dry run of the executor as soon as the page opens. A dry run stops there. A live run applies
// the plan with MigrationExecutor, streams its output, times each migration, records the WAL
// position before the first, and watches the migration's backend live while it runs. When it
// fails, "Roll back…" leads to the rollback page.
class MigratePage : public RunbookPage
{
    Q_OBJECT
public:
    explicit MigratePage(RunbookWizard& wizard);

    void initializePage() override;
    void showPlan();
    void applyMigrations();

    // The step this page ended with: the plan in a dry run, the live run otherwise.
    bool succeeded() const;
    const std::optional<core::StepResult>& planResult() const { return m_plan; }
    const std::optional<core::StepResult>& liveResult() const { return m_live; }
    QTreeView* planView() const { return m_planView; }
    models::MigrationPlanModel* planModel() const { return m_planModel; }
    QPlainTextEdit* sqlView() const { return m_sql; }
    QLabel* walLabel() const { return m_wal; }
    MigrationWatchView* watchView() const { return m_watch; }
    StepRunView* runView() const { return m_runView; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* rollbackButton() const { return m_rollback; }

protected:
    bool isReady() const override;

private:
    void showMigrations(const core::StepResult& result);
    void showMigration(int row);
    void updateButtons();
    QString planKey() const;

    QLabel* m_summary;
    QPushButton* m_apply;
    QPushButton* m_rollback;
    models::MigrationPlanModel* m_planModel;
    QTreeView* m_planView;
    QPlainTextEdit* m_sql;
    QLabel* m_wal;
    MigrationWatchView* m_watch;
    StepRunView* m_runView;
    QString m_plannedFor; // the source and mode the plan was read for
    std::optional<core::StepResult> m_plan;
    std::optional<core::StepResult> m_live;
};

} // namespace migdesk::ui
