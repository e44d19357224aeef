// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/poolerguard.h"

#include "connection/pgconnection.h"

namespace migdesk::core {

QString PoolerGuard::refusal(const PgConnection& connection, const QString& step)
{
    if (!connection.behindPooler())
        return {};
    return tr("Refused %1: this connection goes through a connection pooler such as PgBouncer "
              "(the server's backend pid is not the one the connection was given), and %1 needs "
              "one server session from start to end, which a transaction pooler hands to other "
              "clients between transactions (its lock and session settings would reach the "
              "application). Connect to the PostgreSQL server directly for this step (its own "
              "host and port, not the pooler's); inspecting through the pooler is safe.")
        .arg(step);
}

} // namespace migdesk::core
