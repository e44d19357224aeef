// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/writesession.h"

#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// A commit returns only once it is flushed to the WAL on disk.
constexpr auto kDurableCommits = R"(SELECT set_config('synchronous_commit', 'on', false))";

} // namespace

std::optional<DbError> WriteSession::open(PgConnection& connection, const ConnectionTarget& target,
                                          const WritePolicy& policy, const QString& applicationName)
{
    SessionPolicy session = policy.session();
    session.applicationName = applicationName;
    if (auto failed = connection.open(target.info, target.password, session))
        return failed;
    const auto durable = connection.exec(QString::fromLatin1(kDurableCommits));
    if (!durable) {
        DbError error = durable.error();
        connection.close();
        return error;
    }
    return std::nullopt;
}

QString WriteSession::processOptions(const WritePolicy& policy)
{
    return policy.pgOptions() + QStringLiteral(" -c synchronous_commit=on");
}

} // namespace migdesk::core
