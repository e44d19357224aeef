// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace migdesk::models {
class TopTablesModel;
}

namespace migdesk::ui {

// The largest tables as horizontal stacked bars (heap, indexes, TOAST), largest at the top, in
// the unit the model chose. Fed from TopTablesModel, itself over the table view's model; the
// bar sets are filled on each reset in reverse row order, since a horizontal bar chart draws
// its first category at the bottom (and Qt 6.4's category axis ignores setReverse()).
class TableSizeChart : public QChartView
{
    Q_OBJECT
public:
    explicit TableSizeChart(models::TopTablesModel* model, QWidget* parent = nullptr);

    QHorizontalStackedBarSeries* series() const { return m_series; }
    QStringList categoriesTopDown() const;

signals:
    void tableClicked(quint32 oid);

private:
    void modelReset();

    models::TopTablesModel* m_model;
    QHorizontalStackedBarSeries* m_series;
    QList<QBarSet*> m_sets; // heap, indexes, TOAST
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
};

} // namespace migdesk::ui
