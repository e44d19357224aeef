// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitychart.h"

#include "models/activityhistorymodel.h"
#include "models/sessionactivitymodel.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace migdesk::ui {

ActivityChart::ActivityChart(models::ActivityHistoryModel* model, QWidget* parent)
    : QChartView(parent), m_model(model), m_time(new QDateTimeAxis(this)),
      m_count(new QValueAxis(this))
{
    setObjectName(QStringLiteral("activityChart"));
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_count, Qt::AlignLeft);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_count->setLabelFormat(QStringLiteral("%d"));
    m_count->setTitleText(tr("sessions"));

    using A = models::SessionActivityModel::Attention;
    using H = models::ActivityHistoryModel;
    // Lines in the monitor's attention colours where a state needs attention.
    const struct
    {
        int column;
        QColor colour;
    } lines[] = {
        {H::Active, QColor(0x2e, 0x7d, 0x32)},
        {H::Idle, QColor(0x9e, 0x9e, 0x9e)},
        {H::IdleInTransaction, models::attentionColor(A::IdleInTransaction).darker(170)},
        {H::WaitingOnLock, models::attentionColor(A::WaitingOnLock).darker(200)},
    };
    for (const auto& line : lines) {
        auto* series = new QLineSeries(this);
        series->setName(model->headerData(line.column, Qt::Horizontal, Qt::DisplayRole).toString());
        series->setColor(line.colour);
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_count);
        auto* mapper = new QVXYModelMapper(this);
        mapper->setXColumn(H::Time);
        mapper->setYColumn(line.column);
        mapper->setSeries(series);
        mapper->setModel(model);
    }
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ActivityChart::rescale);
    connect(model, &QAbstractItemModel::modelReset, this, &ActivityChart::rescale);
    rescale();
}

void ActivityChart::rescale()
{
    const QDateTime now = m_model->rowCount() > 0
                              ? QDateTime::fromMSecsSinceEpoch(qint64(
                                    m_model->index(m_model->rowCount() - 1, 0).data().toDouble()))
                              : QDateTime::currentDateTime();
    m_time->setRange(now.addSecs(-m_model->windowSeconds()), now);
    m_count->setRange(0, std::max(4, m_model->maximumCount() + 1));
}

} // namespace migdesk::ui
