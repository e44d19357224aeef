// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityhistorymodel.h"

#include <algorithm>

namespace migdesk::models {

ActivityHistoryModel::ActivityHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActivityHistoryModel::append(const core::ActivitySnapshot& snapshot)
{
    Sample sample;
    sample.msecs = qint64(snapshot.sampledAtEpoch * 1000.0);
    for (const core::SessionActivity& s : snapshot.sessions) {
        if (s.isWaitingOnLock())
            ++sample.counts[WaitingOnLock - 1];
        else if (s.isIdleInTransaction())
            ++sample.counts[IdleInTransaction - 1];
        else if (s.isActive())
            ++sample.counts[Active - 1];
        else if (s.state == QLatin1String("idle"))
            ++sample.counts[Idle - 1];
    }
    // Rows leave at the front and arrive at the back, so a mapped chart updates incrementally.
    const qint64 oldest = sample.msecs - qint64(m_windowSeconds) * 1000;
    int expired = 0;
    while (expired < int(m_samples.size()) && m_samples[std::size_t(expired)].msecs < oldest)
        ++expired;
    if (expired > 0) {
        beginRemoveRows({}, 0, expired - 1);
        m_samples.erase(m_samples.begin(), m_samples.begin() + expired);
        endRemoveRows();
    }
    const int row = int(m_samples.size());
    beginInsertRows({}, row, row);
    m_samples.push_back(sample);
    endInsertRows();
}

void ActivityHistoryModel::clear()
{
    beginResetModel();
    m_samples.clear();
    endResetModel();
}

int ActivityHistoryModel::maximumCount() const
{
    int most = 0;
    for (const Sample& s : m_samples)
        most = std::max(most, *std::max_element(std::begin(s.counts), std::end(s.counts)));
    return most;
}

int ActivityHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int ActivityHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityHistoryModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Sample& s = m_samples[std::size_t(index.row())];
    if (index.column() == Time)
        return double(s.msecs);
    return s.counts[index.column() - 1];
}

QVariant ActivityHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Active:
        return tr("active");
    case IdleInTransaction:
        return tr("idle in transaction");
    case Idle:
        return tr("idle");
    case WaitingOnLock:
        return tr("waiting on a lock");
    }
    return {};
}

} // namespace migdesk::models
