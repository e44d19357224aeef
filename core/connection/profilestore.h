// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QSettings>

#include <vector>

namespace migdesk::core {

// Reads and writes connection profiles in QSettings under "profiles". Passwords are never
// written: a profile's settings group holds only what ConnectionProfile holds.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings) : m_settings(settings) {}

    std::vector<ConnectionProfile> load() const;
    void save(const std::vector<ConnectionProfile>& profiles);
    std::optional<ConnectionProfile> find(const QString& name) const;

private:
    QSettings& m_settings;
};

} // namespace migdesk::core
