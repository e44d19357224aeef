// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratepage.h"

#include "migrationwatchview.h"
#include "models/migrationplanmodel.h"
#include "runbook/migrationexecutor.h"
#include "runbook/productionguard.h"
#include "runbookwizard.h"
#include "steprunview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

// Text as SQL comment lines of at most about 96 characters, so that the SQL view needs no
// horizontal scrolling to show it.
QString sqlComment(const QString& text)
{
    QString out;
    QString line;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > 93) {
            out += QStringLiteral("-- ") + line + QLatin1Char('\n');
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += QStringLiteral("-- ") + line + QLatin1Char('\n');
    return out;
}

} // namespace

MigratePage::MigratePage(RunbookWizard& wizard)
    : RunbookPage(wizard), m_summary(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply migrations"), this)),
      m_rollback(new QPushButton(tr("R&oll back…"), this)),
      m_planModel(new models::MigrationPlanModel(this)), m_planView(new QTreeView(this)),
      m_sql(new QPlainTextEdit(this)), m_wal(new QLabel(this)),
      m_watch(new MigrationWatchView(this)), m_runView(new StepRunView(this))
{
    setTitle(tr("Migrate"));
    setSubTitle(tr("The plan with each migration's SQL, risk and way back. A live run applies it "
                   "one migration at a time and stops at the first failure."));
    m_summary->setObjectName(QStringLiteral("migrateSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_apply->setObjectName(QStringLiteral("applyMigrations"));
    m_rollback->setObjectName(QStringLiteral("rollBack"));
    m_rollback->setToolTip(tr("Go to the rollback page: migrate backwards or restore the backup"));
    m_rollback->hide();
    m_planView->setObjectName(QStringLiteral("migrationPlan"));
    m_planView->setRootIsDecorated(false);
    m_planView->setUniformRowHeights(true);
    m_planView->setModel(m_planModel);
    m_sql->setObjectName(QStringLiteral("migrationSql"));
    m_sql->setReadOnly(true);
    m_sql->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sql->setFont(QFont(QStringLiteral("monospace")));
    m_wal->setObjectName(QStringLiteral("walPosition"));
    m_wal->setWordWrap(true);
    m_wal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_watch->setObjectName(QStringLiteral("migrationWatch"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_apply, 0, Qt::AlignTop);
    buttons->addWidget(m_rollback, 0, Qt::AlignTop);

    auto* planSplitter = new QSplitter(Qt::Horizontal, this);
    planSplitter->addWidget(m_planView);
    planSplitter->addWidget(m_sql);
    planSplitter->setStretchFactor(0, 3);
    planSplitter->setStretchFactor(1, 2);

    auto* watchBox = new QGroupBox(tr("Live watch"), this);
    auto* watchLayout = new QVBoxLayout(watchBox);
    watchLayout->setContentsMargins(4, 4, 4, 4);
    watchLayout->addWidget(m_watch);
    auto* runSplitter = new QSplitter(Qt::Horizontal, this);
    runSplitter->addWidget(m_runView);
    runSplitter->addWidget(watchBox);
    runSplitter->setStretchFactor(0, 3);
    runSplitter->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(planSplitter);
    splitter->addWidget(runSplitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_wal);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &MigratePage::applyMigrations);
    connect(m_rollback, &QPushButton::clicked, &wizard, &RunbookWizard::requestRollback);
    connect(m_runView, &StepRunView::cancelRequested, &wizard, &RunbookWizard::cancelStep);
    connect(m_planView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showMigration(current.row()); });
}

void MigratePage::initializePage()
{
    const RunbookRun& run = runbook().run();
    m_watch->parentWidget()->setVisible(!run.dryRun);
    updateButtons();
    // Back on the preflight page the source or the mode may have changed: a plan read for
    // something else is read again, unless this run already applied it.
    if (!m_live && (!m_plan || m_plannedFor != planKey()))
        showPlan();
}

QString MigratePage::planKey() const
{
    const RunbookRun& run = runbook().run();
    return QStringList{run.target.djangoProject, run.target.sqlFolder, run.target.managePy,
                       run.dryRun ? QStringLiteral("dry") : QStringLiteral("live")}
        .join(QLatin1Char('\n'));
}

void MigratePage::showPlan()
{
    const RunbookRun& run = runbook().run();
    const core::RunbookTarget target = run.target;
    core::MigrateOptions options;
    options.dryRun = true;
    options.runId = run.runId;
    const bool dryRun = run.dryRun;
    m_plannedFor = planKey();
    runbook().runStep(
        m_runView, tr("Reading the plan…"),
        [target, options](const core::StepContext& context) {
            return core::MigrationExecutor::run(target, options, context);
        },
        [this, dryRun](const core::StepResult& result) {
            m_plan = result;
            // In a dry run the plan is the step; in a live run it is only the preview.
            if (dryRun)
                runbook().record(result);
            showMigrations(result);
            updateButtons();
            updateComplete();
        });
    updateComplete();
}

void MigratePage::applyMigrations()
{
    RunbookRun& run = runbook().run();
    const QString refusal = core::ProductionGuard::refusal(run.target, true, run.typedDatabase);
    if (!refusal.isEmpty()) {
        m_runView->showProblem(refusal);
        return;
    }
    const core::RunbookTarget target = run.target;
    core::MigrateOptions options;
    options.dryRun = false;
    options.runId = run.runId;
    m_watch->setTarget(target.connection, core::MigrationExecutor::applicationName(options));
    if (target.isProduction())
        runbook().recorded().setConfirmation(run.typedDatabase);
    const bool started = runbook().runStep(
        m_runView, tr("Applying the migrations…"),
        [target, options, recorded = &runbook().recorded()](const core::StepContext& context) {
            return recorded->aroundSchemaChange(target.connection, core::WritePolicy{}, [&] {
                return core::MigrationExecutor::run(target, options, context);
            });
        },
        [this](const core::StepResult& result) {
            m_watch->stop();
            m_live = result;
            runbook().record(result);
            showMigrations(result);
            updateButtons();
            updateComplete();
        });
    if (!started)
        return;
    m_watch->start();
    updateButtons();
    updateComplete();
}

void MigratePage::showMigrations(const core::StepResult& result)
{
    const int current = m_planView->currentIndex().isValid() ? m_planView->currentIndex().row() : 0;
    m_planModel->setReport(result.migrations() ? *result.migrations() : core::MigrationRunReport());
    const core::MigrationRunReport& report = m_planModel->report();
    const bool live = !report.dryRun;
    // The one that stopped the run, with its error above its SQL.
    const int stopped = m_planModel->stoppedRow();
    const int selected = live && stopped >= 0 ? stopped : current;
    for (int c = 0; c < models::MigrationPlanModel::Rollback; ++c)
        m_planView->resizeColumnToContents(c);
    if (m_planModel->rowCount() > 0)
        m_planView->setCurrentIndex(
            m_planModel->index(qBound(0, selected, m_planModel->rowCount() - 1), 0));
    else
        showMigration(-1);

    const QString& lsn = report.walLsnBefore;
    m_wal->setText(lsn.isEmpty() ? QString()
                                 : tr("WAL position before the first migration: <b>%1</b> — a "
                                      "point-in-time-recovery target if everything else fails.")
                                       .arg(lsn.toHtmlEscaped()));
    const RunbookRun& run = runbook().run();
    const int count = m_planModel->rowCount();
    QString text;
    if (!live) {
        text = count == 0 ? tr("Nothing is pending: the database is up to date with %1.")
                                .arg(run.target.djangoProject.isEmpty() ? run.target.sqlFolder
                                                                        : run.target.djangoProject)
                          : tr("%n migration(s) pending.", nullptr, count);
        text += QLatin1Char(' ') +
                (run.dryRun ? tr("This is a dry run: nothing was applied. Finish here, or go back "
                                 "and choose a live run.")
                            : tr("Read the plan, then apply it."));
    } else {
        text = tr("%1 of %n migration(s) applied.", nullptr, count).arg(report.done());
    }
    m_summary->setText(text); // the step's own sentence is under the progress bar
}

void MigratePage::showMigration(int row)
{
    const core::MigrationRunReport::Item* m = m_planModel->item(row);
    if (!m) {
        m_sql->clear();
        return;
    }
    QString sql = m->sql;
    if (sql.trimmed().isEmpty())
        sql = sqlComment(tr("No SQL: this migration changes Django's state only."));
    // What went wrong and the way back, above the SQL they are about.
    QString head;
    if (!m->error.isEmpty())
        head += sqlComment(tr("Failed: %1").arg(m->error));
    head += sqlComment(tr("Way back: %1").arg(m->rollbackWay));
    m_sql->setPlainText(head + QLatin1Char('\n') + sql);
}

void MigratePage::updateButtons()
{
    const RunbookRun& run = runbook().run();
    const bool running = runbook().isStepRunning();
    m_apply->setVisible(!run.dryRun);
    m_apply->setEnabled(!running && m_plan && m_plan->ok() && !(m_live && m_live->ok()));
    m_apply->setText(!m_live        ? tr("&Apply migrations")
                     : m_live->ok() ? tr("Applied")
                                    : tr("&Apply again"));
    const bool failed = m_live && !m_live->ok();
    m_rollback->setVisible(failed);
    m_rollback->setEnabled(!running);
}

bool MigratePage::succeeded() const
{
    if (runbook().run().dryRun)
        return m_plan && m_plan->ok();
    return m_live && m_live->ok();
}

bool MigratePage::isReady() const
{
    return runbook().run().dryRun ? m_plan.has_value() : m_live.has_value();
}

} // namespace migdesk::ui
