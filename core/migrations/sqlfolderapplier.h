// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "migrations/sqlfolderappliedrow.h"
#include "migrations/sqlfolderscript.h"
#include "migrations/statementtiming.h"

#include <QCoreApplication>

namespace migdesk::core {

class PgConnection;

// Runs one script of a SQL migration folder and records it in migdesk_schema_history (created
// on first use). Blocking: call it from the executor's worker, on its writable connection.
//
// A script whose statements can all run in a transaction block runs in one transaction
// together with its history row: either both are committed or neither is. A script with a
// statement that cannot (CREATE INDEX CONCURRENTLY, VACUUM, its own BEGIN/COMMIT; see
// SqlFolderStatements) runs statement by statement, as psql would; a failure part-way then
// leaves the statements before it applied, which is stated in the script's
// SqlFolderScript::outsideTransaction so the plan can show it beforehand.
//
// Each statement is sent and timed on its own (in the script's transaction when it has one),
// so *timings, when given, holds every statement that ran with its time, the failing one last
// and marked; past StatementTiming::kListedPerMigration a transactional script's remaining
// statements go as one message and one summed row.
//
// On failure the transaction is rolled back, a row with success = false is recorded (the next
// apply replaces it), and the database's error is returned. A session-level advisory lock keeps
// two migdesk sessions from applying to the same database at once.
class SqlFolderApplier
{
    Q_DECLARE_TR_FUNCTIONS(SqlFolderApplier)
public:
    // installedBy: who runs it, for the record; empty means the connection's user.
    static Result<SqlFolderAppliedRow> apply(PgConnection& writable, const SqlFolderScript& script,
                                             const QString& installedBy,
                                             std::vector<StatementTiming>* timings = nullptr);

    // Runs an undo (U) file and deletes its version's successful history row, so the version is
    // pending again; under the same advisory lock as apply(). Like apply(), in one transaction
    // with the delete when its statements allow, else statement by statement with the row
    // deleted only after the last one ran. Returns the removed row with executionTimeMs set to
    // how long the undo took. A version that is not applied is an error.
    static Result<SqlFolderAppliedRow> undo(PgConnection& writable,
                                            const SqlFolderScript& undoScript,
                                            std::vector<StatementTiming>* timings = nullptr);
};

} // namespace migdesk::core
