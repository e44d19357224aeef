// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pane.h"

#include <QElapsedTimer>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace migdesk::core {
struct TableInventory;
}

namespace migdesk::models {
class TableFilterModel;
class TableSizeModel;
class TopTablesModel;
} // namespace migdesk::models

namespace migdesk::core {
class HistoryStoreThread;
}

namespace migdesk::ui {

class TableSizeChart;

// Where the data is: every table with total, heap, index and TOAST sizes, rows, activity, dead
// rows and vacuum times; partitions under their partitioned table; a chart of the largest N.
// The list comes first, in one catalog round trip with the catalog's size estimates (marked
// "≈"); the exact sizes follow in a few batches, largest tables first, updating the rows, the
// sort order and the chart as they come. Refreshed on demand (F5), since sizes move slowly.
// The sizes of the top-level tables go into the history at most once an hour per database, for
// the history pane's growth chart, once all are exact.
class TablesPane : public Pane
{
    Q_OBJECT
public:
    explicit TablesPane(QWidget* parent = nullptr);
    ~TablesPane() override;

    void refresh() override;

    models::TableSizeModel* model() const { return m_model; }
    models::TopTablesModel* topModel() const { return m_top; }
    TableSizeChart* chart() const { return m_chart; }
    QTreeView* view() const { return m_view; }
    void selectTable(quint32 oid);
    quint32 selectedOid() const;

    QString selectedRowsAsText() const; // tab-separated with a header line, for the clipboard
    bool exportTo(const QString& path, QString* error) const; // .csv or .json by extension

signals:
    // The list is on screen with estimated sizes; refreshed() follows once all are exact.
    void listShown();

protected:
    void targetChanged() override;
    void showError(const QString& sentence) override;

private:
    void copySelection();
    void chooseExportFile();
    void updateSummary();
    void updateSchemas();
    void recordSizes(const core::TableInventory& inventory);
    // Reads the exact sizes of `waiting` a batch at a time, chaining the requests.
    void measureSizes(std::vector<quint32> waiting, std::size_t measured, QElapsedTimer clock);

    core::HistoryStoreThread* m_history;
    models::TableSizeModel* m_model;
    models::TableFilterModel* m_filter;
    models::TopTablesModel* m_top;
    TableSizeChart* m_chart;
    QTreeView* m_view;
    QComboBox* m_schema;
    QLineEdit* m_search;
    QSpinBox* m_topCount;
    QLabel* m_summary;
    QLabel* m_status;
};

} // namespace migdesk::ui
