// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// What a connection may do, applied to each of its transactions (see PgConnection). Inspection
// connections (the default) can never change the database they look at.
struct SessionPolicy
{
    QString applicationName = QStringLiteral("migdesk");
    bool readOnly = true;
    int statementTimeoutMs = 30'000;
    // Short, so that inspecting a table that a migration holds ACCESS EXCLUSIVE on fails fast
    // instead of queueing behind it and making the pile-up worse.
    int lockTimeoutMs = 1'000;
    int connectTimeoutSeconds = 10;
    // synchronous_commit=on for the connection's transactions, whatever the server's default:
    // a commit the executor reports is on disk.
    bool durableCommits = false;

    static SessionPolicy inspection() { return {}; }
};

} // namespace migdesk::core
