// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/databaseoverview.h"
#include "connection/databasesession.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QTableView;
class QTimer;

namespace migdesk::models {
class LargestTablesModel;
class SessionStatesModel;
} // namespace migdesk::models

namespace migdesk::ui {

// The first pane: server, size, uptime, connections, cache hit ratio, transactions per second
// and the largest tables, refreshed every few seconds over the pane's own read-only session.
class OverviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPane(QWidget* parent = nullptr);
    ~OverviewPane() override;

    // Opens the pane's own session to this target; replaces any earlier one.
    void setTarget(const core::ConnInfo& info, const std::optional<QString>& password);
    void clearTarget();

    void refresh();
    void setAutoRefresh(bool on);
    bool autoRefresh() const;
    int refreshIntervalMs() const;

    // The last sample shown, for tests and the status bar.
    const std::optional<core::DatabaseOverview>& overview() const { return m_overview; }

signals:
    void sessionStateChanged(migdesk::core::SessionState state, const QString& sentence);
    void refreshed();

private:
    void showOverview(const core::DatabaseOverview& overview);
    void showError(const QString& sentence);
    void onSessionState(core::SessionState state, const core::DbError& error, int retryInMs);

    std::unique_ptr<core::DatabaseSession> m_session;
    quint64 m_ticket = 0;       // the refresh whose reply is still wanted
    bool m_inFlight = false;
    std::optional<core::DatabaseOverview> m_overview;
    QTimer* m_timer;

    QLabel* m_status;
    QLabel* m_version;
    QLabel* m_database;
    QLabel* m_size;
    QLabel* m_uptime;
    QLabel* m_connections;
    QLabel* m_cacheHit;
    QLabel* m_tps;
    models::LargestTablesModel* m_tablesModel;
    models::SessionStatesModel* m_statesModel;
    QTableView* m_tablesView;
    QTableView* m_statesView;
};

} // namespace migdesk::ui
