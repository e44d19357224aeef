// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QValueAxis;
class QVBarModelMapper;

namespace migdesk::models {
class TopTablesModel;
}

namespace migdesk::ui {

// The largest tables as horizontal stacked bars (heap, indexes, TOAST), largest at the top, in
// the unit the model chose. Fed by a model mapper over the same data as the table view.
class TableSizeChart : public QChartView
{
    Q_OBJECT
public:
    explicit TableSizeChart(models::TopTablesModel* model, QWidget* parent = nullptr);

    QHorizontalStackedBarSeries* series() const { return m_series; }
    QStringList categories() const;

signals:
    void tableClicked(quint32 oid);

private:
    void modelReset();

    models::TopTablesModel* m_model;
    QHorizontalStackedBarSeries* m_series;
    QVBarModelMapper* m_mapper;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
};

} // namespace migdesk::ui
