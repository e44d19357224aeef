// SPDX-License-Identifier: GPL-3.0-or-later
// The restore side of a backup against a real PostgreSQL and real pg_dump / pg_restore:
// damaged backups refused before the database is touched, restores that bring back exact row
// counts (one transaction and parallel), a cancelled restore that leaves the database as it
// was, the proof in a throwaway server, retention that deletes only migdesk's own old backups,
// and the upload command.
#include "../support/testcluster.h"
#include "connection/libpqenvironment.h"
#include "connection/pgconnection.h"
#include "runbook/backupmetadata.h"
#include "runbook/backupproof.h"
#include "runbook/backupretention.h"
#include "runbook/backupverifier.h"
#include "runbook/pgtools.h"
#include "runbook/restorejob.h"
#include "runbook/uploadcommand.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

#include <unistd.h>

using namespace migdesk;
using migdesk::tests::TestCluster;

namespace {

enum class Format { Custom, Directory };

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// A step context whose log stays in memory; progress reports are kept for the assertions.
struct TestContext
{
    core::RunLog log;
    core::CancelToken cancel;
    std::vector<core::StepProgress> reports;
    core::StepContext context{log, cancel,
                              [this](const core::StepProgress& p) { reports.push_back(p); }};
};

qint64 rowCount(const QString& database, const QString& table)
{
    core::PgConnection connection;
    if (connection.open(TestCluster::start().connInfo(database), std::nullopt,
                        core::SessionPolicy::inspection()))
        return -1;
    const auto rows = connection.exec(QStringLiteral("SELECT count(*) AS n FROM ") + table);
    return rows ? rows->toInt64(0, QStringLiteral("n")) : -1;
}

core::RunbookTarget targetFor(const QString& database)
{
    core::RunbookTarget target;
    target.connection.info = TestCluster::start().connInfo(database);
    return target;
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(offset));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(offset));
    QVERIFY(file.putChar(char(byte ^ 0x5a)));
}

} // namespace

Q_DECLARE_METATYPE(Format)

class TestRestore : public QObject
{
    Q_OBJECT
private:
    // A real pg_dump of the database with metadata written the way a migdesk backup writes it:
    // files relative to the folder, their sizes and SHA-256, and optionally the row counts.
    static QString makeBackup(const QString& database, const QString& folder, Format format,
                              const QDateTime& timestamp,
                              const std::map<QString, qint64>& rowCounts = {})
    {
        const core::PgTools::Tool pgDump = core::PgTools().find(QStringLiteral("pg_dump"), 0);
        if (!pgDump.usable())
            qFatal("%s", qPrintable(pgDump.problem));
        core::BackupMetadata metadata;
        metadata.timestamp = timestamp;
        metadata.database = database;
        metadata.format =
            format == Format::Custom ? QStringLiteral("custom") : QStringLiteral("directory");
        metadata.jobs = format == Format::Custom ? 1 : 2;
        metadata.rowCounts = rowCounts;
        metadata.createdBy = QStringLiteral("migdesk test");
        const QString main = metadata.stem() + (format == Format::Custom ? QStringLiteral(".backup")
                                                                         : QStringLiteral(".dir"));
        QProcess dump;
        dump.setProcessEnvironment(
            core::libpqEnvironment(TestCluster::start().connInfo(database), std::nullopt));
        QStringList arguments{QStringLiteral("--file"), QDir(folder).filePath(main)};
        arguments << (format == Format::Custom ? QStringList{QStringLiteral("--format=custom")}
                                               : QStringList{QStringLiteral("--format=directory"),
                                                             QStringLiteral("--jobs=2")});
        dump.start(pgDump.path, arguments);
        if (!dump.waitForFinished(60'000) || dump.exitCode() != 0)
            qFatal("pg_dump failed: %s", dump.readAllStandardError().constData());

        const QDir dir(folder);
        if (format == Format::Custom) {
            const QString path = dir.filePath(main);
            metadata.files.push_back({QStringLiteral("custom"), main, QFileInfo(path).size(),
                                      sha256Of(path), core::BackupMetadata::fileMode(path)});
        } else {
            QDirIterator it(dir.filePath(main), QDir::Files);
            QStringList names;
            while (it.hasNext())
                names << main + QLatin1Char('/') + QFileInfo(it.next()).fileName();
            names.sort();
            for (const QString& name : std::as_const(names))
                metadata.files.push_back({QStringLiteral("directory"), name,
                                          QFileInfo(dir.filePath(name)).size(),
                                          sha256Of(dir.filePath(name)),
                                          core::BackupMetadata::fileMode(dir.filePath(name))});
        }
        const QString metadataPath = dir.filePath(metadata.stem() + QStringLiteral(".json"));
        QString error;
        if (!metadata.write(metadataPath, &error))
            qFatal("%s", qPrintable(error));
        return metadataPath;
    }

    static QString mainPathOf(const QString& metadataPath)
    {
        QString error;
        const auto metadata = core::BackupMetadata::read(metadataPath, &error);
        return QFileInfo(metadataPath).dir().filePath(metadata->mainName());
    }

    static std::map<QString, qint64> sourceCounts()
    {
        return {{QStringLiteral("public.customer"),
                 rowCount(QStringLiteral("shop"), QStringLiteral("customer"))},
                {QStringLiteral("public.ledger"),
                 rowCount(QStringLiteral("shop"), QStringLiteral("ledger"))}};
    }

    static void editMetadata(const QString& path,
                             const std::function<void(core::BackupMetadata&)>& edit)
    {
        QString error;
        auto metadata = core::BackupMetadata::read(path, &error);
        QVERIFY2(metadata, qPrintable(error));
        edit(*metadata);
        QVERIFY2(metadata->write(path, &error), qPrintable(error));
    }

    QTemporaryDir m_folder;

private slots:
    void initTestCase()
    {
        TestCluster::start();
        QVERIFY(m_folder.isValid());
        // The source: two tables with a foreign key between them, so order of restore matters.
        TestCluster::exec(QStringLiteral("CREATE DATABASE shop"));
        TestCluster::exec(QStringLiteral(R"(
            CREATE TABLE customer(id serial PRIMARY KEY, name text NOT NULL);
            CREATE TABLE ledger(id serial PRIMARY KEY,
                                customer_id int NOT NULL REFERENCES customer(id),
                                amount numeric(12,2) NOT NULL);
            CREATE INDEX ledger_customer ON ledger(customer_id);
            INSERT INTO customer(name) SELECT 'customer ' || g FROM generate_series(1, 40) g;
            INSERT INTO ledger(customer_id, amount)
                SELECT 1 + g % 40, g * 1.25 FROM generate_series(1, 2500) g;
        )"),
                          QStringLiteral("shop"));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void metadataPathForAnyFileOfTheBackup_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("custom") << "/b/prs_backup_20261125_031500.backup"
                                << "/b/prs_backup_20261125_031500.json";
        QTest::addRow("directory") << "/b/prs_backup_20261125_031500.dir"
                                   << "/b/prs_backup_20261125_031500.json";
        QTest::addRow("directory with slash") << "/b/prs_backup_20261125_031500.dir/"
                                              << "/b/prs_backup_20261125_031500.json";
        QTest::addRow("plain") << "/b/prs_backup_20261125_031500.sql"
                               << "/b/prs_backup_20261125_031500.json";
        QTest::addRow("dotted database") << "/b/prs.v2_backup_20261125_031500.backup"
                                         << "/b/prs.v2_backup_20261125_031500.json";
        QTest::addRow("json itself") << "/b/prs_backup_20261125_031500.json"
                                     << "/b/prs_backup_20261125_031500.json";
    }
    void metadataPathForAnyFileOfTheBackup()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(core::BackupVerifier::metadataPathFor(path), expected);
    }

    void verifierPassesAnIntactBackup_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<bool>("giveJson");
        QTest::addRow("custom file") << Format::Custom << false;
        QTest::addRow("custom by json") << Format::Custom << true;
        QTest::addRow("directory") << Format::Directory << false;
    }
    void verifierPassesAnIntactBackup()
    {
        QFETCH(Format, format);
        QFETCH(bool, giveJson);
        QTemporaryDir folder;
        const QString metadataPath =
            makeBackup(QStringLiteral("shop"), folder.path(), format, QDateTime::currentDateTime());
        TestContext ctx;
        QString error;
        const auto metadata =
            core::BackupVerifier::verify(giveJson ? metadataPath : mainPathOf(metadataPath),
                                         core::PgTools(), ctx.context, &error);
        QVERIFY2(metadata, qPrintable(error));
        QCOMPARE(metadata->database, QStringLiteral("shop"));
        QVERIFY(!ctx.reports.empty());
        QCOMPARE(ctx.reports.back().done, metadata->totalBytes());
        QCOMPARE(ctx.reports.back().total, metadata->totalBytes());
        QVERIFY(
            ctx.log.lines().join(QLatin1Char('\n')).contains(QStringLiteral("pg_restore --list")));
    }

    void verifierHonoursCancel()
    {
        QTemporaryDir folder;
        const QString metadataPath = makeBackup(QStringLiteral("shop"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        TestContext ctx;
        ctx.cancel.cancel();
        QString error;
        QVERIFY(!core::BackupVerifier::verify(metadataPath, core::PgTools(), ctx.context, &error));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    }

    // Each damage is refused with its own sentence, and the target database (which has a
    // marker row and a ledger of its own) is exactly as it was.
    void damagedBackupIsRefusedAndDatabaseUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::addRow("one byte flipped in the middle") << "flip"
                                                        << "does not match";
        QTest::addRow("truncated by one byte") << "truncate1"
                                               << "is 1 byte";
        QTest::addRow("truncated to half") << "half"
                                           << "shorter than when it was written";
        QTest::addRow("file of a directory dump missing") << "missing"
                                                          << "is missing";
        QTest::addRow("metadata missing") << "nometadata"
                                          << "cannot vouch";
        QTest::addRow("checksum edited in metadata") << "editsum"
                                                     << "does not match";
        QTest::addRow("size edited in metadata") << "editsize"
                                                 << "longer than when it was written";
        QTest::addRow("not a PostgreSQL archive") << "garbage"
                                                  << "pg_restore cannot read";
    }
    void damagedBackupIsRefusedAndDatabaseUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        static int round = 0;
        const QString target = QStringLiteral("untouched_%1").arg(++round);
        TestCluster::exec(QStringLiteral("CREATE DATABASE ") + target);
        TestCluster::exec(QStringLiteral(R"(
            CREATE TABLE marker(note text); INSERT INTO marker VALUES ('before the restore');
            CREATE TABLE ledger(id int); INSERT INTO ledger SELECT generate_series(1, 7);
        )"),
                          target);

        QTemporaryDir folder;
        const Format format =
            damage == QLatin1String("missing") ? Format::Directory : Format::Custom;
        const QString metadataPath =
            makeBackup(QStringLiteral("shop"), folder.path(), format, QDateTime::currentDateTime());
        const QString main = mainPathOf(metadataPath);
        const qint64 size = QFileInfo(main).size();
        if (damage == QLatin1String("flip")) {
            flipByte(main, size / 2);
        } else if (damage == QLatin1String("truncate1") || damage == QLatin1String("half")) {
            QVERIFY(QFile::resize(main, damage == QLatin1String("half") ? size / 2 : size - 1));
        } else if (damage == QLatin1String("missing")) {
            const QStringList data =
                QDir(main).entryList({QStringLiteral("*.dat.gz")}, QDir::Files);
            QVERIFY(!data.isEmpty());
            QVERIFY(QFile::remove(QDir(main).filePath(data.constFirst())));
        } else if (damage == QLatin1String("nometadata")) {
            QVERIFY(QFile::remove(metadataPath));
        } else if (damage == QLatin1String("editsum")) {
            editMetadata(metadataPath, [](core::BackupMetadata& m) {
                m.files.front().sha256 = QString(64, QLatin1Char('a'));
            });
        } else if (damage == QLatin1String("editsize")) {
            editMetadata(metadataPath,
                         [](core::BackupMetadata& m) { m.files.front().bytes -= 10; });
        } else if (damage == QLatin1String("garbage")) {
            // Size and checksum recorded for garbage: only pg_restore --list can tell.
            QFile file(main);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(4096, 'x'));
            file.close();
            editMetadata(metadataPath, [&](core::BackupMetadata& m) {
                m.files.front().bytes = 4096;
                m.files.front().sha256 = sha256Of(main);
            });
        }

        TestContext ctx;
        const core::StepResult result =
            core::RestoreJob::run(targetFor(target), main, {}, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(expected), qPrintable(result.sentence));
        QVERIFY2(result.sentence.startsWith(QStringLiteral("Refused before touching the database")),
                 qPrintable(result.sentence));
        QCOMPARE(rowCount(target, QStringLiteral("marker")), 1);
        QCOMPARE(rowCount(target, QStringLiteral("ledger")), 7);
    }

    void plainDumpIsRefusedWithPsqlAdvice()
    {
        QTemporaryDir folder;
        const QString plain = folder.filePath(QStringLiteral("shop_backup_20261125_031500.sql"));
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SELECT 1;\n");
        file.close();
        TestContext ctx;
        const auto result =
            core::RestoreJob::run(targetFor(QStringLiteral("shop")), plain, {}, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(QStringLiteral("psql")), qPrintable(result.sentence));
    }

    // The data changes after the backup (rows deleted, rows added, a table dropped); the
    // restore brings back exactly what the backup held.
    void restoreBringsBackExactRowCounts_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<int>("jobs");
        QTest::addRow("custom, one transaction") << Format::Custom << 1;
        QTest::addRow("directory, two jobs") << Format::Directory << 2;
    }
    void restoreBringsBackExactRowCounts()
    {
        QFETCH(Format, format);
        QFETCH(int, jobs);
        static int round = 0;
        const QString database = QStringLiteral("restored_%1").arg(++round);
        TestCluster::exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE shop").arg(database));
        QTemporaryDir folder;
        const QString metadataPath =
            makeBackup(database, folder.path(), format, QDateTime::currentDateTime());
        TestCluster::exec(QStringLiteral(R"(
            DELETE FROM ledger WHERE id % 3 = 0;
            INSERT INTO customer(name) VALUES ('added after the backup');
            CREATE TABLE scratch(id int);
        )"),
                          database);
        QCOMPARE(rowCount(database, QStringLiteral("ledger")), 2500 - 833);

        TestContext ctx;
        core::RestoreOptions options;
        options.jobs = jobs;
        const core::StepResult result = core::RestoreJob::run(
            targetFor(database), mainPathOf(metadataPath), options, ctx.context);
        QVERIFY2(result.outcome == core::StepResult::Outcome::Succeeded,
                 qPrintable(result.sentence + QLatin1Char('\n') +
                            ctx.log.lines().join(QLatin1Char('\n'))));
        QCOMPARE(rowCount(database, QStringLiteral("ledger")), 2500);
        QCOMPARE(rowCount(database, QStringLiteral("customer")), 40);
        QCOMPARE(rowCount(database, QStringLiteral("ledger WHERE customer_id NOT IN "
                                                   "(SELECT id FROM customer)")),
                 0);
        // pg_restore's own lines are in the log, and progress ran against the TOC.
        const QString log = ctx.log.lines().join(QLatin1Char('\n'));
        QVERIFY(log.contains(QStringLiteral("processing data for table \"public.ledger\"")));
        QVERIFY(
            log.contains(QStringLiteral("In one transaction, committed only once pg_restore has "
                                        "exited 0")) == (jobs == 1));
        QVERIFY(log.contains(QStringLiteral("not atomic")) == (jobs > 1));
        const qint64 entries =
            result.detailsJson().value(QStringLiteral("toc_entries")).toInteger();
        QVERIFY(entries > 5);
        QVERIFY(!ctx.reports.empty());
        QCOMPARE(ctx.reports.back().done, entries);
        QCOMPARE(ctx.reports.back().total, entries);
    }

    // The restore fails part way (the backup gives a table to a role dropped since): in one
    // transaction nothing of it stays, not even the schemas it had already dropped. A view
    // added since the backup no longer blocks a restore: it goes with the schema.
    void failedRestoreLeavesDatabaseAsItWas()
    {
        TestCluster::exec(QStringLiteral("CREATE DATABASE failing TEMPLATE shop"));
        TestCluster::exec(QStringLiteral("CREATE ROLE gone_owner"));
        TestCluster::exec(QStringLiteral("ALTER TABLE ledger OWNER TO gone_owner"),
                          QStringLiteral("failing"));
        QTemporaryDir folder;
        const QString metadataPath = makeBackup(QStringLiteral("failing"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        TestCluster::exec(QStringLiteral(R"(
            ALTER TABLE ledger OWNER TO postgres;
            DELETE FROM ledger WHERE id > 100;
            CREATE VIEW big_spenders AS SELECT customer_id FROM ledger WHERE amount > 1000;
        )"),
                          QStringLiteral("failing"));
        TestCluster::exec(QStringLiteral("DROP ROLE gone_owner"));

        TestContext ctx;
        const auto result = core::RestoreJob::run(targetFor(QStringLiteral("failing")),
                                                  metadataPath, {}, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(QStringLiteral("gone_owner")),
                 qPrintable(result.sentence));
        QVERIFY2(result.sentence.contains(QStringLiteral("left as it was")),
                 qPrintable(result.sentence));
        QCOMPARE(rowCount(QStringLiteral("failing"), QStringLiteral("ledger")), 100);
        QCOMPARE(rowCount(QStringLiteral("failing"), QStringLiteral("big_spenders")), 0);
        QCOMPARE(rowCount(QStringLiteral("failing"), QStringLiteral("customer")), 40);
    }

    // pg_restore dies part way through the script (a read error, out of memory, killed): the
    // stream psql reads simply ends, in the middle of a table's COPY. Nothing of the restore may
    // be committed: row counts, indexes, constraints and django_migrations stay as they were.
    // A stand-in pg_restore first in the tools folder replays the real archive's script up to a
    // whole row of ledger's data and exits 1, or is killed with SIGKILL mid-stream.
    void restoreWhosePgRestoreDiesLeavesDatabaseAsItWas_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("exits 1 after a whole row of a table's data")
            << QStringLiteral("\"$real\" \"$@\" | awk '{ print } /^COPY public\\.ledger /"
                              " { copying = 1; next } copying { exit }'\nexit 1");
        QTest::newRow("killed by SIGKILL mid-stream")
            << QStringLiteral("\"$real\" \"$@\" | head -c 30000\nkill -KILL $$");
    }

    void restoreWhosePgRestoreDiesLeavesDatabaseAsItWas()
    {
        QFETCH(QString, ending);
        static int round = 0;
        const QString database = QStringLiteral("cut_%1").arg(++round);
        TestCluster::exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE shop").arg(database));
        TestCluster::exec(QStringLiteral(R"(
            CREATE TABLE django_migrations(id serial PRIMARY KEY, app text, name text);
            INSERT INTO django_migrations(app, name) VALUES ('shop', '0001_initial');)"),
                          database);
        QTemporaryDir folder;
        const QString metadataPath =
            makeBackup(database, folder.path(), Format::Custom, QDateTime::currentDateTime());
        TestCluster::exec(QStringLiteral(R"(
            DELETE FROM ledger WHERE id > 100;
            CREATE INDEX ledger_amount ON ledger(amount);
            INSERT INTO django_migrations(app, name) VALUES ('shop', '0002_amount_index');)"),
                          database);
        const auto state = [&] {
            core::PgConnection connection;
            if (connection.open(TestCluster::start().connInfo(database), std::nullopt,
                                core::SessionPolicy::inspection()))
                return QStringLiteral("no connection");
            const auto rows = connection.exec(QStringLiteral(R"(
                SELECT (SELECT count(*) FROM customer) || ' customers, '
                    || (SELECT count(*) FROM ledger) || ' ledger rows, '
                    || (SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes
                        WHERE schemaname = 'public') || '; '
                    || (SELECT string_agg(conname, ',' ORDER BY conname) FROM pg_constraint c
                        JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public') || '; '
                    || (SELECT string_agg(name, ',' ORDER BY id) FROM django_migrations) AS state)"));
            return rows ? rows->text(0, QStringLiteral("state")) : rows.error().message();
        };
        const QString before = state();

        QTemporaryDir tools;
        const core::PgTools real;
        QFile script(tools.filePath(QStringLiteral("pg_restore")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(
            QStringLiteral("#!/bin/bash\nreal=%1\ncase \" $* \" in\n  *\" -f - \"*)\n%2\n;;\n"
                           "  *) exec \"$real\" \"$@\";;\nesac\n")
                .arg(real.find(QStringLiteral("pg_restore"), 0).path, ending)
                .toUtf8());
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner));
        QVERIFY(QFile::link(real.find(QStringLiteral("psql"), 0).path,
                            tools.filePath(QStringLiteral("psql"))));

        core::RunbookTarget target = targetFor(database);
        target.pgBinDir = tools.path();
        TestContext ctx;
        const auto result = core::RestoreJob::run(target, metadataPath, {}, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(QStringLiteral("left as it was")),
                 qPrintable(result.sentence));
        QCOMPARE(state(), before);
    }

    // Cancelled while pg_restore works through a large table: pg_restore is stopped and, as
    // the restore ran in one transaction, the database keeps the state from before it.
    void cancelledRestoreLeavesDatabaseAsItWas()
    {
        TestCluster::exec(QStringLiteral("CREATE DATABASE cancelled"));
        TestCluster::exec(QStringLiteral(R"(
            CREATE TABLE big(id bigint PRIMARY KEY, payload text);
            INSERT INTO big SELECT g, md5(g::text) FROM generate_series(1, 600000) g;
        )"),
                          QStringLiteral("cancelled"));
        QTemporaryDir folder;
        const QString metadataPath = makeBackup(QStringLiteral("cancelled"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        TestCluster::exec(QStringLiteral("DELETE FROM big WHERE id > 10"),
                          QStringLiteral("cancelled"));

        TestContext ctx;
        ctx.context.progress = [&ctx](const core::StepProgress& p) {
            if (p.message.startsWith(QStringLiteral("creating TABLE")))
                ctx.cancel.cancel();
        };
        QElapsedTimer clock;
        clock.start();
        const auto result = core::RestoreJob::run(targetFor(QStringLiteral("cancelled")),
                                                  metadataPath, {}, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Cancelled);
        QVERIFY(clock.elapsed() < 20'000);
        QCOMPARE(rowCount(QStringLiteral("cancelled"), QStringLiteral("big")), 10);
    }

    void proofComparesRowCounts_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<core::StepResult::Outcome>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::addRow("counts match")
            << "" << core::StepResult::Outcome::Succeeded << "have the row counts of the source";
        QTest::addRow("ledger count altered") << "alter" << core::StepResult::Outcome::Failed
                                              << "public.ledger (2,501 rows, 2,500 restored)";
        QTest::addRow("counts not recorded")
            << "none" << core::StepResult::Outcome::Succeeded << "not recorded";
    }
    void proofComparesRowCounts()
    {
        QFETCH(QString, edit);
        QFETCH(core::StepResult::Outcome, outcome);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        const QString metadataPath =
            makeBackup(QStringLiteral("shop"), folder.path(), Format::Directory,
                       QDateTime::currentDateTime(), sourceCounts());
        if (edit == QLatin1String("alter"))
            editMetadata(metadataPath, [](core::BackupMetadata& m) {
                m.rowCounts[QStringLiteral("public.ledger")] += 1;
            });
        else if (edit == QLatin1String("none"))
            editMetadata(metadataPath, [](core::BackupMetadata& m) { m.rowCounts.clear(); });

        TestContext ctx;
        const auto result = core::BackupProof::run(metadataPath, core::PgTools(), ctx.context);
        QVERIFY2(result.outcome == outcome, qPrintable(result.sentence + QLatin1Char('\n') +
                                                       ctx.log.lines().join(QLatin1Char('\n'))));
        QVERIFY2(result.sentence.contains(expected), qPrintable(result.sentence));
        const QJsonObject ledger = result.detailsJson()
                                       .value(QStringLiteral("tables"))
                                       .toObject()
                                       .value(QStringLiteral("public.ledger"))
                                       .toObject();
        QCOMPARE(ledger.value(QStringLiteral("restored")).toInteger(), 2500);
        if (edit != QLatin1String("none")) {
            QCOMPARE(ledger.value(QStringLiteral("match")).toBool(), edit.isEmpty());
            QCOMPARE(ledger.value(QStringLiteral("source")).toInteger(),
                     edit.isEmpty() ? 2500 : 2501);
        }
        // The throwaway server went with the proof.
        const QDir root(QStringLiteral("/tmp/migdesk-%1").arg(::geteuid()));
        QVERIFY(
            root.entryList({QStringLiteral("proof-%1-*").arg(QCoreApplication::applicationPid())},
                           QDir::Dirs)
                .isEmpty());
    }

    void proofRefusesADamagedBackup()
    {
        QTemporaryDir folder;
        const QString metadataPath =
            makeBackup(QStringLiteral("shop"), folder.path(), Format::Custom,
                       QDateTime::currentDateTime(), sourceCounts());
        const QString main = mainPathOf(metadataPath);
        flipByte(main, QFileInfo(main).size() / 3);
        TestContext ctx;
        const auto result = core::BackupProof::run(metadataPath, core::PgTools(), ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(QStringLiteral("does not match")),
                 qPrintable(result.sentence));
    }

    // Three migdesk backups 40, 10 and 0 days old, another tool's dump and a foreign JSON,
    // both older than 40 days: at 30 days only the 40-day-old backup goes, with all its files.
    void retentionDeletesOnlyOldMigdeskBackups()
    {
        QTemporaryDir folder;
        const QDateTime now = QDateTime::currentDateTime();
        const QString old =
            makeBackup(QStringLiteral("shop"), folder.path(), Format::Directory, now.addDays(-40));
        const QString recent =
            makeBackup(QStringLiteral("shop"), folder.path(), Format::Custom, now.addDays(-10));
        const QString today =
            makeBackup(QStringLiteral("shop"), folder.path(), Format::Custom, now);
        const QString oldMain = mainPathOf(old);
        // Another tool's dump with metadata in migdesk's own format, and the runbook script's
        // JSON: both far older than 40 days, neither written by migdesk.
        const QString foreignDump =
            folder.filePath(QStringLiteral("shop_backup_20200101_000000.backup"));
        const QString foreignMetadata =
            folder.filePath(QStringLiteral("shop_backup_20200101_000000.json"));
        const QString runbookJson = folder.filePath(QStringLiteral("backup_20200101_000000.json"));
        const QStringList others{foreignDump, foreignMetadata, runbookJson};
        for (const QString& path : {foreignDump, runbookJson}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(path == runbookJson
                           ? QByteArray(R"({"timestamp": "20200101_000000", "database": "shop"})")
                           : QByteArray("not ours"));
        }
        core::BackupMetadata foreign;
        foreign.timestamp = QDateTime(QDate(2020, 1, 1), QTime(0, 0));
        foreign.database = QStringLiteral("shop");
        foreign.format = QStringLiteral("custom");
        // Written by another tool, before metadata recorded file modes.
        foreign.files.push_back({QStringLiteral("custom"), QFileInfo(foreignDump).fileName(), 8,
                                 sha256Of(foreignDump), QString()});
        foreign.createdBy = QStringLiteral("nightly.sh");
        QString writeError;
        QVERIFY2(foreign.write(foreignMetadata, &writeError), qPrintable(writeError));
        for (const QString& path : others) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(now.addDays(-60), QFileDevice::FileModificationTime));
        }

        QString error;
        const auto expired = core::BackupRetention::expired(folder.path(), 30, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(expired.size(), std::size_t(1));
        QCOMPARE(expired.front().stem(), QFileInfo(old).completeBaseName());

        TestContext ctx;
        const auto result = core::BackupRetention::run(folder.path(), 30, ctx.context);
        QVERIFY2(result.outcome == core::StepResult::Outcome::Succeeded,
                 qPrintable(result.sentence));
        QVERIFY(!QFileInfo::exists(old));
        QVERIFY(!QFileInfo::exists(oldMain));
        for (const QString& kept : {recent, today, mainPathOf(recent), mainPathOf(today)})
            QVERIFY2(QFileInfo::exists(kept), qPrintable(kept));
        for (const QString& kept : others)
            QVERIFY2(QFileInfo::exists(kept), qPrintable(kept));
        QCOMPARE(result.detailsJson().value(QStringLiteral("deleted")).toArray().size(), 1);
        QVERIFY(result.detailsJson().value(QStringLiteral("bytes_freed")).toInteger() > 0);
        // The list of what goes was logged before anything went.
        const QStringList lines = ctx.log.lines();
        const auto willDelete = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
            return l.contains(QStringLiteral("Will delete"));
        });
        const auto deleted = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
            return l.contains(QStringLiteral("] Deleted"));
        });
        QVERIFY(willDelete != lines.end() && deleted != lines.end() && willDelete < deleted);

        const auto off = core::BackupRetention::run(folder.path(), 0, ctx.context);
        QCOMPARE(off.outcome, core::StepResult::Outcome::Skipped);
    }

    void uploadCopiesTheBackup()
    {
        QTemporaryDir folder;
        QTemporaryDir destination;
        const QString metadataPath = makeBackup(QStringLiteral("shop"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        const QString main = mainPathOf(metadataPath);
        TestContext ctx;
        const auto result =
            core::UploadCommand::run({QStringLiteral("/bin/cp"), QStringLiteral("{file}"),
                                      destination.path() + QStringLiteral("/{name}")},
                                     metadataPath, ctx.context);
        QVERIFY2(result.outcome == core::StepResult::Outcome::Succeeded,
                 qPrintable(result.sentence));
        const QString copy = destination.filePath(QFileInfo(main).fileName());
        QCOMPARE(sha256Of(copy), sha256Of(main));
        QString error;
        QVERIFY(core::BackupMetadata::read(metadataPath, &error)->uploadedTo.contains(copy));
    }

    void uploadPlaceholders()
    {
        QTemporaryDir folder;
        const QString metadataPath = makeBackup(QStringLiteral("shop"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        const QString main = mainPathOf(metadataPath);
        TestContext ctx;
        const auto result = core::UploadCommand::run(
            {QStringLiteral("echo"), QStringLiteral("sha={sha256}"), QStringLiteral("{name}"),
             QStringLiteral("{dir}"), QStringLiteral("{metadata}")},
            metadataPath, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Succeeded);
        const QString expected = QStringLiteral("sha=%1 %2 %3 %4")
                                     .arg(sha256Of(main), QFileInfo(main).fileName(),
                                          QFileInfo(main).absolutePath(), metadataPath);
        QVERIFY2(ctx.log.lines().constLast().contains(QStringLiteral("Uploaded")), "");
        QVERIFY2(ctx.log.lines().join(QLatin1Char('\n')).contains(QStringLiteral("] ") + expected),
                 qPrintable(ctx.log.lines().join(QLatin1Char('\n'))));
    }

    void uploadFailures_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("expected");
        QTest::addRow("program fails")
            << QStringList{QStringLiteral("/bin/cp"), QStringLiteral("{file}"),
                           QStringLiteral("/nonexistent-folder/{name}")}
            << "cannot create regular file";
        QTest::addRow("program missing")
            << QStringList{QStringLiteral("no-such-uploader"), QStringLiteral("{file}")}
            << "The upload program no-such-uploader was not found";
        QTest::addRow("empty command") << QStringList{} << "No upload command is set";
    }
    void uploadFailures()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        const QString metadataPath = makeBackup(QStringLiteral("shop"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        TestContext ctx;
        const auto result = core::UploadCommand::run(command, metadataPath, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Failed);
        QVERIFY2(result.sentence.contains(expected), qPrintable(result.sentence));
    }

    void uploadHonoursCancel()
    {
        QTemporaryDir folder;
        const QString metadataPath = makeBackup(QStringLiteral("shop"), folder.path(),
                                                Format::Custom, QDateTime::currentDateTime());
        TestContext ctx;
        ctx.log.addListener([&ctx](const QString& line) {
            if (line.contains(QStringLiteral("Uploading")))
                ctx.cancel.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const auto result = core::UploadCommand::run(
            {QStringLiteral("sleep"), QStringLiteral("60")}, metadataPath, ctx.context);
        QCOMPARE(result.outcome, core::StepResult::Outcome::Cancelled);
        QVERIFY(clock.elapsed() < 10'000);
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
