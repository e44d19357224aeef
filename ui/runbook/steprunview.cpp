// SPDX-License-Identifier: GPL-3.0-or-later
#include "steprunview.h"

#include "common/units.h"
#include "models/stepresultsmodel.h"
#include "steplogview.h"
#include "stepprogressbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace migdesk::ui {

StepRunView::StepRunView(QWidget* parent)
    : QWidget(parent), m_progress(new StepProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel step"), this)), m_outcome(new QLabel(this)),
      m_log(new StepLogView(this))
{
    m_cancel->setObjectName(QStringLiteral("cancelStep"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the running step: the process is killed or the statement "
                            "cancelled, and nothing half-done is kept"));
    m_outcome->setObjectName(QStringLiteral("stepOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();

    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(progressRow);
    layout->addWidget(m_outcome);
    layout->addWidget(m_log, 1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
}

void StepRunView::begin(const QString& what)
{
    m_outcome->setText(what.toHtmlEscaped());
    m_progress->setVisible(!m_compact);
    m_progress->start();
    m_cancel->setText(tr("Cancel step"));
    m_cancel->setEnabled(true);
}

void StepRunView::appendLog(const QString& line)
{
    m_log->appendLine(line);
}

void StepRunView::setProgress(const core::StepProgress& progress)
{
    m_progress->setProgress(progress);
}

void StepRunView::end(const core::StepResult& result)
{
    m_progress->stop(result.outcome == core::StepResult::Outcome::Succeeded);
    m_cancel->setText(tr("Cancel step"));
    m_cancel->setEnabled(false);
    const QColor color = models::outcomeColor(result.outcome);
    const QString word = core::StepResult::outcomeLabel(result.outcome);
    const QString head =
        color.isValid()
            ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color.name(), word.toHtmlEscaped())
            : QStringLiteral("<b>%1</b>").arg(word.toHtmlEscaped());
    m_outcome->setText(tr("%1 %2 after %3: %4")
                           .arg(models::StepResultsModel::stepLabel(result.step).toHtmlEscaped(),
                                head, core::formatDuration(result.seconds),
                                result.sentence.toHtmlEscaped()));
}

void StepRunView::showProblem(const QString& sentence)
{
    const QColor red = models::outcomeColor(core::StepResult::Outcome::Failed);
    m_outcome->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(red.name(), sentence.toHtmlEscaped()));
}

void StepRunView::setCompact(bool compact)
{
    m_compact = compact;
    m_progress->setVisible(!compact && m_progress->isRunning());
    m_cancel->setVisible(!compact);
    m_outcome->setVisible(!compact);
}

} // namespace migdesk::ui
