// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/walposition.h"

#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// Where the WAL is now; anything a run writes comes after it.
constexpr auto kCurrentWalPosition = R"(SELECT pg_current_wal_lsn()::text AS lsn)";

} // namespace

Result<QString> WalPosition::current(PgConnection& connection)
{
    const auto result = connection.exec(QString::fromLatin1(kCurrentWalPosition));
    if (!result)
        return result.error();
    return result->text(0, QStringLiteral("lsn"));
}

} // namespace migdesk::core
