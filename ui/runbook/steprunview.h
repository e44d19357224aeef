// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace migdesk::ui {

class StepLogView;
class StepProgressBar;

// What a wizard page shows of its running step: progress with elapsed time and ETA, a Cancel
// button, the outcome sentence when it ends, and the step's log lines as they are written.
// It only displays: the wizard runs the step and feeds it.
class StepRunView : public QWidget
{
    Q_OBJECT
public:
    explicit StepRunView(QWidget* parent = nullptr);

    // Clears the outcome (not the log: a retry continues it) and starts the clock.
    void begin(const QString& what);
    void appendLog(const QString& line);
    void setProgress(const core::StepProgress& progress);
    void end(const core::StepResult& result);
    // A problem found before any step could start (bad input): shown like a failed outcome.
    void showProblem(const QString& sentence);
    // Only the log: for a step too short to need progress, whose outcome the page states.
    void setCompact(bool compact);

    StepLogView* log() const { return m_log; }
    StepProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    StepProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_outcome;
    StepLogView* m_log;
    bool m_compact = false;
};

} // namespace migdesk::ui
