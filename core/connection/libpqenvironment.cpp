// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/libpqenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <map>
#include <mutex>

namespace migdesk::core {

namespace {

// libpq reads sslpassword from no environment variable, and on a command line `ps` would show
// it: a child gets it from a service file of its own (section [migdesk], 0600, in a 0700 folder
// that goes when the process ends). One file per distinct value, written once.
QString serviceFileWith(const QString& sslPassword)
{
    static std::mutex mutex;
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/migdesk-libpq-XXXXXX"));
    static std::map<QString, QString> files;
    const std::lock_guard lock(mutex);
    if (const auto found = files.find(sslPassword); found != files.end())
        return found->second;
    if (!folder.isValid() || sslPassword.contains(QLatin1Char('\n')))
        return {};
    const QString path = folder.filePath(QStringLiteral("service-%1.conf").arg(files.size()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write("[migdesk]\nsslpassword=" + sslPassword.toUtf8() + '\n') < 0)
        return {};
    files.emplace(sslPassword, path);
    return path;
}

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
    // A target that names a service of its own keeps it; its sslpassword then comes from there.
    const QString sslPassword = target.value(QStringLiteral("sslpassword"));
    if (!sslPassword.isEmpty() && !target.contains(QStringLiteral("service"))) {
        const QString serviceFile = serviceFileWith(sslPassword);
        if (!serviceFile.isEmpty()) {
            environment.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);
            environment.insert(QStringLiteral("PGSERVICE"), QStringLiteral("migdesk"));
        }
    }
    if (!applicationName.isEmpty())
        environment.insert(QStringLiteral("PGAPPNAME"), applicationName);
    if (!options.isEmpty())
        environment.insert(QStringLiteral("PGOPTIONS"), options);
    return environment;
}

} // namespace migdesk::core
