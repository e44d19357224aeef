// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlfolderapplier.h"

#include "common/units.h"
#include "connection/pgconnection.h"
#include "migrations/sqlfolderhistory.h"
#include "migrations/sqlfoldername.h"
#include "migrations/sqlfoldersource.h"
#include "migrations/sqlfolderstatements.h"
#include "migrations/statementtiming.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <limits>
#include <optional>

Q_LOGGING_CATEGORY(lcSqlFolder, "migdesk.core.migrations.sqlfolder")

namespace migdesk::core {

namespace {

// One advisory lock key for "a SQL folder is being applied to this database" (the bytes of
// "migdesk1"). Session level, so it also covers scripts that run outside a transaction; it is
// tried, never waited for, since the other session may run for an hour.
constexpr qint64 kApplyLockKey = 0x6d69676465736b31;
constexpr auto kTryApplyLock = R"(SELECT pg_try_advisory_lock($1::bigint) AS locked)";
constexpr auto kReleaseApplyLock = R"(SELECT pg_advisory_unlock($1::bigint))";

// The server's clock, not the client's, is what installed_on records, so that rows written
// from different machines order correctly. Milliseconds since the epoch keep it independent
// of the session's DateStyle and TimeZone.
constexpr auto kServerClock =
    R"(SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now_ms)";

constexpr auto kBegin = "BEGIN";
constexpr auto kCommit = "COMMIT";
constexpr auto kRollback = "ROLLBACK";

int elapsedMs(const QElapsedTimer& timer)
{
    return int(std::min<qint64>(timer.elapsed(), std::numeric_limits<int>::max()));
}

// Records the failed attempt and hands back the error that caused it. Recording can fail too
// (the connection may be what failed); the original error is still the one to report.
DbError recordFailure(PgConnection& connection, SqlFolderAppliedRow row, const DbError& error)
{
    row.success = false;
    const auto recorded = SqlFolderHistory::record(connection, std::move(row));
    if (!recorded) {
        qCWarning(lcSqlFolder) << "could not record the failed migration:"
                               << recorded.error().message();
    }
    return error;
}

// Runs statements one per message and times each into *timings; stops at the first error.
// Inside our BEGIN, statements sent one by one share the transaction as they would in one
// message. With `batchBeyondLimit` (only inside a transaction), the statements past the listed
// limit (StatementTiming::kListedPerMigration) go as one message, timed together: a script of
// 100,000 INSERTs should not pay 100,000 round trips for timings nobody reads one by one.
// Outside a transaction that is not allowed: several statements in one message would form an
// implicit transaction block, which is what those statements refuse.
std::optional<DbError> runTimed(PgConnection& connection,
                                const std::vector<SqlFolderStatements::Statement>& statements,
                                bool batchBeyondLimit, std::vector<StatementTiming>* timings)
{
    const std::size_t listed =
        batchBeyondLimit ? std::min<std::size_t>(statements.size(),
                                                 std::size_t(StatementTiming::kListedPerMigration))
                         : statements.size();
    const auto timed = [&](const QString& sql, StatementTiming timing) -> std::optional<DbError> {
        QElapsedTimer timer;
        timer.start();
        const auto ran = connection.execScript(sql);
        timing.seconds = timer.nsecsElapsed() / 1e9;
        timing.failed = !ran;
        if (timings)
            StatementTiming::append(*timings, std::move(timing));
        if (!ran)
            return ran.error();
        return std::nullopt;
    };
    for (std::size_t i = 0; i < listed; ++i) {
        const SqlFolderStatements::Statement& statement = statements[i];
        StatementTiming timing;
        timing.sql = StatementTiming::clipped(statement.text);
        timing.line = statement.line;
        if (auto error = timed(statement.text, std::move(timing)))
            return error;
    }
    if (listed == statements.size())
        return std::nullopt;
    QStringList rest;
    for (std::size_t i = listed; i < statements.size(); ++i)
        rest << statements[i].text;
    StatementTiming summed;
    summed.summed = true;
    summed.count = int(statements.size() - listed);
    return timed(rest.join(QLatin1Char(';')), std::move(summed));
}

// The script as one unit when libpg_query could not split it: the server parses it and
// reports the error, and it is timed as a whole.
std::optional<DbError> runWhole(PgConnection& connection, const QString& sql,
                                std::vector<StatementTiming>* timings)
{
    SqlFolderStatements::Statement whole;
    whole.text = sql;
    whole.line = 1;
    return runTimed(connection, {whole}, true, timings);
}

std::optional<DbError> runScript(PgConnection& connection, const QString& sql,
                                 const SqlFolderStatements& statements,
                                 std::vector<StatementTiming>* timings)
{
    return statements.parsed ? runTimed(connection, statements.statements, true, timings)
                             : runWhole(connection, sql, timings);
}

Result<SqlFolderAppliedRow> runInTransaction(PgConnection& connection, const QString& sql,
                                             const SqlFolderStatements& statements,
                                             SqlFolderAppliedRow row,
                                             std::vector<StatementTiming>* timings)
{
    const auto begun = connection.exec(QString::fromLatin1(kBegin));
    if (!begun)
        return begun.error();
    QElapsedTimer timer;
    timer.start();
    if (auto error = runScript(connection, sql, statements, timings)) {
        row.executionTimeMs = elapsedMs(timer);
        connection.exec(QString::fromLatin1(kRollback));
        return recordFailure(connection, std::move(row), *error);
    }
    row.executionTimeMs = elapsedMs(timer);
    row.success = true;
    const auto recorded = SqlFolderHistory::record(connection, row);
    if (!recorded) {
        connection.exec(QString::fromLatin1(kRollback));
        return recorded.error();
    }
    // COMMIT can still fail (a deferred constraint); the transaction is then gone as a whole.
    const auto committed = connection.exec(QString::fromLatin1(kCommit));
    if (!committed)
        return recordFailure(connection, std::move(row), committed.error());
    return recorded;
}

Result<SqlFolderAppliedRow> runStatementByStatement(PgConnection& connection,
                                                    const SqlFolderStatements& statements,
                                                    SqlFolderAppliedRow row,
                                                    std::vector<StatementTiming>* timings)
{
    QElapsedTimer timer;
    timer.start();
    if (auto error = runTimed(connection, statements.statements, false, timings)) {
        row.executionTimeMs = elapsedMs(timer);
        return recordFailure(connection, std::move(row), *error);
    }
    row.executionTimeMs = elapsedMs(timer);
    row.success = true;
    const auto recorded = SqlFolderHistory::record(connection, row);
    if (!recorded) {
        const DbError& error = recorded.error();
        return DbError(error.kind(),
                       SqlFolderApplier::tr("%1 ran, but recording it in %2 failed: %3")
                           .arg(row.script, SqlFolderHistory::tableName(), error.message()),
                       error.sqlState());
    }
    return recorded;
}

Result<SqlFolderAppliedRow> applyLocked(PgConnection& connection, const SqlFolderScript& script,
                                        const QString& installedBy,
                                        std::vector<StatementTiming>* timings)
{
    if (auto error = SqlFolderHistory::create(connection))
        return *error;
    const auto history = SqlFolderHistory::read(connection);
    if (!history)
        return history.error();
    const QString version = SqlFolderName::canonicalVersion(script.name.version);
    for (const SqlFolderAppliedRow& done : *history) {
        if (done.success && SqlFolderName::canonicalVersion(done.version) == version) {
            return DbError(
                DbError::Kind::Other,
                SqlFolderApplier::tr("Version %1 is already applied (%2, on %3).")
                    .arg(done.version, done.script, done.installedOn.toString(Qt::ISODate)));
        }
    }
    const auto clock = connection.exec(QString::fromLatin1(kServerClock));
    if (!clock)
        return clock.error();

    SqlFolderAppliedRow row;
    row.version = script.name.version;
    row.description = script.name.description;
    row.script = script.relativePath;
    row.checksum = script.checksum;
    row.installedBy = installedBy;
    row.installedOn =
        QDateTime::fromMSecsSinceEpoch(clock->toInt64(0, QStringLiteral("now_ms")), Qt::UTC);

    // Parsed again rather than trusting `atomic` alone: the statements are run and timed one
    // by one, and a script that does not parse goes to the server whole, in a transaction.
    const SqlFolderStatements statements = SqlFolderStatements::parse(script.migration.sql);
    if (!statements.transactional())
        return runStatementByStatement(connection, statements, std::move(row), timings);
    return runInTransaction(connection, script.migration.sql, statements, std::move(row), timings);
}

Result<SqlFolderAppliedRow> undoLocked(PgConnection& connection, const SqlFolderScript& undo,
                                       std::vector<StatementTiming>* timings)
{
    const auto history = SqlFolderHistory::read(connection);
    if (!history)
        return history.error();
    const QString version = SqlFolderName::canonicalVersion(undo.name.version);
    const auto applied = std::find_if(history->begin(), history->end(), [&](const auto& row) {
        return row.success && SqlFolderName::canonicalVersion(row.version) == version;
    });
    if (applied == history->end()) {
        return DbError(DbError::Kind::Other,
                       SqlFolderApplier::tr("Version %1 is not applied, so %2 has nothing to undo.")
                           .arg(undo.name.version, undo.relativePath));
    }
    SqlFolderAppliedRow row = *applied;
    QElapsedTimer timer;
    timer.start();
    const SqlFolderStatements statements = SqlFolderStatements::parse(undo.migration.sql);
    if (!statements.transactional()) {
        if (auto error = runTimed(connection, statements.statements, false, timings))
            return *error;
        row.executionTimeMs = elapsedMs(timer);
        if (auto error = SqlFolderHistory::remove(connection, row.version))
            return *error;
        return row;
    }
    const auto begun = connection.exec(QString::fromLatin1(kBegin));
    if (!begun)
        return begun.error();
    if (auto error = runScript(connection, undo.migration.sql, statements, timings)) {
        connection.exec(QString::fromLatin1(kRollback));
        return *error;
    }
    if (auto error = SqlFolderHistory::remove(connection, row.version)) {
        connection.exec(QString::fromLatin1(kRollback));
        return *error;
    }
    const auto committed = connection.exec(QString::fromLatin1(kCommit));
    if (!committed)
        return committed.error();
    row.executionTimeMs = elapsedMs(timer);
    return row;
}

} // namespace

Result<SqlFolderAppliedRow> SqlFolderApplier::apply(PgConnection& writable,
                                                    const SqlFolderScript& script,
                                                    const QString& installedBy,
                                                    std::vector<StatementTiming>* timings)
{
    // A large script as a scan left it has no text yet: applying it would record an empty run.
    if (script.deferred)
        return DbError(
            DbError::Kind::BadInput,
            tr("%1 was not read yet (over %2): plan it first, which reads it.")
                .arg(script.relativePath, formatBytes(SqlFolderSource::kLargeScriptBytes)));
    const auto locked = writable.exec(QString::fromLatin1(kTryApplyLock), {kApplyLockKey});
    if (!locked)
        return locked.error();
    if (!locked->toBool(0, QStringLiteral("locked"))) {
        return DbError(DbError::Kind::Other,
                       tr("Another migdesk session is applying migrations to this database; "
                          "try again when it has finished."));
    }
    auto result = applyLocked(writable, script, installedBy, timings);
    // A lost connection has released the lock with the session, so a failed unlock is harmless.
    writable.exec(QString::fromLatin1(kReleaseApplyLock), {kApplyLockKey});
    return result;
}

Result<SqlFolderAppliedRow> SqlFolderApplier::undo(PgConnection& writable,
                                                   const SqlFolderScript& undoScript,
                                                   std::vector<StatementTiming>* timings)
{
    const auto locked = writable.exec(QString::fromLatin1(kTryApplyLock), {kApplyLockKey});
    if (!locked)
        return locked.error();
    if (!locked->toBool(0, QStringLiteral("locked"))) {
        return DbError(DbError::Kind::Other,
                       tr("Another migdesk session is applying migrations to this database; "
                          "try again when it has finished."));
    }
    auto result = undoLocked(writable, undoScript, timings);
    writable.exec(QString::fromLatin1(kReleaseApplyLock), {kApplyLockKey});
    return result;
}

} // namespace migdesk::core
