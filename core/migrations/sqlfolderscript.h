// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "migrations/sqlfoldername.h"

#include <QString>

namespace migdesk::core {

// One file of a SQL migration folder as it was read: its parsed name, the checksum of exactly
// the bytes whose text `migration.sql` holds, and the Migration value the rest of migdesk uses
// (app = the folder's name, name = "V1.1__add_index", file = absolute path, no operations;
// `atomic` is false when a statement cannot run inside a transaction block).
struct SqlFolderScript
{
    SqlFolderName name;
    QString relativePath; // to the folder, "/"-separated: the history table's `script`
    QString checksum;     // SHA-256 of the file's bytes, lower-case hex
    qint64 bytes = 0;     // the file's size
    // A large script's text is not kept by a scan (see SqlFolderSource::kLargeScriptBytes):
    // migration.sql is empty and outsideTransaction unknown until SqlFolderSource::load().
    bool deferred = false;
    // Empty when the script runs in one transaction; otherwise what its first statement that
    // cannot is ("CREATE INDEX CONCURRENTLY") and where. Such a script runs statement by
    // statement, and a failure part-way leaves the statements before it applied.
    QString outsideTransaction;
    int outsideTransactionLine = 0;
    Migration migration;
};

} // namespace migdesk::core
