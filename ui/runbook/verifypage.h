// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepresult.h"
#include "runbook/verifier.h"
#include "runbookpage.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace migdesk::models {
class ChecklistModel;
}

namespace migdesk::ui {

class StepRunView;

// Page 4: the runbook's post-migration verification (Verifier) as a checklist: nothing left
// pending, tables without a primary key, foreign keys without an index, invalid indexes,
// constraints left NOT VALID, connectivity, the team's smoke queries, the health endpoint and
// Django's own checks. Runs when the page opens and again on demand; a failure offers the
// rollback.
class VerifyPage : public RunbookPage
{
    Q_OBJECT
public:
    explicit VerifyPage(RunbookWizard& wizard);

    void initializePage() override;
    bool validatePage() override;
    void runVerification();

    // Reads the smoke-query file into options; an empty path adds nothing. False and one
    // sentence when the file is refused. Reads a file: call it on the step's thread.
    static bool addSmokeQueries(core::VerifyOptions& options, const QString& file, QString* error);
    // The result of a step that could not start.
    static core::StepResult refused(const QString& step, const QString& sentence);

    const std::optional<core::StepResult>& result() const { return m_result; }
    models::ChecklistModel* checks() const { return m_checks; }
    QTableView* checksView() const { return m_checksView; }
    StepRunView* runView() const { return m_runView; }
    QPushButton* rollbackButton() const { return m_rollback; }

protected:
    bool isReady() const override;

private:
    void applyChoices();

    QLineEdit* m_healthUrl;
    QLineEdit* m_smokeFile;
    QPushButton* m_run;
    QPushButton* m_rollback;
    QLabel* m_verdict;
    models::ChecklistModel* m_checks;
    QTableView* m_checksView;
    StepRunView* m_runView;
    std::optional<core::StepResult> m_result;
};

} // namespace migdesk::ui
