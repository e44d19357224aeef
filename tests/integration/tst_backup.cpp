// SPDX-License-Identifier: GPL-3.0-or-later
// The backup step against a real PostgreSQL: custom and directory format with their checksums,
// metadata, pg_restore --list and the plain SQL; row counts read in the dump's own snapshot;
// cancel, an unwritable or full folder, a missing or too old pg_dump, and another session's
// exclusive lock. A failed or cancelled backup must leave nothing behind.
#include "../support/backgroundsession.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "connection/serverversion.h"
#include "runbook/backupjob.h"
#include "runbook/backupmetadata.h"
#include "runbook/pgdumpoutput.h"
#include "runbook/pgtools.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace migdesk;
using migdesk::tests::BackgroundSession;
using migdesk::tests::TestCluster;
using Format = core::BackupOptions::Format;

Q_DECLARE_METATYPE(core::BackupOptions::Format)

namespace {

const QString kShop = QStringLiteral("shop");
const QString kBig = QStringLiteral("big");

core::RunbookTarget targetFor(const QString& database, const QString& pgBinDir = {})
{
    core::RunbookTarget target;
    target.connection.info = TestCluster::start().connInfo(database);
    target.pgBinDir = pgBinDir;
    return target;
}

struct Outcome
{
    core::StepResult result;
    QStringList log;
    std::vector<core::StepProgress> progress;
};

Outcome
runBackup(const core::RunbookTarget& target, const core::BackupOptions& options,
          const std::function<void(const core::StepProgress&, core::CancelToken&)>& onProgress = {})
{
    core::RunLog log;
    core::CancelToken cancel;
    Outcome outcome;
    const core::StepContext ctx{log, cancel, [&](const core::StepProgress& p) {
                                    outcome.progress.push_back(p);
                                    if (onProgress)
                                        onProgress(p, cancel);
                                }};
    outcome.result = core::BackupJob::run(target, options, ctx);
    outcome.log = log.lines();
    return outcome;
}

// Every file and folder under dir, relative, sorted: what a run left behind.
QStringList contents(const QString& dir, bool recursive = true)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext())
        entries << QDir(dir).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

QString sha256sum(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("sha256sum"), {path});
    if (!process.waitForFinished() || process.exitCode() != 0)
        return {};
    return QString::fromLatin1(process.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
}

QString pgProgram(const QString& name)
{
    return core::ThrowawayCluster::serverBinDir() + QLatin1Char('/') + name;
}

qint64 scalar(const QString& database, const QString& sql)
{
    core::PgConnection connection;
    const auto error = connection.open(TestCluster::start().connInfo(database), std::nullopt,
                                       core::SessionPolicy::inspection());
    if (error)
        qFatal("%s", qPrintable(error->sentence()));
    const auto rows = connection.exec(sql);
    if (!rows)
        qFatal("%s: %s", qPrintable(sql), qPrintable(rows.error().sentence()));
    return rows->toInt64(0, rows->columns().first());
}

std::map<QString, qint64> rowCounts(const QString& database)
{
    std::map<QString, qint64> counts;
    for (const QString& table :
         {QStringLiteral("public.customers"), QStringLiteral("public.docs"),
          QStringLiteral("public.events_2025"), QStringLiteral("public.events_2026"),
          QStringLiteral("public.scratch"), QStringLiteral("Odd Schema.Line Items")}) {
        const QString quoted = table == QLatin1String("Odd Schema.Line Items")
                                   ? QStringLiteral("\"Odd Schema\".\"Line Items\"")
                                   : table;
        counts[table] = scalar(database, QStringLiteral("SELECT count(*) FROM ") + quoted);
    }
    return counts;
}

// Writes past the limit fail with EFBIG instead of killing the process (SIGXFSZ ignored), for
// this process and the children it starts meanwhile; both are put back when it goes.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        TestCluster::start();
        TestCluster::exec(QStringLiteral("CREATE DATABASE shop"));
        // Odd names, TOAST, partitions, an unlogged table and a materialized view: everything
        // pg_dump treats a little differently.
        TestCluster::exec(QStringLiteral(R"(
CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 2000) g;
CREATE SCHEMA "Odd Schema";
CREATE TABLE "Odd Schema"."Line Items" (id int, note text);
INSERT INTO "Odd Schema"."Line Items" SELECT g, md5(g::text) FROM generate_series(1, 700) g;
CREATE TABLE docs (id int PRIMARY KEY, body text);
INSERT INTO docs SELECT g, (SELECT string_agg(md5((g * 1000 + i)::text), '') FROM generate_series(1, 2000) i)
FROM generate_series(1, 20) g;
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
INSERT INTO events SELECT g, date '2025-06-01' + g % 400 FROM generate_series(1, 3000) g;
CREATE UNLOGGED TABLE scratch (x int);
INSERT INTO scratch SELECT generate_series(1, 10);
CREATE MATERIALIZED VIEW customer_names AS SELECT name FROM customers;
)"),
                          kShop);
        // Sizes of tables another session locks come from pg_class, which VACUUM keeps.
        TestCluster::exec(QStringLiteral("VACUUM ANALYZE"), kShop);
        // About 90 MB of poorly compressible rows: pg_dump takes a while, and the archive
        // outgrows a small file-size limit.
        TestCluster::exec(QStringLiteral("CREATE DATABASE big"));
        TestCluster::exec(QStringLiteral(R"(
CREATE TABLE ledger (id bigint PRIMARY KEY, pad text);
INSERT INTO ledger SELECT g, md5(g::text) || md5((g + 1)::text) || md5((g + 2)::text) || md5((g + 3)::text)
FROM generate_series(1, 400000) g;
)"),
                          kBig);
    }

    void outputParsing_data()
    {
        QTest::addColumn<bool>("parallel");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QList<qint64>>("archiveBytes"); // per line
        QTest::addColumn<qint64>("done");
        QTest::addColumn<int>("tablesDone");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("lockedTable");

        const QString startA = QStringLiteral("pg_dump: dumping contents of table \"public.a\"");
        const QString startB =
            QStringLiteral("pg_dump: dumping contents of table \"Odd Schema.b\"");
        QTest::addRow("serial, second table running")
            << false << QStringList{QStringLiteral("pg_dump: reading extensions"), startA, startB}
            << QList<qint64>{-1, -1, -1} << qint64(1 << 20) << 1 << QStringLiteral("Odd Schema.b")
            << QString();
        QTest::addRow("serial, estimate inside the table from the archive's growth")
            << false << QStringList{startA, startB}
            << QList<qint64>{100, 100 + (1 << 19)} // table a compressed to half
            << qint64((1 << 20) + (1 << 21)) << 1 << QStringLiteral("Odd Schema.b") << QString();
        QTest::addRow("parallel, second finished first")
            << true
            << QStringList{startA, startB,
                           QStringLiteral("pg_dump: finished item 3346 TABLE DATA b")}
            << QList<qint64>{-1, -1, -1} << qint64(10 << 20) << 1 << QStringLiteral("public.a")
            << QString();
        QTest::addRow("lock timeout, pg_dump 15")
            << false
            << QStringList{QStringLiteral("pg_dump: error: query failed: ERROR:  canceling "
                                          "statement due to statement timeout"),
                           QStringLiteral("pg_dump: detail: Query was: LOCK TABLE \"Odd Schema\".b "
                                          "IN ACCESS SHARE MODE")}
            << QList<qint64>{-1, -1} << qint64(0) << 0 << QString()
            << QStringLiteral("\"Odd Schema\".b");
        QTest::addRow("lock timeout, pg_dump 13")
            << false
            << QStringList{QStringLiteral("pg_dump: error: query failed: ERROR:  canceling "
                                          "statement due to statement timeout"),
                           QStringLiteral("pg_dump: error: query was: LOCK TABLE public.a IN "
                                          "ACCESS SHARE MODE")}
            << QList<qint64>{-1, -1} << qint64(0) << 0 << QString() << QStringLiteral("public.a");
        QTest::addRow("parallel worker could not lock")
            << true
            << QStringList{QStringLiteral(
                               "pg_dump: error: could not obtain lock on relation \"a\""),
                           QStringLiteral(
                               "pg_dump: detail: This usually means that someone requested an "
                               "ACCESS EXCLUSIVE lock on the table after the pg_dump parent "
                               "process had gotten the initial ACCESS SHARE lock on the table.")}
            << QList<qint64>{-1, -1} << qint64(0) << 0 << QString() << QStringLiteral("a");
        QTest::addRow("permission denied is not a lock problem")
            << false
            << QStringList{QStringLiteral("pg_dump: error: query failed: ERROR:  permission denied "
                                          "for table a"),
                           QStringLiteral("pg_dump: detail: Query was: LOCK TABLE public.a IN "
                                          "ACCESS SHARE MODE")}
            << QList<qint64>{-1, -1} << qint64(0) << 0 << QString() << QString();
    }

    void outputParsing()
    {
        QFETCH(bool, parallel);
        QFETCH(QStringList, lines);
        QFETCH(QList<qint64>, archiveBytes);
        QFETCH(qint64, done);
        QFETCH(int, tablesDone);
        QFETCH(QString, current);
        QFETCH(QString, lockedTable);
        core::PgDumpOutput output({{QStringLiteral("public"), QStringLiteral("a"), 1 << 20},
                                   {QStringLiteral("Odd Schema"), QStringLiteral("b"), 10 << 20}},
                                  parallel);
        for (int i = 0; i < lines.size(); ++i)
            output.addLine(lines[i], archiveBytes[i]);
        QCOMPARE(output.doneBytes(archiveBytes.last() + (1 << 20)), done);
        QCOMPARE(output.tablesDone(), tablesDone);
        QCOMPARE(output.currentTable(), current);
        QCOMPARE(output.lockedTable(), lockedTable);
        output.finishAll();
        QCOMPARE(output.doneBytes(-1), output.totalBytes());
        QCOMPARE(output.tablesDone(), 2);
    }

    void formats_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("plain");
        QTest::addColumn<int>("compression"); // -1: migdesk's default
        QTest::addRow("custom") << Format::Custom << 1 << false << -1;
        QTest::addRow("custom with plain SQL") << Format::Custom << 1 << true << -1;
        QTest::addRow("custom, uncompressed") << Format::Custom << 1 << false << 0;
        QTest::addRow("directory, 2 jobs") << Format::Directory << 2 << false << -1;
        QTest::addRow("directory, 2 jobs, with plain SQL") << Format::Directory << 2 << true << -1;
        QTest::addRow("directory, 2 jobs, smallest") << Format::Directory << 2 << false << 9;
    }

    void formats()
    {
        QFETCH(Format, format);
        QFETCH(int, jobs);
        QFETCH(bool, plain);
        QFETCH(int, compression);
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("not/yet/there"));
        core::BackupOptions options;
        options.directory = folder;
        options.format = format;
        options.jobs = jobs;
        options.plain = plain;
        if (compression >= 0)
            options.compression = compression;
        const Outcome run = runBackup(targetFor(kShop), options);
        QVERIFY2(run.result.ok(), qPrintable(run.result.sentence));
        QCOMPARE(run.result.step, QStringLiteral("backup"));
        const int level = compression >= 0 ? compression : core::BackupOptions::kDefaultCompression;
        QVERIFY2(
            run.log.join(QLatin1Char('\n')).contains(QStringLiteral(" --compress=%1 ").arg(level)),
            qPrintable(run.log.join(QLatin1Char('\n'))));

        // The metadata file says what the result's details say.
        const QString metadataPath =
            run.result.detailsJson().value(QStringLiteral("metadata_path")).toString();
        QVERIFY(QDir::isAbsolutePath(metadataPath));
        QString error;
        const auto metadata = core::BackupMetadata::read(metadataPath, &error);
        QVERIFY2(metadata, qPrintable(error));
        QCOMPARE(metadata->toJson(),
                 run.result.detailsJson().value(QStringLiteral("metadata")).toObject());
        QCOMPARE(QFileInfo(metadataPath).fileName(), metadata->stem() + QStringLiteral(".json"));
        QCOMPARE(metadata->database, kShop);
        QCOMPARE(metadata->compression, level);
        QCOMPARE(metadata->host, TestCluster::start().socketDir());
        QCOMPARE(metadata->port, QString::number(TestCluster::start().port()));
        const int serverVersion =
            int(scalar(kShop, QStringLiteral("SELECT current_setting('server_version_num')::int")));
        QCOMPARE(metadata->serverVersion, core::ServerVersion(serverVersion).text());
        // A pg_dump at least as new as the server (PgTools takes the newest installed).
        QVERIFY2(QVersionNumber::fromString(metadata->pgDumpVersion).majorVersion() >=
                     serverVersion / 10000,
                 qPrintable(metadata->pgDumpVersion));
        QCOMPARE(metadata->databaseBytes,
                 scalar(kShop, QStringLiteral("SELECT pg_database_size('shop')")));
        QCOMPARE(metadata->format,
                 format == Format::Custom ? QStringLiteral("custom") : QStringLiteral("directory"));
        QCOMPARE(metadata->jobs, jobs);
        QVERIFY(metadata->createdBy.startsWith(QStringLiteral("migdesk ")));
        QVERIFY(metadata->rowCounts.empty());
        QVERIFY(qAbs(metadata->timestamp.secsTo(run.result.started)) <= 2);

        // Every file listed, with the SHA-256 sha256sum finds on disk, and nothing else there.
        QStringList expected{QFileInfo(metadataPath).fileName()};
        for (const core::BackupFile& file : metadata->files) {
            const QString path = QDir(folder).filePath(file.name);
            QCOMPARE(QFileInfo(path).size(), file.bytes);
            QVERIFY(file.bytes > 0);
            QCOMPARE(file.sha256, sha256sum(path));
            expected << file.name;
            if (file.name.contains(QLatin1Char('/')))
                expected << file.name.section(QLatin1Char('/'), 0, 0);
        }
        expected.removeDuplicates();
        expected.sort();
        QCOMPARE(contents(folder), expected);
        const QString main = QDir(folder).filePath(metadata->mainName());
        QCOMPARE(metadata->mainName(),
                 metadata->stem() + (format == Format::Custom ? QStringLiteral(".backup")
                                                              : QStringLiteral(".dir")));
        QCOMPARE(std::count_if(
                     metadata->files.begin(), metadata->files.end(),
                     [](const core::BackupFile& f) { return f.role == QLatin1String("plain"); }),
                 plain ? 1 : 0);

        QProcess list;
        list.start(pgProgram(QStringLiteral("pg_restore")), {QStringLiteral("--list"), main});
        QVERIFY(list.waitForFinished());
        QCOMPARE(list.exitCode(), 0);
        const QByteArray entries = list.readAllStandardOutput();
        QVERIFY2(entries.contains("TABLE DATA Odd Schema Line Items"), entries.constData());
        if (plain) {
            QFile sql(QDir(folder).filePath(metadata->stem() + QStringLiteral(".sql")));
            QVERIFY(sql.open(QIODevice::ReadOnly));
            const QByteArray text = sql.readAll();
            QVERIFY(text.contains("CREATE DATABASE shop"));
            QVERIFY(text.contains("COPY \"Odd Schema\".\"Line Items\""));
        }

        // Progress: bytes against the table sizes, up to all of them, with the time taken.
        const auto last = std::find_if(run.progress.rbegin(), run.progress.rend(),
                                       [](const core::StepProgress& p) { return p.total > 0; });
        QVERIFY(last != run.progress.rend());
        QCOMPARE(last->done, last->total);
        QVERIFY(last->elapsedSeconds > 0);
        QVERIFY(
            std::any_of(run.progress.begin(), run.progress.end(), [](const core::StepProgress& p) {
                return p.message.contains(QLatin1String("Odd Schema.Line Items"));
            }));
        const QString log = run.log.join(QLatin1Char('\n'));
        QVERIFY(log.contains(
            QLatin1String("pg_dump: dumping contents of table \"Odd Schema.Line Items\"")));
        QVERIFY(log.contains(QLatin1String("pg_restore --list reads")));
        QVERIFY(!log.contains(QLatin1String("pg_dump: reading user-defined tables"))); // condensed
    }

    // The counts come from the dump's snapshot: rows changed while pg_dump runs are neither in
    // the dump nor in the counts, and a restore of the dump has exactly the counted rows.
    void countRows_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("jobs");
        QTest::addRow("custom") << Format::Custom << 1;
        QTest::addRow("directory, 2 jobs") << Format::Directory << 2;
    }

    void countRows()
    {
        QFETCH(Format, format);
        QFETCH(int, jobs);
        const auto before = rowCounts(kShop);
        QTemporaryDir folder;
        core::BackupOptions options;
        options.directory = folder.path();
        options.format = format;
        options.jobs = jobs;
        options.countRows = true;
        BackgroundSession other(TestCluster::start().connInfo(kShop));
        bool changed = false;
        const Outcome run = runBackup(
            targetFor(kShop), options, [&](const core::StepProgress&, core::CancelToken&) {
                if (std::exchange(changed, true))
                    return;
                other.run("INSERT INTO customers SELECT g, 'late' FROM generate_series(100001, "
                          "100050) g");
                other.run("DELETE FROM \"Odd Schema\".\"Line Items\" WHERE id <= 100");
            });
        QVERIFY2(run.result.ok(), qPrintable(run.result.sentence));
        QVERIFY(changed);
        QString error;
        const auto metadata = core::BackupMetadata::fromJson(
            run.result.detailsJson().value(QStringLiteral("metadata")).toObject(), &error);
        QVERIFY2(metadata, qPrintable(error));
        QCOMPARE(metadata->rowCounts, before);
        QVERIFY(rowCounts(kShop) != before);

        const QString restored = QStringLiteral("shop_restored_%1").arg(jobs);
        TestCluster::exec(QStringLiteral("CREATE DATABASE ") + restored);
        QProcess restore;
        restore.start(pgProgram(QStringLiteral("pg_restore")),
                      {QStringLiteral("--dbname=%1")
                           .arg(TestCluster::start().connInfo(restored).toConninfoString()),
                       QDir(folder.path()).filePath(metadata->mainName())});
        QVERIFY(restore.waitForFinished(60'000));
        QVERIFY2(restore.exitCode() == 0, restore.readAllStandardError().constData());
        QCOMPARE(rowCounts(restored), metadata->rowCounts);

        // Undo the changes for the next row.
        other.run("DELETE FROM customers WHERE id > 100000");
        other.run("INSERT INTO \"Odd Schema\".\"Line Items\" SELECT g, md5(g::text) FROM "
                  "generate_series(1, 100) g");
    }

    void cancelMidDump_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("countRows");
        QTest::addRow("custom") << Format::Custom << 1 << false;
        QTest::addRow("custom, counting rows") << Format::Custom << 1 << true;
        QTest::addRow("directory, 2 jobs") << Format::Directory << 2 << false;
    }

    void cancelMidDump()
    {
        QFETCH(Format, format);
        QFETCH(int, jobs);
        QFETCH(bool, countRows);
        QTemporaryDir folder;
        core::BackupOptions options;
        options.directory = folder.path();
        options.format = format;
        options.jobs = jobs;
        options.countRows = countRows;
        QElapsedTimer timer;
        timer.start();
        bool dumping = false;
        const Outcome run = runBackup(
            targetFor(kBig), options, [&](const core::StepProgress& p, core::CancelToken& cancel) {
                if (p.message.startsWith(QLatin1String("Dumping public.ledger"))) {
                    dumping = true;
                    cancel.cancel();
                }
            });
        QVERIFY(dumping);
        QCOMPARE(run.result.outcome, core::StepResult::Outcome::Cancelled);
        QVERIFY(!run.result.sentence.isEmpty());
        QVERIFY2(timer.elapsed() < 10'000, "cancel must stop pg_dump at once");
        QCOMPARE(contents(folder.path()), QStringList());
        // pg_dump's backends go with it.
        QTRY_COMPARE(scalar(kBig, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                                 "WHERE application_name = 'migdesk-backup'")),
                     qint64(0));
    }

    void unwritableFolder_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<bool>("belowAFile");
        QTest::addRow("custom, path below a file") << Format::Custom << true;
        QTest::addRow("directory, path below a file") << Format::Directory << true;
        QTest::addRow("custom, folder not writable") << Format::Custom << false;
        QTest::addRow("directory, folder not writable") << Format::Directory << false;
    }

    void unwritableFolder()
    {
        QFETCH(Format, format);
        QFETCH(bool, belowAFile);
        QTemporaryDir root;
        QString folder;
        QString watched; // the folder whose contents must not change
        if (belowAFile) {
            QFile file(root.filePath(QStringLiteral("a-file")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a folder");
            file.close();
            folder = file.fileName() + QStringLiteral("/backups/today");
            watched = root.path();
        } else if (geteuid() != 0) {
            folder = root.filePath(QStringLiteral("read-only"));
            QVERIFY(QDir().mkdir(folder));
            QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            watched = folder;
        } else {
            // Root writes through any permission bits; sysfs takes no new files from anyone
            // (and is mounted read-only in containers).
            folder = QStringLiteral("/sys");
            watched = folder;
        }
        const bool recursive = watched != QLatin1String("/sys");
        const QStringList before = contents(watched, recursive);
        core::BackupOptions options;
        options.directory = folder;
        options.format = format;
        options.jobs = 2;
        const Outcome run = runBackup(targetFor(kShop), options);
        if (!belowAFile && geteuid() != 0)
            QFile(folder).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
        QCOMPARE(run.result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(run.result.sentence.contains(folder), qPrintable(run.result.sentence));
        QVERIFY2(run.result.sentence.contains(belowAFile
                                                  ? QLatin1String("cannot be created")
                                                  : QLatin1String("Cannot write the backup into")),
                 qPrintable(run.result.sentence));
        QCOMPARE(contents(watched, recursive), before);
    }

    // The folder fills up (here: the file-size limit, which fails writes exactly like a full
    // disk): one sentence, and no partial file.
    void folderFillsUp_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addRow("custom") << Format::Custom;
        QTest::addRow("directory") << Format::Directory;
    }

    void folderFillsUp()
    {
        QFETCH(Format, format);
        QTemporaryDir folder;
        QFile keep(folder.filePath(QStringLiteral("older-backup.backup")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("someone else's file");
        keep.close();
        core::BackupOptions options;
        options.directory = folder.path();
        options.format = format;
        Outcome run;
        {
            const FileSizeLimit limit(2 << 20);
            QVERIFY(limit.ok());
            run = runBackup(targetFor(kBig), options);
        }
        QCOMPARE(run.result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(run.result.sentence.contains(QLatin1String("File too large")) &&
                     run.result.sentence.contains(QLatin1String("Free space")),
                 qPrintable(run.result.sentence));
        QCOMPARE(contents(folder.path()), QStringList{QStringLiteral("older-backup.backup")});
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("someone else's file"));
    }

    void toolProblems_data()
    {
        QTest::addColumn<QByteArray>("fakePgDump"); // empty: no pg_dump at all
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing") << QByteArray() << QStringLiteral("pg_dump was not found in");
        QTest::addRow("too old") << QByteArray("#!/bin/sh\necho 'pg_dump (PostgreSQL) 11.2'\n")
                                 << QStringLiteral(
                                        "pg_dump is version 11.2 but the server is PostgreSQL 15");
    }

    void toolProblems()
    {
        QFETCH(QByteArray, fakePgDump);
        QFETCH(QString, expected);
        QTemporaryDir bin;
        if (!fakePgDump.isEmpty()) {
            QFile script(bin.filePath(QStringLiteral("pg_dump")));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(fakePgDump);
            script.close();
            script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
        }
        QTemporaryDir root;
        core::BackupOptions options;
        options.directory = root.filePath(QStringLiteral("new/backups"));
        const Outcome run = runBackup(targetFor(kShop, bin.path()), options);
        QCOMPARE(run.result.outcome, core::StepResult::Outcome::Failed);
        QCOMPARE(run.result.sentence,
                 core::PgTools(bin.path()).find(QStringLiteral("pg_dump"), 150000).problem);
        QVERIFY2(run.result.sentence.contains(expected), qPrintable(run.result.sentence));
        // Not even the folders it made for the backup are left.
        QCOMPARE(contents(root.path()), QStringList());
    }

    // pg_dump must not queue behind another session's exclusive lock (and have every query
    // after it queue behind pg_dump): it gives up after the lock-wait timeout and says which
    // table it was.
    void lockWaitTimeout_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("countRows");
        QTest::addRow("custom") << Format::Custom << 1 << false;
        QTest::addRow("directory, 2 jobs") << Format::Directory << 2 << false;
        QTest::addRow("custom, counting rows") << Format::Custom << 1 << true;
    }

    void lockWaitTimeout()
    {
        QFETCH(Format, format);
        QFETCH(int, jobs);
        QFETCH(bool, countRows);
        BackgroundSession migration(TestCluster::start().connInfo(kShop), "migration");
        migration.run("BEGIN");
        migration.run("LOCK TABLE customers IN ACCESS EXCLUSIVE MODE");
        QTemporaryDir folder;
        core::BackupOptions options;
        options.directory = folder.path();
        options.format = format;
        options.jobs = jobs;
        options.countRows = countRows;
        options.lockWaitTimeoutMs = 1'000;
        QElapsedTimer timer;
        timer.start();
        const Outcome run = runBackup(targetFor(kShop), options);
        const qint64 elapsed = timer.elapsed();
        migration.run("ROLLBACK");
        QCOMPARE(run.result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(elapsed < 10'000, "the backup must give up after the lock-wait timeout");
        QVERIFY2(run.result.sentence.contains(QLatin1String("public.customers")),
                 qPrintable(run.result.sentence));
        QVERIFY2(run.result.sentence.contains(QLatin1String("exclusive lock")),
                 qPrintable(run.result.sentence));
        QCOMPARE(contents(folder.path()), QStringList());
    }

    // The preflight's disk check: bounded by the custom dump's real size, and read without
    // waiting for a table another session holds exclusively.
    void estimate()
    {
        BackgroundSession migration(TestCluster::start().connInfo(kShop), "migration");
        migration.run("BEGIN");
        migration.run("LOCK TABLE docs IN ACCESS EXCLUSIVE MODE");
        core::PgConnection inspection;
        QVERIFY(!inspection.open(TestCluster::start().connInfo(kShop), std::nullopt,
                                 core::SessionPolicy::inspection()));
        const auto estimate = core::BackupJob::estimateDumpBytes(inspection);
        migration.run("ROLLBACK");
        QVERIFY2(estimate, estimate ? "" : qPrintable(estimate.error().sentence()));

        QTemporaryDir folder;
        core::BackupOptions options;
        options.directory = folder.path();
        const Outcome run = runBackup(targetFor(kShop), options);
        QVERIFY2(run.result.ok(), qPrintable(run.result.sentence));
        QString error;
        const auto metadata = core::BackupMetadata::fromJson(
            run.result.detailsJson().value(QStringLiteral("metadata")).toObject(), &error);
        QVERIFY2(metadata, qPrintable(error));
        QVERIFY2(*estimate >= metadata->files.front().bytes,
                 qPrintable(QStringLiteral("estimate %1 < dump %2")
                                .arg(*estimate)
                                .arg(metadata->files.front().bytes)));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
