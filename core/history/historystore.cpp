// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <csignal>
#include <unistd.h>

namespace migdesk::core {

namespace {

// Schema steps: entry i upgrades version i to i + 1. Never edit a step that has shipped; add one.
const char* const kUpgrades[] = {
    R"(CREATE TABLE runs (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           kind TEXT NOT NULL,
           profile TEXT NOT NULL DEFAULT '',
           environment TEXT NOT NULL DEFAULT '',
           server TEXT NOT NULL DEFAULT '',
           database TEXT NOT NULL DEFAULT '',
           os_user TEXT NOT NULL DEFAULT '',
           host_name TEXT NOT NULL DEFAULT '',
           pid INTEGER NOT NULL,
           started_at TEXT NOT NULL,
           ended_at TEXT,
           outcome TEXT NOT NULL,
           log TEXT NOT NULL DEFAULT '',
           details TEXT NOT NULL DEFAULT '{}'
       ))",
};
static_assert(std::size(kUpgrades) == HistoryStore::kSchemaVersion);

// A new run, written before any of its work starts.
constexpr auto kInsertRun = R"(
INSERT INTO runs (kind, profile, environment, server, database, os_user, host_name, pid,
                  started_at, outcome)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running'))";

// Appends one line to a run's log in place, so a crash loses at most the line being written.
constexpr auto kAppendLog = R"(UPDATE runs SET log = log || ? || char(10) WHERE id = ?)";

constexpr auto kSetDetails = R"(UPDATE runs SET details = ? WHERE id = ?)";

constexpr auto kFinishRun = R"(
UPDATE runs SET outcome = ?, ended_at = ? WHERE id = ? AND outcome = 'running')";

// Runs of this host still marked running: candidates for "interrupted".
constexpr auto kRunningHere = R"(SELECT id, pid FROM runs WHERE outcome = 'running' AND host_name = ?)";

constexpr auto kInterrupt = R"(
UPDATE runs SET outcome = 'interrupted', ended_at = ? WHERE id = ? AND outcome = 'running')";

constexpr auto kSelectRuns = R"(
SELECT id, kind, profile, environment, server, database, os_user, host_name, started_at,
       ended_at, outcome, log, details
FROM runs)";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
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
    r.startedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    if (!q.value(9).isNull())
        r.endedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.outcome = q.value(10).toString();
    r.log = q.value(11).toString();
    r.details = q.value(12).toString();
    return r;
}

} // namespace

HistoryStore::HistoryStore()
    : m_connectionName(QStringLiteral("migdesk-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/history.sqlite");
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
    while (!wal && !deadline.hasExpired()
           && pragma.lastError().nativeErrorCode() == QLatin1String("5")) { // SQLITE_BUSY
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
        QSqlQuery q(db);
        const bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"))
                        && (schemaVersion() > version // the other process did it meanwhile
                            || (q.exec(QString::fromLatin1(kUpgrades[version]))
                                && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))))
                        && q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            *error = tr("Cannot upgrade the run history to schema %1: %2")
                         .arg(version + 1)
                         .arg(q.lastError().text());
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    return true;
}

int HistoryStore::markInterrupted()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery running(db);
    running.prepare(QString::fromLatin1(kRunningHere));
    running.addBindValue(QSysInfo::machineHostName());
    if (!running.exec())
        return 0;
    std::vector<qint64> orphans;
    while (running.next())
        if (!processAlive(running.value(1).toLongLong()))
            orphans.push_back(running.value(0).toLongLong());
    for (qint64 id : orphans) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(kInterrupt));
        q.addBindValue(now());
        q.addBindValue(id);
        q.exec();
    }
    return int(orphans.size());
}

qint64 HistoryStore::beginRun(const RunRecord& run, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QString::fromLatin1(kInsertRun));
    for (const QString& value : {run.kind, run.profile, run.environment, run.server, run.database,
                                 run.osUser, QSysInfo::machineHostName()})
        q.addBindValue(value.isNull() ? QStringLiteral("") : value); // a run without a profile is "", not NULL
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(now());
    if (!q.exec()) {
        *error = tr("Cannot record the run in the history: %1").arg(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryStore::appendLog(qint64 run, const QString& line, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QString::fromLatin1(kAppendLog));
    q.addBindValue(line);
    q.addBindValue(run);
    if (!q.exec()) {
        *error = tr("Cannot write the run log to the history: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool HistoryStore::setDetails(qint64 run, const QString& json, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QString::fromLatin1(kSetDetails));
    q.addBindValue(json);
    q.addBindValue(run);
    if (!q.exec()) {
        *error = tr("Cannot record the run in the history: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool HistoryStore::finishRun(qint64 run, const QString& outcome, QString* error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QString::fromLatin1(kFinishRun));
    q.addBindValue(outcome);
    q.addBindValue(now());
    q.addBindValue(run);
    if (!q.exec()) {
        *error = tr("Cannot record the run in the history: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

std::optional<RunRecord> HistoryStore::run(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QString::fromLatin1(kSelectRuns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

std::vector<RunRecord> HistoryStore::runs(const QString& kind) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // A null QString binds as SQL NULL, so "all kinds" is its own statement.
    if (kind.isEmpty()) {
        q.prepare(QString::fromLatin1(kSelectRuns) + QStringLiteral(" ORDER BY id DESC"));
    } else {
        q.prepare(QString::fromLatin1(kSelectRuns) + QStringLiteral(" WHERE kind = ? ORDER BY id DESC"));
        q.addBindValue(kind);
    }
    std::vector<RunRecord> records;
    if (q.exec())
        while (q.next())
            records.push_back(recordFrom(q));
    return records;
}

} // namespace migdesk::core
