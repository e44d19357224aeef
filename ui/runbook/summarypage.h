// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbookpage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace migdesk::ui {

class StepRunView;

// Page 6: how the run went, step by step (durations and outcomes), where its log is, a report
// to save, and the success or failure notification to the webhook, sent once per outcome from
// the step thread (never the GUI thread); a notification that fails is said, never fatal.
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
    StepRunView* runView() const { return m_runView; }

protected:
    bool isReady() const override;

private:
    void notify();
    void chooseReportFile();

    QLabel* m_headline;
    QLabel* m_facts;
    QTableView* m_resultsView;
    QLabel* m_log;
    QPushButton* m_save;
    QLabel* m_saved;
    QLabel* m_notification;
    StepRunView* m_runView;
    int m_notifiedSteps = -1; // how many steps the last notification covered
};

} // namespace migdesk::ui
