// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablegrowthchart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <map>

namespace migdesk::ui {

TableGrowthChart::TableGrowthChart(QWidget* parent)
    : QChartView(parent), m_time(new QDateTimeAxis(this)), m_size(new QValueAxis(this))
{
    setObjectName(QStringLiteral("tableGrowthChart"));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_size, Qt::AlignLeft);
    m_time->setFormat(QStringLiteral("d MMM HH:mm"));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    rebuild();
}

void TableGrowthChart::setSamples(std::vector<core::HistoryStore::TableSizeSample> samples)
{
    m_samples = std::move(samples);
    rebuild();
}

void TableGrowthChart::setTopCount(int count)
{
    if (count == m_topCount)
        return;
    m_topCount = count;
    rebuild();
}

void TableGrowthChart::rebuild()
{
    chart()->removeAllSeries();
    // Samples come oldest first, so the last one seen per table is its latest size.
    std::map<QString, std::vector<const core::HistoryStore::TableSizeSample*>> byTable;
    for (const auto& sample : m_samples)
        byTable[sample.schema + QLatin1Char('.') + sample.table].push_back(&sample);
    std::vector<std::pair<QString, qint64>> latest;
    for (const auto& [name, samples] : byTable)
        latest.emplace_back(name, samples.back()->totalBytes);
    std::sort(latest.begin(), latest.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    if (latest.size() > std::size_t(m_topCount))
        latest.resize(std::size_t(m_topCount));

    qint64 largest = 0;
    QDateTime first;
    QDateTime last;
    m_tables.clear();
    for (const auto& [name, bytes] : latest) {
        m_tables << name;
        for (const auto* sample : byTable[name]) {
            largest = std::max(largest, sample->totalBytes);
            if (!first.isValid() || sample->takenAt < first)
                first = sample->takenAt;
            if (!last.isValid() || sample->takenAt > last)
                last = sample->takenAt;
        }
    }
    // The unit in which the largest table is at least 1, as pg_size_pretty would say it.
    const QStringList names{tr("kB"), tr("MB"), tr("GB"), tr("TB")};
    double unit = 1024.0;
    m_unitName = names.first();
    for (int i = 1; i < names.size() && double(largest) >= unit * 1024.0; ++i) {
        unit *= 1024.0;
        m_unitName = names.at(i);
    }
    for (const QString& name : std::as_const(m_tables)) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(byTable[name].size() < 50);
        for (const auto* sample : byTable[name])
            series->append(double(sample->takenAt.toMSecsSinceEpoch()),
                           double(sample->totalBytes) / unit);
        chart()->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_size);
    }
    if (first.isValid()) {
        // A single sample still gets a visible span around it.
        m_time->setRange(first.toLocalTime().addSecs(first == last ? -1800 : 0),
                         last.toLocalTime().addSecs(first == last ? 1800 : 0));
        m_time->setFormat(first.daysTo(last) >= 2 ? QStringLiteral("d MMM")
                                                  : QStringLiteral("d MMM HH:mm"));
    }
    const double top = double(largest) / unit;
    m_size->setRange(0, top > 0 ? top * 1.1 : 1.0);
    m_size->setLabelFormat(top < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_size->setTitleText(m_unitName);
    chart()->setTitle(m_tables.isEmpty()
                          ? tr("No table sizes recorded yet: the tables pane stores them at most "
                               "once an hour")
                          : tr("Growth of the %n largest table(s)", nullptr, int(m_tables.size())));
}

} // namespace migdesk::ui
