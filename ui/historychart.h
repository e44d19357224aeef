// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QDate>

#include <vector>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace migdesk::ui {

// Runs and applied migrations per day as bars, and the time the runs took that day as a line
// on the right-hand axis (seconds or minutes, whichever reads better). Fed from the timeline's
// filter model, the same one the table shows, so the chart follows every filter; at most the
// newest kMaxDays days of what is shown are drawn.
class HistoryChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int kMaxDays = 31;

    struct Day
    {
        QDate date; // local
        int runs = 0;
        int migrations = 0;
        double seconds = 0;
    };

    explicit HistoryChart(QAbstractItemModel* timeline, QWidget* parent = nullptr);

    const std::vector<Day>& days() const { return m_days; }

private:
    void scheduleUpdate();
    void rebuild();

    QAbstractItemModel* m_timeline;
    QTimer* m_pending;
    std::vector<Day> m_days;
    QBarSet* m_runs;
    QBarSet* m_migrations;
    QLineSeries* m_duration;
    QBarCategoryAxis* m_dayAxis;
    QValueAxis* m_countAxis;
    QValueAxis* m_durationAxis;
};

} // namespace migdesk::ui
