// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QChartView>

#include <vector>

class QDateTimeAxis;
class QValueAxis;

namespace migdesk::ui {

// How the largest tables grew: one line per table over the hourly size samples the tables pane
// stores, for the top N tables by their latest size, in the unit where the largest is at least
// 1 (kB, MB, GB, TB).
class TableGrowthChart : public QChartView
{
    Q_OBJECT
public:
    explicit TableGrowthChart(QWidget* parent = nullptr);

    void setSamples(std::vector<core::HistoryStore::TableSizeSample> samples);
    void setTopCount(int count);
    int topCount() const { return m_topCount; }
    // "schema.table" of the lines drawn, largest first.
    QStringList tables() const { return m_tables; }
    QString unitName() const { return m_unitName; }

private:
    void rebuild();

    std::vector<core::HistoryStore::TableSizeSample> m_samples;
    int m_topCount = 8;
    QStringList m_tables;
    QString m_unitName;
    QDateTimeAxis* m_time;
    QValueAxis* m_size;
};

} // namespace migdesk::ui
