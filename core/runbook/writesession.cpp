// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/writesession.h"

#include "connection/pgconnection.h"

namespace migdesk::core {

std::optional<DbError> WriteSession::open(PgConnection& connection, const ConnectionTarget& target,
                                          const WritePolicy& policy, const QString& applicationName)
{
    SessionPolicy session = policy.session();
    session.applicationName = applicationName;
    // A commit returns only once it is flushed to the WAL on disk.
    session.durableCommits = true;
    return connection.open(target.info, target.password, session);
}

QString WriteSession::processOptions(const WritePolicy& policy)
{
    return policy.pgOptions() + QStringLiteral(" -c synchronous_commit=on");
}

} // namespace migdesk::core
