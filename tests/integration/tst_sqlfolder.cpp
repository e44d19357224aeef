// SPDX-License-Identifier: GPL-3.0-or-later
// A Flyway-style SQL migration folder against a real PostgreSQL: names and version order,
// problems in the folder, the history table, apply in a transaction or statement by
// statement, checksum drift, missing files and failed applies.
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "migrations/sqlfolderapplier.h"
#include "migrations/sqlfolderhistory.h"
#include "migrations/sqlfoldername.h"
#include "migrations/sqlfoldersource.h"
#include "migrations/sqlfolderstatements.h"
#include "migrations/statementtiming.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace migdesk;
using migdesk::tests::TestCluster;

namespace {

void writeFile(const QTemporaryDir& dir, const QString& relative, const QByteArray& content)
{
    const QString path = dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(content);
}

QStringList names(const std::vector<core::SqlFolderScript>& scripts)
{
    QStringList out;
    for (const core::SqlFolderScript& script : scripts)
        out << script.migration.name;
    return out;
}

QString problemText(const std::vector<core::SourceProblem>& problems)
{
    QStringList lines;
    for (const core::SourceProblem& problem : problems)
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

const core::SqlFolderScript* find(const core::SqlFolderScan& scan, const QString& name)
{
    for (const core::SqlFolderScript& script : scan.scripts) {
        if (script.migration.name == name)
            return &script;
    }
    return nullptr;
}

} // namespace

class TestSqlFolder : public QObject
{
    Q_OBJECT
private:
    // Each test that touches the server gets its own database, so none sees another's history.
    static QString freshDatabase(const QString& name)
    {
        TestCluster::exec(QStringLiteral("CREATE DATABASE ") + name);
        return name;
    }

    static void open(core::PgConnection& connection, const QString& database, bool writable)
    {
        core::SessionPolicy policy = core::SessionPolicy::inspection();
        policy.readOnly = !writable;
        const auto error =
            connection.open(TestCluster::start().connInfo(database), std::nullopt, policy);
        QVERIFY2(!error, error ? qPrintable(error->sentence()) : "");
    }

    static bool exists(core::PgConnection& connection, const QString& relation)
    {
        const auto found = connection.exec(
            QStringLiteral("SELECT to_regclass($1) IS NOT NULL AS present"), {relation});
        return found && found->toBool(0, QStringLiteral("present"));
    }

private slots:
    void initTestCase() { TestCluster::start(); }
    void cleanupTestCase() { TestCluster::stop(); }

    void fileNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("undo");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("description");
        const auto row = [](const char* tag, const char* file, bool valid, bool undo,
                            const char* version, const char* description) {
            QTest::addRow("%s", tag)
                << QString::fromUtf8(file) << valid << undo << QString::fromLatin1(version)
                << QString::fromUtf8(description);
        };
        row("V1", "V1__create_accounts.sql", true, false, "1", "create accounts");
        row("V1.1 dotted", "V1.1__add_index.sql", true, false, "1.1", "add index");
        row("V2_3 underscores are dots", "V2_3__split_name.sql", true, false, "2.3", "split name");
        row("timestamp version", "V20240101120000__init.sql", true, false, "20240101120000",
            "init");
        row("description keeps later double underscores", "V1__a__b.sql", true, false, "1", "a  b");
        row("undo", "U1.1__add_index.sql", true, true, "1.1", "add index");
        row("lower-case prefix", "v1__init.sql", false, false, "", "");
        row("single underscore", "V1_init.sql", false, false, "", "");
        row("no description", "V1__.sql", false, false, "", "");
        row("no version", "V__init.sql", false, false, "", "");
        row("letters in version", "V1a__init.sql", false, false, "", "");
        row("trailing dot in version", "V1.__init.sql", false, false, "", "");
        row("upper-case suffix", "V1__init.SQL", false, false, "", "");
        row("repeatable", "R__views.sql", false, false, "", "");
    }

    void fileNames()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, valid);
        QFETCH(bool, undo);
        QFETCH(QString, version);
        QFETCH(QString, description);
        const auto name = core::SqlFolderName::parse(fileName);
        QCOMPARE(name.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(name->kind == core::SqlFolderName::Kind::Undo, undo);
        QCOMPARE(name->version, version);
        QCOMPARE(name->description, description);
        QCOMPARE(name->baseName + QStringLiteral(".sql"), fileName);
    }

    void versionOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order");
        QTest::addRow("1 < 1.1") << QStringLiteral("1") << QStringLiteral("1.1") << -1;
        QTest::addRow("1.1 < 2") << QStringLiteral("1.1") << QStringLiteral("2") << -1;
        QTest::addRow("2 < 10, numerically") << QStringLiteral("2") << QStringLiteral("10") << -1;
        QTest::addRow("1.9 < 1.10") << QStringLiteral("1.9") << QStringLiteral("1.10") << -1;
        QTest::addRow("1 == 1.0") << QStringLiteral("1") << QStringLiteral("1.0") << 0;
        QTest::addRow("1.01 == 1.1") << QStringLiteral("1.01") << QStringLiteral("1.1") << 0;
        QTest::addRow("1.0.1 > 1") << QStringLiteral("1.0.1") << QStringLiteral("1") << 1;
        QTest::addRow("longer than 64 bits")
            << QStringLiteral("123456789012345678901234567890")
            << QStringLiteral("123456789012345678901234567891") << -1;
    }

    void versionOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);
        QCOMPARE(core::SqlFolderName::compareVersions(a, b), order);
        QCOMPARE(core::SqlFolderName::compareVersions(b, a), -order);
        QCOMPARE(core::SqlFolderName::canonicalVersion(a) ==
                     core::SqlFolderName::canonicalVersion(b),
                 order == 0);
    }

    void transactionNeeds_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("outside"); // empty: runs in one transaction
        QTest::addColumn<int>("line");
        QTest::addRow("plain DDL") << QStringLiteral("CREATE TABLE t (id int);\n"
                                                     "CREATE INDEX ON t (id);")
                                   << QString() << 0;
        QTest::addRow("CREATE INDEX CONCURRENTLY")
            << QStringLiteral("CREATE TABLE t (id int);\n\n-- the index\n"
                              "CREATE INDEX CONCURRENTLY i ON t (id);")
            << QStringLiteral("CREATE INDEX CONCURRENTLY") << 4;
        QTest::addRow("the words in a comment or string")
            << QStringLiteral("-- CREATE INDEX CONCURRENTLY later\n"
                              "COMMENT ON TABLE t IS 'CREATE INDEX CONCURRENTLY; VACUUM';")
            << QString() << 0;
        QTest::addRow("DROP INDEX CONCURRENTLY")
            << QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS i;")
            << QStringLiteral("DROP INDEX CONCURRENTLY") << 1;
        QTest::addRow("REINDEX CONCURRENTLY") << QStringLiteral("REINDEX INDEX CONCURRENTLY i;")
                                              << QStringLiteral("REINDEX CONCURRENTLY") << 1;
        QTest::addRow("VACUUM") << QStringLiteral("VACUUM t;") << QStringLiteral("VACUUM") << 1;
        QTest::addRow("ANALYZE is fine") << QStringLiteral("ANALYZE t;") << QString() << 0;
        QTest::addRow("own BEGIN/COMMIT")
            << QStringLiteral("BEGIN;\nCREATE TABLE t (id int);\nCOMMIT;")
            << QStringLiteral("BEGIN/COMMIT") << 1;
        QTest::addRow("savepoints are fine")
            << QStringLiteral("SAVEPOINT s; CREATE TABLE t (id int); RELEASE SAVEPOINT s;")
            << QString() << 0;
        QTest::addRow("DETACH PARTITION CONCURRENTLY")
            << QStringLiteral("ALTER TABLE p DETACH PARTITION c CONCURRENTLY;")
            << QStringLiteral("DETACH PARTITION CONCURRENTLY") << 1;
        QTest::addRow("syntax error runs in a transaction")
            << QStringLiteral("CREAT INDEX CONCURRENTLY i ON t (id);") << QString() << 0;
    }

    void transactionNeeds()
    {
        QFETCH(QString, sql);
        QFETCH(QString, outside);
        QFETCH(int, line);
        const auto statements = core::SqlFolderStatements::parse(sql);
        const auto* first = statements.firstOutsideTransaction();
        QCOMPARE(first ? first->outsideTransaction : QString(), outside);
        QCOMPARE(first ? first->line : 0, line);
        QCOMPARE(statements.transactional(), outside.isEmpty());
    }

    void pendingInVersionOrder()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V10__ten.sql"), "SELECT 10;");
        writeFile(dir, QStringLiteral("V2__two.sql"), "SELECT 2;");
        writeFile(dir, QStringLiteral("V1.1__one_one.sql"), "SELECT 11;");
        writeFile(dir, QStringLiteral("V1__one.sql"), "SELECT 1;");
        const auto scan = core::SqlFolderSource::scan(dir.path());
        QVERIFY2(scan.problems.empty(), qPrintable(problemText(scan.problems)));
        const QStringList order{QStringLiteral("V1__one"), QStringLiteral("V1.1__one_one"),
                                QStringLiteral("V2__two"), QStringLiteral("V10__ten")};
        QCOMPARE(names(scan.scripts), order);
        QCOMPARE(names(core::SqlFolderSource::pending(scan, {}).pending), order);

        // Migration values: app is the folder, a linear chain of dependencies.
        const auto migrations = scan.migrations();
        QCOMPARE(migrations.size(), std::size_t(4));
        QCOMPARE(migrations[0].app, QFileInfo(dir.path()).fileName());
        const auto slash = core::SqlFolderSource::scan(dir.path() + QLatin1Char('/'));
        QCOMPARE(slash.scripts.at(0).migration.app, migrations[0].app);
        QVERIFY(migrations[0].initial);
        QVERIFY(migrations[0].dependencies.empty());
        QCOMPARE(migrations[3].dependencies.size(), std::size_t(1));
        QCOMPARE(migrations[3].dependencies[0].second, QStringLiteral("V2__two"));
        QCOMPARE(migrations[2].sql, QStringLiteral("SELECT 2;"));
        QVERIFY(migrations[2].operations.empty());
        QCOMPARE(migrations[2].file,
                 QDir(dir.path()).absoluteFilePath(QStringLiteral("V2__two.sql")));

        // Applied 1 and 2: 1.1 is older than the newest applied version and runs out of order.
        core::SqlFolderAppliedRow one;
        one.version = QStringLiteral("1");
        one.checksum = find(scan, QStringLiteral("V1__one"))->checksum;
        one.script = QStringLiteral("V1__one.sql");
        one.success = true;
        core::SqlFolderAppliedRow two = one;
        two.version = QStringLiteral("2");
        two.checksum = find(scan, QStringLiteral("V2__two"))->checksum;
        two.script = QStringLiteral("V2__two.sql");
        const auto plan = core::SqlFolderSource::pending(scan, {one, two});
        QCOMPARE(names(plan.pending),
                 (QStringList{QStringLiteral("V1.1__one_one"), QStringLiteral("V10__ten")}));
        QCOMPARE(plan.problems.size(), std::size_t(1));
        QVERIFY2(plan.problems[0].message.contains(QStringLiteral("out of order")),
                 qPrintable(plan.problems[0].message));
    }

    void folderProblems()
    {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__ok.sql"), "SELECT 1;");
        writeFile(dir, QStringLiteral("v2__lower_case.sql"), "SELECT 2;");
        writeFile(dir, QStringLiteral("V3_single_underscore.sql"), "SELECT 3;");
        writeFile(dir, QStringLiteral("R__views.sql"), "SELECT 0;");
        writeFile(dir, QStringLiteral("V5__first.sql"), "SELECT 5;");
        writeFile(dir, QStringLiteral("V5.0__second.sql"), "SELECT 50;");
        writeFile(dir, QStringLiteral("U6__orphan_undo.sql"), "SELECT 6;");
        writeFile(dir, QStringLiteral("U1__undo_ok.sql"), "SELECT -1;");
        writeFile(dir, QStringLiteral("release-2/V7__nested.sql"), "SELECT 7;");
        writeFile(dir, QStringLiteral("V8__latin1.sql"), "SELECT '\xe9';");
        writeFile(dir, QStringLiteral("V9__bom.sql"), "\xef\xbb\xbfSELECT 9;");
        writeFile(dir, QStringLiteral("README.md"), "not SQL, ignored");
        const auto scan = core::SqlFolderSource::scan(dir.path());

        QCOMPARE(names(scan.scripts),
                 (QStringList{QStringLiteral("V1__ok"), QStringLiteral("V7__nested"),
                              QStringLiteral("V9__bom")}));
        QCOMPARE(names(scan.undo), QStringList{QStringLiteral("U1__undo_ok")});
        QCOMPARE(find(scan, QStringLiteral("V7__nested"))->relativePath,
                 QStringLiteral("release-2/V7__nested.sql"));
        QCOMPARE(find(scan, QStringLiteral("V9__bom"))->migration.sql, QStringLiteral("SELECT 9;"));

        // One problem per bad file, each naming its file.
        QStringList files;
        for (const core::SourceProblem& problem : scan.problems)
            files << QFileInfo(problem.file).fileName();
        files.sort();
        QCOMPARE(
            files,
            (QStringList{QStringLiteral("R__views.sql"), QStringLiteral("U6__orphan_undo.sql"),
                         QStringLiteral("V3_single_underscore.sql"),
                         QStringLiteral("V5.0__second.sql"), QStringLiteral("V5__first.sql"),
                         QStringLiteral("V8__latin1.sql"), QStringLiteral("v2__lower_case.sql")}));
        const QString all = problemText(scan.problems);
        QVERIFY2(all.contains(QStringLiteral("V5.0__second.sql has the same version (5.0) as "
                                             "V5__first.sql;")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("V5__first.sql has the same version (5) as "
                                             "V5.0__second.sql;")),
                 qPrintable(all));

        const auto missing = core::SqlFolderSource::scan(dir.filePath(QStringLiteral("nope")));
        QCOMPARE(missing.problems.size(), std::size_t(1));
        QVERIFY(missing.scripts.empty());
    }

    void readingNeverCreatesTheHistory()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_read"));
        core::PgConnection reader;
        open(reader, db, false);
        const auto applied = core::SqlFolderSource::readApplied(reader);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
        QVERIFY(applied->empty());
        QVERIFY(!exists(reader, core::SqlFolderHistory::tableName()));

        // A read-only connection cannot apply: refused before anything is created.
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__t.sql"), "CREATE TABLE t (id int);");
        const auto scan = core::SqlFolderSource::scan(dir.path());
        const auto refused = core::SqlFolderApplier::apply(reader, scan.scripts.at(0), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind(), core::DbError::Kind::ReadOnly);
        QVERIFY(!exists(reader, core::SqlFolderHistory::tableName()));
    }

    void applyRecordsAndDetectsDrift()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_apply"));
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__create_accounts.sql"),
                  "CREATE TABLE accounts (id int PRIMARY KEY, name text);\n"
                  "INSERT INTO accounts VALUES (1, 'a');\n");
        writeFile(dir, QStringLiteral("V2__add_email.sql"),
                  "ALTER TABLE accounts ADD COLUMN email text;\n");
        auto scan = core::SqlFolderSource::scan(dir.path());
        QCOMPARE(scan.scripts.size(), std::size_t(2));

        core::PgConnection writer;
        open(writer, db, true);
        for (const core::SqlFolderScript& script : scan.scripts) {
            const auto applied =
                core::SqlFolderApplier::apply(writer, script, QStringLiteral("on-call"));
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
            QVERIFY(applied->success);
            QCOMPARE(applied->installedBy, QStringLiteral("on-call"));
        }
        QVERIFY(exists(writer, QStringLiteral("accounts")));

        core::PgConnection reader;
        open(reader, db, false);
        const auto applied = core::SqlFolderSource::readApplied(reader);
        QVERIFY(applied);
        QCOMPARE(applied->size(), std::size_t(2));
        const core::SqlFolderAppliedRow& first = applied->at(0);
        QCOMPARE(first.version, QStringLiteral("1"));
        QCOMPARE(first.description, QStringLiteral("create accounts"));
        QCOMPARE(first.script, QStringLiteral("V1__create_accounts.sql"));
        QCOMPARE(first.checksum, scan.scripts[0].checksum);
        QCOMPARE(first.checksum.size(), 64);
        QVERIFY(first.success);
        QVERIFY(first.executionTimeMs >= 0);
        QVERIFY(qAbs(first.installedOn.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QVERIFY(core::SqlFolderSource::pending(scan, *applied).pending.empty());
        QVERIFY(core::SqlFolderSource::verify(scan, *applied).empty());

        // Applying a version twice is refused and changes nothing.
        const auto again = core::SqlFolderApplier::apply(writer, scan.scripts[0], {});
        QVERIFY(!again);
        const auto count = writer.exec(QStringLiteral("SELECT count(*) AS n FROM accounts"));
        QCOMPARE(count->toInt64(0, QStringLiteral("n")), 1);

        // Edit V1 after it was applied, and remove V2.
        writeFile(dir, QStringLiteral("V1__create_accounts.sql"),
                  "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);\n");
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("V2__add_email.sql"))));
        scan = core::SqlFolderSource::scan(dir.path());
        const auto problems = core::SqlFolderSource::verify(scan, *applied);
        QCOMPARE(problems.size(), std::size_t(2));
        const QString drift = problems[0].message;
        QVERIFY2(drift.startsWith(QStringLiteral("V1__create_accounts.sql changed after it was "
                                                 "applied on ")),
                 qPrintable(drift));
        QVERIFY2(drift.contains(QStringLiteral("(checksum ") + first.checksum.left(12)),
                 qPrintable(drift));
        QCOMPARE(problems[0].file, scan.scripts[0].migration.file);
        QVERIFY2(problems[1].message.startsWith(QStringLiteral("V2__add_email.sql was applied "
                                                               "on ")),
                 qPrintable(problems[1].message));
        QVERIFY(problems[1].message.contains(QStringLiteral("no longer in the folder")));
        QCOMPARE(QFileInfo(problems[1].file).fileName(), QStringLiteral("V2__add_email.sql"));
    }

    // A seed script past kLargeScriptBytes: the scan hashes it a megabyte at a time and keeps
    // no text; the plan reads it, refusing one that changed since; then it applies as any.
    void largeScriptsAreReadWhenPlanned()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_large"));
        QTemporaryDir dir;
        QByteArray seed = "CREATE TABLE seed (id int);\n";
        const QByteArray padding = "-- " + QByteArray(96, 'x') + "\n";
        while (seed.size() <= core::SqlFolderSource::kLargeScriptBytes)
            seed += padding;
        seed += "INSERT INTO seed VALUES (1);\n";
        writeFile(dir, QStringLiteral("V1__seed.sql"), seed);
        writeFile(dir, QStringLiteral("V2__index.sql"), "CREATE INDEX seed_id ON seed (id);\n");

        const auto scan = core::SqlFolderSource::scan(dir.path());
        QVERIFY2(scan.problems.empty(), qPrintable(problemText(scan.problems)));
        const core::SqlFolderScript* large = find(scan, QStringLiteral("V1__seed"));
        QVERIFY(large && large->deferred);
        QVERIFY(large->migration.sql.isEmpty());
        QCOMPARE(large->bytes, qint64(seed.size()));
        QCOMPARE(large->checksum,
                 QString::fromLatin1(
                     QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!find(scan, QStringLiteral("V2__index"))->deferred);

        core::PgConnection writer;
        open(writer, db, true);
        const auto notRead = core::SqlFolderApplier::apply(writer, *large, {});
        QVERIFY(!notRead);
        QVERIFY2(notRead.error().sentence().contains(QStringLiteral("not read yet")),
                 qPrintable(notRead.error().sentence()));

        const core::SqlFolderPlan plan = core::SqlFolderSource::pending(scan, {});
        QVERIFY2(plan.unreadable.empty(), qPrintable(problemText(plan.unreadable)));
        QCOMPARE(plan.pending.size(), std::size_t(2));
        QVERIFY(!plan.pending[0].deferred);
        QCOMPARE(plan.pending[0].migration.sql.size(), seed.size());
        QVERIFY(plan.pending[0].migration.atomic);
        for (const core::SqlFolderScript& script : plan.pending) {
            const auto applied = core::SqlFolderApplier::apply(writer, script, {});
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
        }
        const auto rows = writer.exec(QStringLiteral("SELECT count(*) AS n FROM seed"));
        QVERIFY(rows);
        QCOMPARE(rows->toInt64(0, QStringLiteral("n")), 1);

        // Changed between the scan and the plan: refused by name, nothing to run.
        seed.replace("VALUES (1)", "VALUES (2)");
        writeFile(dir, QStringLiteral("V1__seed.sql"), seed);
        const core::SqlFolderPlan changed = core::SqlFolderSource::pending(scan, {});
        QCOMPARE(changed.unreadable.size(), std::size_t(1));
        QVERIFY2(changed.unreadable[0].message.contains(
                     QStringLiteral("V1__seed.sql changed after migdesk read the folder")),
                 qPrintable(changed.unreadable[0].message));
    }

    void failedApplyLeavesNothingAndIsRecorded()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_fail"));
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V3__half_done.sql"),
                  "CREATE TABLE half (id int);\n"
                  "INSERT INTO half VALUES (1);\n"
                  "SELECT 1 / 0;\n");
        auto scan = core::SqlFolderSource::scan(dir.path());
        QVERIFY(scan.scripts.at(0).migration.atomic);

        core::PgConnection writer;
        open(writer, db, true);
        const auto failed = core::SqlFolderApplier::apply(writer, scan.scripts[0], {});
        QVERIFY(!failed);
        QCOMPARE(failed.error().sqlState(), QStringLiteral("22012")); // division_by_zero
        QVERIFY2(!exists(writer, QStringLiteral("half")), "the failed script left its table");

        core::PgConnection reader;
        open(reader, db, false);
        auto applied = core::SqlFolderSource::readApplied(reader);
        QVERIFY(applied);
        QCOMPARE(applied->size(), std::size_t(1));
        QCOMPARE(applied->at(0).version, QStringLiteral("3"));
        QVERIFY(!applied->at(0).success);
        QCOMPARE(applied->at(0).checksum, scan.scripts[0].checksum);
        // The user is the connection's own when none is given.
        QCOMPARE(applied->at(0).installedBy, core::ThrowawayCluster::superuser());

        const auto plan = core::SqlFolderSource::pending(scan, *applied);
        QCOMPARE(names(plan.pending), QStringList{QStringLiteral("V3__half_done")});
        QCOMPARE(plan.problems.size(), std::size_t(1));
        QVERIFY2(plan.problems[0].message.contains(QStringLiteral("failed")),
                 qPrintable(plan.problems[0].message));

        // Fixed, it applies and replaces the failed row.
        writeFile(dir, QStringLiteral("V3__half_done.sql"),
                  "CREATE TABLE half (id int);\nINSERT INTO half VALUES (1);\n");
        scan = core::SqlFolderSource::scan(dir.path());
        const auto fixed = core::SqlFolderApplier::apply(writer, scan.scripts[0], {});
        QVERIFY2(fixed, fixed ? "" : qPrintable(fixed.error().sentence()));
        applied = core::SqlFolderSource::readApplied(reader);
        QCOMPARE(applied->size(), std::size_t(1));
        QVERIFY(applied->at(0).success);
        QVERIFY(core::SqlFolderSource::verify(scan, *applied).empty());
    }

    void failuresAreRolledBackAndRecorded_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QStringList>("left"); // relations that stay behind
        QTest::addColumn<int>("timed");        // statements with a time
        QTest::addColumn<int>("failedLine");   // the timed statement marked failed; 0: none
        QTest::addRow("error in a statement")
            << QByteArray("CREATE TABLE half (id int);\nSELECT 1 / 0;\n") << QStringLiteral("22012")
            << QStringList{} << 2 << 2;
        // libpg_query cannot split it, so the server gets it whole and it is timed whole.
        QTest::addRow("syntax error")
            << QByteArray("CREATE TABLE half (id int);\nCREAT TABLE other (id int);\n")
            << QStringLiteral("42601") << QStringList{} << 1 << 1;
        QTest::addRow("deferred constraint fails at COMMIT")
            << QByteArray("CREATE TABLE parent (id int PRIMARY KEY);\n"
                          "CREATE TABLE half (parent int REFERENCES parent\n"
                          "    DEFERRABLE INITIALLY DEFERRED);\n"
                          "INSERT INTO half VALUES (1);\n")
            << QStringLiteral("23503") << QStringList{} << 3 << 0;
        // Outside a transaction nothing can be rolled back: the statements before the failing
        // one stay, which the script's outsideTransaction announces beforehand.
        QTest::addRow("statement by statement keeps what ran")
            << QByteArray("CREATE TABLE half (id int);\n"
                          "CREATE INDEX CONCURRENTLY half_idx ON half (missing);\n")
            << QStringLiteral("42703") << QStringList{QStringLiteral("half")} << 2 << 2;
    }

    void failuresAreRolledBackAndRecorded()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, sqlState);
        QFETCH(QStringList, left);
        QFETCH(int, timed);
        QFETCH(int, failedLine);
        static int databases = 0;
        const QString db = freshDatabase(QStringLiteral("sqlfolder_failure_%1").arg(++databases));
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__fails.sql"), sql);
        const auto scan = core::SqlFolderSource::scan(dir.path());
        QCOMPARE(scan.scripts.size(), std::size_t(1));

        core::PgConnection writer;
        open(writer, db, true);
        std::vector<core::StatementTiming> timings;
        const auto failed = core::SqlFolderApplier::apply(writer, scan.scripts[0], {}, &timings);
        QVERIFY(!failed);
        QCOMPARE(failed.error().sqlState(), sqlState);
        QCOMPARE(int(timings.size()), timed);
        const auto marked = std::count_if(timings.begin(), timings.end(),
                                          [](const core::StatementTiming& t) { return t.failed; });
        QCOMPARE(int(marked), failedLine > 0 ? 1 : 0);
        if (failedLine > 0) {
            QVERIFY(timings.back().failed);
            QCOMPARE(timings.back().line, failedLine);
        }
        for (const QString& relation :
             {QStringLiteral("half"), QStringLiteral("parent"), QStringLiteral("other")})
            QCOMPARE(exists(writer, relation), left.contains(relation));

        const auto applied = core::SqlFolderSource::readApplied(writer);
        QVERIFY(applied);
        QCOMPARE(applied->size(), std::size_t(1));
        QVERIFY(!applied->at(0).success);
        QCOMPARE(applied->at(0).script, QStringLiteral("V1__fails.sql"));
        // The connection is usable afterwards (no transaction left open).
        const auto state = writer.exec(QStringLiteral("SELECT 1 AS one"));
        QVERIFY2(state, state ? "" : qPrintable(state.error().sentence()));
    }

    // Each statement is timed on its own, in the script's transaction: a reviewer sees which
    // statement of a slow migration took the time, at which line.
    void statementsAreTimedOneByOne()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_timings"));
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__slow.sql"),
                  "CREATE TABLE ledger (id int);\n"
                  "-- the slow one\n"
                  "SELECT pg_sleep(0.3);\n"
                  "INSERT INTO ledger VALUES (1);\n");
        writeFile(dir, QStringLiteral("U1__slow.sql"), "DROP TABLE ledger;\n");
        const auto scan = core::SqlFolderSource::scan(dir.path());
        QVERIFY2(scan.problems.empty(), qPrintable(problemText(scan.problems)));
        core::PgConnection writer;
        open(writer, db, true);
        std::vector<core::StatementTiming> timings;
        const auto applied =
            core::SqlFolderApplier::apply(writer, scan.scripts.at(0), {}, &timings);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
        QCOMPARE(timings.size(), std::size_t(3));
        QCOMPARE(timings[0].line, 1);
        QCOMPARE(timings[1].line, 3);
        QCOMPARE(timings[2].line, 4);
        QCOMPARE(timings[0].sql, QStringLiteral("CREATE TABLE ledger (id int)"));
        QCOMPARE(timings[1].firstLine(), QStringLiteral("SELECT pg_sleep(0.3)"));
        QVERIFY2(timings[1].seconds >= 0.3, qPrintable(QString::number(timings[1].seconds)));
        QCOMPARE(core::StatementTiming::slowest(timings), &timings[1]);
        double sum = 0;
        for (const core::StatementTiming& t : timings) {
            QVERIFY(!t.failed && !t.summed && t.migration.isEmpty());
            sum += t.seconds;
        }
        // The history row's time is the script's: the statements' times and little else.
        QVERIFY(applied->executionTimeMs >= int(sum * 1000) - 1);
        QVERIFY(applied->executionTimeMs < int(sum * 1000) + 500);

        QCOMPARE(scan.undo.size(), std::size_t(1));
        std::vector<core::StatementTiming> undone;
        const auto reverted = core::SqlFolderApplier::undo(writer, scan.undo.front(), &undone);
        QVERIFY2(reverted, reverted ? "" : qPrintable(reverted.error().sentence()));
        QCOMPARE(undone.size(), std::size_t(1));
        QCOMPARE(undone[0].sql, QStringLiteral("DROP TABLE ledger"));
        QVERIFY(!exists(writer, QStringLiteral("ledger")));
    }

    // Past the listed limit, a transactional script's remaining statements go to the server in
    // one message and are kept as one summed row; every statement still runs.
    void longScriptsSumTheirTail()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_long"));
        const int extra = 5;
        const int total = core::StatementTiming::kListedPerMigration + extra;
        QByteArray sql = "CREATE TABLE rows_ (id int);\n";
        for (int i = 1; i < total; ++i)
            sql += "INSERT INTO rows_ VALUES (" + QByteArray::number(i) + ");\n";
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__rows.sql"), sql);
        const auto scan = core::SqlFolderSource::scan(dir.path());
        core::PgConnection writer;
        open(writer, db, true);
        std::vector<core::StatementTiming> timings;
        const auto applied =
            core::SqlFolderApplier::apply(writer, scan.scripts.at(0), {}, &timings);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
        QCOMPARE(int(timings.size()), core::StatementTiming::kListedPerMigration + 1);
        QVERIFY(timings.back().summed);
        QCOMPARE(timings.back().count, extra);
        QCOMPARE(timings[999].line, 1000);
        const auto rows = writer.exec(QStringLiteral("SELECT count(*)::int AS n FROM rows_"));
        QVERIFY(rows);
        QCOMPARE(rows->toInt64(0, QStringLiteral("n")), qint64(total - 1));
    }

    void concurrentIndexRunsOutsideATransaction()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_concurrently"));
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__payments.sql"),
                  "CREATE TABLE payments (id int, method_id int);\n"
                  "INSERT INTO payments SELECT g, g % 7 FROM generate_series(1, 1000) g;\n");
        writeFile(dir, QStringLiteral("V2__payments_method_idx.sql"),
                  "-- built without blocking writes\n"
                  "CREATE INDEX CONCURRENTLY payments_method_idx ON payments (method_id);\n");
        const auto scan = core::SqlFolderSource::scan(dir.path());
        QVERIFY(scan.scripts.at(0).migration.atomic);
        const core::SqlFolderScript& index = scan.scripts.at(1);
        QVERIFY(!index.migration.atomic);
        QCOMPARE(index.outsideTransaction, QStringLiteral("CREATE INDEX CONCURRENTLY"));
        QCOMPARE(index.outsideTransactionLine, 2);

        core::PgConnection writer;
        open(writer, db, true);
        for (const core::SqlFolderScript& script : scan.scripts) {
            const auto applied = core::SqlFolderApplier::apply(writer, script, {});
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
        }
        const auto valid = writer.exec(QStringLiteral(
            "SELECT indisvalid FROM pg_index WHERE indexrelid = 'payments_method_idx'::regclass"));
        QVERIFY(valid);
        QVERIFY(valid->toBool(0, QStringLiteral("indisvalid")));
    }

    void oneApplierAtATime()
    {
        const QString db = freshDatabase(QStringLiteral("sqlfolder_lock"));
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("V1__t.sql"), "CREATE TABLE t (id int);");
        const auto scan = core::SqlFolderSource::scan(dir.path());

        // Another session holds the apply lock (the key is "migdesk1" in ASCII).
        core::PgConnection other;
        open(other, db, true);
        QVERIFY(other.exec(QStringLiteral("SELECT pg_advisory_lock(x'6d69676465736b31'::bigint)")));
        core::PgConnection writer;
        open(writer, db, true);
        const auto refused = core::SqlFolderApplier::apply(writer, scan.scripts.at(0), {});
        QVERIFY(!refused);
        QVERIFY(!exists(writer, QStringLiteral("t")));

        // Releasing explicitly: a closed connection's backend lets go of its locks only when it
        // has exited, a moment after close() returns.
        QVERIFY(
            other.exec(QStringLiteral("SELECT pg_advisory_unlock(x'6d69676465736b31'::bigint)")));
        other.close();
        const auto applied = core::SqlFolderApplier::apply(writer, scan.scripts.at(0), {});
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().sentence()));
        // The lock is released afterwards: another apply session could take it.
        core::PgConnection next;
        open(next, db, true);
        const auto free = next.exec(
            QStringLiteral("SELECT pg_try_advisory_lock(x'6d69676465736b31'::bigint) AS ok"));
        QVERIFY(free && free->toBool(0, QStringLiteral("ok")));
    }
};

QTEST_GUILESS_MAIN(TestSqlFolder)
#include "tst_sqlfolder.moc"
