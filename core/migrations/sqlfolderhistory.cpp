// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlfolderhistory.h"

#include "connection/pgconnection.h"
#include "connection/untrustedobjectguard.h"
#include "migrations/sqlfoldername.h"

#include <algorithm>

namespace migdesk::core {

namespace {

// The name is unqualified on purpose: creating and reading both resolve it through the
// connection's search_path, so they always agree on the schema (Flyway's default schema rule).
constexpr auto kTableName = "migdesk_schema_history";

// to_regclass() answers null instead of failing when the table does not exist, so reading a
// database that never had a SQL folder applied needs no write and no error handling.
constexpr auto kTableExists = R"(SELECT to_regclass($1) IS NOT NULL AS present)";

// The history table. version is the primary key: a version runs once. installed_on is when
// the script started (server clock); checksum is SHA-256 hex of the file's bytes.
constexpr auto kCreateTable = R"(
CREATE TABLE IF NOT EXISTS migdesk_schema_history (
    version           text        PRIMARY KEY,
    description       text        NOT NULL,
    script            text        NOT NULL,
    checksum          text        NOT NULL,
    installed_by      text        NOT NULL,
    installed_on      timestamptz NOT NULL DEFAULT now(),
    execution_time_ms integer     NOT NULL,
    success           boolean     NOT NULL
))";

// Milliseconds since the epoch rather than timestamptz text, so that the session's DateStyle
// and TimeZone cannot change what the client reads.
constexpr auto kReadRows = R"(
SELECT version, description, script, checksum, installed_by,
       (extract(epoch FROM installed_on) * 1000)::bigint AS installed_on_ms,
       execution_time_ms, success
FROM migdesk_schema_history)";

// A failed row may be replaced by the next attempt; a successful one never is (the WHERE of
// the DO UPDATE then matches nothing and no row comes back). An empty installed_by means "the
// user the connection logged in as".
constexpr auto kRecordRow = R"(
INSERT INTO migdesk_schema_history AS h
    (version, description, script, checksum, installed_by, installed_on, execution_time_ms,
     success)
VALUES ($1, $2, $3, $4, coalesce(nullif($5, ''), current_user), $6::timestamptz, $7::integer,
        $8::boolean)
ON CONFLICT (version) DO UPDATE
    SET description = excluded.description, script = excluded.script,
        checksum = excluded.checksum, installed_by = excluded.installed_by,
        installed_on = excluded.installed_on, execution_time_ms = excluded.execution_time_ms,
        success = excluded.success
    WHERE NOT h.success
RETURNING installed_by)";

// Only a successful row is undone; a failed one is already pending and is replaced by the
// next apply.
constexpr auto kRemoveRow = R"(
DELETE FROM migdesk_schema_history
WHERE version = $1 AND success
RETURNING version)";

} // namespace

QString SqlFolderHistory::tableName()
{
    return QString::fromLatin1(kTableName);
}

Result<std::vector<SqlFolderAppliedRow>> SqlFolderHistory::read(PgConnection& connection)
{
    const auto exists = connection.exec(QString::fromLatin1(kTableExists), {tableName()});
    if (!exists)
        return exists.error();
    std::vector<SqlFolderAppliedRow> rows;
    if (!exists->toBool(0, QStringLiteral("present")))
        return rows;
    const auto result = connection.exec(QString::fromLatin1(kReadRows));
    if (!result)
        return result.error();
    const QueryResult& r = *result;
    rows.reserve(std::size_t(r.rowCount()));
    for (int i = 0; i < r.rowCount(); ++i) {
        SqlFolderAppliedRow row;
        row.version = r.text(i, QStringLiteral("version"));
        row.description = r.text(i, QStringLiteral("description"));
        row.script = r.text(i, QStringLiteral("script"));
        row.checksum = r.text(i, QStringLiteral("checksum"));
        row.installedBy = r.text(i, QStringLiteral("installed_by"));
        row.installedOn = QDateTime::fromMSecsSinceEpoch(
            r.toInt64(i, QStringLiteral("installed_on_ms")), Qt::UTC);
        row.executionTimeMs = int(r.toInt64(i, QStringLiteral("execution_time_ms")));
        row.success = r.toBool(i, QStringLiteral("success"));
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return SqlFolderName::compareVersions(a.version, b.version) < 0;
    });
    return rows;
}

std::optional<DbError> SqlFolderHistory::create(PgConnection& writable)
{
    if (auto untrusted = UntrustedObjectGuard::check(writable, {}, tableName()))
        return untrusted;
    // Looked up first so that the usual case sends no CREATE at all: IF NOT EXISTS would still
    // make the server send a "skipping" notice, which libpq prints on stderr.
    const auto exists = writable.exec(QString::fromLatin1(kTableExists), {tableName()});
    if (!exists)
        return exists.error();
    if (exists->toBool(0, QStringLiteral("present")))
        return std::nullopt;
    const auto created = writable.exec(QString::fromLatin1(kCreateTable));
    if (!created)
        return created.error();
    return std::nullopt;
}

Result<SqlFolderAppliedRow> SqlFolderHistory::record(PgConnection& writable,
                                                     SqlFolderAppliedRow row)
{
    const auto stored = writable.exec(
        QString::fromLatin1(kRecordRow),
        {row.version, row.description, row.script, row.checksum, row.installedBy,
         row.installedOn.toUTC().toString(Qt::ISODateWithMs), row.executionTimeMs, row.success});
    if (!stored)
        return stored.error();
    if (stored->rowCount() == 0) {
        return DbError(
            DbError::Kind::Other,
            tr("Version %1 is already recorded as applied in %2.").arg(row.version, tableName()));
    }
    row.installedBy = stored->text(0, QStringLiteral("installed_by"));
    return row;
}

std::optional<DbError> SqlFolderHistory::remove(PgConnection& writable, const QString& version)
{
    const auto removed = writable.exec(QString::fromLatin1(kRemoveRow), {version});
    if (!removed)
        return removed.error();
    if (removed->rowCount() == 0) {
        return DbError(
            DbError::Kind::Other,
            tr("Version %1 is not recorded as applied in %2.").arg(version, tableName()));
    }
    return std::nullopt;
}

} // namespace migdesk::core
