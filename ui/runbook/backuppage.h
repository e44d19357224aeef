// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepresult.h"
#include "runbookpage.h"

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;

namespace migdesk::models {
class BackupFilesModel;
class BackupProofModel;
} // namespace migdesk::models

namespace migdesk::ui {

class StepRunView;

// Page 2: the backup (BackupStep) as chosen on the preflight page, with pg_dump's progress,
// elapsed time and ETA, and a cancel that leaves no partial file. Afterwards the files with
// their sizes and SHA-256, and, when asked, the proof's row counts table by table. A live run
// goes on only with a backup that succeeded; in a dry run the backup is optional.
class BackupPage : public RunbookPage
{
    Q_OBJECT
public:
    explicit BackupPage(RunbookWizard& wizard);

    void initializePage() override;
    void startBackup();

    const std::optional<core::StepResult>& result() const { return m_result; }
    QTreeView* filesView() const { return m_files; }
    QTreeView* proofView() const { return m_proof; }
    StepRunView* runView() const { return m_runView; }

protected:
    bool isReady() const override;

private:
    void showResult(const core::StepResult& result);
    void showProof(const core::StepResult& proof);

    QLabel* m_plan;
    QPushButton* m_start;
    StepRunView* m_runView;
    QTabWidget* m_tabs;
    models::BackupFilesModel* m_filesModel;
    models::BackupProofModel* m_proofModel;
    QTreeView* m_files;
    QTreeView* m_proof;
    QLabel* m_proofSummary;
    QLabel* m_metadata;
    std::optional<core::StepResult> m_result;
};

} // namespace migdesk::ui
