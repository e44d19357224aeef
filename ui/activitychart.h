// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QValueAxis;

namespace migdesk::models {
class ActivityHistoryModel;
}

namespace migdesk::ui {

// Sessions by state and lock waits over the last minutes, one line each, mapped from the
// ActivityHistoryModel.
class ActivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit ActivityChart(models::ActivityHistoryModel* model, QWidget* parent = nullptr);

private:
    void rescale();

    models::ActivityHistoryModel* m_model;
    QDateTimeAxis* m_time;
    QValueAxis* m_count;
};

} // namespace migdesk::ui
