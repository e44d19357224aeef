// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

#include <QColor>

namespace migdesk::models {

QColor environmentColor(core::Environment environment)
{
    switch (environment) {
    case core::Environment::Production:
        return QColor(0xc6, 0x28, 0x28);
    case core::Environment::Staging:
        return QColor(0xe6, 0x8a, 0x00);
    case core::Environment::Development:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

ProfileListModel::ProfileListModel(QObject* parent) : QAbstractListModel(parent) {}

void ProfileListModel::setProfiles(std::vector<core::ConnectionProfile> profiles)
{
    beginResetModel();
    m_profiles = std::move(profiles);
    endResetModel();
}

int ProfileListModel::rowOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].name == name)
            return int(i);
    return -1;
}

int ProfileListModel::upsert(int row, const core::ConnectionProfile& profile)
{
    if (row >= 0 && row < rowCount()) {
        m_profiles[std::size_t(row)] = profile;
        emit dataChanged(index(row), index(row));
        return row;
    }
    const int newRow = rowCount();
    beginInsertRows({}, newRow, newRow);
    m_profiles.push_back(profile);
    endInsertRows();
    return newRow;
}

void ProfileListModel::removeProfile(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_profiles.erase(m_profiles.begin() + row);
    endRemoveRows();
}

QString ProfileListModel::uniqueName(const QString& base) const
{
    if (rowOf(base) < 0)
        return base;
    QString candidate = tr("%1 (copy)").arg(base);
    for (int n = 2; rowOf(candidate) >= 0; ++n)
        candidate = tr("%1 (copy %2)").arg(base).arg(n);
    return candidate;
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ConnectionProfile& p = m_profiles[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  [%2]").arg(p.name, core::environmentLabel(p.environment));
    case NameRole:
        return p.name;
    case EnvironmentRole:
        return int(p.environment);
    case Qt::DecorationRole:
        return environmentColor(p.environment);
    }
    return {};
}

} // namespace migdesk::models
