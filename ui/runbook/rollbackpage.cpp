// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollbackpage.h"

#include "common/backgroundtask.h"
#include "models/checklistmodel.h"
#include "models/stepresultsmodel.h"
#include "runbook/productionguard.h"
#include "runbookwizard.h"
#include "steprunview.h"
#include "verifypage.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace migdesk::ui {

RollbackPage::RollbackPage(RunbookWizard& wizard)
    : RunbookPage(wizard), m_context(new QLabel(this)),
      m_migrations(new QRadioButton(tr("&Migrate backwards"), this)),
      m_previous(new QRadioButton(tr("each app to its &previous migration"), this)),
      m_to(new QRadioButton(tr("to a named &target:"), this)), m_target(new QLineEdit(this)),
      m_restore(new QRadioButton(tr("Restore the &backup"), this)),
      m_backupPath(new QLineEdit(this)), m_jobs(new QSpinBox(this)),
      m_description(new QPlainTextEdit(this)), m_typedLabel(new QLabel(this)),
      m_typed(new QLineEdit(this)), m_guard(new QLabel(this)),
      m_start(new QPushButton(tr("&Start the rollback"), this)),
      m_checks(new models::ChecklistModel(this)), m_checksView(makeChecksView(m_checks, this)),
      m_runView(new StepRunView(this)), m_describeLater(new QTimer(this))
{
    setTitle(tr("Rollback"));
    setSubTitle(tr("A pre-rollback backup first, then the way you choose, then the verification "
                   "again."));
    m_context->setObjectName(QStringLiteral("rollbackContext"));
    m_context->setWordWrap(true);
    m_migrations->setObjectName(QStringLiteral("wayMigrations"));
    m_previous->setObjectName(QStringLiteral("toPrevious"));
    m_to->setObjectName(QStringLiteral("toTarget"));
    m_target->setObjectName(QStringLiteral("revertTarget"));
    m_target->setPlaceholderText(tr("APP:NAME, APP:zero, or a version of the SQL folder"));
    m_restore->setObjectName(QStringLiteral("wayRestore"));
    m_backupPath->setObjectName(QStringLiteral("backupPath"));
    m_backupPath->setPlaceholderText(tr("the backup's .json, its archive or its directory"));
    m_jobs->setObjectName(QStringLiteral("restoreJobs"));
    m_jobs->setRange(1, 64);
    m_jobs->setToolTip(
        tr("1 restores in one transaction (all or nothing); more is faster but not atomic"));
    m_description->setObjectName(QStringLiteral("rollbackDescription"));
    m_description->setReadOnly(true);
    m_typed->setObjectName(QStringLiteral("typedDatabase"));
    m_typedLabel->setWordWrap(true);
    m_guard->setObjectName(QStringLiteral("guard"));
    m_guard->setWordWrap(true);
    m_guard->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_start->setObjectName(QStringLiteral("startRollback"));
    m_checksView->setObjectName(QStringLiteral("rollbackChecks"));
    m_describeLater->setSingleShot(true);
    m_describeLater->setInterval(400);

    auto* ways = new QButtonGroup(this);
    ways->addButton(m_migrations);
    ways->addButton(m_restore);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_previous);
    modes->addButton(m_to);
    m_migrations->setChecked(true);
    m_previous->setChecked(true);

    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* waysBox = new QGroupBox(tr("Way back"), this);
    auto* waysLayout = new QGridLayout(waysBox);
    waysLayout->addWidget(m_migrations, 0, 0, 1, 3);
    waysLayout->addWidget(m_previous, 1, 1, 1, 2);
    waysLayout->addWidget(m_to, 2, 1);
    waysLayout->addWidget(m_target, 2, 2);
    waysLayout->addWidget(m_restore, 3, 0, 1, 3);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupPath, 1);
    backupRow->addWidget(browse);
    backupRow->addWidget(new QLabel(tr("Jobs:"), waysBox));
    backupRow->addWidget(m_jobs);
    waysLayout->addLayout(backupRow, 4, 1, 1, 2);
    waysLayout->setColumnMinimumWidth(0, 20);
    waysLayout->setColumnStretch(2, 1);
    waysLayout->setRowStretch(5, 1);

    auto* describeBox = new QGroupBox(tr("What it will do"), this);
    auto* describeLayout = new QVBoxLayout(describeBox);
    describeLayout->addWidget(m_description);

    auto* confirm = new QHBoxLayout;
    confirm->addWidget(m_typedLabel, 1);
    confirm->addWidget(m_typed);
    confirm->addStretch(0);
    confirm->addWidget(m_start);

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(waysBox, 1);
    topLayout->addWidget(describeBox, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_runView);
    bottom->addWidget(m_checksView);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_context);
    layout->addWidget(splitter, 1);
    layout->addLayout(confirm);
    layout->addWidget(m_guard);

    for (QRadioButton* button : {m_migrations, m_previous, m_to, m_restore})
        connect(button, &QRadioButton::toggled, this, &RollbackPage::choiceChanged);
    for (QLineEdit* edit : {m_target, m_backupPath})
        connect(edit, &QLineEdit::textChanged, this, &RollbackPage::choiceChanged);
    connect(m_jobs, &QSpinBox::valueChanged, this, &RollbackPage::choiceChanged);
    connect(m_typed, &QLineEdit::textChanged, this, &RollbackPage::updateGuard);
    connect(m_describeLater, &QTimer::timeout, this, &RollbackPage::describe);
    connect(browse, &QPushButton::clicked, this, &RollbackPage::chooseBackup);
    connect(m_start, &QPushButton::clicked, this, &RollbackPage::startRollback);
    connect(m_runView, &StepRunView::cancelRequested, &wizard, &RunbookWizard::cancelStep);
}

void RollbackPage::initializePage()
{
    const RunbookRun& run = runbook().run();
    const auto& results = runbook().summary().steps();
    const core::StepResult* failed = nullptr;
    for (const core::StepResult& r : results)
        if (!r.ok())
            failed = &r;
    if (failed)
        m_context->setText(
            tr("The %1 step did not succeed: %2 Choose how to go back.")
                .arg(models::StepResultsModel::stepLabel(failed->step), failed->sentence));
    else
        m_context->setText(tr("Undo migrations on %1 (%2): choose the way back.")
                               .arg(run.target.database(), run.target.connection.profile.name));
    const bool production = run.target.isProduction();
    m_typedLabel->setText(production
                              ? tr("This is a production database. Type its name, <b>%1</b>, "
                                   "to allow the rollback:")
                                    .arg(run.target.database().toHtmlEscaped())
                              : QString());
    m_typed->setVisible(production);
    m_typedLabel->setVisible(production);
    m_backupPath->setText(run.backupMetadataPath.isEmpty() ? newestBackup()
                                                           : run.backupMetadataPath);
    // This run's own backup is the surest way back from a failed migration.
    (run.backupMetadataPath.isEmpty() ? m_migrations : m_restore)->setChecked(true);
    choiceChanged();
    describe();
}

QString RollbackPage::newestBackup() const
{
    const RunbookRun& run = runbook().run();
    const QDir folder(run.backup.options.directory);
    const QStringList found = folder.entryList(
        {run.target.database() + QStringLiteral("_backup_*.json")}, QDir::Files, QDir::Time);
    return found.isEmpty() ? QString() : folder.absoluteFilePath(found.first());
}

core::RollbackPlan RollbackPage::plan() const
{
    const RunbookRun& run = runbook().run();
    core::RollbackPlan plan;
    plan.way = m_restore->isChecked() ? core::RollbackPlan::Way::Restore
                                      : core::RollbackPlan::Way::Migrations;
    plan.revert.mode =
        m_to->isChecked() ? core::RevertOptions::Mode::To : core::RevertOptions::Mode::Previous;
    plan.revert.target = m_to->isChecked() ? m_target->text().trimmed() : QString();
    plan.revert.runId = run.runId;
    plan.backupPath = m_backupPath->text().trimmed();
    plan.restore.jobs = m_jobs->value();
    plan.preRollbackBackup.options = run.backup.options;
    plan.verify = run.verify;
    return plan;
}

void RollbackPage::choiceChanged()
{
    const bool migrations = m_migrations->isChecked();
    m_previous->setEnabled(migrations);
    m_to->setEnabled(migrations);
    m_target->setEnabled(migrations && m_to->isChecked());
    m_backupPath->setEnabled(!migrations);
    m_jobs->setEnabled(!migrations);
    m_describing = true;
    m_description->setPlainText(tr("Working out what the rollback will do…"));
    m_describeLater->start();
    updateGuard();
}

void RollbackPage::describe()
{
    m_describeLater->stop();
    const quint64 ticket = ++m_ticket;
    const core::RunbookTarget target = runbook().run().target;
    const core::RollbackPlan rollback = plan();
    m_describing = true;
    updateGuard();
    // describe() reads the applied migrations (and may run manage.py): off the GUI thread, and
    // only the answer to the latest question is shown.
    core::runInBackground(
        core::blockingWorkPool(), this,
        [target, rollback] { return core::RollbackStep::describe(target, rollback); },
        [this, ticket](const QStringList& lines) {
            if (ticket != m_ticket)
                return;
            m_describing = false;
            QStringList numbered;
            for (int i = 0; i < lines.size(); ++i)
                numbered << QStringLiteral("%1. %2").arg(i + 1).arg(lines[i]);
            m_description->setPlainText(numbered.join(QLatin1Char('\n')));
            updateGuard();
        });
}

QString RollbackPage::refusal() const
{
    return core::ProductionGuard::refusal(runbook().run().target, true, m_typed->text().trimmed());
}

void RollbackPage::updateGuard()
{
    const QString why = refusal();
    m_guard->setText(why);
    m_guard->setVisible(!why.isEmpty());
    const bool chosen = m_migrations->isChecked()
                            ? !(m_to->isChecked() && m_target->text().trimmed().isEmpty())
                            : !m_backupPath->text().trimmed().isEmpty();
    m_start->setEnabled(why.isEmpty() && chosen && !m_describing && !runbook().isStepRunning() &&
                        !(m_result && m_result->ok()));
}

void RollbackPage::chooseBackup()
{
    const QString start = m_backupPath->text().isEmpty()
                              ? runbook().run().backup.options.directory
                              : QFileInfo(m_backupPath->text()).absolutePath();
    auto* dialog = new QFileDialog(this, tr("Choose the backup to restore"), start,
                                   tr("migdesk backups (*.json *.backup);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, m_backupPath, &QLineEdit::setText);
    dialog->open();
}

void RollbackPage::startRollback()
{
    const QString why = refusal();
    if (!why.isEmpty()) {
        m_runView->showProblem(why);
        return;
    }
    const RunbookRun& run = runbook().run();
    const core::RunbookTarget target = run.target;
    const core::RollbackPlan rollback = plan();
    const QString smokeFile = run.smokeFile;
    m_checks->setChecks({});
    if (target.isProduction())
        runbook().recorded().setConfirmation(m_typed->text().trimmed());
    const bool started = runbook().runStep(
        m_runView, tr("Rolling back %1…").arg(target.database()),
        [target, rollback, smokeFile,
         recorded = &runbook().recorded()](const core::StepContext& context) {
            core::RollbackPlan withSmoke = rollback;
            QString error;
            if (!VerifyPage::addSmokeQueries(withSmoke.verify, smokeFile, &error)) {
                context.log.write(error);
                return VerifyPage::refused(QStringLiteral("rollback"), error);
            }
            return recorded->aroundSchemaChange(target.connection, core::WritePolicy{}, [&] {
                return core::RollbackStep::run(target, withSmoke, context);
            });
        },
        [this](const core::StepResult& result) {
            m_result = result;
            runbook().record(result);
            const core::RollbackReport* report = result.rollback();
            m_checks->setChecks(report && report->verify && report->verify->checks()
                                    ? *report->verify->checks()
                                    : core::CheckList());
            fitChecks(m_checksView);
            updateGuard();
            updateComplete();
        });
    if (started) {
        updateGuard();
        updateComplete();
    }
}

bool RollbackPage::isReady() const
{
    return m_result.has_value();
}

} // namespace migdesk::ui
