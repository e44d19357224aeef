// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historymirror.h"

#include "connection/pgconnection.h"
#include "connection/untrustedobjectguard.h"

#include <QJsonDocument>

namespace migdesk::core {

namespace {

constexpr auto kSchemaName = "migdesk";
constexpr auto kTableName = "runs";

// Looked up in the catalogs rather than with to_regclass(), which fails instead of answering
// when the role has no USAGE on the schema: whether the mirror exists is never a privilege
// question. Write checks first so that a role with only INSERT and UPDATE on an existing table
// never sends a CREATE (CREATE SCHEMA IF NOT EXISTS demands CREATE on the database even when the
// schema is there).
constexpr auto kMirrorExists = R"(
SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS has_schema,
       EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p')) AS has_table)";

constexpr auto kBegin = R"(BEGIN)";
// Names resolve in pg_catalog only for the rest of the transaction: a function or operator
// planted in a schema earlier on the search_path cannot stand in for now() or current_user.
constexpr auto kPinSearchPath =
    R"(SELECT pg_catalog.set_config('search_path', 'pg_catalog, pg_temp', true))";
constexpr auto kCommit = R"(COMMIT)";
constexpr auto kRollback = R"(ROLLBACK)";

constexpr auto kCreateSchema = R"(CREATE SCHEMA IF NOT EXISTS migdesk)";

// One row per run. The columns repeat the record's main facts for reviewers who query the
// table with SQL; `record` is RunRecord::toJson() and is what migdesk reads back. written_by
// and written_at say which role last wrote the row, and when (server clock).
constexpr auto kCreateTable = R"(
CREATE TABLE IF NOT EXISTS migdesk.runs (
    uuid        uuid        PRIMARY KEY,
    kind        text        NOT NULL,
    profile     text        NOT NULL,
    environment text        NOT NULL,
    server      text        NOT NULL,
    database    text        NOT NULL,
    os_user     text        NOT NULL,
    host_name   text        NOT NULL,
    started_at  timestamptz NOT NULL,
    ended_at    timestamptz,
    outcome     text        NOT NULL,
    record      jsonb       NOT NULL,
    written_by  text        NOT NULL DEFAULT current_user,
    written_at  timestamptz NOT NULL DEFAULT now()
))";

// A run is written when it starts, after each step and as it ends, so the row is replaced by
// uuid. While it runs, the record names the server session writing it (live_session: pid and
// backend start, together unique on the server): migdesk keeps that session open until the run
// ends, so a row still "running" whose session is gone belongs to a migdesk that was killed or
// lost its connection.
constexpr auto kUpsertRun = R"(
INSERT INTO migdesk.runs
    (uuid, kind, profile, environment, server, database, os_user, host_name, started_at,
     ended_at, outcome, record)
VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9::timestamptz, $10::timestamptz, $11,
        $12::jsonb || CASE WHEN $11 = 'running'
                           THEN jsonb_build_object('live_session', jsonb_build_object(
                                    'pid', pg_backend_pid(),
                                    'backend_start', (SELECT a.backend_start
                                                      FROM pg_catalog.pg_stat_activity a
                                                      WHERE a.pid = pg_backend_pid())))
                           ELSE '{}'::jsonb END)
ON CONFLICT (uuid) DO UPDATE
    SET kind = excluded.kind, profile = excluded.profile, environment = excluded.environment,
        server = excluded.server, database = excluded.database, os_user = excluded.os_user,
        host_name = excluded.host_name, started_at = excluded.started_at,
        ended_at = excluded.ended_at, outcome = excluded.outcome, record = excluded.record,
        written_by = current_user, written_at = now())";

// Whether row r is a run still marked running whose live session is gone. A session of another
// role whose start time this role may not see counts as there: only a sure absence interrupts.
// It takes the place of %1 in the two queries below.
constexpr auto kLiveSessionGone =
    R"(r.outcome = 'running' AND r.record ? 'live_session' AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_stat_activity a
    WHERE a.pid = (r.record->'live_session'->>'pid')::int
      AND (a.backend_start IS NULL
           OR a.backend_start = (r.record->'live_session'->>'backend_start')::timestamptz)))";

// Newest first; the uuid breaks ties so that the order is stable. A run whose migdesk is gone
// reads as interrupted at once, before any later run settles its row.
constexpr auto kReadRuns = R"(
SELECT r.record::text AS record, %1 AS interrupted
FROM migdesk.runs r
WHERE $1::timestamptz IS NULL OR r.started_at >= $1::timestamptz
ORDER BY r.started_at DESC, r.uuid)";

// Every write first settles the rows of runs whose migdesk is gone, so that reviewers reading
// the table with SQL see them interrupted too. Their end time stays unknown.
constexpr auto kSettleInterrupted = R"(
UPDATE migdesk.runs r
SET outcome = 'interrupted',
    record = jsonb_set(r.record - 'live_session', '{outcome}', '"interrupted"'),
    written_by = current_user, written_at = now()
WHERE r.uuid <> $1::uuid AND %1)";

QString withLiveSessionGone(const char* query)
{
    return QString::fromLatin1(query).arg(QString::fromLatin1(kLiveSessionGone));
}

QVariant isoTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// The record as every machine may read it: without this machine's store id and mirror state.
QByteArray mirroredJson(const RunRecord& run)
{
    QJsonObject json = run.toJson();
    json.remove(QStringLiteral("id"));
    json.remove(QStringLiteral("mirror"));
    json.remove(QStringLiteral("from_mirror"));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// unique_violation on the catalogs, duplicate_schema, duplicate_table: CREATE ... IF NOT EXISTS
// lost a race with another session creating the same object.
bool createdMeanwhile(const DbError& error)
{
    const QString state = error.sqlState();
    return state == QLatin1String("23505") || state == QLatin1String("42P06") ||
           state == QLatin1String("42P07");
}

std::optional<DbError> failed(PgConnection& connection, const DbError& error)
{
    if (!error.isConnectionProblem())
        connection.exec(QString::fromLatin1(kRollback));
    return error;
}

std::optional<DbError> writeOnce(PgConnection& writable, const RunRecord& run)
{
    const auto begun = writable.exec(QString::fromLatin1(kBegin));
    if (!begun)
        return begun.error();
    const auto pinned = writable.exec(QString::fromLatin1(kPinSearchPath));
    if (!pinned)
        return failed(writable, pinned.error());
    if (auto untrusted = UntrustedObjectGuard::check(writable, HistoryMirror::schemaName(),
                                                     HistoryMirror::tableName()))
        return failed(writable, *untrusted);
    const auto exists =
        writable.exec(QString::fromLatin1(kMirrorExists),
                      {HistoryMirror::schemaName(), QString::fromLatin1(kTableName)});
    if (!exists)
        return failed(writable, exists.error());
    if (!exists->toBool(0, QStringLiteral("has_schema"))) {
        const auto created = writable.exec(QString::fromLatin1(kCreateSchema));
        if (!created)
            return failed(writable, created.error());
    }
    if (!exists->toBool(0, QStringLiteral("has_table"))) {
        const auto created = writable.exec(QString::fromLatin1(kCreateTable));
        if (!created)
            return failed(writable, created.error());
    }
    const auto settled = writable.exec(withLiveSessionGone(kSettleInterrupted), {run.uuid});
    if (!settled)
        return failed(writable, settled.error());
    const auto written =
        writable.exec(QString::fromLatin1(kUpsertRun),
                      {run.uuid, run.kind, run.profile, run.environment, run.server, run.database,
                       run.osUser, run.hostName, isoTime(run.startedAt), isoTime(run.endedAt),
                       run.outcome, QString::fromUtf8(mirroredJson(run))});
    if (!written)
        return failed(writable, written.error());
    const auto committed = writable.exec(QString::fromLatin1(kCommit));
    if (!committed)
        return failed(writable, committed.error());
    return std::nullopt;
}

} // namespace

QString HistoryMirror::schemaName()
{
    return QString::fromLatin1(kSchemaName);
}

QString HistoryMirror::tableName()
{
    return schemaName() + QLatin1Char('.') + QString::fromLatin1(kTableName);
}

std::optional<DbError> HistoryMirror::write(PgConnection& writable, const RunRecord& run)
{
    if (run.uuid.isEmpty() || !run.startedAt.isValid()) {
        return DbError(DbError::Kind::BadInput,
                       tr("A run without a uuid or start time cannot be mirrored."));
    }
    auto error = writeOnce(writable, run);
    // Two first runs creating the mirror at once: the one that lost finds it made and writes.
    if (error && createdMeanwhile(*error))
        error = writeOnce(writable, run);
    return error;
}

Result<std::vector<RunRecord>> HistoryMirror::read(PgConnection& connection, const QDateTime& since)
{
    const auto exists = connection.exec(QString::fromLatin1(kMirrorExists),
                                        {schemaName(), QString::fromLatin1(kTableName)});
    if (!exists)
        return exists.error();
    std::vector<RunRecord> runs;
    if (!exists->toBool(0, QStringLiteral("has_table")))
        return runs;
    const auto rows = connection.exec(withLiveSessionGone(kReadRuns), {isoTime(since)});
    if (!rows)
        return rows.error();
    runs.reserve(std::size_t(rows->rowCount()));
    for (int i = 0; i < rows->rowCount(); ++i) {
        const QJsonDocument json =
            QJsonDocument::fromJson(rows->text(i, QStringLiteral("record")).toUtf8());
        RunRecord run = RunRecord::fromJson(json.object());
        if (rows->toBool(i, QStringLiteral("interrupted")))
            run.outcome = QStringLiteral("interrupted");
        run.id = 0;
        run.fromMirror = true;
        run.mirror = QStringLiteral("mirrored");
        runs.push_back(std::move(run));
    }
    return runs;
}

QString HistoryMirror::refusalSentence(const DbError& error, const QString& database)
{
    const QString where = database.isEmpty() ? tr("the target database") : database;
    switch (error.kind()) {
    case DbError::Kind::PermissionDenied:
        return tr("The run is recorded locally but not mirrored to %1: the role may not create "
                  "or write %2 (server said: %3). To mirror runs there, grant the role CREATE on "
                  "the database (the first run then creates the %4 schema), or create the table "
                  "once as its owner and grant the role USAGE on schema %4 and SELECT, INSERT, "
                  "UPDATE on %2.")
            .arg(where, tableName(), error.message(), schemaName());
    case DbError::Kind::ReadOnly:
        return tr("The run is recorded locally but not mirrored to %1: the session there is "
                  "read-only (server said: %2). Runs are mirrored from a writable connection to "
                  "the primary; a hot standby or an inspection-only connection cannot hold them.")
            .arg(where, error.message());
    default:
        break;
    }
    return tr("The run is recorded locally but not mirrored to %1: %2")
        .arg(where, error.sentence());
}

} // namespace migdesk::core
