// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepprogressbar.h"

#include "common/units.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace migdesk::ui {

namespace {
// The bar's range is an int; bytes are not.
constexpr int kScale = 1000;
} // namespace

StepProgressBar::StepProgressBar(QWidget* parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_times(new QLabel(this)),
      m_message(new QLabel(this)), m_tick(new QTimer(this))
{
    m_bar->setObjectName(QStringLiteral("stepProgress"));
    m_bar->setRange(0, kScale);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_message->setObjectName(QStringLiteral("stepMessage"));
    m_message->setWordWrap(true);
    m_times->setObjectName(QStringLiteral("stepTimes"));
    m_times->setMinimumWidth(m_times->fontMetrics().horizontalAdvance(
        tr("elapsed %1 · about %2 left")
            .arg(QStringLiteral("10 min 59 s"), QStringLiteral("10 min 59 s"))));
    auto* row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_times);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_message);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &StepProgressBar::showTimes);
}

void StepProgressBar::start()
{
    m_clock.start();
    m_sinceReport.start();
    m_elapsedAtStop = -1;
    m_eta = -1;
    m_bar->setRange(0, 0); // busy until the step says how far it is
    m_message->clear();
    m_tick->start();
    showTimes();
}

void StepProgressBar::setProgress(const core::StepProgress& progress)
{
    if (progress.total > 0) {
        m_bar->setRange(0, kScale);
        const double share = std::clamp(double(progress.done) / double(progress.total), 0.0, 1.0);
        m_bar->setValue(int(share * kScale));
    } else {
        m_bar->setRange(0, 0);
    }
    m_message->setText(progress.message);
    m_eta = progress.etaSeconds;
    m_sinceReport.start();
    showTimes();
}

void StepProgressBar::stop(bool completed)
{
    if (!m_clock.isValid())
        return;
    m_tick->stop();
    m_elapsedAtStop = double(m_clock.elapsed()) / 1000.0;
    m_eta = -1;
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, kScale);
    if (completed)
        m_bar->setValue(kScale);
    m_message->clear(); // the step's outcome says the rest
    showTimes();
}

bool StepProgressBar::isRunning() const
{
    return m_tick->isActive();
}

QString StepProgressBar::timesText() const
{
    return m_times->text();
}

void StepProgressBar::showTimes()
{
    const double elapsed =
        m_elapsedAtStop >= 0 ? m_elapsedAtStop : double(m_clock.elapsed()) / 1000.0;
    if (m_eta >= 0) {
        const double left = std::max(0.0, m_eta - double(m_sinceReport.elapsed()) / 1000.0);
        m_times->setText(tr("elapsed %1 · about %2 left")
                             .arg(core::formatDuration(elapsed), core::formatDuration(left)));
    } else {
        m_times->setText(m_elapsedAtStop >= 0
                             ? tr("took %1").arg(core::formatDuration(elapsed))
                             : tr("elapsed %1").arg(core::formatDuration(elapsed)));
    }
}

} // namespace migdesk::ui
