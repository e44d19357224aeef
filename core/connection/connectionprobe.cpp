// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/connectionprobe.h"

#include "common/backgroundtask.h"
#include "connection/pgconnection.h"

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
    runInBackground(
        blockingWorkPool(), context, [info, password] { return runNow(info, password); },
        std::move(done));
}

} // namespace migdesk::core
