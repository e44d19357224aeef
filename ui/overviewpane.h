// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/databaseoverview.h"
#include "pane.h"

#include <optional>

class QLabel;
class QTableView;

namespace migdesk::models {
class LargestTablesModel;
class SessionStatesModel;
} // namespace migdesk::models

namespace migdesk::ui {

// The first pane: server, size, uptime, connections, cache hit ratio, transactions per second
// and the largest tables, refreshed every few seconds.
class OverviewPane : public Pane
{
    Q_OBJECT
public:
    explicit OverviewPane(QWidget* parent = nullptr);
    ~OverviewPane() override;

    void refresh() override;

    // The last sample shown, for tests and the status bar.
    const std::optional<core::DatabaseOverview>& overview() const { return m_overview; }

protected:
    void targetChanged() override;
    void showError(const QString& sentence) override;

private:
    void showOverview(const core::DatabaseOverview& overview);

    std::optional<core::DatabaseOverview> m_overview;

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
