// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/libpqenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include <map>
#include <mutex>

namespace migdesk::core {

namespace {

// libpq's own table of which variable stands for which keyword, read once.
const std::map<QString, QString>& libpqVariables()
{
    static const std::map<QString, QString> variables = [] {
        std::map<QString, QString> map;
        // Parsing an empty conninfo lists every keyword without reading the environment or a
        // service file (PQconndefaults would, and fails when PGSERVICE names none).
        PQconninfoOption* keywords = PQconninfoParse("", nullptr);
        for (const PQconninfoOption* option = keywords; option && option->keyword; ++option) {
            if (option->envvar)
                map.emplace(QString::fromLatin1(option->keyword),
                            QString::fromLatin1(option->envvar));
        }
        PQconninfoFree(keywords);
        return map;
    }();
    return variables;
}

// Keywords libpq reads from no variable (sslpassword, which `ps` must not show either) reach a
// child through a service file of its own: section [migdesk], 0600, in a 0700 folder that goes
// when the process ends. One file per distinct content, written once.
QString serviceFileWith(const QByteArray& section)
{
    static std::mutex mutex;
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/migdesk-libpq-XXXXXX"));
    static std::map<QByteArray, QString> files;
    const std::lock_guard lock(mutex);
    if (const auto found = files.find(section); found != files.end())
        return found->second;
    if (!folder.isValid())
        return {};
    const QString path = folder.filePath(QStringLiteral("service-%1.conf").arg(files.size()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write("[migdesk]\n" + section) < 0)
        return {};
    files.emplace(section, path);
    return path;
}

// What of the caller's environment PostgreSQL's programs need: finding programs and files,
// messages and time in the user's language and zone, Kerberos, and the user's libpq defaults.
bool toolNeeds(const QString& variable)
{
    static const QStringList exact{
        QStringLiteral("PATH"),    QStringLiteral("HOME"),   QStringLiteral("USER"),
        QStringLiteral("LOGNAME"), QStringLiteral("LANG"),   QStringLiteral("LANGUAGE"),
        QStringLiteral("TZ"),      QStringLiteral("TMPDIR"), QStringLiteral("PGSYSCONFDIR")};
    return exact.contains(variable) || variable.startsWith(QLatin1String("LC_")) ||
           variable.startsWith(QLatin1String("PG")) || variable.startsWith(QLatin1String("KRB5"));
}

void addTarget(QProcessEnvironment& environment, const ConnInfo& target,
               const std::optional<QString>& password, const QString& applicationName,
               const QString& options)
{
    const bool ownService = target.contains(QStringLiteral("service"));
    QByteArray section;
    for (const auto& [keyword, value] : target.options()) {
        const auto variable = libpqVariables().find(keyword);
        if (variable != libpqVariables().end() && keyword != QLatin1String("password"))
            environment.insert(variable->second, value);
        else if (variable == libpqVariables().end() && !ownService &&
                 !value.contains(QLatin1Char('\n')))
            section += keyword.toUtf8() + '=' + value.toUtf8() + '\n';
    }
    // A target's own service keeps being read; what libpq takes from no variable then comes
    // from that service.
    if (!section.isEmpty()) {
        const QString serviceFile = serviceFileWith(section);
        if (!serviceFile.isEmpty()) {
            environment.insert(QStringLiteral("PGSERVICEFILE"), serviceFile);
            environment.insert(QStringLiteral("PGSERVICE"), QStringLiteral("migdesk"));
        }
    }
    const QString givenPassword = password ? *password : target.value(QStringLiteral("password"));
    if (!givenPassword.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), givenPassword);
    if (!applicationName.isEmpty())
        environment.insert(QStringLiteral("PGAPPNAME"), applicationName);
    // The executor's timeouts come after the target's own options, so they win.
    if (!options.isEmpty()) {
        const QString own = target.value(QStringLiteral("options"));
        environment.insert(QStringLiteral("PGOPTIONS"),
                           own.isEmpty() ? options : own + QLatin1Char(' ') + options);
    }
}

} // namespace

QProcessEnvironment libpqEnvironment(const ConnInfo& target, const std::optional<QString>& password,
                                     const QString& applicationName, const QString& options)
{
    const QProcessEnvironment caller = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment environment;
    for (const QString& variable : caller.keys()) {
        if (toolNeeds(variable))
            environment.insert(variable, caller.value(variable));
    }
    addTarget(environment, target, password, applicationName, options);
    return environment;
}

QProcessEnvironment djangoEnvironment(const ConnInfo& target,
                                      const std::optional<QString>& password,
                                      const QString& applicationName, const QString& options)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : environment.keys()) {
        if (variable.startsWith(QLatin1String("MIGDESK_")))
            environment.remove(variable);
    }
    addTarget(environment, target, password, applicationName, options);
    return environment;
}

} // namespace migdesk::core
