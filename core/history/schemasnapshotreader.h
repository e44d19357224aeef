// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "history/schemasnapshot.h"

namespace migdesk::core {

class PgConnection;

// Reads the SchemaSnapshot of the connection's database in three queries (tables with columns,
// indexes, constraints) on one catalog snapshot, whatever the number of tables. User schemas
// only: not pg_catalog, information_schema, TOAST and temporary schemas, nor what migdesk itself
// keeps in the target database (the mirror's schema and the SQL-folder history table). Only
// reads, so an inspection connection is the one to use. Reading column defaults takes ACCESS
// SHARE on each table, so it is meant for before and after a migration, not while one holds its
// locks (the inspection lock_timeout then fails it quickly).
class SchemaSnapshotReader
{
public:
    // In a read-only transaction of its own: call it outside any transaction.
    static Result<SchemaSnapshot> read(PgConnection& connection);

private:
    static Result<SchemaSnapshot> readInTransaction(PgConnection& connection);
};

} // namespace migdesk::core
