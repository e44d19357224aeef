// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <array>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace migdesk::core {

namespace {

// A new run, written before any of its work starts.
constexpr auto kInsertRun = R"(
INSERT INTO runs (uuid, kind, profile, environment, server, database, os_user, host_name, pid,
                  started_at, outcome, details, confirmed_by, wal_lsn, mirror)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?, ?, ?))";

// A run's log is a row per line (schema 4): appending costs the same at the first line and at
// the millionth.
constexpr auto kNextLogPosition =
    R"(SELECT coalesce(max(position) + 1, 0) FROM run_log WHERE run_id = ?)";
constexpr auto kInsertLogLine = R"(INSERT INTO run_log (run_id, position, line) VALUES (?, ?, ?))";
constexpr auto kLogOfRun = R"(SELECT line FROM run_log WHERE run_id = ? ORDER BY position)";

constexpr auto kSetDetails = R"(UPDATE runs SET details = ? WHERE id = ?)";

// The run's own facts beside its steps, backups and migrations (setRunFacts).
constexpr auto kSetRunFacts = R"(UPDATE runs SET confirmed_by = ?, wal_lsn = ? WHERE id = ?)";

constexpr auto kSetMirror = R"(UPDATE runs SET mirror = ? WHERE id = ?)";

// A run may finish again: the guided window goes on after its summary (a rollback after a
// failed migration) and finishes the same run with the new outcome. Only a run another process
// found interrupted (its own process gone) stays as it was.
constexpr auto kFinishRun = R"(
UPDATE runs SET outcome = ?, ended_at = ? WHERE id = ? AND outcome <> 'interrupted')";

// Runs of this host still marked running: candidates for "interrupted".
constexpr auto kRunningHere =
    R"(SELECT id, pid FROM runs WHERE outcome = 'running' AND host_name = ?)";

constexpr auto kInterrupt = R"(
UPDATE runs SET outcome = 'interrupted', ended_at = ? WHERE id = ? AND outcome = 'running')";

// Every column recordFrom() reads, in its order; the queries below add their WHERE.
constexpr auto kSelectRuns = R"(
SELECT id, kind, profile, environment, server, database, os_user, host_name, started_at,
       ended_at, outcome, details, uuid, confirmed_by, wal_lsn, mirror
FROM runs)";

constexpr auto kRunById = R"( WHERE id = ?)";

constexpr auto kRunByUuid = R"( WHERE uuid = ?)";

// A RunQuery: each filter is bound twice and skipped when its value is ''; LIMIT -1 is none.
constexpr auto kRunsMatching = R"(
WHERE (? = '' OR kind = ?)
  AND (? = '' OR started_at >= ?)
  AND (? = '' OR started_at < ?)
  AND (? = '' OR database = ?)
  AND (? = '' OR server = ?)
ORDER BY started_at DESC, id DESC
LIMIT ?)";

// setRunFacts replaces a run's steps, backups and migrations: these clear the old ones.
constexpr auto kDeleteSteps = R"(DELETE FROM run_steps WHERE run_id = ?)";
constexpr auto kDeleteBackups = R"(DELETE FROM run_backups WHERE run_id = ?)";
constexpr auto kDeleteMigrations = R"(DELETE FROM run_migrations WHERE run_id = ?)";
constexpr auto kDeleteStatements = R"(DELETE FROM run_statements WHERE run_id = ?)";

constexpr auto kInsertStep = R"(
INSERT INTO run_steps (run_id, step, outcome, started_at, seconds, sentence)
VALUES (?, ?, ?, ?, ?, ?))";

constexpr auto kInsertBackup = R"(
INSERT INTO run_backups (run_id, path, format, bytes, sha256) VALUES (?, ?, ?, ?, ?))";

constexpr auto kInsertMigration = R"(
INSERT INTO run_migrations (run_id, position, direction, source, app, name, outcome, started_at,
                            seconds, lock_wait_seconds, max_blocked, retries, sql, error)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

// One statement of a run's migration, which migration_position names.
constexpr auto kInsertStatement = R"(
INSERT INTO run_statements (run_id, migration_position, position, migration, sql, line, seconds,
                            failed, summed, count)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

// A run's steps, backups and migrations in the order they were recorded.
constexpr auto kStepsOfRun = R"(
SELECT step, outcome, started_at, seconds, sentence FROM run_steps WHERE run_id = ? ORDER BY id)";

constexpr auto kBackupsOfRun = R"(
SELECT path, format, bytes, sha256 FROM run_backups WHERE run_id = ? ORDER BY id)";

constexpr auto kMigrationsOfRun = R"(
SELECT position, direction, source, app, name, outcome, started_at, seconds, lock_wait_seconds,
       max_blocked, retries, sql, error
FROM run_migrations WHERE run_id = ? ORDER BY position, id)";

constexpr auto kStatementsOfRun = R"(
SELECT migration_position, migration, sql, line, seconds, failed, summed, count
FROM run_statements WHERE run_id = ? ORDER BY migration_position, position)";

constexpr auto kInsertSnapshot = R"(
INSERT INTO schema_snapshots (run_id, phase, server, database, taken_at, snapshot)
VALUES (?, ?, ?, ?, ?, ?))";

// The snapshots of one database, newest first (the diff's choice of two).
constexpr auto kSnapshotsOfDatabase = R"(
SELECT id, run_id, phase, server, database, taken_at FROM schema_snapshots
WHERE server = ? AND database = ? ORDER BY taken_at DESC, id DESC)";

// A run's snapshots, "before" ahead of "after".
constexpr auto kSnapshotsOfRun = R"(
SELECT id, run_id, phase, server, database, taken_at FROM schema_snapshots
WHERE run_id = ? ORDER BY taken_at, id)";

constexpr auto kSnapshotById = R"(SELECT snapshot FROM schema_snapshots WHERE id = ?)";

// Any table-size sample of the database after the given time (the hourly limit).
constexpr auto kRecentTableSizes = R"(
SELECT 1 FROM table_sizes WHERE server = ? AND database = ? AND taken_at > ? LIMIT 1)";

constexpr auto kInsertTableSize = R"(
INSERT INTO table_sizes (server, database, taken_at, schema_name, table_name, total_bytes,
                         row_estimate, writes_total, reads_total, counters_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))";

// Every table of the database's latest sample that has activity counters, not older than the
// given time: assess rates a table's traffic since then.
constexpr auto kLatestCounters = R"(
SELECT taken_at, schema_name, table_name, total_bytes, row_estimate, writes_total, reads_total,
       counters_at
FROM table_sizes
WHERE server = ? AND database = ? AND counters_at IS NOT NULL
  AND taken_at = (SELECT max(taken_at) FROM table_sizes
                  WHERE server = ? AND database = ? AND counters_at IS NOT NULL
                    AND taken_at >= ?))";

constexpr auto kTableSizesSince = R"(
SELECT taken_at, schema_name, table_name, total_bytes, row_estimate, writes_total, reads_total,
       counters_at
FROM table_sizes
WHERE server = ? AND database = ? AND taken_at >= ?
ORDER BY taken_at, schema_name, table_name)";

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString now()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

// NULL for an invalid time (a step that never started).
QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(timeText(time)) : QVariant(QMetaType::fromType<QString>());
}

// '' for an invalid time: the "no bound" of the matching queries.
QString boundTime(const QDateTime& time)
{
    return time.isValid() ? timeText(time) : QStringLiteral("");
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QSqlQuery prepared(const QString& connectionName, const QString& sql)
{
    QSqlQuery q(QSqlDatabase::database(connectionName));
    q.prepare(sql);
    return q;
}

QSqlQuery prepared(const QString& connectionName, const char* sql)
{
    return prepared(connectionName, QString::fromLatin1(sql));
}

// Executes q, or keeps its error in *why.
bool execute(QSqlQuery& q, QString* why)
{
    if (q.exec())
        return true;
    *why = q.lastError().text();
    return false;
}

// Runs body between BEGIN IMMEDIATE and COMMIT. IMMEDIATE takes the write lock at once, so a
// second process waits for it within the busy timeout instead of failing when a read
// transaction would have to become a write one; a failed body leaves nothing behind.
template <typename Body> bool inTransaction(const QString& connectionName, QString* why, Body body)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName);
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *why = begin.lastError().text();
        return false;
    }
    QSqlQuery commit(db);
    if (body() && commit.exec(QStringLiteral("COMMIT")))
        return true;
    if (why->isEmpty())
        *why = commit.lastError().text();
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

// A log text as its lines: the line break after the last one ends it, it starts none.
QStringList linesOf(const QString& log)
{
    return (log.endsWith(QLatin1Char('\n')) ? log.chopped(1) : log).split(QLatin1Char('\n'));
}

RunRecord recordFrom(const QSqlQuery& q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.profile = q.value(2).toString();
    r.environment = q.value(3).toString();
    r.server = q.value(4).toString();
    r.database = q.value(5).toString();
    r.osUser = q.value(6).toString();
    r.hostName = q.value(7).toString();
    r.startedAt = timeFrom(q.value(8));
    r.endedAt = timeFrom(q.value(9));
    r.outcome = q.value(10).toString();
    r.details = q.value(11).toString();
    r.uuid = q.value(12).toString();
    r.confirmedBy = q.value(13).toString();
    r.walLsn = q.value(14).toString();
    r.mirror = q.value(15).toString();
    return r;
}

HistoryStore::SnapshotInfo snapshotInfoFrom(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   timeFrom(q.value(5))};
}

} // namespace

HistoryStore::HistoryStore()
    : m_connectionName(QStringLiteral("migdesk-history-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

QString HistoryStore::currentOsUser()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    if (!user.isEmpty())
        return user;
    // A service or container that sets neither. getpwuid_r: stores open on several threads.
    passwd account{};
    passwd* found = nullptr;
    std::array<char, 4096> buffer{};
    if (::getpwuid_r(::geteuid(), &account, buffer.data(), buffer.size(), &found) == 0 && found)
        user = QString::fromLocal8Bit(found->pw_name);
    return user;
}

bool HistoryStore::open(const QString& path, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // A second writer waits for the first instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = tr("Cannot open the run history %1: %2").arg(path, db.lastError().text());
        return false;
    }
    // Switching to WAL needs the file to itself, and SQLite's busy timeout does not cover that
    // switch: while another process creates the store, take turns for a bounded time.
    QSqlQuery pragma(db);
    QDeadlineTimer deadline(10'000);
    bool wal = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    while (!wal && !deadline.hasExpired() &&
           pragma.lastError().nativeErrorCode() == QLatin1String("5")) { // SQLITE_BUSY
        QThread::msleep(20);
        wal = pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    if (!wal || !pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
        *error = tr("Cannot set up the run history %1: %2").arg(path, pragma.lastError().text());
        return false;
    }
    if (!upgrade(error))
        return false;
    markInterrupted();
    return true;
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

bool HistoryStore::upgrade(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    int version = schemaVersion();
    if (version > kSchemaVersion) {
        *error = tr("The run history was written by a newer migdesk (schema %1, this one knows "
                    "%2). Upgrade migdesk or use another history file.")
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    for (; version < kSchemaVersion; ++version) {
        // Each step and its version bump commit together: a crash mid-upgrade leaves the old
        // version intact. BEGIN IMMEDIATE makes two upgrading processes take turns.
        QString why;
        const bool ok = inTransaction(m_connectionName, &why, [&] {
            if (schemaVersion() > version) // the other process did it meanwhile
                return true;
            QSqlQuery q(db);
            for (const char* statement : HistorySchema::upgradeFrom(version))
                if (!q.exec(QString::fromLatin1(statement))) {
                    why = q.lastError().text();
                    return false;
                }
            if (q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)))
                return true;
            why = q.lastError().text();
            return false;
        });
        if (!ok) {
            *error =
                tr("Cannot upgrade the run history to schema %1: %2").arg(version + 1).arg(why);
            return false;
        }
    }
    return true;
}

int HistoryStore::markInterrupted()
{
    QSqlQuery running = prepared(m_connectionName, kRunningHere);
    running.addBindValue(QSysInfo::machineHostName());
    if (!running.exec())
        return 0;
    std::vector<qint64> orphans;
    while (running.next())
        if (!processAlive(running.value(1).toLongLong()))
            orphans.push_back(running.value(0).toLongLong());
    for (qint64 id : orphans) {
        QSqlQuery q = prepared(m_connectionName, kInterrupt);
        q.addBindValue(now());
        q.addBindValue(id);
        q.exec();
    }
    return int(orphans.size());
}

qint64 HistoryStore::beginRun(const RunRecord& run, QString* error)
{
    qint64 id = 0;
    QString why;
    const bool ok = inTransaction(m_connectionName, &why, [&] {
        QSqlQuery q = prepared(m_connectionName, kInsertRun);
        q.addBindValue(run.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                          : run.uuid);
        q.addBindValue(text(run.kind));
        q.addBindValue(text(run.profile)); // a run without a profile is "", not NULL
        q.addBindValue(text(run.environment));
        q.addBindValue(text(run.server));
        q.addBindValue(text(run.database));
        q.addBindValue(text(run.osUser.isEmpty() ? currentOsUser() : run.osUser));
        // Host and pid are this process's: they tell a crashed run from a live one.
        q.addBindValue(QSysInfo::machineHostName());
        q.addBindValue(QCoreApplication::applicationPid());
        q.addBindValue(run.startedAt.isValid() ? timeText(run.startedAt) : now());
        q.addBindValue(run.details.isEmpty() ? QStringLiteral("{}") : run.details);
        q.addBindValue(text(run.confirmedBy));
        q.addBindValue(text(run.walLsn));
        q.addBindValue(text(run.mirror));
        if (!execute(q, &why))
            return false;
        id = q.lastInsertId().toLongLong();
        if (!run.log.isEmpty() && !insertLogLines(id, linesOf(run.log), &why))
            return false;
        return writeFacts(id, run, &why);
    });
    if (!ok) {
        *error = tr("Cannot record the run in the history: %1").arg(why);
        return 0;
    }
    return id;
}

bool HistoryStore::writeFacts(qint64 run, const RunRecord& facts, QString* error)
{
    for (const RunStepRecord& s : facts.steps) {
        QSqlQuery q = prepared(m_connectionName, kInsertStep);
        q.addBindValue(run);
        q.addBindValue(text(s.step));
        q.addBindValue(text(s.outcome));
        q.addBindValue(nullableTime(s.startedAt));
        q.addBindValue(s.seconds);
        q.addBindValue(text(s.sentence));
        if (!execute(q, error))
            return false;
    }
    for (const RunBackupRecord& b : facts.backups) {
        QSqlQuery q = prepared(m_connectionName, kInsertBackup);
        q.addBindValue(run);
        q.addBindValue(text(b.path));
        q.addBindValue(text(b.format));
        q.addBindValue(b.bytes);
        q.addBindValue(text(b.sha256));
        if (!execute(q, error))
            return false;
    }
    for (const RunMigrationRecord& m : facts.migrations) {
        QSqlQuery q = prepared(m_connectionName, kInsertMigration);
        q.addBindValue(run);
        q.addBindValue(m.position);
        q.addBindValue(text(m.direction));
        q.addBindValue(text(m.source));
        q.addBindValue(text(m.app));
        q.addBindValue(text(m.name));
        q.addBindValue(text(m.outcome));
        q.addBindValue(nullableTime(m.startedAt));
        q.addBindValue(m.seconds);
        q.addBindValue(m.lockWaitSeconds);
        q.addBindValue(m.maxBlocked);
        q.addBindValue(m.retries);
        q.addBindValue(text(m.sql));
        q.addBindValue(text(m.error));
        if (!execute(q, error))
            return false;
        // Prepared once: a data migration lists up to a thousand statements.
        QSqlQuery statement = prepared(m_connectionName, kInsertStatement);
        for (std::size_t i = 0; i < m.statements.size(); ++i) {
            const StatementTiming& t = m.statements[i];
            statement.addBindValue(run);
            statement.addBindValue(m.position);
            statement.addBindValue(qint64(i));
            statement.addBindValue(text(t.migration));
            statement.addBindValue(text(t.sql));
            statement.addBindValue(t.line);
            statement.addBindValue(t.seconds);
            statement.addBindValue(t.failed);
            statement.addBindValue(t.summed);
            statement.addBindValue(t.count);
            if (!execute(statement, error))
                return false;
        }
    }
    return true;
}

DbError HistoryStore::readError(const QSqlQuery& failed) const
{
    return DbError(DbError::Kind::Other,
                   tr("The run history %1 could not be read (%2): check the file and its folder; "
                      "moved aside, it is started anew.")
                       .arg(QSqlDatabase::database(m_connectionName, false).databaseName(),
                            failed.lastError().text()));
}

std::optional<DbError> HistoryStore::readLog(RunRecord& run) const
{
    QSqlQuery q = prepared(m_connectionName, kLogOfRun);
    q.setForwardOnly(true);
    q.addBindValue(run.id);
    if (!q.exec())
        return readError(q);
    while (q.next()) {
        run.log += q.value(0).toString();
        run.log += QLatin1Char('\n');
    }
    return std::nullopt;
}

std::optional<DbError> HistoryStore::readFacts(RunRecord& run, bool withStatements) const
{
    QSqlQuery steps = prepared(m_connectionName, kStepsOfRun);
    steps.addBindValue(run.id);
    if (!steps.exec())
        return readError(steps);
    while (steps.next())
        run.steps.push_back({steps.value(0).toString(), steps.value(1).toString(),
                             timeFrom(steps.value(2)), steps.value(3).toDouble(),
                             steps.value(4).toString()});
    QSqlQuery backups = prepared(m_connectionName, kBackupsOfRun);
    backups.addBindValue(run.id);
    if (!backups.exec())
        return readError(backups);
    while (backups.next())
        run.backups.push_back({backups.value(0).toString(), backups.value(1).toString(),
                               backups.value(2).toLongLong(), backups.value(3).toString()});
    QSqlQuery migrations = prepared(m_connectionName, kMigrationsOfRun);
    migrations.addBindValue(run.id);
    if (!migrations.exec())
        return readError(migrations);
    while (migrations.next()) {
        RunMigrationRecord m;
        m.position = migrations.value(0).toInt();
        m.direction = migrations.value(1).toString();
        m.source = migrations.value(2).toString();
        m.app = migrations.value(3).toString();
        m.name = migrations.value(4).toString();
        m.outcome = migrations.value(5).toString();
        m.startedAt = timeFrom(migrations.value(6));
        m.seconds = migrations.value(7).toDouble();
        m.lockWaitSeconds = migrations.value(8).toDouble();
        m.maxBlocked = migrations.value(9).toInt();
        m.retries = migrations.value(10).toInt();
        m.sql = migrations.value(11).toString();
        m.error = migrations.value(12).toString();
        run.migrations.push_back(std::move(m));
    }
    if (!withStatements)
        return std::nullopt;
    QSqlQuery statements = prepared(m_connectionName, kStatementsOfRun);
    statements.addBindValue(run.id);
    if (!statements.exec())
        return readError(statements);
    while (statements.next()) {
        const int position = statements.value(0).toInt();
        const auto owner = std::find_if(
            run.migrations.begin(), run.migrations.end(),
            [position](const RunMigrationRecord& m) { return m.position == position; });
        if (owner == run.migrations.end())
            continue;
        StatementTiming t;
        t.migration = statements.value(1).toString();
        t.sql = statements.value(2).toString();
        t.line = statements.value(3).toInt();
        t.seconds = statements.value(4).toDouble();
        t.failed = statements.value(5).toBool();
        t.summed = statements.value(6).toBool();
        t.count = statements.value(7).toInt();
        owner->statements.push_back(std::move(t));
    }
    return std::nullopt;
}

bool HistoryStore::insertLogLines(qint64 run, const QStringList& lines, QString* why)
{
    QSqlQuery next = prepared(m_connectionName, kNextLogPosition);
    next.addBindValue(run);
    if (!execute(next, why) || !next.next())
        return false;
    qint64 position = next.value(0).toLongLong();
    QSqlQuery insert = prepared(m_connectionName, kInsertLogLine);
    for (const QString& line : lines) {
        insert.addBindValue(run);
        insert.addBindValue(position++);
        insert.addBindValue(text(line));
        if (!execute(insert, why))
            return false;
    }
    return true;
}

bool HistoryStore::appendLog(qint64 run, const QStringList& lines, QString* error)
{
    if (lines.isEmpty())
        return true;
    QString why;
    if (!inTransaction(m_connectionName, &why, [&] { return insertLogLines(run, lines, &why); })) {
        *error = tr("Cannot write the run log to the history: %1").arg(why);
        return false;
    }
    return true;
}

bool HistoryStore::setDetails(qint64 run, const QString& json, QString* error)
{
    QSqlQuery q = prepared(m_connectionName, kSetDetails);
    q.addBindValue(json.isEmpty() ? QStringLiteral("{}") : json);
    q.addBindValue(run);
    if (!q.exec()) {
        *error = tr("Cannot record the run in the history: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool HistoryStore::setRunFacts(qint64 run, const RunRecord& facts, QString* error)
{
    QString why;
    const bool ok = inTransaction(m_connectionName, &why, [&] {
        for (const char* sql :
             {kDeleteSteps, kDeleteBackups, kDeleteMigrations, kDeleteStatements}) {
            QSqlQuery q = prepared(m_connectionName, sql);
            q.addBindValue(run);
            if (!execute(q, &why))
                return false;
        }
        QSqlQuery q = prepared(m_connectionName, kSetRunFacts);
        q.addBindValue(text(facts.confirmedBy));
        q.addBindValue(text(facts.walLsn));
        q.addBindValue(run);
        if (!execute(q, &why))
            return false;
        if (q.numRowsAffected() != 1) {
            why = tr("there is no run %1.").arg(run);
            return false;
        }
        return writeFacts(run, facts, &why);
    });
    if (!ok)
        *error = tr("Cannot record the run's steps in the history: %1").arg(why);
    return ok;
}

bool HistoryStore::setMirror(qint64 run, const QString& mirror, QString* error)
{
    QSqlQuery q = prepared(m_connectionName, kSetMirror);
    q.addBindValue(text(mirror));
    q.addBindValue(run);
    if (!q.exec()) {
        *error = tr("Cannot record the run in the history: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool HistoryStore::finishRun(qint64 run, const QString& outcome, QString* error)
{
    QSqlQuery q = prepared(m_connectionName, kFinishRun);
    q.addBindValue(text(outcome));
    q.addBindValue(now());
    q.addBindValue(run);
    if (!q.exec()) {
        *error = tr("Cannot record the run in the history: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

Result<std::vector<RunRecord>>
HistoryStore::selectRuns(const char* where, const QVariantList& values, bool withTexts) const
{
    QSqlQuery q =
        prepared(m_connectionName, QString::fromLatin1(kSelectRuns) + QLatin1String(where));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return readError(q);
    std::vector<RunRecord> records;
    while (q.next())
        records.push_back(recordFrom(q));
    // Read after the runs' statement is done, one run at a time.
    for (RunRecord& record : records) {
        if (auto failed = readFacts(record, withTexts))
            return *failed;
        if (withTexts) {
            if (auto failed = readLog(record))
                return *failed;
        }
    }
    return records;
}

namespace {

Result<std::optional<RunRecord>> firstOf(Result<std::vector<RunRecord>> records)
{
    if (!records)
        return records.error();
    if (records->empty())
        return std::optional<RunRecord>();
    return std::optional<RunRecord>(std::move(records.value().front()));
}

} // namespace

Result<std::optional<RunRecord>> HistoryStore::run(qint64 id) const
{
    return firstOf(selectRuns(kRunById, {id}, true));
}

Result<std::optional<RunRecord>> HistoryStore::runByUuid(const QString& uuid) const
{
    return firstOf(selectRuns(kRunByUuid, {text(uuid)}, true));
}

Result<std::vector<RunRecord>> HistoryStore::runs(const RunQuery& query) const
{
    QVariantList values;
    for (const QString& value : {text(query.kind), boundTime(query.since), boundTime(query.until),
                                 text(query.database), text(query.server)})
        values << value << value;
    values << (query.limit > 0 ? query.limit : -1);
    return selectRuns(kRunsMatching, values, query.withTexts);
}

Result<std::vector<RunRecord>> HistoryStore::runs() const
{
    return runs(RunQuery());
}

qint64 HistoryStore::addSchemaSnapshot(qint64 run, const QString& phase, const QString& server,
                                       const QString& database, const QDateTime& takenAt,
                                       const QJsonObject& snapshot, QString* error)
{
    QSqlQuery q = prepared(m_connectionName, kInsertSnapshot);
    q.addBindValue(run > 0 ? QVariant(run) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(text(phase));
    q.addBindValue(text(server));
    q.addBindValue(text(database));
    q.addBindValue(takenAt.isValid() ? timeText(takenAt) : now());
    q.addBindValue(QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error =
            tr("Cannot record the schema snapshot in the history: %1").arg(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

std::vector<HistoryStore::SnapshotInfo> HistoryStore::schemaSnapshots(const QString& server,
                                                                      const QString& database) const
{
    QSqlQuery q = prepared(m_connectionName, kSnapshotsOfDatabase);
    q.addBindValue(text(server));
    q.addBindValue(text(database));
    std::vector<SnapshotInfo> snapshots;
    if (q.exec())
        while (q.next())
            snapshots.push_back(snapshotInfoFrom(q));
    return snapshots;
}

std::vector<HistoryStore::SnapshotInfo> HistoryStore::schemaSnapshotsOfRun(qint64 run) const
{
    QSqlQuery q = prepared(m_connectionName, kSnapshotsOfRun);
    q.addBindValue(run);
    std::vector<SnapshotInfo> snapshots;
    if (q.exec())
        while (q.next())
            snapshots.push_back(snapshotInfoFrom(q));
    return snapshots;
}

std::optional<QJsonObject> HistoryStore::schemaSnapshot(qint64 id) const
{
    QSqlQuery q = prepared(m_connectionName, kSnapshotById);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

bool HistoryStore::tableSizesDue(const QString& server, const QString& database,
                                 const QDateTime& now) const
{
    QSqlQuery q = prepared(m_connectionName, kRecentTableSizes);
    q.addBindValue(text(server));
    q.addBindValue(text(database));
    q.addBindValue(timeText(now.addSecs(-3600)));
    // A store that cannot be read could not keep a new sample either.
    return q.exec() && !q.next();
}

bool HistoryStore::addTableSizes(const QString& server, const QString& database,
                                 const std::vector<TableSizeSample>& samples, QString* error)
{
    const QString takenNow = now(); // for samples without a time: one moment for all of them
    QString why;
    const bool ok = inTransaction(m_connectionName, &why, [&] {
        for (const TableSizeSample& s : samples) {
            QSqlQuery q = prepared(m_connectionName, kInsertTableSize);
            q.addBindValue(text(server));
            q.addBindValue(text(database));
            q.addBindValue(s.takenAt.isValid() ? timeText(s.takenAt) : takenNow);
            q.addBindValue(text(s.schema));
            q.addBindValue(text(s.table));
            q.addBindValue(s.totalBytes);
            q.addBindValue(s.rowEstimate);
            const bool counted = s.writesTotal && s.readsTotal;
            q.addBindValue(counted ? QVariant(*s.writesTotal)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(counted ? QVariant(*s.readsTotal)
                                   : QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(counted ? QVariant(s.countersAtEpoch)
                                   : QVariant(QMetaType(QMetaType::Double)));
            if (!execute(q, &why))
                return false;
        }
        return true;
    });
    if (!ok)
        *error = tr("Cannot record the table sizes in the history: %1").arg(why);
    return ok;
}

namespace {

// The rows of kLatestCounters or kTableSizesSince (the same columns); the counters are absent
// in samples recorded before schema 5.
std::vector<HistoryStore::TableSizeSample> tableSizeSamples(QSqlQuery& q)
{
    std::vector<HistoryStore::TableSizeSample> samples;
    if (!q.exec())
        return samples;
    while (q.next()) {
        HistoryStore::TableSizeSample sample{timeFrom(q.value(0)),
                                             q.value(1).toString(),
                                             q.value(2).toString(),
                                             q.value(3).toLongLong(),
                                             q.value(4).toLongLong(),
                                             std::nullopt,
                                             std::nullopt,
                                             0};
        if (!q.value(7).isNull()) {
            sample.writesTotal = q.value(5).toLongLong();
            sample.readsTotal = q.value(6).toLongLong();
            sample.countersAtEpoch = q.value(7).toDouble();
        }
        samples.push_back(sample);
    }
    return samples;
}

} // namespace

std::vector<HistoryStore::TableSizeSample>
HistoryStore::latestCounters(const QString& server, const QString& database,
                             const QDateTime& notBefore) const
{
    QSqlQuery q = prepared(m_connectionName, kLatestCounters);
    q.addBindValue(text(server));
    q.addBindValue(text(database));
    q.addBindValue(text(server));
    q.addBindValue(text(database));
    q.addBindValue(boundTime(notBefore));
    return tableSizeSamples(q);
}

std::vector<HistoryStore::TableSizeSample> HistoryStore::tableSizes(const QString& server,
                                                                    const QString& database,
                                                                    const QDateTime& since) const
{
    QSqlQuery q = prepared(m_connectionName, kTableSizesSince);
    q.addBindValue(text(server));
    q.addBindValue(text(database));
    q.addBindValue(boundTime(since));
    return tableSizeSamples(q);
}

} // namespace migdesk::core
