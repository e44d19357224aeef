// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbookpage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace migdesk::ui {

class StepRunView;

// Page 6: how the run went, step by step (durations and outcomes), where its log is, a report
// to save, the run's record in the history (and its copy in the target database), and the success
// or failure notification to the webhook, sent once per outcome from the step thread (never the GUI
// thread); a notification that fails is said, never fatal.
class SummaryPage : public RunbookPage
{
    Q_OBJECT
public:
    explicit SummaryPage(RunbookWizard& wizard);

    void initializePage() override;
    bool saveReport(const QString& path, QString* error) const;

    QLabel* headline() const { return m_headline; }
    QLabel* facts() const { return m_facts; }
    QLabel* logLabel() const { return m_log; }
    QLabel* notificationLabel() const { return m_notification; }
    QLabel* historyLabel() const { return m_history; }
    StepRunView* runView() const { return m_runView; }

protected:
    bool isReady() const override;

private:
    // Ends the run's record in the history and, for a run that wrote to the target, copies it
    // there (on the step thread); then notifies.
    void record();
    void notify();
    void chooseReportFile();

    QLabel* m_headline;
    QLabel* m_facts;
    QTableView* m_resultsView;
    QLabel* m_log;
    QPushButton* m_save;
    QLabel* m_saved;
    QLabel* m_notification;
    QLabel* m_history;
    StepRunView* m_runView;
    int m_notifiedSteps = -1; // how many steps the last notification covered
    int m_recordedSteps = -1; // how many steps the history's record covers
};

} // namespace migdesk::ui
