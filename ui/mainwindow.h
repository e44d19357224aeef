// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "connection/connectiontarget.h"
#include "ui/runbook/runbookwizard.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QSettings;
class QTabWidget;

namespace migdesk::core {
class PasswordStore;
}

namespace migdesk::ui {

class ActivityPane;
class EnvironmentBanner;
class HistoryPane;
class MigrationsPane;
class OverviewPane;
class Pane;
class TablesPane;

// The console: environment banner, one tab per pane, menus, toolbar and status bar. Connecting
// resolves the password (keychain, session memory, ~/.pgpass, prompt) and tests the connection
// before any pane is pointed at the new target.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(QSettings& settings, core::PasswordStore& passwords, QWidget* parent = nullptr);
    ~MainWindow() override;

    void connectToProfile(const core::ConnectionProfile& profile);
    // Points the window at an already verified target (the demo database).
    void activate(const core::ConnectionProfile& profile, const core::ConnInfo& info,
                  const std::optional<QString>& password);
    void showStartupMessage(const QString& text);
    void showFailure(const QString& title, const QString& sentence);

    OverviewPane* overviewPane() const { return m_overview; }
    TablesPane* tablesPane() const { return m_tables; }
    ActivityPane* activityPane() const { return m_activity; }
    MigrationsPane* migrationsPane() const { return m_migrations; }
    HistoryPane* historyPane() const { return m_history; }
    EnvironmentBanner* banner() const { return m_banner; }
    const std::optional<core::ConnectionProfile>& currentProfile() const { return m_profile; }

    void openProfiles();
    // The guided migration (or the rollback) on the connected database; one at a time.
    RunbookWizard* openRunbook(RunbookWizard::Start start);
    RunbookWizard* runbookWizard() const { return m_wizard; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void tryConnect(const core::ConnectionProfile& profile, const core::ConnInfo& info,
                    const std::optional<QString>& password, bool keychainAvailable);
    void askPassword(const core::ConnectionProfile& profile, const core::ConnInfo& info,
                     const QString& reason, bool keychainAvailable);
    void disconnectTarget();
    void showAbout();

    QSettings& m_settings;
    core::PasswordStore& m_passwords;
    std::optional<core::ConnectionProfile> m_profile;
    std::optional<core::ConnectionTarget> m_target;
    QPointer<RunbookWizard> m_wizard;
    QAction* m_guidedAction = nullptr;
    QAction* m_rollbackAction = nullptr;
    EnvironmentBanner* m_banner;
    QTabWidget* m_tabs;
    OverviewPane* m_overview;
    TablesPane* m_tables;
    ActivityPane* m_activity;
    MigrationsPane* m_migrations;
    HistoryPane* m_history;
    QList<Pane*> m_panes;
    QLabel* m_profileLabel;
    QLabel* m_stateLabel;
};

} // namespace migdesk::ui
