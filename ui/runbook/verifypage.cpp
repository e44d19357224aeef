// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifypage.h"

#include "models/checklistmodel.h"
#include "models/pendingmigrationsmodel.h"
#include "runbook/verifier.h"
#include "runbookwizard.h"
#include "steprunview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace migdesk::ui {

VerifyPage::VerifyPage(RunbookWizard& wizard)
    : RunbookPage(wizard), m_healthUrl(new QLineEdit(this)), m_smokeFile(new QLineEdit(this)),
      m_run(new QPushButton(tr("&Verify again"), this)),
      m_rollback(new QPushButton(tr("R&oll back…"), this)), m_verdict(new QLabel(this)),
      m_checks(new models::ChecklistModel(this)), m_checksView(makeChecksView(m_checks, this)),
      m_runView(new StepRunView(this))
{
    setTitle(tr("Verify"));
    setSubTitle(tr("The runbook's checks after the migration, on a read-only connection."));
    m_healthUrl->setObjectName(QStringLiteral("healthUrl"));
    m_healthUrl->setPlaceholderText(
        tr("optional: https://app.example.com/health, must answer 2xx"));
    m_smokeFile->setObjectName(QStringLiteral("smokeFile"));
    m_smokeFile->setPlaceholderText(
        tr("optional: a file of smoke queries (-- name:, -- expect:, SQL)"));
    m_run->setObjectName(QStringLiteral("runVerification"));
    m_rollback->setObjectName(QStringLiteral("rollBack"));
    m_rollback->setToolTip(tr("Go to the rollback page: migrate backwards or restore the backup"));
    m_rollback->hide();
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setWordWrap(true);
    m_checksView->setObjectName(QStringLiteral("verifyChecks"));

    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* smokeRow = new QHBoxLayout;
    smokeRow->addWidget(m_smokeFile, 1);
    smokeRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Health URL:"), m_healthUrl);
    form->addRow(tr("Smoke queries:"), smokeRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_verdict, 1);
    buttons->addWidget(m_run);
    buttons->addWidget(m_rollback);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_checksView);
    splitter->addWidget(m_runView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_run, &QPushButton::clicked, this, &VerifyPage::runVerification);
    connect(m_rollback, &QPushButton::clicked, &wizard, &RunbookWizard::requestRollback);
    connect(m_runView, &StepRunView::cancelRequested, &wizard, &RunbookWizard::cancelStep);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Choose the smoke-query file"),
                                       QFileInfo(m_smokeFile->text()).absolutePath(),
                                       tr("SQL (*.sql);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_smokeFile, &QLineEdit::setText);
        dialog->open();
    });
}

void VerifyPage::initializePage()
{
    const RunbookRun& run = runbook().run();
    m_healthUrl->setText(run.verify.healthUrl);
    m_smokeFile->setText(run.smokeFile);
    if (!m_result)
        runVerification();
}

void VerifyPage::applyChoices()
{
    RunbookRun& run = runbook().run();
    run.verify.healthUrl = m_healthUrl->text().trimmed();
    run.smokeFile = m_smokeFile->text().trimmed();
}

void VerifyPage::runVerification()
{
    applyChoices();
    const RunbookRun& run = runbook().run();
    const core::RunbookTarget target = run.target;
    const core::VerifyOptions options = run.verify;
    const QString smokeFile = run.smokeFile;
    m_checks->setChecks({});
    m_verdict->clear();
    m_rollback->hide();
    const bool started = runbook().runStep(
        m_runView, tr("Verifying %1…").arg(target.database()),
        [target, options, smokeFile](const core::StepContext& context) {
            core::VerifyOptions withSmoke = options;
            QString error;
            if (!addSmokeQueries(withSmoke, smokeFile, &error)) {
                context.log.write(error);
                return refused(QStringLiteral("verify"), error);
            }
            return core::Verifier::run(target, withSmoke, context);
        },
        [this](const core::StepResult& result) {
            m_result = result;
            runbook().record(result);
            m_checks->setChecks(result.checks() ? *result.checks() : core::CheckList());
            fitChecks(m_checksView);
            const bool failed = !result.ok();
            m_verdict->setStyleSheet(
                failed ? QStringLiteral("color: %1;")
                             .arg(models::levelColor(QStringLiteral("red")).name())
                       : QString());
            m_verdict->setText(failed ? tr("The verification failed: read the red checks, then "
                                           "fix forward or roll back.")
                               : core::worstStatus(m_checks->checks()) == core::Check::Status::Warn
                                   ? tr("Verified, with warnings worth a look.")
                                   : tr("Verified: every check passed."));
            m_rollback->setVisible(failed);
            updateComplete();
        });
    if (started)
        updateComplete();
}

bool VerifyPage::addSmokeQueries(core::VerifyOptions& options, const QString& file, QString* error)
{
    if (file.isEmpty())
        return true;
    const auto queries = core::Verifier::readSmokeFile(file, error);
    if (!queries)
        return false;
    options.smokeQueries.insert(options.smokeQueries.end(), queries->begin(), queries->end());
    return true;
}

core::StepResult VerifyPage::refused(const QString& step, const QString& sentence)
{
    core::StepResult result;
    result.step = step;
    result.outcome = core::StepResult::Outcome::Failed;
    result.started = QDateTime::currentDateTime();
    result.sentence = sentence;
    return result;
}

bool VerifyPage::isReady() const
{
    return m_result.has_value();
}

bool VerifyPage::validatePage()
{
    applyChoices();
    runbook().rememberChoices();
    return true;
}

} // namespace migdesk::ui
