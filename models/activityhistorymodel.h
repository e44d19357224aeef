// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"

#include <QAbstractTableModel>

#include <deque>

namespace migdesk::models {

// The monitor's recent past for the time-series chart: one row per refresh, oldest first,
// kept for a window of minutes. Column Time is milliseconds since the epoch (for
// QDateTimeAxis); the others are session counts.
class ActivityHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Active, IdleInTransaction, Idle, WaitingOnLock, ColumnCount };

    explicit ActivityHistoryModel(QObject* parent = nullptr);

    void append(const core::ActivitySnapshot& snapshot);
    void clear();
    void setWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    int windowSeconds() const { return m_windowSeconds; }
    int maximumCount() const; // the largest count in the window, for the axis

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Sample
    {
        qint64 msecs = 0;
        int counts[ColumnCount - 1] = {};
    };
    std::deque<Sample> m_samples;
    int m_windowSeconds = 600;
};

} // namespace migdesk::models
