// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupjob.h"

#include "catalog/exclusivelocks.h"
#include "common/units.h"
#include "connection/libpqenvironment.h"
#include "connection/pgconnection.h"
#include "connection/serverversion.h"
#include "runbook/backupmetadata.h"
#include "runbook/pgdumpoutput.h"
#include "runbook/pgtools.h"
#include "runbook/poolerguard.h"

#include <libpq-fe.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <memory>

#include <sys/stat.h>

namespace migdesk::core {

namespace {

const QString kApplicationName = QStringLiteral("migdesk-backup");
constexpr int kPollMs = 100;
constexpr int kReportIntervalMs = 250;
// pg_dump and pg_restore answer SIGTERM by cancelling their queries (and stopping their
// parallel workers) before they exit; SIGKILL only when that takes longer than this.
constexpr int kTerminateGraceMs = 5'000;
constexpr qint64 kHashChunkBytes = 1 << 20;

// The tables whose rows pg_dump writes, with their size: plain tables and partitions outside the
// system schemas, except an extension's own tables (CREATE EXTENSION makes those). Partitioned
// parents hold no rows; materialized views are dumped as REFRESH statements. The size is
// pg_table_size (heap, TOAST, free-space and visibility maps; no indexes). Where an ACCESS
// EXCLUSIVE lock is held or queued on the table, its TOAST table or an index, the size
// functions would queue behind it, so those tables get the pg_class estimate and locked = true.
// The database's size rides along on every row, and one row with null names stands for a
// database without tables.
constexpr auto kDumpedTablesHead = R"(
WITH db AS MATERIALIZED (
    SELECT pg_database_size(current_database()) AS database_bytes
),)";
constexpr auto kDumpedTablesBody = R"(,
dumped AS (
    SELECT c.oid, c.relname, n.nspname, c.reltoastrelid, c.relpages,
           c.oid IN (SELECT oid FROM covered) AS locked
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r'
      AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
      AND n.nspname <> 'migdesk' -- the run history mirror, not dumped (see dumpArguments)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                        AND d.deptype = 'e')
)
SELECT db.database_bytes, t.nspname AS schema_name, t.relname AS table_name, t.locked,
       CASE WHEN t.locked
            THEN (t.relpages::bigint + coalesce(toast.relpages, 0)::bigint)
                 * current_setting('block_size')::bigint
            ELSE pg_table_size(t.oid) END AS table_bytes
FROM db
LEFT JOIN dumped t ON true
LEFT JOIN pg_class toast ON toast.oid = t.reltoastrelid
ORDER BY t.nspname, t.relname)";

// The snapshot pg_dump reads with (--snapshot), so that counting rows in it afterwards counts
// exactly what was dumped. Read-only; kept open, idle, for the whole dump, as pg_dump keeps its
// own, so a server-wide idle_in_transaction_session_timeout must not end it.
constexpr auto kBeginSnapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";
constexpr auto kKeepSnapshotIdle = "SET LOCAL idle_in_transaction_session_timeout = 0";
constexpr auto kExportSnapshot = "SELECT pg_export_snapshot() AS snapshot";
// ACCESS SHARE on every dumped table for as long as the snapshot lives, taken right away as
// pg_dump takes its own: without it a TRUNCATE or table rewrite committed after pg_dump exits
// would make the counts (in the old snapshot) read an empty table. Bounded by lock_timeout.
constexpr auto kLockDumpedTables = "LOCK TABLE %1 IN ACCESS SHARE MODE";
// One table's exact row count in the snapshot; the identifier is quoted by libpq.
constexpr auto kCountRows = "SELECT count(*) AS row_count FROM %1";
constexpr auto kEndSnapshot = "ROLLBACK";

struct DumpedTable
{
    QString schema;
    QString name;
    qint64 bytes = 0;
    bool locked = false;
};

struct Sizing
{
    qint64 databaseBytes = 0;
    std::vector<DumpedTable> tables;
};

Result<Sizing> readSizing(PgConnection& connection)
{
    static const QString query = QString::fromLatin1(kDumpedTablesHead) +
                                 QString::fromLatin1(kExclusivelyLockedTablesCte) +
                                 QString::fromLatin1(kDumpedTablesBody);
    const auto rows = connection.exec(query);
    if (!rows)
        return rows.error();
    Sizing sizing;
    for (int i = 0; i < rows->rowCount(); ++i) {
        sizing.databaseBytes = rows->toInt64(i, QStringLiteral("database_bytes"));
        if (rows->isNull(i, QStringLiteral("table_name")))
            continue;
        sizing.tables.push_back({rows->text(i, QStringLiteral("schema_name")),
                                 rows->text(i, QStringLiteral("table_name")),
                                 rows->toInt64(i, QStringLiteral("table_bytes")),
                                 rows->toBool(i, QStringLiteral("locked"))});
    }
    return sizing;
}

QString quotedIdentifier(PgConnection& connection, const QString& identifier)
{
    const QByteArray utf8 = identifier.toUtf8();
    char* quoted =
        PQescapeIdentifier(connection.handle(), utf8.constData(), std::size_t(utf8.size()));
    if (!quoted)
        return {};
    QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString qualifiedName(PgConnection& connection, const DumpedTable& table)
{
    return quotedIdentifier(connection, table.schema) + QLatin1Char('.') +
           quotedIdentifier(connection, table.name);
}

void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(kTerminateGraceMs)) {
        process.kill();
        process.waitForFinished();
    }
}

// Lines of a child's stderr as they complete; a last line without a break comes with flush().
class LineSplitter
{
public:
    template <class Handler> void add(const QByteArray& bytes, Handler&& handle)
    {
        m_pending += bytes;
        qsizetype end;
        while ((end = m_pending.indexOf('\n')) >= 0) {
            handle(QString::fromUtf8(m_pending.left(end)).trimmed());
            m_pending.remove(0, end + 1);
        }
    }
    template <class Handler> void flush(Handler&& handle)
    {
        if (!m_pending.trimmed().isEmpty())
            handle(QString::fromUtf8(m_pending).trimmed());
        m_pending.clear();
    }

private:
    QByteArray m_pending;
};

class BackupRun
{
    Q_DECLARE_TR_FUNCTIONS(BackupJob)
public:
    BackupRun(const RunbookTarget& target, const BackupOptions& options, const StepContext& ctx)
        : m_target(target), m_options(options), m_ctx(ctx)
    {
    }
    Q_DISABLE_COPY_MOVE(BackupRun)

    StepResult run();

private:
    // Each step returns true to go on; otherwise it has set m_outcome and m_sentence.
    bool fail(const QString& sentence);
    bool cancelled();
    bool failQuery(const DbError& error, const QString& what);
    bool prepareDirectory();
    bool connect();
    bool findTools();
    bool readTables();
    bool beginSnapshot();
    bool chooseStem();
    QStringList dumpArguments() const;
    QProcessEnvironment childEnvironment() const;
    bool dumpCustom();
    bool dumpDirectory();
    bool hashDirectory();
    bool countRows();
    bool listArchive();
    bool writePlain();
    bool writeMetadata();
    void removeLeftovers();

    bool startDump(QProcess& process, const QString& description);
    void handleDumpLine(const QString& line, qint64 archiveBytes);
    void reportDump(qint64 archiveBytes, bool force);
    bool dumpFailed(QProcess& process);
    // "public.a, public.b": the tables an ACCESS EXCLUSIVE lock was held or queued on when
    // their sizes were read.
    QString exclusivelyLockedTables() const;
    struct ToolRun
    {
        bool ok = false;
        QByteArray output;
        QString problem; // one sentence when !ok and not cancelled
    };
    ToolRun runTool(const PgTools::Tool& tool, const QStringList& arguments, const QString& what);
    Result<QueryResult> exec(const QString& sql);

    const RunbookTarget& m_target;
    const BackupOptions& m_options;
    const StepContext& m_ctx;

    StepResult::Outcome m_outcome = StepResult::Outcome::Succeeded;
    QString m_sentence;

    QString m_directory;
    QStringList m_createdDirectories; // made by this run, deepest last; removed again if empty
    QStringList m_leftovers;          // files and folders of this run, removed when it fails
    PgConnection m_connection;
    QString m_snapshot;
    PgTools::Tool m_pgDump;
    PgTools::Tool m_pgRestore;
    Sizing m_sizing;
    BackupMetadata m_metadata;
    QString m_archivePath; // <stem>.backup or <stem>.dir

    std::unique_ptr<PgDumpOutput> m_output;
    QElapsedTimer m_dumpTimer;
    QElapsedTimer m_sinceReport;
    int m_catalogLines = 0;
    qint64 m_archiveBytes = 0;
};

bool BackupRun::fail(const QString& sentence)
{
    m_outcome = StepResult::Outcome::Failed;
    m_sentence = sentence;
    return false;
}

bool BackupRun::cancelled()
{
    m_outcome = StepResult::Outcome::Cancelled;
    m_sentence = tr("The backup was cancelled; nothing it had written was kept.");
    return false;
}

bool BackupRun::failQuery(const DbError& error, const QString& what)
{
    if (error.kind() == DbError::Kind::Cancelled && m_ctx.cancel.isCancelled())
        return cancelled();
    return fail(tr("%1 failed: %2").arg(what, error.sentence()));
}

Result<QueryResult> BackupRun::exec(const QString& sql)
{
    CancelToken::ActionScope scope(m_ctx.cancel,
                                   [handle = m_connection.cancelHandle()] { handle->cancel(); });
    return m_connection.exec(sql);
}

bool BackupRun::prepareDirectory()
{
    if (m_options.directory.trimmed().isEmpty())
        return fail(tr("No backup folder was given: choose the folder the backup files go to."));
    m_directory = QDir::cleanPath(QDir(m_options.directory).absolutePath());
    QStringList missing;
    for (QString path = m_directory; !QFileInfo::exists(path); path = QFileInfo(path).path())
        missing.prepend(path);
    const QFileInfo existing(m_directory);
    if (missing.isEmpty() && !existing.isDir())
        return fail(
            tr("The backup folder %1 is a file, not a folder: choose a folder.").arg(m_directory));
    if (!missing.isEmpty()) {
        if (!QDir().mkpath(m_directory)) {
            // mkpath may have made the first levels before it failed.
            for (auto it = missing.crbegin(); it != missing.crend(); ++it)
                QDir().rmdir(*it);
            return fail(tr("The backup folder %1 does not exist and cannot be created (is a part "
                           "of the path a file, or not writable?): choose a folder migdesk may "
                           "write to.")
                            .arg(m_directory));
        }
        m_createdDirectories = missing;
        m_ctx.log.write(tr("Created the backup folder %1.").arg(m_directory));
    }
    return true;
}

bool BackupRun::connect()
{
    SessionPolicy policy;
    policy.applicationName = kApplicationName;
    policy.readOnly = true;
    // Counting the rows of a large table may take minutes; cancel stays possible (PQcancel).
    policy.statementTimeoutMs = 0;
    policy.lockTimeoutMs = m_options.lockWaitTimeoutMs;
    if (const auto error =
            m_connection.open(m_target.connection.info, m_target.connection.password, policy))
        return fail(tr("Cannot connect to the database to back it up: %1").arg(error->sentence()));
    if (const QString refused = PoolerGuard::refusal(m_connection, tr("the backup"));
        !refused.isEmpty())
        return fail(refused);
    m_metadata.database = QString::fromUtf8(PQdb(m_connection.handle()));
    m_metadata.host = QString::fromUtf8(PQhost(m_connection.handle()));
    m_metadata.port = QString::fromUtf8(PQport(m_connection.handle()));
    m_metadata.serverVersion = ServerVersion(m_connection.serverVersion()).text();
    return true;
}

bool BackupRun::findTools()
{
    const PgTools tools(m_target.pgBinDir);
    m_pgDump = tools.find(QStringLiteral("pg_dump"), m_connection.serverVersion());
    if (!m_pgDump.usable())
        return fail(m_pgDump.problem);
    m_pgRestore = tools.find(QStringLiteral("pg_restore"), m_connection.serverVersion());
    if (!m_pgRestore.usable())
        return fail(m_pgRestore.problem);
    m_metadata.pgDumpVersion = m_pgDump.version.toString();
    m_ctx.log.write(tr("pg_dump %1 at %2, pg_restore %3 at %4, server PostgreSQL %5.")
                        .arg(m_pgDump.version.toString(), m_pgDump.path,
                             m_pgRestore.version.toString(), m_pgRestore.path,
                             m_metadata.serverVersion));
    return true;
}

bool BackupRun::readTables()
{
    auto sizing = readSizing(m_connection);
    if (!sizing)
        return failQuery(sizing.error(), tr("Reading the table sizes"));
    m_sizing = *sizing;
    m_metadata.databaseBytes = m_sizing.databaseBytes;
    qint64 tableBytes = 0;
    for (const DumpedTable& table : m_sizing.tables)
        tableBytes += table.bytes;
    m_ctx.log.write(tr("Database %1: %2; %n table(s) with %3 of rows to dump.", nullptr,
                       int(m_sizing.tables.size()))
                        .arg(m_metadata.database, formatBytes(m_sizing.databaseBytes),
                             formatBytes(tableBytes)));
    return true;
}

bool BackupRun::beginSnapshot()
{
    for (const char* statement : {kBeginSnapshot, kKeepSnapshotIdle}) {
        if (const auto done = exec(QString::fromLatin1(statement)); !done)
            return failQuery(done.error(), tr("Starting the snapshot for the row counts"));
    }
    const auto exported = exec(QString::fromLatin1(kExportSnapshot));
    if (!exported)
        return failQuery(exported.error(), tr("Exporting the snapshot for the row counts"));
    m_snapshot = exported->text(0, QStringLiteral("snapshot"));
    // The table list is read in the snapshot, so it is the list pg_dump will see.
    if (!readTables())
        return false;
    if (m_sizing.tables.empty())
        return true;
    QStringList names;
    for (const DumpedTable& table : m_sizing.tables)
        names << qualifiedName(m_connection, table);
    const auto locked =
        exec(QString::fromLatin1(kLockDumpedTables).arg(names.join(QStringLiteral(", "))));
    if (!locked) {
        if (locked.error().kind() != DbError::Kind::LockTimeout)
            return failQuery(locked.error(), tr("Locking the tables for the row counts"));
        const QString held = exclusivelyLockedTables();
        const QString which = held.isEmpty() ? tr("one of the tables") : held;
        return fail(tr("The backup waited %1 to lock %2: another session holds or is waiting "
                       "for an exclusive lock on it (a migration, ALTER TABLE or VACUUM FULL). "
                       "Let that session finish or end it (the Locks pane shows it), then start "
                       "the backup again; nothing was written.")
                        .arg(formatDuration(m_options.lockWaitTimeoutMs / 1000.0), which));
    }
    m_ctx.log.write(tr("Snapshot %1 exported; the row counts will be read in it.").arg(m_snapshot));
    return true;
}

bool BackupRun::chooseStem()
{
    // Two backups started within one second would share a name; wait for the next second
    // rather than overwrite anything.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QDateTime now = QDateTime::currentDateTime();
        now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
        const QString stem = BackupMetadata::stemFor(m_metadata.database, now);
        const QDir dir(m_directory);
        bool taken = false;
        for (const QString& suffix :
             {QStringLiteral(".backup"), QStringLiteral(".dir"), QStringLiteral(".dir.partial"),
              QStringLiteral(".sql"), QStringLiteral(".sql.partial"), QStringLiteral(".json")})
            taken = taken || QFileInfo::exists(dir.filePath(stem + suffix));
        if (!taken) {
            m_metadata.timestamp = now;
            return true;
        }
        QThread::msleep(1000 - QTime::currentTime().msec() + 10);
    }
    return fail(tr("Backups named like this one keep appearing in %1: is another backup of "
                   "the same database writing there? Wait for it to finish.")
                    .arg(m_directory));
}

QProcessEnvironment BackupRun::childEnvironment() const
{
    QProcessEnvironment environment =
        libpqEnvironment(m_target.connection.info, m_target.connection.password, kApplicationName);
    // pg_dump's progress and errors are read as text: its English messages, whatever the
    // user's language (LC_ALL would override LC_MESSAGES, so it gives way to LANG).
    if (environment.contains(QStringLiteral("LC_ALL"))) {
        environment.insert(QStringLiteral("LANG"), environment.value(QStringLiteral("LC_ALL")));
        environment.remove(QStringLiteral("LC_ALL"));
    }
    environment.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    return environment;
}

QStringList BackupRun::dumpArguments() const
{
    // migdesk's own run history in the target (the mirror) is left out: a rollback by restore
    // brings the application's data back, never erases the record of what was run.
    QStringList arguments{QStringLiteral("--verbose"), QStringLiteral("--no-password"),
                          QStringLiteral("--lock-wait-timeout=%1").arg(m_options.lockWaitTimeoutMs),
                          QStringLiteral("--compress=%1").arg(m_metadata.compression),
                          QStringLiteral("--exclude-schema=migdesk")};
    // The target's conninfo (its secrets left out, they travel in the environment), so that
    // pg_dump weighs host lists, target_session_attrs and a service exactly as migdesk's own
    // connection did and reaches the same server, whose snapshot it imports.
    ConnInfo database = m_target.connection.info;
    database.set(QStringLiteral("dbname"), m_metadata.database);
    arguments << QStringLiteral("--dbname=%1").arg(database.toConninfoString());
    if (!m_snapshot.isEmpty())
        arguments << QStringLiteral("--snapshot=%1").arg(m_snapshot);
    return arguments;
}

bool BackupRun::startDump(QProcess& process, const QString& description)
{
    process.setProcessEnvironment(childEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    m_output = std::make_unique<PgDumpOutput>(
        [this] {
            std::vector<PgDumpOutput::Table> tables;
            for (const DumpedTable& table : m_sizing.tables)
                tables.push_back({table.schema, table.name, table.bytes});
            return tables;
        }(),
        m_metadata.jobs > 1);
    m_ctx.log.write(
        tr("Running %1 %2 (%3).")
            .arg(m_pgDump.path, process.arguments().join(QLatin1Char(' ')), description));
    m_dumpTimer.start();
    m_sinceReport.start();
    process.start();
    if (!process.waitForStarted())
        return fail(tr("pg_dump at %1 did not start: %2. Reinstall the PostgreSQL client or point "
                       "migdesk at a working one.")
                        .arg(m_pgDump.path, process.errorString()));
    reportDump(0, true);
    return true;
}

void BackupRun::handleDumpLine(const QString& line, qint64 archiveBytes)
{
    if (line.isEmpty())
        return;
    const auto kind = m_output->addLine(line, archiveBytes);
    if (kind == PgDumpOutput::LineKind::Catalog) {
        ++m_catalogLines;
        return;
    }
    if (m_catalogLines > 0) {
        m_ctx.log.write(
            tr("pg_dump read the database's catalog (%n step(s)).", nullptr, m_catalogLines));
        m_catalogLines = 0;
    }
    m_ctx.log.write(line);
    if (kind == PgDumpOutput::LineKind::TableStarted ||
        kind == PgDumpOutput::LineKind::TableFinished)
        reportDump(archiveBytes, true);
}

void BackupRun::reportDump(qint64 archiveBytes, bool force)
{
    if (!force && m_sinceReport.elapsed() < kReportIntervalMs)
        return;
    m_sinceReport.restart();
    StepProgress progress;
    progress.elapsedSeconds = double(m_dumpTimer.elapsed()) / 1000.0;
    if (m_output->totalBytes() > 0) {
        progress.total = m_output->totalBytes();
        progress.done = m_output->doneBytes(archiveBytes);
        if (progress.done > 0 && progress.elapsedSeconds >= 1)
            progress.etaSeconds = progress.elapsedSeconds * double(progress.total - progress.done) /
                                  double(progress.done);
    }
    const QString current = m_output->currentTable();
    if (current.isEmpty() && m_output->tablesDone() == 0)
        progress.message = tr("pg_dump is reading the catalog");
    else if (current.isEmpty() && m_output->tablesDone() < m_output->tableCount())
        progress.message =
            tr("%1 of %2 tables dumped").arg(m_output->tablesDone()).arg(m_output->tableCount());
    else if (current.isEmpty())
        progress.message = tr("pg_dump is finishing the archive");
    else if (m_output->tablesInFlight() > 1)
        progress.message = tr("Dumping %1 and %n more table(s) (%2 of %3 done)", nullptr,
                              m_output->tablesInFlight() - 1)
                               .arg(current)
                               .arg(m_output->tablesDone())
                               .arg(m_output->tableCount());
    else
        progress.message = tr("Dumping %1 (table %2 of %3)")
                               .arg(current)
                               .arg(m_output->tablesDone() + 1)
                               .arg(m_output->tableCount());
    if (archiveBytes > 0)
        progress.message += tr(", %1 written").arg(formatBytes(archiveBytes));
    m_ctx.report(progress);
}

QString BackupRun::exclusivelyLockedTables() const
{
    QStringList held;
    for (const DumpedTable& table : m_sizing.tables)
        if (table.locked)
            held << table.schema + QLatin1Char('.') + table.name;
    return held.join(QStringLiteral(", "));
}

bool BackupRun::dumpFailed(QProcess& process)
{
    QString table = m_output->lockedTable();
    // A pg_dump that locks its tables in batches names the whole batch: the ones found under
    // an exclusive lock when the sizes were read are the likely culprits.
    if (table.contains(QLatin1String(", ")) && !exclusivelyLockedTables().isEmpty())
        table = exclusivelyLockedTables();
    if (!table.isEmpty() && m_output->errorText().contains(QLatin1String("could not obtain lock")))
        return fail(tr("pg_dump stopped because another session asked for an exclusive lock on "
                       "table %1 during the dump (a migration, ALTER TABLE or VACUUM FULL). Let "
                       "that session finish, then start the backup again; nothing was kept.")
                        .arg(table));
    if (!table.isEmpty())
        return fail(tr("pg_dump gave up after waiting %1 for a lock on table %2: another "
                       "session holds or is waiting for an exclusive lock on it (a migration, "
                       "ALTER TABLE or VACUUM FULL). Let that session finish or end it (the Locks "
                       "pane shows it), then start the backup again; nothing was kept.")
                        .arg(formatDuration(m_options.lockWaitTimeoutMs / 1000.0), table));
    QString reason = m_output->errorText();
    if (reason.isEmpty())
        reason = tr("it gave no reason");
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    if (process.exitStatus() == QProcess::CrashExit)
        return fail(tr("pg_dump stopped unexpectedly (%1); nothing was kept. The server log may "
                       "say why.")
                        .arg(reason));
    // pg_dump writes the files of a directory-format dump itself: a full disk shows up here.
    if (reason.contains(QLatin1String("could not write")) ||
        reason.contains(QLatin1String("could not close")) ||
        reason.contains(QLatin1String("No space left")))
        return fail(tr("pg_dump could not write the backup into %1 (%2). Free space there (or "
                       "choose another folder) and start again; the partial backup was removed.")
                        .arg(m_directory, reason));
    return fail(tr("pg_dump failed (exit code %1): %2. Nothing was kept.")
                    .arg(process.exitCode())
                    .arg(reason));
}

bool BackupRun::dumpCustom()
{
    const QString name = m_metadata.stem() + QStringLiteral(".backup");
    m_archivePath = QDir(m_directory).filePath(name);
    // Written under a temporary name in the same folder and renamed by commit(): a failed,
    // cancelled or interrupted run never leaves a file that looks like a backup.
    QSaveFile file(m_archivePath);
    // Unbuffered: pg_dump's output arrives in pipe-sized chunks already, and a failed write
    // keeps the system's reason ("No space left on device").
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(tr("Cannot write the backup into %1: %2. Choose a folder migdesk may write "
                       "to; nothing was written.")
                        .arg(m_directory, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);

    QProcess process;
    process.setProgram(m_pgDump.path);
    process.setArguments(dumpArguments() << QStringLiteral("--format=custom"));
    if (!startDump(process, tr("custom format, to %1").arg(name))) {
        file.cancelWriting();
        return false;
    }
    LineSplitter lines;
    QString writeError;
    const auto drain = [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        if (!chunk.isEmpty() && writeError.isEmpty()) {
            hash.addData(chunk);
            // A write cut short by a full disk reports no error; the next one says why.
            for (qint64 at = 0; at < chunk.size() && writeError.isEmpty();) {
                const qint64 written = file.write(chunk.constData() + at, chunk.size() - at);
                if (written <= 0)
                    writeError = file.errorString();
                else
                    at += written;
            }
            m_archiveBytes += chunk.size();
        }
        lines.add(process.readAllStandardError(),
                  [&](const QString& line) { handleDumpLine(line, m_archiveBytes); });
    };
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(kPollMs);
        drain();
        if (m_ctx.cancel.isCancelled()) {
            stopProcess(process);
            file.cancelWriting();
            return cancelled();
        }
        if (!writeError.isEmpty()) {
            stopProcess(process);
            file.cancelWriting();
            return fail(tr("Writing the backup to %1 failed after %2: %3. Free space there (or "
                           "choose another folder) and start again; the partial file was removed.")
                            .arg(m_directory, formatBytes(m_archiveBytes), writeError));
        }
        reportDump(m_archiveBytes, false);
    }
    drain();
    lines.flush([&](const QString& line) { handleDumpLine(line, m_archiveBytes); });
    if (!writeError.isEmpty()) {
        file.cancelWriting();
        return fail(tr("Writing the backup to %1 failed after %2: %3. Free space there (or "
                       "choose another folder) and start again; the partial file was removed.")
                        .arg(m_directory, formatBytes(m_archiveBytes), writeError));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        file.cancelWriting();
        return dumpFailed(process);
    }
    if (m_archiveBytes == 0) {
        file.cancelWriting();
        return fail(tr("pg_dump exited successfully but wrote nothing: the backup would be empty. "
                       "Check that pg_dump is PostgreSQL's own; nothing was kept."));
    }
    if (!file.commit())
        return fail(tr("Writing the backup to %1 failed at the end: %2. Free space there (or "
                       "choose another folder) and start again; the partial file was removed.")
                        .arg(m_directory, file.errorString()));
    m_leftovers << m_archivePath;
    if (QFileInfo(m_archivePath).size() != m_archiveBytes)
        return fail(tr("The backup file %1 has %2 bytes on disk but %3 were written: the disk or "
                       "file system lost data. Choose another folder.")
                        .arg(m_archivePath)
                        .arg(QFileInfo(m_archivePath).size())
                        .arg(m_archiveBytes));
    m_output->finishAll();
    reportDump(m_archiveBytes, true);
    m_metadata.files.push_back({QStringLiteral("custom"), name, m_archiveBytes,
                                QString::fromLatin1(hash.result().toHex()),
                                BackupMetadata::fileMode(m_archivePath)});
    m_ctx.log.write(tr("pg_dump finished in %1: %2 written to %3, SHA-256 %4.")
                        .arg(formatDuration(double(m_dumpTimer.elapsed()) / 1000.0),
                             formatBytes(m_archiveBytes), name, m_metadata.files.back().sha256));
    return true;
}

bool BackupRun::dumpDirectory()
{
    const QString name = m_metadata.stem() + QStringLiteral(".dir");
    m_archivePath = QDir(m_directory).filePath(name);
    // pg_dump writes these files itself: into a folder whose name says it is unfinished,
    // renamed when complete and removed with everything in it otherwise.
    const QString partial = m_archivePath + QStringLiteral(".partial");
    if (::mkdir(QFile::encodeName(partial).constData(), 0777) != 0)
        return fail(tr("Cannot write the backup into %1: %2. Choose a folder migdesk may write "
                       "to; nothing was written.")
                        .arg(m_directory, qt_error_string(errno)));
    m_leftovers << partial;

    QProcess process;
    process.setProgram(m_pgDump.path);
    process.setArguments(dumpArguments() << QStringLiteral("--format=directory")
                                         << QStringLiteral("--jobs=%1").arg(m_metadata.jobs)
                                         << QStringLiteral("--file=%1").arg(partial));
    if (!startDump(process,
                   tr("directory format, %n job(s), to %1", nullptr, m_metadata.jobs).arg(name)))
        return false;
    process.setReadChannel(QProcess::StandardError);
    LineSplitter lines;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(kPollMs);
        lines.add(process.readAllStandardError(),
                  [&](const QString& line) { handleDumpLine(line, -1); });
        if (m_ctx.cancel.isCancelled()) {
            stopProcess(process);
            return cancelled();
        }
        reportDump(-1, false);
    }
    lines.add(process.readAllStandardError(),
              [&](const QString& line) { handleDumpLine(line, -1); });
    lines.flush([&](const QString& line) { handleDumpLine(line, -1); });
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return dumpFailed(process);
    if (QFileInfo(QDir(partial).filePath(QStringLiteral("toc.dat"))).size() <= 0)
        return fail(
            tr("pg_dump exited successfully but wrote no table of contents: the backup "
               "would be unusable. Check that pg_dump is PostgreSQL's own; nothing was kept."));
    if (!QDir().rename(partial, m_archivePath))
        return fail(tr("Cannot rename the finished backup folder %1 to %2: choose a folder "
                       "migdesk may write to; nothing was kept.")
                        .arg(QFileInfo(partial).fileName(), name));
    m_leftovers.removeAll(partial);
    m_leftovers << m_archivePath;
    m_output->finishAll();
    reportDump(-1, true);
    m_ctx.log.write(
        tr("pg_dump finished in %1.").arg(formatDuration(double(m_dumpTimer.elapsed()) / 1000.0)));
    return hashDirectory();
}

bool BackupRun::hashDirectory()
{
    const QDir dir(m_archivePath);
    const QStringList names = dir.entryList(QDir::Files | QDir::Hidden, QDir::Name);
    const QString folder = QFileInfo(m_archivePath).fileName();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < names.size(); ++i) {
        m_ctx.report({i, qint64(names.size()), tr("Computing the SHA-256 of %1").arg(names[i]),
                      double(timer.elapsed()) / 1000.0, -1});
        QFile file(dir.filePath(names[i]));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read back %1 to compute its checksum: %2. Nothing was kept.")
                            .arg(file.fileName(), file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        while (!file.atEnd()) {
            if (m_ctx.cancel.isCancelled())
                return cancelled();
            const QByteArray chunk = file.read(kHashChunkBytes);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                return fail(tr("Cannot read back %1 to compute its checksum: %2. Nothing was kept.")
                                .arg(file.fileName(), file.errorString()));
            hash.addData(chunk);
        }
        m_metadata.files.push_back({QStringLiteral("directory"),
                                    folder + QLatin1Char('/') + names[i], file.size(),
                                    QString::fromLatin1(hash.result().toHex()),
                                    BackupMetadata::fileMode(file.fileName())});
    }
    m_ctx.report({qint64(names.size()), qint64(names.size()), tr("Checksums computed"),
                  double(timer.elapsed()) / 1000.0, 0});
    m_ctx.log.write(
        tr("SHA-256 of the %n file(s) in %1 computed, %2 in all.", nullptr, int(names.size()))
            .arg(folder, formatBytes(m_metadata.totalBytes())));
    return true;
}

bool BackupRun::countRows()
{
    QElapsedTimer timer;
    timer.start();
    const auto count = qint64(m_sizing.tables.size());
    for (qint64 i = 0; i < count; ++i) {
        if (m_ctx.cancel.isCancelled())
            return cancelled();
        const DumpedTable& table = m_sizing.tables[std::size_t(i)];
        const QString key = table.schema + QLatin1Char('.') + table.name;
        m_ctx.report({i, count, tr("Counting the rows of %1").arg(key),
                      double(timer.elapsed()) / 1000.0, -1});
        const auto rows =
            exec(QString::fromLatin1(kCountRows).arg(qualifiedName(m_connection, table)));
        if (!rows)
            return failQuery(rows.error(), tr("Counting the rows of %1").arg(key));
        m_metadata.rowCounts[key] = rows->toInt64(0, QStringLiteral("row_count"));
    }
    // The locks and the snapshot are not needed for checking the archive.
    exec(QString::fromLatin1(kEndSnapshot));
    m_ctx.log.write(
        tr("Counted the rows of %n table(s) in the dump's snapshot in %1.", nullptr, int(count))
            .arg(formatDuration(double(timer.elapsed()) / 1000.0)));
    return true;
}

BackupRun::ToolRun BackupRun::runTool(const PgTools::Tool& tool, const QStringList& arguments,
                                      const QString& what)
{
    ToolRun run;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    m_ctx.log.write(tr("Running %1 %2.").arg(tool.path, arguments.join(QLatin1Char(' '))));
    process.start(tool.path, arguments);
    if (!process.waitForStarted()) {
        run.problem =
            tr("%1 at %2 did not start: %3. Reinstall the PostgreSQL client; nothing was kept.")
                .arg(tool.name, tool.path, process.errorString());
        return run;
    }
    QByteArray errors;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(kPollMs);
        run.output += process.readAllStandardOutput();
        errors += process.readAllStandardError();
        if (m_ctx.cancel.isCancelled()) {
            stopProcess(process);
            return run;
        }
    }
    run.output += process.readAllStandardOutput();
    errors += process.readAllStandardError();
    const QString errorText = QString::fromUtf8(errors).trimmed();
    if (!errorText.isEmpty())
        m_ctx.log.write(errorText);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.problem = tr("%1 failed (%2): %3")
                          .arg(what, tool.name,
                               errorText.isEmpty() ? tr("it gave no reason.")
                                                   : errorText.section(QLatin1Char('\n'), -1));
        return run;
    }
    run.ok = true;
    return run;
}

bool BackupRun::listArchive()
{
    m_ctx.report({-1, -1, tr("Checking that pg_restore can read the backup"), 0, -1});
    const ToolRun run = runTool(m_pgRestore, {QStringLiteral("--list"), m_archivePath},
                                tr("Reading the new backup's table of contents"));
    if (m_ctx.cancel.isCancelled())
        return cancelled();
    if (!run.ok)
        return fail(
            tr("%1 The backup is unusable and was removed; back up again.").arg(run.problem));
    int entries = 0;
    for (const QByteArray& line : run.output.split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith(';'))
            ++entries;
    // An empty database (a fresh one, or one whose objects all live in migdesk's schema) has
    // no entries to list; one with tables must.
    if (entries == 0 && !m_sizing.tables.empty())
        return fail(tr("pg_restore --list finds no entries in the new backup: it is unusable and "
                       "was removed; back up again."));
    m_ctx.log.write(tr("pg_restore --list reads %n entry(s) from the backup.", nullptr, entries));
    return true;
}

bool BackupRun::writePlain()
{
    const QString name = m_metadata.stem() + QStringLiteral(".sql");
    const QString path = QDir(m_directory).filePath(name);
    const QString partial = path + QStringLiteral(".partial");
    m_leftovers << partial;
    m_ctx.report({-1, -1, tr("Writing the plain SQL %1 from the backup").arg(name), 0, -1});
    // The runbook's plain dump: a script that recreates the database when run by psql, made
    // from the archive just written rather than by a second pass over the database.
    const ToolRun run = runTool(m_pgRestore,
                                {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                                 QStringLiteral("--create"),
                                 QStringLiteral("--file=%1").arg(partial), m_archivePath},
                                tr("Writing the plain SQL"));
    if (m_ctx.cancel.isCancelled())
        return cancelled();
    if (!run.ok)
        return fail(tr("%1 Free space in %2 or leave out the plain SQL; nothing was kept.")
                        .arg(run.problem, m_directory));
    QFile file(partial);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return fail(tr("pg_restore wrote no plain SQL from the backup; nothing was kept."));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(tr("Cannot read back %1 to compute its checksum: %2. Nothing was kept.")
                        .arg(partial, file.errorString()));
    file.close();
    if (!QFile::rename(partial, path))
        return fail(tr("Cannot rename %1 to %2 in %3; nothing was kept.")
                        .arg(QFileInfo(partial).fileName(), name, m_directory));
    m_leftovers.removeAll(partial);
    m_leftovers << path;
    m_metadata.files.push_back({QStringLiteral("plain"), name, QFileInfo(path).size(),
                                QString::fromLatin1(hash.result().toHex()),
                                BackupMetadata::fileMode(path)});
    m_ctx.log.write(
        tr("Plain SQL %1 written: %2, SHA-256 %3.")
            .arg(name, formatBytes(m_metadata.files.back().bytes), m_metadata.files.back().sha256));
    return true;
}

bool BackupRun::writeMetadata()
{
#ifdef MIGDESK_VERSION
    m_metadata.createdBy = QStringLiteral("migdesk " MIGDESK_VERSION);
#else
    m_metadata.createdBy = QStringLiteral("migdesk dev");
#endif
    const QString path = QDir(m_directory).filePath(m_metadata.stem() + QStringLiteral(".json"));
    QString error;
    if (!m_metadata.write(path, &error))
        return fail(
            tr("%1 Without it the backup cannot be verified, so nothing was kept.").arg(error));
    m_ctx.log.write(tr("Metadata written to %1.").arg(path));
    return true;
}

void BackupRun::removeLeftovers()
{
    for (const QString& path : std::as_const(m_leftovers)) {
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink())
            QDir(path).removeRecursively();
        else if (info.exists() || info.isSymLink())
            QFile::remove(path);
    }
    m_leftovers.clear();
    for (auto it = m_createdDirectories.crbegin(); it != m_createdDirectories.crend(); ++it)
        QDir().rmdir(
            *it); // only when empty: another program may have put something there meanwhile
}

StepResult BackupRun::run()
{
    StepResult result;
    result.step = QStringLiteral("backup");
    result.started = QDateTime::currentDateTime();
    QElapsedTimer timer;
    timer.start();

    m_metadata.format = m_options.format == BackupOptions::Format::Custom
                            ? QStringLiteral("custom")
                            : QStringLiteral("directory");
    m_metadata.jobs =
        m_options.format == BackupOptions::Format::Directory ? std::max(1, m_options.jobs) : 1;
    m_metadata.compression = std::clamp(m_options.compression, 0, 9);
    m_ctx.log.write(tr("Backup of %1 to %2 (%3 format, compression level %4) started.")
                        .arg(m_target.connection.info.displayName(), m_options.directory,
                             m_metadata.format, QString::number(m_metadata.compression)));
    if (m_options.format == BackupOptions::Format::Custom && m_options.jobs > 1)
        m_ctx.log.write(tr("A custom-format archive is written by one pg_dump process; parallel "
                           "jobs apply to the directory format only."));

    const bool ok =
        prepareDirectory() && !m_ctx.cancel.isCancelled() && connect() && findTools() &&
        (m_options.countRows ? beginSnapshot() : readTables()) &&
        (!m_ctx.cancel.isCancelled() || cancelled()) && chooseStem() &&
        (m_options.format == BackupOptions::Format::Custom ? dumpCustom() : dumpDirectory()) &&
        (!m_options.countRows || countRows()) && listArchive() &&
        (!m_options.plain || writePlain()) && writeMetadata();
    m_connection.close(); // ends the snapshot's transaction, if still open, and its locks
    if (!ok && m_outcome == StepResult::Outcome::Succeeded && m_ctx.cancel.isCancelled())
        cancelled();
    if (!ok) {
        removeLeftovers();
        m_ctx.log.write(m_sentence);
    } else {
        const QString metadataPath =
            QDir(m_directory).filePath(m_metadata.stem() + QStringLiteral(".json"));
        result.report = BackupReport{metadataPath, m_metadata, {}, {}, {}};
        m_sentence =
            tr("Backed up %1 (%2) to %3: %4 in %5, SHA-256 computed as it was written, "
               "readable by pg_restore.")
                .arg(m_metadata.database, formatBytes(m_metadata.databaseBytes),
                     QFileInfo(m_archivePath).fileName(), formatBytes(m_metadata.totalBytes()),
                     formatDuration(double(timer.elapsed()) / 1000.0));
        m_ctx.log.write(m_sentence);
    }
    result.outcome = m_outcome;
    result.sentence = m_sentence;
    result.seconds = double(timer.elapsed()) / 1000.0;
    return result;
}

} // namespace

StepResult BackupJob::run(const RunbookTarget& target, const BackupOptions& options,
                          const StepContext& ctx)
{
    BackupRun run(target, options, ctx);
    return run.run();
}

// A custom-format archive holds the tables' rows compressed and the indexes only as CREATE
// INDEX statements, so its size is bounded by the tables' own size on disk (heap with its row
// headers and free space, TOAST, free-space and visibility maps; no indexes): compression
// varies from 2x to 10x with the data, and only incompressible data (already compressed
// files, random bytes) comes near the bound. A plain SQL file, when asked for, is text and may
// well be larger than this.
Result<qint64> BackupJob::estimateDumpBytes(PgConnection& inspection)
{
    const auto sizing = readSizing(inspection);
    if (!sizing)
        return sizing.error();
    qint64 bytes = 0;
    for (const DumpedTable& table : sizing->tables)
        bytes += table.bytes;
    return bytes;
}

} // namespace migdesk::core
