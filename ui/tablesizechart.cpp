// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablesizechart.h"

#include "models/toptablesmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <QVBarModelMapper>

#include <algorithm>

namespace migdesk::ui {

TableSizeChart::TableSizeChart(models::TopTablesModel* model, QWidget* parent)
    : QChartView(parent), m_model(model), m_series(new QHorizontalStackedBarSeries(this)),
      m_mapper(new QVBarModelMapper(this)), m_categories(new QBarCategoryAxis(this)),
      m_values(new QValueAxis(this))
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
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    m_categories->setReverse(true);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    m_mapper->setFirstBarSetColumn(models::TopTablesModel::Heap);
    m_mapper->setLastBarSetColumn(models::TopTablesModel::Toast);
    m_mapper->setSeries(m_series);
    m_mapper->setModel(m_model);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableSizeChart::modelReset);
    // Colours that tell the three parts apart, not alarm: blue heap, teal indexes, grey TOAST.
    const QList<QColor> colours{QColor(0x42, 0x6f, 0xb5), QColor(0x4d, 0xa6, 0x9b),
                                QColor(0xa0, 0xa0, 0xa0)};
    connect(m_series, &QAbstractBarSeries::barsetsAdded, this, [this, colours] {
        const auto sets = m_series->barSets();
        for (int i = 0; i < sets.size() && i < colours.size(); ++i) {
            sets[i]->setColor(colours[i]);
            sets[i]->setBorderColor(colours[i].darker(120));
        }
    });
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (const quint32 oid = m_model->oidAt(index))
            emit tableClicked(oid);
    });
    modelReset();
}

QStringList TableSizeChart::categories() const
{
    return m_categories->categories();
}

void TableSizeChart::modelReset()
{
    QStringList names;
    double largest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        names << m_model->headerData(row, Qt::Vertical, Qt::DisplayRole).toString();
        double total = 0;
        for (int c = 0; c < models::TopTablesModel::ColumnCount; ++c)
            total += m_model->index(row, c).data().toDouble();
        largest = std::max(largest, total);
    }
    m_categories->setCategories(names);
    m_values->setRange(0, largest > 0 ? largest * 1.05 : 1.0);
    m_values->applyNiceNumbers();
    m_values->setTitleText(m_model->unitName());
    m_values->setLabelFormat(largest < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    chart()->setTitle(tr("Largest %n table(s)", nullptr, m_model->rowCount()));
}

} // namespace migdesk::ui
