// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "migrations/sqlfolderappliedrow.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace migdesk::core {

class PgConnection;

// migdesk_schema_history, the record of a SQL migration folder's applied versions in the target
// database. It lives in the first schema of the connection's search_path, like Flyway's table,
// and is created by the first apply only: reading never creates it.
class SqlFolderHistory
{
    Q_DECLARE_TR_FUNCTIONS(SqlFolderHistory)
public:
    static QString tableName();

    // All rows, in version order. A database without the table has applied nothing; that is
    // not an error. Only reads, so an inspection (read-only) connection is the one to use.
    static Result<std::vector<SqlFolderAppliedRow>> read(PgConnection& connection);

    // CREATE TABLE IF NOT EXISTS, on a writable connection.
    static std::optional<DbError> create(PgConnection& writable);

    // Inserts the row, or replaces an earlier failed row of the same version. A version that
    // already has a successful row is never overwritten: that is an error. Returns the row as
    // stored (installedBy resolved to current_user when it was empty).
    static Result<SqlFolderAppliedRow> record(PgConnection& writable, SqlFolderAppliedRow row);

    // Deletes the successful row of `version` (spelled exactly as stored) once its undo file has
    // run: the version is pending again. No such row is an error.
    static std::optional<DbError> remove(PgConnection& writable, const QString& version);
};

} // namespace migdesk::core
