// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// What a connection may do, applied right after it is established. Inspection connections
// (the default) can never change the database they look at.
struct SessionPolicy
{
    QString applicationName = QStringLiteral("migdesk");
    bool readOnly = true;
    int statementTimeoutMs = 30'000;
    // Short, so that inspecting a table that a migration holds ACCESS EXCLUSIVE on fails fast
    // instead of queueing behind it and making the pile-up worse.
    int lockTimeoutMs = 1'000;
    int connectTimeoutSeconds = 10;

    static SessionPolicy inspection() { return {}; }
};

} // namespace migdesk::core
