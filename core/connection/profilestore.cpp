// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/profilestore.h"

namespace migdesk::core {

namespace {
const QString kArray = QStringLiteral("profiles");
}

std::vector<ConnectionProfile> ProfileStore::load() const
{
    std::vector<ConnectionProfile> profiles;
    const int count = m_settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.environment =
            environmentFromKey(m_settings.value(QStringLiteral("environment")).toString())
                .value_or(Environment::Production); // unknown: assume the worst
        p.dsn = m_settings.value(QStringLiteral("dsn")).toString();
        p.host = m_settings.value(QStringLiteral("host")).toString();
        p.port = m_settings.value(QStringLiteral("port"), 0).toInt();
        p.database = m_settings.value(QStringLiteral("database")).toString();
        p.user = m_settings.value(QStringLiteral("user")).toString();
        p.sslMode = m_settings.value(QStringLiteral("sslmode")).toString();
        if (!p.name.isEmpty())
            profiles.push_back(p);
    }
    m_settings.endArray();
    return profiles;
}

void ProfileStore::save(const std::vector<ConnectionProfile>& profiles)
{
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < int(profiles.size()); ++i) {
        const ConnectionProfile& p = profiles[std::size_t(i)];
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("environment"), environmentKey(p.environment));
        m_settings.setValue(QStringLiteral("dsn"), p.dsn);
        m_settings.setValue(QStringLiteral("host"), p.host);
        m_settings.setValue(QStringLiteral("port"), p.port);
        m_settings.setValue(QStringLiteral("database"), p.database);
        m_settings.setValue(QStringLiteral("user"), p.user);
        m_settings.setValue(QStringLiteral("sslmode"), p.sslMode);
    }
    m_settings.endArray();
    m_settings.sync();
}

std::optional<ConnectionProfile> ProfileStore::find(const QString& name) const
{
    for (const ConnectionProfile& p : load())
        if (p.name == name)
            return p;
    return std::nullopt;
}

} // namespace migdesk::core
