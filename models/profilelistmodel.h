// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QAbstractListModel>

#include <vector>

namespace migdesk::models {

// The saved connection profiles, each shown with its environment's colour.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { EnvironmentRole = Qt::UserRole, NameRole };

    explicit ProfileListModel(QObject* parent = nullptr);

    void setProfiles(std::vector<core::ConnectionProfile> profiles);
    const std::vector<core::ConnectionProfile>& profiles() const { return m_profiles; }
    const core::ConnectionProfile& profile(int row) const
    {
        return m_profiles.at(std::size_t(row));
    }
    int rowOf(const QString& name) const;

    // Returns the row of the new or replaced profile.
    int upsert(int row, const core::ConnectionProfile& profile);
    void removeProfile(int row);
    // A name not used yet: "prod", "prod (copy)", "prod (copy 2)"...
    QString uniqueName(const QString& base) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<core::ConnectionProfile> m_profiles;
};

// The colour that marks an environment everywhere: production red, staging amber,
// development green.
QColor environmentColor(core::Environment environment);

} // namespace migdesk::models
