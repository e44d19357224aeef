// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookwizard.h"

#include "backuppage.h"
#include "connection/passwordstore.h"
#include "migratepage.h"
#include "models/stepresultsmodel.h"
#include "preflightpage.h"
#include "rollbackpage.h"
#include "runbook/webhooknotifier.h"
#include "steplogview.h"
#include "steprunview.h"
#include "summarypage.h"
#include "verifypage.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QDateTime>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace migdesk::ui {

RunbookWizard::RunbookWizard(const core::ConnectionTarget& connection,
                             core::PasswordStore& passwords, Start start, QWidget* parent)
    : QWizard(parent), m_passwords(passwords), m_start(start),
      m_runner(std::make_unique<core::StepRunner>()), m_results(new models::StepResultsModel(this))
{
    setObjectName(QStringLiteral("runbookWizard"));
    m_run.target.connection = connection;
    m_run.runId = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    loadChoices();
    openLog();
    core::RunRecord record;
    record.kind = start == Start::Rollback ? QStringLiteral("rollback") : QStringLiteral("cycle");
    record.profile = connection.profile.name;
    record.environment = core::environmentKey(connection.profile.environment);
    record.server = connection.info.displayName();
    record.database = m_run.target.database();
    record.osUser = core::HistoryStore::currentOsUser();
    m_recorded =
        std::make_unique<core::RecordedRun>(core::HistoryStore::defaultPath(), record, m_log);
    m_summary.title =
        (start == Start::Rollback ? tr("Rollback of %1 (%2)") : tr("Migration of %1 (%2)"))
            .arg(m_run.target.database(), connection.profile.name);
    m_summary.environment = core::environmentKey(connection.profile.environment);
    m_summary.logPath = m_log.filePath();

    setWindowTitle(start == Start::Rollback
                       ? tr("Rollback — %1").arg(connection.profile.name)
                       : tr("Guided migration — %1").arg(connection.profile.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_preflight = new PreflightPage(*this);
    m_backup = new BackupPage(*this);
    m_migrate = new MigratePage(*this);
    m_verify = new VerifyPage(*this);
    m_rollback = new RollbackPage(*this);
    m_summaryPage = new SummaryPage(*this);
    setPage(PreflightPageId, m_preflight);
    setPage(BackupPageId, m_backup);
    setPage(MigratePageId, m_migrate);
    setPage(VerifyPageId, m_verify);
    setPage(RollbackPageId, m_rollback);
    setPage(SummaryPageId, m_summaryPage);
    setStartId(start == Start::Rollback ? RollbackPageId : PreflightPageId);
    // QWizard enables Back again whenever a page's completeness changes; while a step runs,
    // leaving the page is not an option. Connected after QWizard's own handler, so it wins.
    for (const int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, [this] {
            if (m_stepRunning)
                button(QWizard::BackButton)->setEnabled(false);
        });
    resize(1280, 880);

    connect(m_runner.get(), &core::StepRunner::logLine, this, [this](const QString& line) {
        if (m_view)
            m_view->appendLog(line);
    });
    connect(m_runner.get(), &core::StepRunner::progress, this,
            [this](const core::StepProgress& progress) {
                if (m_view && m_stepRunning)
                    m_view->setProgress(progress);
            });
    connect(m_runner.get(), &core::StepRunner::finished, this, &RunbookWizard::stepDone);

    // The webhook URL is a secret: it comes from the keychain, like a password.
    m_passwords.read(core::WebhookNotifier::keychainKey(connection.profile.name), this,
                     [this](std::optional<QString> url, const core::PasswordStore::Outcome&) {
                         if (url && !url->isEmpty())
                             m_preflight->showStoredWebhook(*url);
                     });
}

RunbookWizard::~RunbookWizard()
{
    // A step still running (the window is being torn down with the application) is cancelled
    // and waited for before the log it writes to goes.
    m_runner.reset();
}

void RunbookWizard::setSource(bool sqlFolder, const QString& path, const QString& managePy)
{
    m_run.target.sqlFolder = sqlFolder ? path : QString();
    m_run.target.djangoProject = sqlFolder ? QString() : path;
    m_run.target.managePy = sqlFolder ? QString() : managePy;
    m_preflight->showSource();
}

QString RunbookWizard::settingsKey() const
{
    const QString& profile = m_run.target.connection.profile.name;
    return QStringLiteral("runbook/%1/")
        .arg(profile.isEmpty() ? QStringLiteral("default") : profile);
}

namespace {
// Where the migrations pane keeps the source of a profile; the wizard reads and updates it.
QString sourceKey(const QString& profile)
{
    return QStringLiteral("assess/%1/")
        .arg(profile.isEmpty() ? QStringLiteral("default") : profile);
}
} // namespace

void RunbookWizard::loadChoices()
{
    const QSettings settings;
    const QString source = sourceKey(m_run.target.connection.profile.name);
    const QString path = settings.value(source + QStringLiteral("path")).toString();
    if (settings.value(source + QStringLiteral("sqlFolder")).toBool()) {
        m_run.target.sqlFolder = path;
    } else {
        m_run.target.djangoProject = path;
        m_run.target.managePy = settings.value(source + QStringLiteral("managePy")).toString();
    }
    const QString key = settingsKey();
    core::BackupOptions& backup = m_run.backup.options;
    backup.directory =
        settings
            .value(key + QStringLiteral("backupDirectory"),
                   QString(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/backups")))
            .toString();
    backup.format = settings.value(key + QStringLiteral("backupFormat")).toString() ==
                            QLatin1String("directory")
                        ? core::BackupOptions::Format::Directory
                        : core::BackupOptions::Format::Custom;
    backup.jobs = qBound(1, settings.value(key + QStringLiteral("backupJobs"), 2).toInt(), 64);
    backup.plain = settings.value(key + QStringLiteral("plainDump"), false).toBool();
    m_run.backup.prove = settings.value(key + QStringLiteral("prove"), false).toBool();
    m_run.verify.healthUrl = settings.value(key + QStringLiteral("healthUrl")).toString();
    m_run.smokeFile = settings.value(key + QStringLiteral("smokeFile")).toString();
}

void RunbookWizard::rememberChoices() const
{
    QSettings settings;
    const QString source = sourceKey(m_run.target.connection.profile.name);
    const bool sqlFolder = !m_run.target.sqlFolder.isEmpty();
    settings.setValue(source + QStringLiteral("sqlFolder"), sqlFolder);
    settings.setValue(source + QStringLiteral("path"),
                      sqlFolder ? m_run.target.sqlFolder : m_run.target.djangoProject);
    settings.setValue(source + QStringLiteral("managePy"), m_run.target.managePy);
    const QString key = settingsKey();
    const core::BackupOptions& backup = m_run.backup.options;
    settings.setValue(key + QStringLiteral("backupDirectory"), backup.directory);
    settings.setValue(key + QStringLiteral("backupFormat"),
                      backup.format == core::BackupOptions::Format::Directory
                          ? QStringLiteral("directory")
                          : QStringLiteral("custom"));
    settings.setValue(key + QStringLiteral("backupJobs"), backup.jobs);
    settings.setValue(key + QStringLiteral("plainDump"), backup.plain);
    settings.setValue(key + QStringLiteral("prove"), m_run.backup.prove);
    settings.setValue(key + QStringLiteral("healthUrl"), m_run.verify.healthUrl);
    settings.setValue(key + QStringLiteral("smokeFile"), m_run.smokeFile);
}

void RunbookWizard::openLog()
{
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    const QString path =
        folder + QLatin1Char('/') +
        core::RunLog::defaultFileName(m_start == Start::Rollback ? QStringLiteral("rollback")
                                                                 : QStringLiteral("migration"));
    QString error;
    if (!m_log.openFile(path, &error))
        m_logProblem = tr("%1 The run is logged in this window only.").arg(error);
    const core::ConnectionTarget& c = m_run.target.connection;
    m_log.write(m_start == Start::Rollback
                    ? tr("Starting the rollback (run %1)").arg(m_run.runId)
                    : tr("Starting the guided migration (run %1)").arg(m_run.runId));
    m_log.write(tr("Database: %1 on %2, profile %3, environment %4")
                    .arg(m_run.target.database(), c.info.displayName(), c.profile.name,
                         core::environmentLabel(c.profile.environment)));
    if (!m_log.filePath().isEmpty())
        m_log.write(tr("Log file: %1").arg(m_log.filePath()));
}

bool RunbookWizard::runStep(StepRunView* view, const QString& what, core::StepRunner::Job job,
                            Done done)
{
    if (m_stepRunning)
        return false;
    if (m_view.isNull() && view->log()->lineCount() == 0) {
        // The first step's view also shows how the run began.
        const QStringList lines = m_log.lines();
        for (const QString& line : lines)
            view->appendLog(line);
    }
    m_view = view;
    m_done = std::move(done);
    m_stepRunning = true;
    view->begin(what);
    setNavigationEnabled(false);
    m_runner->start(m_log, std::move(job));
    return true;
}

void RunbookWizard::stepDone(const core::StepResult& result)
{
    m_stepRunning = false;
    if (m_view)
        m_view->end(result);
    Done done = std::exchange(m_done, {});
    if (done)
        done(result);
    setNavigationEnabled(true);
    emit stepFinished(result);
}

void RunbookWizard::cancelStep()
{
    if (!m_stepRunning)
        return;
    m_log.write(tr("Cancel requested by the user"));
    m_runner->cancel();
}

void RunbookWizard::record(const core::StepResult& result)
{
    m_summary.add(result);
    m_results->add(result);
    m_recorded->addStep(result);
}

bool RunbookWizard::finishRecord()
{
    m_finishedSteps = m_summary.steps().size();
    m_recorded->finish(core::StepResult::outcomeKey(m_summary.outcome()), m_summary.toJson());
    const auto& steps = m_summary.steps();
    return std::any_of(steps.begin(), steps.end(), [this](const core::StepResult& step) {
        return step.step == QLatin1String("rollback") ||
               (step.step == QLatin1String("migrate") && !m_run.dryRun);
    });
}

void RunbookWizard::requestRollback()
{
    if (m_stepRunning || currentId() == RollbackPageId)
        return;
    m_rollbackRequested = true;
    next();
    m_rollbackRequested = false;
}

int RunbookWizard::nextId() const
{
    if (m_rollbackRequested)
        return RollbackPageId;
    switch (currentId()) {
    case PreflightPageId:
        return BackupPageId;
    case BackupPageId:
        return MigratePageId;
    case MigratePageId:
        // A dry run shows the plan and stops there; a failed migration goes to the summary
        // unless the user chooses the rollback.
        return m_run.dryRun || !m_migrate->succeeded() ? SummaryPageId : VerifyPageId;
    case VerifyPageId:
    case RollbackPageId:
        return SummaryPageId;
    default:
        return -1;
    }
}

void RunbookWizard::setNavigationEnabled(bool enabled)
{
    // The current page's isComplete() answers false while a step runs; telling the wizard
    // re-evaluates Next, Finish and Back (see the constructor); Cancel follows here.
    if (QWizardPage* page = currentPage())
        emit page->completeChanged();
    button(QWizard::CancelButton)->setEnabled(enabled);
}

void RunbookWizard::reject()
{
    if (m_stepRunning)
        return; // Escape while a step runs: the step's own Cancel stops it
    if (m_summary.steps().size() > m_finishedSteps && m_view) {
        finishBeforeClosing();
        return;
    }
    QWizard::reject();
}

void RunbookWizard::finishBeforeClosing()
{
    m_log.write(tr("The window was closed before the summary: the run ends here, with the steps "
                   "it took."));
    const bool mirror = finishRecord();
    const core::ConnectionTarget target = m_run.target.connection;
    const QString url = m_run.webhookUrl;
    const QString text = m_summary.notificationText();
    runStep(
        m_view, tr("Recording the run and notifying the team before the window closes…"),
        [target, url, text, mirror, recorded = m_recorded.get()](const core::StepContext& context) {
            core::StepResult result;
            result.step = QStringLiteral("history");
            result.started = QDateTime::currentDateTime();
            if (mirror)
                recorded->mirror(target, core::WritePolicy{});
            if (!url.isEmpty())
                core::WebhookNotifier::notify(url, text, context);
            return result;
        },
        // Once stepDone() has finished with this window.
        [this](const core::StepResult&) {
            QTimer::singleShot(0, this, [this] { QWizard::reject(); });
        });
}

void RunbookWizard::closeEvent(QCloseEvent* event)
{
    if (m_stepRunning) {
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

} // namespace migdesk::ui
