// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefiltermodel.h"

#include "timelinemodel.h"

#include <QDateTime>

namespace migdesk::models {

TimelineFilterModel::TimelineFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineModel::SortRole);
    setFilterRole(TimelineModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void TimelineFilterModel::setKey(QString& key, const QString& value)
{
    if (key == value)
        return;
    key = value;
    invalidateRowsFilter();
}

void TimelineFilterModel::setEnvironment(const QString& environment)
{
    setKey(m_environment, environment);
}

void TimelineFilterModel::setProfile(const QString& profile)
{
    setKey(m_profile, profile);
}

void TimelineFilterModel::setApp(const QString& app)
{
    setKey(m_app, app);
}

void TimelineFilterModel::setKind(const QString& kind)
{
    setKey(m_kind, kind);
}

void TimelineFilterModel::setOutcome(const QString& outcome)
{
    setKey(m_outcome, outcome);
}

void TimelineFilterModel::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&index](const QString& wanted, int role) {
        return wanted.isEmpty() || index.data(role).toString() == wanted;
    };
    if (!matches(m_environment, TimelineModel::EnvironmentRole) ||
        !matches(m_profile, TimelineModel::ProfileRole) ||
        !matches(m_app, TimelineModel::AppRole) || !matches(m_kind, TimelineModel::KindRole) ||
        !matches(m_outcome, TimelineModel::OutcomeRole))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate day = index.data(TimelineModel::AtRole).toDateTime().toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace migdesk::models
