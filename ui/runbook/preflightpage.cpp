// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflightpage.h"

#include "connection/passwordstore.h"
#include "models/checklistmodel.h"
#include "runbook/preflight.h"
#include "runbook/productionguard.h"
#include "runbook/webhooknotifier.h"
#include "runbookwizard.h"
#include "steprunview.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {

QWidget* withButton(QLineEdit* edit, QPushButton* button, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

QString red()
{
    return QStringLiteral("color: #c62828;");
}

} // namespace

PreflightPage::PreflightPage(RunbookWizard& wizard)
    : RunbookPage(wizard), m_kind(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_managePy(new QLineEdit(this)),
      m_dryRun(new QRadioButton(tr("&Dry run: show the plan, change nothing"), this)),
      m_live(new QRadioButton(tr("&Live run: back up, apply the migrations, verify"), this)),
      m_typedLabel(new QLabel(this)), m_typed(new QLineEdit(this)), m_guard(new QLabel(this)),
      m_backupDirectory(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_jobs(new QSpinBox(this)),
      m_plain(new QCheckBox(tr("Also a &plain SQL dump (made from the archive)"), this)),
      m_prove(new QCheckBox(tr("P&rove it: restore into a throwaway server and compare row counts"),
                            this)),
      m_webhook(new QLineEdit(this)), m_webhookNote(new QLabel(this)),
      m_run(new QPushButton(tr("&Run checks"), this)), m_stale(new QLabel(this)),
      m_checks(new models::ChecklistModel(this)), m_checksView(makeChecksView(m_checks, this)),
      m_runView(new StepRunView(this))
{
    setTitle(tr("Preflight"));
    setSubTitle(tr("The runbook's checklist before anything changes. Next waits until the checks "
                   "found nothing worse than warnings."));

    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_kind->addItem(tr("Django project"), false);
    m_kind->addItem(tr("SQL folder"), true);
    m_path->setObjectName(QStringLiteral("sourcePath"));
    m_path->setPlaceholderText(tr("Folder of the Django project or of V1__name.sql files"));
    m_managePy->setObjectName(QStringLiteral("managePy"));
    m_managePy->setPlaceholderText(tr("manage.py: Django applies and reverts the migrations"));
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_live->setObjectName(QStringLiteral("liveRun"));
    auto* mode = new QButtonGroup(this);
    mode->addButton(m_dryRun);
    mode->addButton(m_live);
    m_dryRun->setChecked(true);
    m_typed->setObjectName(QStringLiteral("typedDatabase"));
    m_typedLabel->setWordWrap(true);
    m_guard->setObjectName(QStringLiteral("guard"));
    m_guard->setWordWrap(true);
    m_guard->setStyleSheet(red());
    m_backupDirectory->setObjectName(QStringLiteral("backupDirectory"));
    m_format->setObjectName(QStringLiteral("backupFormat"));
    m_format->addItem(tr("Custom (one file)"), int(core::BackupOptions::Format::Custom));
    m_format->addItem(tr("Directory (parallel jobs)"), int(core::BackupOptions::Format::Directory));
    m_jobs->setObjectName(QStringLiteral("backupJobs"));
    m_jobs->setRange(1, 64);
    m_plain->setObjectName(QStringLiteral("plainDump"));
    m_prove->setObjectName(QStringLiteral("prove"));
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_webhook->setPlaceholderText(tr("https://hooks.slack.com/services/…"));
    m_webhookNote->setWordWrap(true);
    m_webhookNote->setText(
        tr("Success and failure are posted there. The URL is a secret: it is "
           "kept in the system keychain, never in the settings file or the log."));
    m_run->setObjectName(QStringLiteral("runChecks"));
    m_stale->setObjectName(QStringLiteral("checksState"));
    m_stale->setWordWrap(true);
    m_checksView->setObjectName(QStringLiteral("preflightChecks"));

    auto* browseSource = new QPushButton(tr("Browse…"), this);
    auto* browseManagePy = new QPushButton(tr("Browse…"), this);
    auto* browseBackup = new QPushButton(tr("Browse…"), this);

    auto* sourceBox = new QGroupBox(tr("Migrations"), this);
    auto* sourceForm = new QFormLayout(sourceBox);
    sourceForm->addRow(tr("Source:"), m_kind);
    sourceForm->addRow(tr("Folder:"), withButton(m_path, browseSource, sourceBox));
    sourceForm->addRow(tr("manage.py:"), withButton(m_managePy, browseManagePy, sourceBox));

    auto* modeBox = new QGroupBox(tr("Run"), this);
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_dryRun);
    modeLayout->addWidget(m_live);
    modeLayout->addWidget(m_typedLabel);
    modeLayout->addWidget(m_typed);
    modeLayout->addWidget(m_guard);

    auto* backupBox = new QGroupBox(tr("Backup"), this);
    auto* backupForm = new QFormLayout(backupBox);
    backupForm->addRow(tr("Folder:"), withButton(m_backupDirectory, browseBackup, backupBox));
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(new QLabel(tr("Jobs:"), backupBox));
    formatRow->addWidget(m_jobs);
    backupForm->addRow(tr("Format:"), formatRow);
    backupForm->addRow(m_plain);
    backupForm->addRow(m_prove);

    auto* notifyBox = new QGroupBox(tr("Notification"), this);
    auto* notifyForm = new QFormLayout(notifyBox);
    notifyForm->addRow(tr("Webhook URL:"), m_webhook);
    notifyForm->addRow(m_webhookNote);

    auto* options = new QWidget(this);
    auto* optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(sourceBox);
    optionsLayout->addWidget(modeBox);
    optionsLayout->addWidget(backupBox);
    optionsLayout->addWidget(notifyBox);
    optionsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(options);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(options->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());

    auto* checksPane = new QWidget(this);
    auto* checksLayout = new QVBoxLayout(checksPane);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_stale, 1);
    checksLayout->addLayout(runRow);
    checksLayout->addWidget(m_checksView, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(checksPane);
    right->addWidget(m_runView);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, &PreflightPage::runChecks);
    connect(m_runView, &StepRunView::cancelRequested, &wizard, &RunbookWizard::cancelStep);
    connect(browseSource, &QPushButton::clicked, this,
            [this] { chooseFolder(m_path, tr("Choose the migration source")); });
    connect(browseManagePy, &QPushButton::clicked, this, [this] {
        chooseFile(m_managePy, tr("Choose the project's manage.py"),
                   tr("manage.py (manage.py);;Python (*.py)"));
    });
    connect(browseBackup, &QPushButton::clicked, this,
            [this] { chooseFolder(m_backupDirectory, tr("Choose the backup folder")); });
    // What the checks depend on: the source, the mode and where the backup goes.
    for (QLineEdit* edit : {m_path, m_managePy, m_backupDirectory})
        connect(edit, &QLineEdit::textChanged, this, &PreflightPage::choicesChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_managePy->setEnabled(!m_kind->currentData().toBool());
        choicesChanged();
    });
    connect(m_live, &QRadioButton::toggled, this, &PreflightPage::choicesChanged);
    connect(m_typed, &QLineEdit::textChanged, this, [this] {
        updateGuard();
        updateComplete();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_jobs->setEnabled(m_format->currentData().toInt() ==
                           int(core::BackupOptions::Format::Directory));
    });
    connect(m_webhook, &QLineEdit::textEdited, this, [this] { m_webhookNote->setStyleSheet({}); });
}

void PreflightPage::initializePage()
{
    m_showing = true;
    showSource();
    const RunbookRun& run = runbook().run();
    (run.dryRun ? m_dryRun : m_live)->setChecked(true);
    m_typed->setText(run.typedDatabase);
    m_backupDirectory->setText(run.backup.options.directory);
    m_format->setCurrentIndex(
        run.backup.options.format == core::BackupOptions::Format::Directory ? 1 : 0);
    m_jobs->setValue(run.backup.options.jobs);
    m_jobs->setEnabled(m_format->currentIndex() == 1);
    m_plain->setChecked(run.backup.options.plain);
    m_prove->setChecked(run.backup.prove);
    if (m_webhook->text().isEmpty())
        m_webhook->setText(run.webhookUrl);
    m_typedLabel->setText(tr("This is a production database. Type its name, <b>%1</b>, to allow "
                             "a live run:")
                              .arg(run.target.database().toHtmlEscaped()));
    m_showing = false;
    updateGuard();
    if (!m_path->text().trimmed().isEmpty() && !m_result)
        runChecks();
    else if (!m_result)
        m_stale->setText(tr("Choose the Django project or SQL folder, then run the checks."));
}

void PreflightPage::showSource()
{
    const core::RunbookTarget& target = runbook().run().target;
    const bool sqlFolder = !target.sqlFolder.isEmpty();
    const bool showing = std::exchange(m_showing, true);
    m_kind->setCurrentIndex(sqlFolder ? 1 : 0);
    m_path->setText(sqlFolder ? target.sqlFolder : target.djangoProject);
    m_managePy->setText(target.managePy);
    m_managePy->setEnabled(!sqlFolder);
    m_showing = showing;
}

void PreflightPage::showStoredWebhook(const QString& url)
{
    m_storedWebhook = url;
    runbook().run().webhookUrl = url;
    if (m_webhook->text().isEmpty())
        m_webhook->setText(url);
}

void PreflightPage::applyChoices()
{
    RunbookRun& run = runbook().run();
    const QString path = m_path->text().trimmed();
    const bool sqlFolder = m_kind->currentData().toBool();
    run.target.sqlFolder = sqlFolder ? path : QString();
    run.target.djangoProject = sqlFolder ? QString() : path;
    run.target.managePy = sqlFolder ? QString() : m_managePy->text().trimmed();
    run.dryRun = m_dryRun->isChecked();
    run.typedDatabase = m_typed->text().trimmed();
    core::BackupOptions& backup = run.backup.options;
    backup.directory = m_backupDirectory->text().trimmed();
    backup.format = core::BackupOptions::Format(m_format->currentData().toInt());
    backup.jobs = m_jobs->value();
    backup.plain = m_plain->isChecked();
    run.backup.prove = m_prove->isChecked();
    backup.countRows = run.backup.prove; // the proof compares with counts from the dump's snapshot
    run.webhookUrl = m_webhook->text().trimmed();
}

void PreflightPage::choicesChanged()
{
    updateGuard();
    if (m_showing || !m_result)
        return;
    if (m_current) {
        m_current = false;
        m_stale->setStyleSheet({});
        m_stale->setText(tr("The choices changed since the checks ran: run them again."));
    }
    updateComplete();
}

QString PreflightPage::refusal() const
{
    return core::ProductionGuard::refusal(runbook().run().target, m_live->isChecked(),
                                          m_typed->text().trimmed());
}

void PreflightPage::updateGuard()
{
    const bool askName = m_live->isChecked() && runbook().run().target.isProduction();
    m_typedLabel->setVisible(askName);
    m_typed->setVisible(askName);
    const QString why = refusal();
    m_guard->setText(why);
    m_guard->setVisible(!why.isEmpty());
}

void PreflightPage::runChecks()
{
    if (runbook().isStepRunning())
        return;
    applyChoices();
    const RunbookRun& run = runbook().run();
    if (run.target.djangoProject.isEmpty() && run.target.sqlFolder.isEmpty()) {
        m_runView->showProblem(
            tr("Choose the Django project or SQL folder whose migrations to run."));
        return;
    }
    const core::RunbookTarget target = run.target;
    core::PreflightOptions options;
    options.backupDirectory = run.backup.options.directory;
    options.dryRun = run.dryRun;
    m_stale->setStyleSheet({});
    m_stale->setText(tr("Checking…"));
    m_checks->setChecks({});
    runbook().runStep(
        m_runView, tr("Running the preflight checks…"),
        [target, options](const core::StepContext& context) {
            return core::Preflight::run(target, options, context);
        },
        [this](const core::StepResult& result) {
            m_result = result;
            m_current = true;
            m_recorded = false;
            m_checks->setChecks(result.checks() ? *result.checks() : core::CheckList());
            fitChecks(m_checksView);
            const bool blocked =
                !result.ok() || core::worstStatus(m_checks->checks()) == core::Check::Status::Fail;
            m_stale->setStyleSheet(blocked ? red() : QString());
            m_stale->setText(blocked
                                 ? tr("A check failed: fix what it says and run the checks again.")
                             : core::worstStatus(m_checks->checks()) == core::Check::Status::Warn
                                 ? tr("Warnings only: read them, then go on.")
                                 : tr("Every check passed."));
            updateComplete();
        });
    updateComplete();
}

bool PreflightPage::isReady() const
{
    return m_result && m_current && m_result->outcome == core::StepResult::Outcome::Succeeded &&
           core::worstStatus(m_checks->checks()) != core::Check::Status::Fail &&
           refusal().isEmpty();
}

bool PreflightPage::validatePage()
{
    applyChoices();
    RunbookRun& run = runbook().run();
    if (!m_recorded && m_result) {
        runbook().record(*m_result);
        m_recorded = true;
    }
    runbook().rememberChoices();
    storeWebhook();
    runbook().log().write(
        run.dryRun ? tr("Mode: dry run (nothing will be changed)")
        : run.target.isProduction()
            ? tr("Mode: live run on production, confirmed by typing the database name")
            : tr("Mode: live run"));
    return true;
}

void PreflightPage::storeWebhook()
{
    const QString url = runbook().run().webhookUrl;
    if (url == m_storedWebhook)
        return;
    m_storedWebhook = url;
    core::PasswordStore& passwords = runbook().passwords();
    const QString key =
        core::WebhookNotifier::keychainKey(runbook().run().target.connection.profile.name);
    if (url.isEmpty()) {
        passwords.forgetForSession(key);
        passwords.remove(key, this, [](const core::PasswordStore::Outcome&) {});
        return;
    }
    passwords.store(key, url, this, [this, key, url](const core::PasswordStore::Outcome& outcome) {
        if (outcome.ok)
            return;
        // No keychain: the URL serves this session and is not written anywhere.
        runbook().passwords().rememberForSession(key, url);
        runbook().log().write(
            tr("The webhook URL is kept for this session only: %1").arg(outcome.message));
    });
}

void PreflightPage::chooseFolder(QLineEdit* edit, const QString& caption)
{
    auto* dialog = new QFileDialog(this, caption, edit->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this, edit](const QString& path) {
        edit->setText(path);
        if (edit == m_path && m_managePy->text().isEmpty() && !m_kind->currentData().toBool() &&
            QFileInfo::exists(path + QStringLiteral("/manage.py")))
            m_managePy->setText(path + QStringLiteral("/manage.py"));
    });
    dialog->open();
}

void PreflightPage::chooseFile(QLineEdit* edit, const QString& caption, const QString& filter)
{
    auto* dialog = new QFileDialog(this, caption, QFileInfo(edit->text()).absolutePath(), filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
    dialog->open();
}

} // namespace migdesk::ui
