// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratepage.h"

#include "common/units.h"
#include "migrationwatchview.h"
#include "models/pendingmigrationsmodel.h"
#include "runbook/migrationexecutor.h"
#include "runbook/productionguard.h"
#include "runbookwizard.h"
#include "steprunview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

QString outcomeLabel(const QString& key)
{
    if (key == QLatin1String("planned"))
        return MigratePage::tr("planned");
    if (key == QLatin1String("applied"))
        return MigratePage::tr("applied");
    if (key == QLatin1String("failed"))
        return MigratePage::tr("failed");
    if (key == QLatin1String("cancelled"))
        return MigratePage::tr("cancelled");
    if (key == QLatin1String("not-attempted"))
        return MigratePage::tr("not attempted");
    return key;
}

QColor outcomeColor(const QString& key)
{
    if (key == QLatin1String("applied"))
        return models::levelColor(QStringLiteral("green"));
    if (key == QLatin1String("failed"))
        return models::levelColor(QStringLiteral("red"));
    if (key == QLatin1String("cancelled"))
        return models::levelColor(QStringLiteral("yellow"));
    return {};
}

QString migrationLabel(const QJsonObject& m)
{
    if (m.contains(QStringLiteral("app")))
        return m.value(QStringLiteral("app")).toString() + QLatin1Char('.') +
               m.value(QStringLiteral("name")).toString();
    return MigratePage::tr("V%1 %2").arg(m.value(QStringLiteral("version")).toString(),
                                         m.value(QStringLiteral("description")).toString());
}

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
      m_rollback(new QPushButton(tr("R&oll back…"), this)), m_planView(new QTreeWidget(this)),
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
    m_planView->setHeaderLabels({tr("#"), tr("Migration"), tr("Risk"), tr("Outcome"), tr("Time"),
                                 tr("Retries"), tr("Way back")});
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
    connect(m_planView, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showMigration(item ? m_planView->indexOfTopLevelItem(item) : -1);
    });
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
    int selected =
        m_planView->currentItem() ? m_planView->indexOfTopLevelItem(m_planView->currentItem()) : 0;
    m_planView->clear();
    m_migrations = result.details.value(QStringLiteral("migrations")).toArray();
    const bool live = !result.details.value(QStringLiteral("dry_run")).toBool(true);
    int order = 0;
    for (const QJsonValue& value : std::as_const(m_migrations)) {
        const QJsonObject m = value.toObject();
        const QJsonObject risk = m.value(QStringLiteral("risk")).toObject();
        const QString level = risk.value(QStringLiteral("level")).toString();
        const QString outcome = m.value(QStringLiteral("outcome")).toString();
        const bool ran =
            live && (outcome == QLatin1String("applied") || outcome == QLatin1String("failed") ||
                     outcome == QLatin1String("cancelled"));
        if (outcome == QLatin1String("failed") || outcome == QLatin1String("cancelled"))
            selected = order; // the one that stopped the run, with its error above its SQL
        auto* item = new QTreeWidgetItem(m_planView);
        item->setText(Order, QString::number(++order));
        item->setText(Migration, migrationLabel(m));
        item->setText(Risk, level.isEmpty()
                                ? tr("—")
                                : tr("%1 (%2)")
                                      .arg(models::levelName(level))
                                      .arg(risk.value(QStringLiteral("score")).toInt()));
        if (!level.isEmpty())
            item->setForeground(Risk, models::levelColor(level));
        item->setText(Rollback, m.value(QStringLiteral("rollback_way")).toString());
        item->setToolTip(Rollback, m.value(QStringLiteral("rollback_way")).toString());
        if (m.value(QStringLiteral("rollback")).toString() == QLatin1String("restore"))
            item->setForeground(Rollback, models::levelColor(QStringLiteral("yellow")));
        item->setText(Outcome, outcomeLabel(outcome));
        const QColor color = outcomeColor(outcome);
        if (color.isValid())
            item->setForeground(Outcome, color);
        if (m.contains(QStringLiteral("error")))
            item->setToolTip(Outcome, m.value(QStringLiteral("error")).toString());
        item->setText(Time,
                      ran ? core::formatDuration(m.value(QStringLiteral("seconds")).toDouble())
                          : QString());
        item->setText(Retries, ran ? QString::number(m.value(QStringLiteral("retries")).toInt())
                                   : QString());
        item->setTextAlignment(Time, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Retries, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c = 0; c < Rollback; ++c)
        m_planView->resizeColumnToContents(c);
    if (m_planView->topLevelItemCount() > 0)
        m_planView->setCurrentItem(
            m_planView->topLevelItem(qBound(0, selected, m_planView->topLevelItemCount() - 1)));
    else
        showMigration(-1);

    const QString lsn = result.details.value(QStringLiteral("wal_lsn_before")).toString();
    m_wal->setText(lsn.isEmpty() ? QString()
                                 : tr("WAL position before the first migration: <b>%1</b> — a "
                                      "point-in-time-recovery target if everything else fails.")
                                       .arg(lsn.toHtmlEscaped()));
    const RunbookRun& run = runbook().run();
    const int count = int(m_migrations.size());
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
        text = tr("%1 of %n migration(s) applied.", nullptr, count)
                   .arg(result.details.value(QStringLiteral("applied")).toInt());
    }
    m_summary->setText(text); // the step's own sentence is under the progress bar
}

void MigratePage::showMigration(int row)
{
    if (row < 0 || row >= m_migrations.size()) {
        m_sql->clear();
        return;
    }
    const QJsonObject m = m_migrations.at(row).toObject();
    QString sql = m.value(QStringLiteral("sql")).toString();
    if (sql.trimmed().isEmpty())
        sql = sqlComment(tr("No SQL: this migration changes Django's state only."));
    // What went wrong and the way back, above the SQL they are about.
    QString head;
    if (m.contains(QStringLiteral("error")))
        head += sqlComment(tr("Failed: %1").arg(m.value(QStringLiteral("error")).toString()));
    head += sqlComment(tr("Way back: %1").arg(m.value(QStringLiteral("rollback_way")).toString()));
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
