// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "history/timelinereader.h"
#include "pane.h"
#include "rundetaildialog.h"

#include <QPointer>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace migdesk::models {
class SchemaDiffModel;
class TimelineFilterModel;
class TimelineModel;
} // namespace migdesk::models

namespace migdesk::core {
class HistoryStoreThread;
}

namespace migdesk::ui {

class HistoryChart;
class TableGrowthChart;

// What was run, when, by whom and how it went: the timeline of this machine's recorded runs
// merged with what the connected database says (runs mirrored by migdesk elsewhere,
// django_migrations, the SQL-folder history), with filters, a per-day chart and each run's
// detail and report; any two schema snapshots of the database compared; the growth of its
// largest tables. The store is read on its own thread and the database on the pane's session,
// so the local history shows even when the database cannot be reached. Refreshed on demand
// and whenever the pane is shown, so a run that ended meanwhile is there.
class HistoryPane : public Pane
{
    Q_OBJECT
public:
    static constexpr int kMaxRuns = 2000; // the newest runs the timeline holds

    explicit HistoryPane(QWidget* parent = nullptr);
    ~HistoryPane() override;

    // HistoryStore::defaultPath() unless a test says otherwise; reloads.
    void setStorePath(const QString& path);
    void refresh() override;

    models::TimelineModel* model() const { return m_model; }
    models::TimelineFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    HistoryChart* chart() const { return m_chart; }
    TableGrowthChart* growthChart() const { return m_growth; }
    models::SchemaDiffModel* compareModel() const { return m_compare; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* snapshotBefore() const { return m_before; }
    QComboBox* snapshotAfter() const { return m_after; }
    const std::vector<core::HistoryStore::SnapshotInfo>& snapshots() const { return m_snapshots; }
    RunDetailDialog* runDetail() const { return m_detail; }

    // Opens the detail of the timeline row (of the filter model); the dialog appears when its
    // contents have been read.
    void openRow(int row);
    void compareSnapshots();
    void showGrowth();
    // The runs the filters show (migdesk's own and mirrored), as one report; reportWritten
    // says how it went.
    void exportShown(const QString& path, ReportExport::Format format);

signals:
    void runDetailOpened(migdesk::ui::RunDetailDialog* dialog);
    void compared();
    void growthShown();
    void reportWritten(bool ok, const QString& sentence);

protected:
    void showEvent(QShowEvent* event) override;
    void targetChanged() override;
    void showError(const QString& sentence) override;

private:
    struct LocalHistory
    {
        std::vector<core::RunRecord> runs;
        std::vector<core::HistoryStore::SnapshotInfo> snapshots;
        QString problem; // why the runs could not be read
    };

    QWidget* createTimelineTab();
    QWidget* createSnapshotsTab();
    QWidget* createGrowthTab();
    QString storeServer() const;
    QString storeDatabase() const;
    void mergeWhenComplete();
    void updateChoices();
    void updateSnapshotChoices();
    void showStatus();
    void openDetail(const RunDetailDialog::Contents& contents);
    void chooseRangeExport(ReportExport::Format format);

    QString m_storePath;
    core::HistoryStoreThread* m_store;
    quint64 m_generation = 0;
    bool m_localDone = false;
    bool m_remoteDone = false;
    LocalHistory m_local;
    core::TimelineReader::Sources m_remote;
    QStringList m_problems;
    std::vector<core::HistoryStore::SnapshotInfo> m_snapshots;
    QPointer<RunDetailDialog> m_detail;

    models::TimelineModel* m_model;
    models::TimelineFilterModel* m_filter;
    models::SchemaDiffModel* m_compare;
    QTabWidget* m_tabs;
    QTableView* m_view;
    HistoryChart* m_chart;
    QComboBox* m_environment;
    QComboBox* m_profile;
    QComboBox* m_app;
    QComboBox* m_kind;
    QComboBox* m_outcome;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_search;
    QLabel* m_status;
    QComboBox* m_before;
    QComboBox* m_after;
    QLabel* m_compareNote;
    TableGrowthChart* m_growth;
    QComboBox* m_growthRange;
    QSpinBox* m_growthTop;
    QLabel* m_growthNote;
};

} // namespace migdesk::ui
