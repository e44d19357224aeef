// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/migrationwatchsnapshot.h"
#include "ui/pane.h"

class QFormLayout;
class QLabel;
class QProgressBar;
class QTableView;

namespace migdesk::models {
class MigrationWatchModel;
} // namespace migdesk::models

namespace migdesk::ui {

// The migrate page's live watch: the migration backend's current statement, how long it runs,
// what it waits for, the lock it holds, the progress PostgreSQL reports and the sessions queued
// behind it. Polls once a second over a read-only inspection session of its own (the Pane
// machinery: one poll in flight, stale replies dropped), so the GUI thread never waits.
class MigrationWatchView : public Pane
{
    Q_OBJECT
public:
    explicit MigrationWatchView(QWidget* parent = nullptr);
    ~MigrationWatchView() override;

    // Connects (without polling yet) to the database the migration runs on; the backend is the
    // one whose application_name is applicationName ("migdesk-migrate-<runId>").
    void setTarget(const core::ConnectionTarget& target, const QString& applicationName);
    QString applicationName() const { return m_applicationName; }

    // Polls every second from now on; stop() keeps the last picture on screen.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }

    void refresh() override;

    // The last poll shown, for tests and for the page's run log.
    const core::MigrationWatchSnapshot& snapshot() const { return m_snapshot; }
    models::MigrationWatchModel* queueModel() const { return m_model; }
    QTableView* queueView() const { return m_queueView; }

protected:
    void targetChanged() override;
    void showError(const QString& sentence) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showSnapshot(const core::MigrationWatchSnapshot& snapshot);
    void clearValues();
    void elideStatement();
    static void setAttention(QLabel* label, bool on);

    QString m_applicationName;
    bool m_watching = false;
    core::MigrationWatchSnapshot m_snapshot;
    QString m_statementText;

    QLabel* m_status;
    QFormLayout* m_form;
    QLabel* m_statement;
    QLabel* m_state;
    QLabel* m_lock;
    QWidget* m_progressRow;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_queueCount;
    models::MigrationWatchModel* m_model;
    QTableView* m_queueView;
};

} // namespace migdesk::ui
