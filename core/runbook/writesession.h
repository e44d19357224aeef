// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "connection/dberror.h"
#include "runbook/writepolicy.h"

#include <optional>

namespace migdesk::core {

class PgConnection;

// How the executor and the reverter write: the policy's timeouts and application_name, and
// synchronous_commit on whatever the server's default, so that a migration the run log calls
// applied has its commit on disk and survives a crash of the server right after it (a server
// with synchronous_commit off could otherwise lose the last commits while the log keeps them).
class WriteSession
{
public:
    static std::optional<DbError> open(PgConnection& connection, const ConnectionTarget& target,
                                       const WritePolicy& policy, const QString& applicationName);

    // The same settings for a child process (Django through psycopg2), as PGOPTIONS.
    static QString processOptions(const WritePolicy& policy);
};

} // namespace migdesk::core
