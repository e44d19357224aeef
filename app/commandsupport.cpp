// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "commandline.h"

#include "connection/passwordstore.h"
#include "connection/pgconnection.h"
#include "connection/profilestore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSettings>

namespace migdesk::app {

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

void fail(const QString& sentence)
{
    print(stderr, QStringLiteral("migdesk: ") + sentence + QLatin1Char('\n'));
}

std::optional<Target> resolveTarget(const QCommandLineParser& parser, QString* error)
{
    Target target;
    if (parser.isSet(QStringLiteral("profile")) && parser.isSet(QStringLiteral("dsn"))) {
        *error = CommandLine::tr("Give either --profile or --dsn, not both.");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("dsn"))) {
        auto info = core::ConnInfo::parse(parser.value(QStringLiteral("dsn")), error);
        if (!info) {
            *error =
                CommandLine::tr("The --dsn value is not a valid connection string: %1").arg(*error);
            return std::nullopt;
        }
        target.info = *info;
        return target;
    }
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = parser.value(QStringLiteral("profile"));
        QSettings settings;
        const auto profile = core::ProfileStore(settings).find(name);
        if (!profile) {
            *error = CommandLine::tr("There is no connection profile named '%1'. Create it in the "
                                     "console (File > Connect).")
                         .arg(name);
            return std::nullopt;
        }
        target.profile = *profile;
        auto info = profile->connInfo(error);
        if (!info)
            return std::nullopt;
        target.info = *info;
        // The keychain answers asynchronously; a local loop is fine here: no GUI to freeze.
        core::PasswordStore passwords;
        QEventLoop loop;
        QObject context;
        passwords.read(name, &context,
                       [&](std::optional<QString> password, const core::PasswordStore::Outcome&) {
                           target.password = password;
                           loop.quit();
                       });
        loop.exec();
    }
    return target;
}

void addConnectionOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("profile"),
                      CommandLine::tr("Connect with the saved profile NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dsn"),
                      CommandLine::tr("Connect with a libpq URI or conninfo string."),
                      QStringLiteral("DSN")});
    parser.addOption({QStringLiteral("json"), CommandLine::tr("Print machine-readable JSON.")});
}

void printJson(const QJsonObject& json)
{
    print(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

std::optional<int> parseOptions(QCommandLineParser& parser, const QStringList& arguments,
                                const QString& command)
{
    addConnectionOptions(parser);
    parser.addPositionalArgument(command, CommandLine::tr("The command."));
    if (!parser.parse(arguments)) {
        fail(parser.errorText());
        return BadUsage;
    }
    return std::nullopt;
}

std::optional<int> connectTarget(const QCommandLineParser& parser, core::PgConnection& connection,
                                 Target* resolved)
{
    QString error;
    const auto target = resolveTarget(parser, &error);
    if (!target) {
        fail(error);
        return BadUsage;
    }
    if (resolved)
        *resolved = *target;
    if (auto failed =
            connection.open(target->info, target->password, core::SessionPolicy::inspection())) {
        fail(failed->sentence());
        return CannotConnect;
    }
    return std::nullopt;
}

int failedStep(const core::DbError& error)
{
    fail(error.sentence());
    return error.isConnectionProblem() ? CannotConnect : StepFailed;
}

} // namespace migdesk::app
