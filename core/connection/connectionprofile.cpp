// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionprofile.h"

namespace migdesk::core {

QString environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Production:
        return QStringLiteral("production");
    }
    return {};
}

std::optional<Environment> environmentFromKey(const QString& key)
{
    for (Environment e : {Environment::Development, Environment::Staging, Environment::Production})
        if (environmentKey(e) == key.trimmed().toLower())
            return e;
    return std::nullopt;
}

QString environmentLabel(Environment environment)
{
    switch (environment) {
    case Environment::Development:
        return ConnectionProfile::tr("Development");
    case Environment::Staging:
        return ConnectionProfile::tr("Staging");
    case Environment::Production:
        return ConnectionProfile::tr("Production");
    }
    return {};
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("The profile needs a name.");
    if (port < 0 || port > 65535)
        problems << tr("The port must be between 1 and 65535.");
    if (!sslMode.isEmpty() && !sslModes().contains(sslMode))
        problems << tr("'%1' is not an SSL mode; use one of %2.")
                        .arg(sslMode, sslModes().join(QStringLiteral(", ")));
    if (host.contains(QLatin1Char(' ')))
        problems << tr("The host name cannot contain spaces.");
    QString error;
    const auto parsed = ConnInfo::parse(dsn, &error);
    if (!parsed)
        problems << tr("The connection string is not valid: %1").arg(error);
    else if (parsed->contains(QStringLiteral("password")))
        problems << tr("The connection string contains a password. Remove it and enter the "
                       "password in the password field, which keeps it in the system keychain.");
    return problems;
}

std::optional<ConnInfo> ConnectionProfile::connInfo(QString* error) const
{
    auto info = ConnInfo::parse(dsn, error);
    if (!info)
        return std::nullopt;
    if (!host.trimmed().isEmpty())
        info->set(QStringLiteral("host"), host.trimmed());
    if (port > 0)
        info->set(QStringLiteral("port"), QString::number(port));
    if (!database.trimmed().isEmpty())
        info->set(QStringLiteral("dbname"), database.trimmed());
    if (!user.trimmed().isEmpty())
        info->set(QStringLiteral("user"), user.trimmed());
    if (!sslMode.isEmpty())
        info->set(QStringLiteral("sslmode"), sslMode);
    return info;
}

} // namespace migdesk::core
