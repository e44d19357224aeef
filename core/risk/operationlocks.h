// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "risk/lockinfo.h"

#include <vector>

namespace migdesk::core {

// The locks a Django operation takes when its SQL is not at hand (no manage.py configured): what
// the schema editor of Django 3.2+ emits for it on PostgreSQL, reduced to the lock, the table
// and whether the table is rewritten or scanned. The table is Django's default name,
// <app label>_<model name in lower case>; a model with Meta.db_table is not seen statically.
// With the real SQL (sqlmigrate or RunSQL), the SQL linter's locks replace these.
class OperationLocks
{
public:
    static std::vector<StatementLock> of(const QString& app, const MigrationOperation& operation,
                                         int serverVersionNum);
    static QString defaultTable(const QString& app, const QString& model);
};

} // namespace migdesk::core
