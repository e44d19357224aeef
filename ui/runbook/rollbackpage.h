// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/rollbackstep.h"
#include "runbook/stepresult.h"
#include "runbookpage.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace migdesk::models {
class ChecklistModel;
}

namespace migdesk::ui {

class StepRunView;

// Page 5: the way back, offered when a step failed and on its own from the Runbook menu. Two
// ways, each described (RollbackStep::describe, worked out off the GUI thread) before it
// starts: migrate backwards (every app to its previous migration, or to a named target) or
// restore a backup (this run's, or one chosen). On production the database name must be typed.
// RollbackStep takes a pre-rollback backup first and verifies again afterwards.
class RollbackPage : public RunbookPage
{
    Q_OBJECT
public:
    explicit RollbackPage(RunbookWizard& wizard);

    void initializePage() override;
    void startRollback();

    // The plan the page shows now.
    core::RollbackPlan plan() const;
    QString refusal() const;
    const std::optional<core::StepResult>& result() const { return m_result; }
    QPlainTextEdit* descriptionView() const { return m_description; }
    bool isDescribing() const { return m_describing; }
    models::ChecklistModel* checks() const { return m_checks; }
    StepRunView* runView() const { return m_runView; }

protected:
    bool isReady() const override;

private:
    void choiceChanged();
    void describe();
    void updateGuard();
    void chooseBackup();
    QString newestBackup() const;

    QLabel* m_context;
    QRadioButton* m_migrations;
    QRadioButton* m_previous;
    QRadioButton* m_to;
    QLineEdit* m_target;
    QRadioButton* m_restore;
    QLineEdit* m_backupPath;
    QSpinBox* m_jobs;
    QPlainTextEdit* m_description;
    QLabel* m_typedLabel;
    QLineEdit* m_typed;
    QLabel* m_guard;
    QPushButton* m_start;
    models::ChecklistModel* m_checks;
    QTableView* m_checksView;
    StepRunView* m_runView;
    QTimer* m_describeLater;
    quint64 m_ticket = 0;
    bool m_describing = false;
    std::optional<core::StepResult> m_result;
};

} // namespace migdesk::ui
