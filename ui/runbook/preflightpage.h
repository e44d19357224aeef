// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepresult.h"
#include "runbookpage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;

namespace migdesk::models {
class ChecklistModel;
}

namespace migdesk::ui {

class StepRunView;

// Page 1: the runbook's pre-migration checklist and the run's choices. The source of the
// migrations, dry run (the default) or live run, on production the database name typed for a
// live run, the backup's folder, format and extras, and the webhook for the notification (kept
// in the keychain). Next waits for checks that ran with the current choices and found nothing
// worse than warnings.
class PreflightPage : public RunbookPage
{
    Q_OBJECT
public:
    explicit PreflightPage(RunbookWizard& wizard);

    void initializePage() override;
    bool validatePage() override;

    // Starts the checks with what the page shows now.
    void runChecks();
    // Fills the source fields from the run (RunbookWizard::setSource).
    void showSource();
    // The webhook URL found in the keychain, unless the user has typed one meanwhile.
    void showStoredWebhook(const QString& url);

    // Why a live run may not start (ProductionGuard), or empty.
    QString refusal() const;
    const std::optional<core::StepResult>& result() const { return m_result; }
    models::ChecklistModel* checks() const { return m_checks; }
    QTableView* checksView() const { return m_checksView; }
    StepRunView* runView() const { return m_runView; }

protected:
    bool isReady() const override;

private:
    void applyChoices();
    void choicesChanged();
    void updateGuard();
    void storeWebhook();
    void chooseFolder(QLineEdit* edit, const QString& caption);
    void chooseFile(QLineEdit* edit, const QString& caption, const QString& filter);

    QComboBox* m_kind;
    QLineEdit* m_path;
    QLineEdit* m_managePy;
    QRadioButton* m_dryRun;
    QRadioButton* m_live;
    QLabel* m_typedLabel;
    QLineEdit* m_typed;
    QLabel* m_guard;
    QLineEdit* m_backupDirectory;
    QComboBox* m_format;
    QSpinBox* m_jobs;
    QCheckBox* m_plain;
    QCheckBox* m_prove;
    QLineEdit* m_webhook;
    QLabel* m_webhookNote;
    QPushButton* m_run;
    QLabel* m_stale;
    models::ChecklistModel* m_checks;
    QTableView* m_checksView;
    StepRunView* m_runView;

    std::optional<core::StepResult> m_result;
    bool m_current = false;  // the checks ran with the choices shown
    bool m_recorded = false; // this result is in the run's summary
    QString m_storedWebhook; // as the keychain has it
    bool m_showing = false;  // filling the fields, not the user editing them
};

} // namespace migdesk::ui
