// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// What one statement does to one relation, as PostgreSQL will execute it.
struct StatementLock
{
    int statement = 0; // index of the statement in its script, from 0
    int line = 0;      // 1-based line where the statement starts
    QString relation;  // as written, schema-qualified when it was: "public.payments_payment"
    QString mode;      // PostgreSQL lock mode: "AccessExclusiveLock", "ShareLock", ...
    bool rewritesTable = false; // the whole table is rewritten under the lock
    bool scansTable = false;    // the whole table is read (validation, index build) under it
    QString what; // short description: "ALTER TABLE ... ADD COLUMN ... DEFAULT volatile()"
};

} // namespace migdesk::core
