// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/sessionpolicy.h"

#include <QString>

namespace migdesk::core {

// How the executor writes: the only connections in migdesk that may change the database. A
// short lock_timeout keeps a migration from queueing for a lock that a long transaction holds,
// with every query after it queued behind the migration; it fails instead, waits and retries.
struct WritePolicy
{
    // Found in pg_stat_activity by the live watch; the run id is appended per run.
    QString applicationName = QStringLiteral("migdesk-migrate");
    int lockTimeoutMs = 5'000;
    int statementTimeoutMs = 30 * 60'000;
    int lockRetries = 3;
    int retryDelayMs = 2'000; // doubled after each retry

    SessionPolicy session() const
    {
        SessionPolicy policy;
        policy.applicationName = applicationName;
        policy.readOnly = false;
        policy.statementTimeoutMs = statementTimeoutMs;
        policy.lockTimeoutMs = lockTimeoutMs;
        return policy;
    }

    // The same settings for a child process (Django through psycopg2) as PGOPTIONS.
    QString pgOptions() const
    {
        return QStringLiteral("-c lock_timeout=%1 -c statement_timeout=%2")
            .arg(lockTimeoutMs)
            .arg(statementTimeoutMs);
    }
};

} // namespace migdesk::core
