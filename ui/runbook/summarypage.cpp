// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarypage.h"

#include "common/units.h"
#include "models/stepresultsmodel.h"
#include "runbook/webhooknotifier.h"
#include "runbookwizard.h"
#include "steprunview.h"
#include "ui/exportfile.h"

#include <QDateTime>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace migdesk::ui {

SummaryPage::SummaryPage(RunbookWizard& wizard)
    : RunbookPage(wizard), m_headline(new QLabel(this)), m_facts(new QLabel(this)),
      m_resultsView(tableView(wizard.results(), this)), m_log(new QLabel(this)),
      m_save(new QPushButton(tr("&Save report…"), this)), m_saved(new QLabel(this)),
      m_notification(new QLabel(this)), m_history(new QLabel(this)),
      m_runView(new StepRunView(this))
{
    setTitle(tr("Summary"));
    setSubTitle(tr("What ran, how long each step took and how it ended."));
    setFinalPage(true);
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_facts->setObjectName(QStringLiteral("runFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultsView->setObjectName(QStringLiteral("stepResults"));
    m_resultsView->setWordWrap(true);
    m_resultsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_log->setObjectName(QStringLiteral("runLogPath"));
    m_log->setWordWrap(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(QStringLiteral("saveReport"));
    m_saved->setObjectName(QStringLiteral("reportSaved"));
    m_saved->setWordWrap(true);
    m_notification->setObjectName(QStringLiteral("notification"));
    m_notification->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("historyRecord"));
    m_history->setWordWrap(true);
    // A notification waits at most its timeout and its outcome is one sentence: only its log.
    m_runView->setCompact(true);
    m_runView->setMaximumHeight(120);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_log, 1);
    saveRow->addWidget(m_save);
    auto* notifyBox = new QGroupBox(tr("History and notification"), this);
    auto* notifyLayout = new QVBoxLayout(notifyBox);
    notifyLayout->addWidget(m_history);
    notifyLayout->addWidget(m_notification);
    notifyLayout->addWidget(m_runView);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_resultsView, 1);
    layout->addWidget(m_facts);
    layout->addLayout(saveRow);
    layout->addWidget(m_saved);
    layout->addWidget(notifyBox);

    connect(m_save, &QPushButton::clicked, this, &SummaryPage::chooseReportFile);
}

void SummaryPage::initializePage()
{
    const core::RunSummary& summary = runbook().summary();
    const core::StepResult::Outcome outcome = summary.outcome();
    const QColor color = models::outcomeColor(outcome);
    const QString word = core::StepResult::outcomeLabel(outcome);
    m_headline->setText(tr("<b>%1</b>: <b style=\"color:%2\">%3</b> — %n step(s) in %4.", nullptr,
                           int(summary.steps().size()))
                            .arg(summary.title.toHtmlEscaped(),
                                 color.isValid() ? color.name() : QStringLiteral("palette(text)"),
                                 word.toHtmlEscaped(),
                                 core::formatDuration(summary.totalSeconds())));
    m_resultsView->resizeColumnsToContents();
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    // What the DBA needs at hand after the run: where the backup is and the WAL position.
    QStringList facts;
    const QString backup = runbook().run().backupMetadataPath;
    if (!backup.isEmpty())
        facts << tr("Backup taken: %1").arg(QDir::toNativeSeparators(backup));
    for (const core::StepResult& step : summary.steps()) {
        const core::MigrationRunReport* migrations = step.migrations();
        if (migrations && migrations->direction == core::MigrationRunReport::Direction::Forward &&
            !migrations->walLsnBefore.isEmpty())
            facts
                << tr("WAL position before the first migration: %1").arg(migrations->walLsnBefore);
    }
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_facts->setVisible(!facts.isEmpty());
    const QString logPath = runbook().log().filePath();
    m_log->setText(logPath.isEmpty() ? runbook().logProblem()
                                     : tr("Run log: %1").arg(QDir::toNativeSeparators(logPath)));
    record();
}

void SummaryPage::record()
{
    const int steps = int(runbook().summary().steps().size());
    if (steps == m_recordedSteps) {
        notify();
        return;
    }
    m_recordedSteps = steps;
    if (!runbook().finishRecord()) {
        m_history->setText(tr("The run is recorded in the history on this machine."));
        notify();
        return;
    }
    const core::ConnectionTarget target = runbook().run().target.connection;
    m_history->setText(
        tr("Recording the run in %1 as well…").arg(runbook().run().target.database()));
    const bool started = runbook().runStep(
        m_runView, tr("Recording the run…"),
        [target, recorded = &runbook().recorded()](const core::StepContext&) {
            core::StepResult result;
            result.step = QStringLiteral("history");
            result.started = QDateTime::currentDateTime();
            const QString mirror = recorded->mirror(target, core::WritePolicy{});
            // The local record is complete either way; a refused mirror is a warning.
            result.sentence = mirror == QLatin1String("mirrored")
                                  ? tr("The run is recorded in the history here and in %1 "
                                       "(migdesk.runs), where reviewers on other machines see it.")
                                        .arg(target.info.value(QStringLiteral("dbname")))
                                  : mirror;
            return result;
        },
        [this](const core::StepResult& result) {
            m_history->setText(result.sentence);
            notify();
        });
    if (!started)
        notify();
}

void SummaryPage::notify()
{
    const int steps = int(runbook().summary().steps().size());
    if (steps == m_notifiedSteps)
        return;
    const QString url = runbook().run().webhookUrl;
    if (url.isEmpty()) {
        m_notification->setText(
            tr("No webhook is set for this profile: no notification was sent."));
        m_runView->hide();
        return;
    }
    m_notifiedSteps = steps;
    const QString text = runbook().summary().notificationText();
    m_notification->setText(tr("Sending the notification…"));
    runbook().runStep(
        m_runView, tr("Notifying the team…"),
        [url, text](const core::StepContext& context) {
            core::StepResult result;
            result.step = QStringLiteral("notify");
            result.started = QDateTime::currentDateTime();
            const bool sent = core::WebhookNotifier::notify(url, text, context);
            result.outcome =
                sent ? core::StepResult::Outcome::Succeeded : core::StepResult::Outcome::Failed;
            result.sentence = sent ? tr("The notification was posted.")
                                   : tr("The notification could not be posted; the run itself is "
                                        "not affected. The log says why.");
            return result;
        },
        [this](const core::StepResult& result) {
            m_notification->setText(result.sentence);
            updateComplete();
        });
    updateComplete();
}

bool SummaryPage::saveReport(const QString& path, QString* error) const
{
    return runbook().summary().save(path, error);
}

void SummaryPage::chooseReportFile()
{
    ExportFile::choose(
        this, tr("Save the run report"),
        {{tr("Markdown (*.md)"), QStringLiteral("md")},
         {tr("JSON (*.json)"), QStringLiteral("json")},
         {tr("Text (*.txt)"), QStringLiteral("txt")}},
        QStringLiteral("migration_%1.md").arg(runbook().run().runId), [this](const QString& path) {
            QString error;
            m_saved->setText(saveReport(path, &error)
                                 ? tr("Report saved to %1.").arg(QDir::toNativeSeparators(path))
                                 : error);
        });
}

bool SummaryPage::isReady() const
{
    return true;
}

} // namespace migdesk::ui
