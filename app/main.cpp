// SPDX-License-Identifier: GPL-3.0-or-later
// Composes migdesk: the console (QApplication) or a command (QCoreApplication, no display).
#include "cluster/demodatabase.h"
#include "cluster/demoserver.h"
#include "commandline.h"
#include "common/releasedthreads.h"
#include "connection/passwordstore.h"
#include "connection/profilestore.h"
#include "mainwindow.h"
#include "migrationspane.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <memory>

#include <sys/stat.h>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("migdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("migdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIGDESK_VERSION));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Gives the threads the window released (sessions and history stores do not wait for theirs) a
// few seconds to end before the application object goes; one stuck in a connect to a server that
// does not answer ends with the process.
class ReleasedThreadsJoin
{
public:
    ReleasedThreadsJoin() = default;
    ~ReleasedThreadsJoin() { migdesk::core::ReleasedThreads::waitForAll(5'000); }
    Q_DISABLE_COPY_MOVE(ReleasedThreadsJoin)
};

} // namespace

int main(int argc, char** argv)
{
    using namespace migdesk;
    // Backups, run logs, reports and the history hold production data and live on shared
    // bastion hosts: everything migdesk and its children (pg_dump, pg_restore) create is its
    // owner's alone, files 0600 and folders 0700. An existing folder keeps its mode.
    ::umask(S_IRWXG | S_IRWXO);
    const QStringList arguments = argumentsOf(argc, argv);
    setIdentity();
    // Debug output is for developers, who turn it on with QT_LOGGING_RULES; a command's stderr
    // carries only its one-line error.
    QLoggingCategory::setFilterRules(QStringLiteral("migdesk.*.debug=false"));
    if (app::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication application(argc, argv);
        app::installTranslations(application, arguments);
        return app::CommandLine().run(arguments);
    }

    QApplication application(argc, argv);
    app::installTranslations(application, arguments);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/migdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("migdesk"));

    QCommandLineParser parser;
    parser.addOption({QStringLiteral("demo"), QStringLiteral("demo")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("lang"), QStringLiteral("LANG")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "migdesk: %s\n%s", qPrintable(parser.errorText()),
                     qPrintable(app::CommandLine::helpText()));
        return app::BadUsage;
    }

    QSettings settings;
    core::PasswordStore passwords;
    const ReleasedThreadsJoin joinThreads; // declared before the window: goes after it
    ui::MainWindow window(settings, passwords);
    std::unique_ptr<core::DemoServer> demo;
    if (parser.isSet(QStringLiteral("demo"))) {
        demo = std::make_unique<core::DemoServer>();
        window.showStartupMessage(
            QCoreApplication::translate("main", "Starting the demo database (initdb and about a "
                                                "million generated rows)…"));
        QObject::connect(
            demo.get(), &core::DemoServer::ready, &window,
            [&window](const core::ConnInfo& info, const QString& howToJoin) {
                std::fprintf(stdout, "%s\n", qPrintable(howToJoin));
                std::fflush(stdout);
                core::ConnectionProfile profile;
                profile.name = QCoreApplication::translate("main", "Demo (throwaway)");
                profile.environment = core::Environment::Development;
                // The demo's own Django project, with Debian's Django for
                // sqlmigrate when it is installed.
                const QString project = core::DemoDatabase::djangoProject();
                if (!project.isEmpty())
                    window.migrationsPane()->setSource(
                        false, project,
                        QFile::exists(QStringLiteral("/usr/lib/python3/dist-packages/django"))
                            ? project + QStringLiteral("/manage.py")
                            : QString());
                window.activate(profile, info, std::nullopt);
            });
        QObject::connect(
            demo.get(), &core::DemoServer::failed, &window, [&window](const QString& sentence) {
                window.showStartupMessage(sentence);
                window.showFailure(QCoreApplication::translate("main", "Demo database"), sentence);
            });
        demo->start();
    } else {
        const QString last = settings.value(QStringLiteral("lastProfile")).toString();
        if (const auto profile = core::ProfileStore(settings).find(last))
            window.connectToProfile(*profile);
        else
            window.openProfiles();
    }
    window.show();
    const int status = QApplication::exec();
    demo.reset(); // stop the demo server before the window and its sessions go
    return status;
}
