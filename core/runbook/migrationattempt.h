// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "connection/dberror.h"
#include "migrations/statementtiming.h"

#include <QString>

namespace migdesk::core {

// How one try at applying or reverting a migration ended, as the executor and the retry loop
// tell the cases apart: a lock timeout is retried, a lost connection and a cancel stop the run
// with their own sentences.
struct MigrationAttempt
{
    enum class Kind { Succeeded, LockTimeout, Cancelled, ConnectionLost, Failed };

    Kind kind = Kind::Succeeded;
    QString reason; // what the database or Django said; empty on success
    // The statements this attempt ran, with their times, the failing one last and marked.
    std::vector<StatementTiming> statements;

    // A statement's error on migdesk's own connection. A cancel counts as Cancelled only when
    // the run asked for it; someone else's pg_cancel_backend() is a failure like any other.
    static MigrationAttempt fromDbError(const DbError& error, bool connectionBroken,
                                        bool cancelRequested)
    {
        if (error.kind() == DbError::Kind::ConnectionLost || connectionBroken)
            return {Kind::ConnectionLost, error.message(), {}};
        if (error.kind() == DbError::Kind::LockTimeout)
            return {Kind::LockTimeout, error.message(), {}};
        if (error.kind() == DbError::Kind::Cancelled && cancelRequested)
            return {Kind::Cancelled, error.message(), {}};
        return {Kind::Failed, error.sentence(), {}};
    }

    // A SQL-folder apply or undo on migdesk's own connection, with the statements it ran.
    template <typename T>
    static MigrationAttempt fromResult(const Result<T>& result,
                                       std::vector<StatementTiming> statements,
                                       bool connectionBroken, bool cancelRequested)
    {
        MigrationAttempt attempt =
            result ? MigrationAttempt{Kind::Succeeded, {}, {}}
                   : fromDbError(result.error(), connectionBroken, cancelRequested);
        attempt.statements = std::move(statements);
        return attempt;
    }
};

} // namespace migdesk::core
