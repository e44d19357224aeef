// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/libpqenvironment.h"

namespace migdesk::core {

namespace {

// The libpq keywords a child must see; anything else (sslrootcert, target_session_attrs...) has
// its own variable too, listed here when a profile starts to need it.
const std::pair<const char*, const char*> kLibpqVariables[] = {
    {"host", "PGHOST"},         {"hostaddr", "PGHOSTADDR"},   {"port", "PGPORT"},
    {"dbname", "PGDATABASE"},   {"user", "PGUSER"},           {"sslmode", "PGSSLMODE"},
    {"service", "PGSERVICE"},   {"connect_timeout", "PGCONNECT_TIMEOUT"},
    {"sslcert", "PGSSLCERT"},   {"sslkey", "PGSSLKEY"},       {"sslrootcert", "PGSSLROOTCERT"},
    {"passfile", "PGPASSFILE"}, {"password", "PGPASSWORD"},
};

} // namespace

QProcessEnvironment libpqEnvironment(const ConnInfo& target, const std::optional<QString>& password,
                                     const QString& applicationName, const QString& options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& [keyword, variable] : kLibpqVariables) {
        const QString value = target.value(QLatin1String(keyword));
        if (!value.isEmpty())
            environment.insert(QLatin1String(variable), value);
    }
    if (password)
        environment.insert(QStringLiteral("PGPASSWORD"), *password);
    if (!applicationName.isEmpty())
        environment.insert(QStringLiteral("PGAPPNAME"), applicationName);
    if (!options.isEmpty())
        environment.insert(QStringLiteral("PGOPTIONS"), options);
    return environment;
}

} // namespace migdesk::core
