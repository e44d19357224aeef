// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"
#include "connection/sessioncontrol.h"
#include "pane.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTreeView;

namespace migdesk::models {
class ActivityHistoryModel;
class BlockingTreeModel;
class LockWaitModel;
class SessionActivityModel;
} // namespace migdesk::models

namespace migdesk::ui {

class ActivityChart;

// What is running, what is waiting, and who blocks whom: sessions, the blocking tree, the
// ungranted locks and their recent history, refreshed every 2 s (adjustable, pausable) with two
// catalog queries. Cancel and terminate go through a confirmation and a connection of their own.
class ActivityPane : public Pane
{
    Q_OBJECT
public:
    explicit ActivityPane(QWidget* parent = nullptr);
    ~ActivityPane() override;

    void refresh() override;
    void setRefreshIntervalSeconds(int seconds);
    void setLongThresholdSeconds(int seconds);

    const core::ActivitySnapshot& snapshot() const { return m_snapshot; }
    models::SessionActivityModel* sessionsModel() const { return m_sessions; }
    models::BlockingTreeModel* treeModel() const { return m_tree; }
    QTableView* sessionsView() const { return m_sessionsView; }
    QTreeView* treeView() const { return m_treeView; }
    QPlainTextEdit* queryText() const { return m_query; }
    int selectedPid() const;
    void selectPid(int pid);
    // How long the last refresh kept the GUI thread busy, in milliseconds (benchmarks).
    double lastGuiUpdateMs() const { return m_lastGuiUpdateMs; }

    // Starts the confirmation for the selected session; the outcome is shown and recorded in
    // the run history as a "cancel" or "terminate" run.
    void requestAction(core::SessionControl::Action action);

signals:
    // Once the outcome is shown and its run recorded (or why it was not, in sentence).
    void actionFinished(bool ok, const QString& sentence);

protected:
    void targetChanged() override;
    void showError(const QString& sentence) override;

private:
    void showSnapshot(const core::ActivitySnapshot& snapshot);
    void sessionSelected();
    void treeSelected();
    void updateButtons();

    core::ActivitySnapshot m_snapshot;
    double m_lastGuiUpdateMs = 0;
    models::SessionActivityModel* m_sessions;
    QSortFilterProxyModel* m_sessionsFilter;
    models::BlockingTreeModel* m_tree;
    models::LockWaitModel* m_lockWaits;
    models::ActivityHistoryModel* m_history;
    QTableView* m_sessionsView;
    QTreeView* m_treeView;
    QTableView* m_locksView;
    QPlainTextEdit* m_query;
    ActivityChart* m_chart;
    QCheckBox* m_autoRefreshBox;
    QSpinBox* m_interval;
    QSpinBox* m_longThreshold;
    QLineEdit* m_search;
    QPushButton* m_cancel;
    QPushButton* m_terminate;
    QLabel* m_status;
};

} // namespace migdesk::ui
