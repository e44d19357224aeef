// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "activitypane.h"
#include "connection/connectionprobe.h"
#include "connection/passwordstore.h"
#include "connection/pgconnection.h"
#include "environmentbanner.h"
#include "historypane.h"
#include "migrationspane.h"
#include "overviewpane.h"
#include "passwordprompt.h"
#include "profiledialog.h"
#include "tablespane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace migdesk::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(QSettings& settings, core::PasswordStore& passwords, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_passwords(passwords),
      m_banner(new EnvironmentBanner(this)), m_tabs(new QTabWidget(this)),
      m_overview(new OverviewPane(this)), m_tables(new TablesPane(this)),
      m_activity(new ActivityPane(this)), m_migrations(new MigrationsPane(this)),
      m_history(new HistoryPane(this)), m_panes{m_overview, m_tables, m_activity, m_migrations,
                                                m_history},
      m_profileLabel(new QLabel(this)), m_stateLabel(new QLabel(this))
{
    setWindowTitle(tr("migdesk"));
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_tabs->addTab(m_overview, tr("&Overview"));
    m_tabs->addTab(m_tables, tr("&Tables"));
    m_tabs->addTab(m_activity, tr("&Activity and locks"));
    m_tabs->addTab(m_migrations, tr("&Pending migrations"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->setDocumentMode(true);

    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setText(tr("Not connected"));
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_profileLabel);
    for (Pane* pane : std::as_const(m_panes))
        connect(pane, &Pane::sessionStateChanged, this,
                [this](core::SessionState state, const QString& sentence) {
                    if (state == core::SessionState::Connected && m_profile)
                        m_stateLabel->setText(tr("Connected to %1.").arg(m_profile->name));
                    else if (!sentence.isEmpty())
                        m_stateLabel->setText(sentence);
                });

    createActions();
    if (!restoreGeometry(m_settings.value(kGeometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(m_settings.value(kStateKey).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAction = fileMenu->addAction(tr("&Connect…"), this, &MainWindow::openProfiles);
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setToolTip(tr("Choose, edit or test a connection profile"));
    auto* disconnectAction =
        fileMenu->addAction(tr("&Disconnect"), this, &MainWindow::disconnectTarget);
    disconnectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    fileMenu->addSeparator();
    auto* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* refreshAction = viewMenu->addAction(tr("&Refresh"), this, [this] {
        if (auto* pane = qobject_cast<Pane*>(m_tabs->currentWidget()))
            pane->refresh();
    });
    refreshAction->setShortcut(QKeySequence::Refresh);
    viewMenu->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* show = viewMenu->addAction(m_tabs->tabText(i), this,
                                         [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    viewMenu->addSeparator();
    auto* autoRefresh = viewMenu->addAction(tr("&Auto-refresh"));
    autoRefresh->setCheckable(true);
    autoRefresh->setChecked(true);
    autoRefresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    autoRefresh->setToolTip(tr("Pause or resume the periodic refresh"));
    connect(autoRefresh, &QAction::toggled, this, [this](bool on) {
        for (Pane* pane : std::as_const(m_panes))
            pane->setAutoRefresh(on);
    });

    auto* runbookMenu = menuBar()->addMenu(tr("&Runbook"));
    m_guidedAction = runbookMenu->addAction(
        tr("&Guided migration…"), this, [this] { openRunbook(RunbookWizard::Start::Migration); });
    m_guidedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_guidedAction->setToolTip(tr("Preflight, backup, migrate, verify, with the rollback at hand"));
    m_rollbackAction = runbookMenu->addAction(
        tr("&Rollback…"), this, [this] { openRunbook(RunbookWizard::Start::Rollback); });
    m_rollbackAction->setToolTip(tr("Migrate backwards or restore a backup"));
    m_guidedAction->setEnabled(false);
    m_rollbackAction->setEnabled(false);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About migdesk"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(connectAction);
    toolbar->addAction(refreshAction);
    toolbar->addAction(autoRefresh);
}

void MainWindow::openProfiles()
{
    auto* dialog = new ProfileDialog(m_settings, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_profile)
        dialog->selectProfile(m_profile->name);
    connect(dialog, &ProfileDialog::connectRequested, this, &MainWindow::connectToProfile);
    dialog->open();
}

RunbookWizard* MainWindow::openRunbook(RunbookWizard::Start start)
{
    if (m_wizard) {
        // One run at a time: the open wizard is the run in progress.
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (!m_target)
        return nullptr;
    auto* wizard = new RunbookWizard(*m_target, m_passwords, start, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The source remembered for this profile, else the one the migrations pane shows.
    if (wizard->run().target.djangoProject.isEmpty() && wizard->run().target.sqlFolder.isEmpty() &&
        !m_migrations->sourcePath().isEmpty())
        wizard->setSource(m_migrations->sourceIsSqlFolder(), m_migrations->sourcePath(),
                          m_migrations->managePyPath());
    m_wizard = wizard;
    wizard->show();
    return wizard;
}

void MainWindow::connectToProfile(const core::ConnectionProfile& profile)
{
    QString error;
    const auto info = profile.connInfo(&error);
    if (!info) {
        showFailure(tr("Cannot connect"), error);
        return;
    }
    m_stateLabel->setText(tr("Connecting to %1…").arg(info->displayName()));
    m_passwords.read(profile.name, this,
                     [this, profile, info = *info](std::optional<QString> password,
                                                   const core::PasswordStore::Outcome& outcome) {
                         tryConnect(profile, info, password, !outcome.keychainUnavailable);
                     });
}

void MainWindow::tryConnect(const core::ConnectionProfile& profile, const core::ConnInfo& info,
                            const std::optional<QString>& password, bool keychainAvailable)
{
    core::ConnectionProbe::run(
        info, password, this,
        [this, profile, info, password, keychainAvailable](const core::ProbeResult& result) {
            if (!result.error) {
                activate(profile, info, password);
                return;
            }
            using K = core::DbError::Kind;
            const K kind = result.error->kind();
            if (kind == K::PasswordRequired || kind == K::AuthenticationFailed) {
                if (password && kind == K::AuthenticationFailed)
                    m_passwords.forgetForSession(profile.name);
                askPassword(profile, info, result.error->sentence(), keychainAvailable);
                return;
            }
            m_stateLabel->setText(result.error->sentence());
            showFailure(tr("Cannot connect to %1").arg(profile.name), result.error->sentence());
        });
}

void MainWindow::askPassword(const core::ConnectionProfile& profile, const core::ConnInfo& info,
                             const QString& reason, bool keychainAvailable)
{
    auto* prompt =
        new PasswordPrompt(profile.name, info.displayName(), reason, keychainAvailable, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt, profile, info, keychainAvailable] {
        const QString password = prompt->password();
        if (prompt->rememberInKeychain())
            m_passwords.store(profile.name, password, this,
                              [this](const core::PasswordStore::Outcome& outcome) {
                                  if (!outcome.ok)
                                      m_stateLabel->setText(outcome.message);
                              });
        else
            m_passwords.rememberForSession(profile.name, password);
        tryConnect(profile, info, password, keychainAvailable);
    });
    connect(prompt, &QDialog::rejected, this,
            [this] { m_stateLabel->setText(tr("Connection cancelled: no password given.")); });
    prompt->open();
}

void MainWindow::activate(const core::ConnectionProfile& profile, const core::ConnInfo& info,
                          const std::optional<QString>& password)
{
    m_profile = profile;
    m_banner->showTarget(profile.environment, profile.name, info.displayName());
    m_profileLabel->setText(
        tr("%1 · %2 · %3")
            .arg(profile.name, core::environmentLabel(profile.environment), info.displayName()));
    setWindowTitle(tr("%1 — migdesk").arg(profile.name));
    m_stateLabel->setText(tr("Connected to %1.").arg(info.displayName()));
    const core::ConnectionTarget target{profile, info, password};
    for (Pane* pane : std::as_const(m_panes))
        pane->setTarget(target);
    m_target = target;
    m_guidedAction->setEnabled(true);
    m_rollbackAction->setEnabled(true);
    m_settings.setValue(QStringLiteral("lastProfile"), profile.name);
}

void MainWindow::disconnectTarget()
{
    m_profile.reset();
    m_target.reset();
    m_guidedAction->setEnabled(false);
    m_rollbackAction->setEnabled(false);
    for (Pane* pane : std::as_const(m_panes))
        pane->clearTarget();
    m_banner->clearTarget();
    m_profileLabel->setText(tr("Not connected"));
    m_stateLabel->clear();
    setWindowTitle(tr("migdesk"));
}

void MainWindow::showStartupMessage(const QString& text)
{
    m_stateLabel->setText(text);
}

void MainWindow::showFailure(const QString& title, const QString& sentence)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, sentence, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About migdesk"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setText(tr("<b>migdesk %1</b>").arg(QStringLiteral(MIGDESK_VERSION)));
    box->setInformativeText(
        tr("A console for PostgreSQL DBAs who run schema migrations on production: inspect, "
           "back up, migrate, verify and roll back, with every step checked and logged.<br><br>"
           "Built with Qt %1 and libpq %2.")
            .arg(QString::fromLatin1(qVersion()))
            .arg(core::PgConnection::libraryVersion()));
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_wizard && m_wizard->isStepRunning()) {
        // Quitting would cancel a backup or a migration half-way: the wizard's Cancel does that
        // knowingly.
        event->ignore();
        m_wizard->raise();
        showFailure(tr("A runbook step is running"),
                    tr("Wait for the step to finish, or cancel it in the wizard, then quit."));
        return;
    }
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace migdesk::ui
