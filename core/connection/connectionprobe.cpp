// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionprobe.h"

#include "connection/pgconnection.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace migdesk::core {

namespace {

// What the profile dialog reports after "Test connection".
constexpr auto kWhoAmIQuery = R"(
SELECT current_setting('server_version') AS server_version,
       current_database() AS database,
       current_user AS username)";

} // namespace

ProbeResult ConnectionProbe::runNow(const ConnInfo& info, const std::optional<QString>& password)
{
    ProbeResult probe;
    PgConnection connection;
    if (auto error = connection.open(info, password, SessionPolicy::inspection())) {
        probe.error = error;
        return probe;
    }
    const auto facts = connection.exec(QString::fromLatin1(kWhoAmIQuery));
    if (!facts) {
        probe.error = facts.error();
        return probe;
    }
    probe.serverVersion = facts->text(0, QStringLiteral("server_version"));
    probe.database = facts->text(0, QStringLiteral("database"));
    probe.user = facts->text(0, QStringLiteral("username"));
    return probe;
}

void ConnectionProbe::run(const ConnInfo& info, const std::optional<QString>& password,
                          QObject* context, std::function<void(const ProbeResult&)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([info, password, guard, done] {
        const ProbeResult probe = runNow(info, password);
        // The guard may only be read on the main thread, where the context lives, so the reply
        // goes through the application object, which outlives every context.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, probe] {
                if (guard)
                    done(probe);
            },
            Qt::QueuedConnection);
    });
}

} // namespace migdesk::core
