// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesizechart.h"

#include "models/toptablesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace migdesk::ui {

TableSizeChart::TableSizeChart(models::TopTablesModel* model, QWidget* parent)
    : QChartView(parent), m_model(model), m_series(new QHorizontalStackedBarSeries(this)),
      m_categories(new QBarCategoryAxis(this)), m_values(new QValueAxis(this))
{
    setObjectName(QStringLiteral("tableSizeChart"));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    // Colours that tell the three parts apart, not alarm: blue heap, teal indexes, grey TOAST.
    const QList<QColor> colours{QColor(0x42, 0x6f, 0xb5), QColor(0x4d, 0xa6, 0x9b),
                                QColor(0xa0, 0xa0, 0xa0)};
    for (int column = 0; column < models::TopTablesModel::ColumnCount; ++column) {
        auto* set = new QBarSet(
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), this);
        set->setColor(colours[column]);
        set->setBorderColor(colours[column].darker(120));
        m_sets << set;
    }
    m_series->append(m_sets);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableSizeChart::modelReset);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (const quint32 oid = m_model->oidAt(m_model->rowCount() - 1 - index))
            emit tableClicked(oid);
    });
    modelReset();
}

QStringList TableSizeChart::categoriesTopDown() const
{
    QStringList names = m_categories->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

void TableSizeChart::modelReset()
{
    QStringList names;
    double largest = 0;
    for (QBarSet* set : std::as_const(m_sets))
        set->remove(0, set->count());
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        names << m_model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
        double total = 0;
        for (int c = 0; c < models::TopTablesModel::ColumnCount; ++c) {
            const double value = m_model->index(row, c).data().toDouble();
            m_sets[c]->append(value);
            total += value;
        }
        largest = std::max(largest, total);
    }
    m_categories->setCategories(names);
    // A round axis end just above the largest bar: 1, 2 or 5 times a power of ten.
    const double magnitude = largest > 0 ? std::pow(10.0, std::floor(std::log10(largest))) : 1.0;
    double end = magnitude;
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        end = step * magnitude;
        if (end >= largest * 1.02)
            break;
    }
    m_values->setRange(0, end);
    m_values->setTickCount(6);
    m_values->setTitleText(m_model->unitName());
    m_values->setLabelFormat(largest < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart()->setTitle(tr("Largest %n table(s)", nullptr, m_model->rowCount()));
}

} // namespace migdesk::ui
