// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepcontext.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace migdesk::ui {

// How far a running step is: a bar (busy while the step cannot say), the elapsed time and, when
// the step reports an estimate, the time left; the step's own line below. The elapsed time ticks
// each second between reports, and the estimate counts down from the last report.
class StepProgressBar : public QWidget
{
    Q_OBJECT
public:
    explicit StepProgressBar(QWidget* parent = nullptr);

    void start();
    void setProgress(const core::StepProgress& progress);
    // Stops the clock; a finished step shows a full bar, an unfinished one keeps where it was.
    void stop(bool completed);

    QProgressBar* bar() const { return m_bar; }
    QString timesText() const;
    bool isRunning() const;

private:
    void showTimes();

    QProgressBar* m_bar;
    QLabel* m_times;
    QLabel* m_message;
    QTimer* m_tick;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceReport;
    double m_elapsedAtStop = -1;
    double m_eta = -1; // seconds left at the last report, or -1
};

} // namespace migdesk::ui
