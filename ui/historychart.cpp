// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include "history/timelineentry.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QTimer>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

namespace migdesk::ui {

namespace {

// A round axis end at or above value: 1, 2, 2.5 or 5 times a power of ten; at least minimum.
double roundUp(double value, double minimum)
{
    if (value <= minimum)
        return minimum;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10.0 * magnitude;
}

} // namespace

HistoryChart::HistoryChart(QAbstractItemModel* timeline, QWidget* parent)
    : QChartView(parent), m_timeline(timeline), m_pending(new QTimer(this)),
      m_runs(new QBarSet(tr("Runs"), this)),
      m_migrations(new QBarSet(tr("Migrations applied"), this)), m_duration(new QLineSeries(this)),
      m_dayAxis(new QBarCategoryAxis(this)), m_countAxis(new QValueAxis(this)),
      m_durationAxis(new QValueAxis(this))
{
    setObjectName(QStringLiteral("historyChart"));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Blue runs, teal migrations, as the tables pane tells parts apart; the line in dark grey.
    m_runs->setColor(QColor(0x42, 0x6f, 0xb5));
    m_migrations->setColor(QColor(0x4d, 0xa6, 0x9b));
    auto* bars = new QBarSeries(this);
    bars->append(m_runs);
    bars->append(m_migrations);
    m_duration->setName(tr("Time spent in runs"));
    m_duration->setColor(QColor(0x45, 0x45, 0x45));
    m_duration->setPointsVisible(true);
    chart->addSeries(bars);
    chart->addSeries(m_duration);
    chart->addAxis(m_dayAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    chart->addAxis(m_durationAxis, Qt::AlignRight);
    bars->attachAxis(m_dayAxis);
    bars->attachAxis(m_countAxis);
    m_duration->attachAxis(m_dayAxis);
    m_duration->attachAxis(m_durationAxis);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_countAxis->setTitleText(tr("count"));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    // A filter change arrives as several row signals: one rebuild after the last of them.
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &HistoryChart::rebuild);
    connect(timeline, &QAbstractItemModel::modelReset, this, &HistoryChart::scheduleUpdate);
    connect(timeline, &QAbstractItemModel::layoutChanged, this, &HistoryChart::scheduleUpdate);
    connect(timeline, &QAbstractItemModel::rowsInserted, this, &HistoryChart::scheduleUpdate);
    connect(timeline, &QAbstractItemModel::rowsRemoved, this, &HistoryChart::scheduleUpdate);
    rebuild();
}

void HistoryChart::scheduleUpdate()
{
    m_pending->start();
}

void HistoryChart::rebuild()
{
    using M = models::TimelineModel;
    std::map<QDate, Day> byDay;
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const QModelIndex index = m_timeline->index(row, 0);
        const QDate date = index.data(M::AtRole).toDateTime().toLocalTime().date();
        if (!date.isValid())
            continue;
        Day& day = byDay[date];
        day.date = date;
        if (index.data(M::KindRole).toString() == QLatin1String("migration")) {
            if (index.data(M::OutcomeRole).toString() == QLatin1String("applied"))
                ++day.migrations;
        } else {
            ++day.runs;
            day.seconds += index.data(M::SecondsRole).toDouble();
        }
    }
    m_days.clear();
    if (!byDay.empty()) {
        const QDate last = byDay.rbegin()->first;
        const QDate first = std::max(byDay.begin()->first, last.addDays(1 - kMaxDays));
        for (QDate date = first; date <= last; date = date.addDays(1)) {
            const auto found = byDay.find(date);
            m_days.push_back(found != byDay.end() ? found->second : Day{date, 0, 0, 0});
        }
    }

    int most = 0;
    double longest = 0;
    for (const Day& day : m_days) {
        most = std::max({most, day.runs, day.migrations});
        longest = std::max(longest, day.seconds);
    }
    const bool minutes = longest >= 120;
    const double unit = minutes ? 60.0 : 1.0;
    // Beyond two weeks "17 Nov" no longer fits under a bar: the day alone, the range below.
    const bool compact = m_days.size() > 14;
    m_dayAxis->setTitleText(
        compact ? tr("%1 to %2")
                      .arg(QLocale().toString(m_days.front().date, QStringLiteral("d MMM yyyy")),
                           QLocale().toString(m_days.back().date, QStringLiteral("d MMM yyyy")))
                : QString());
    QStringList labels;
    m_runs->remove(0, m_runs->count());
    m_migrations->remove(0, m_migrations->count());
    QList<QPointF> points;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        const Day& day = m_days[i];
        labels << QLocale().toString(day.date,
                                     compact ? QStringLiteral("d") : QStringLiteral("d MMM"));
        m_runs->append(day.runs);
        m_migrations->append(day.migrations);
        points << QPointF(double(i), day.seconds / unit);
    }
    m_dayAxis->setCategories(labels);
    m_duration->replace(points);
    const double countEnd = roundUp(most, 4);
    m_countAxis->setRange(0, countEnd);
    m_countAxis->setTickCount(countEnd <= 10 ? int(countEnd) + 1 : 6);
    m_durationAxis->setRange(0, roundUp(longest / unit, 1));
    m_durationAxis->setTickCount(m_countAxis->tickCount());
    m_durationAxis->setLabelFormat(longest / unit < 10 ? QStringLiteral("%.1f")
                                                       : QStringLiteral("%.0f"));
    m_durationAxis->setTitleText(minutes ? tr("minutes") : tr("seconds"));
    chart()->setTitle(m_days.empty() ? tr("No runs or migrations in the shown range")
                                     : tr("Runs and applied migrations per day"));
}

} // namespace migdesk::ui
