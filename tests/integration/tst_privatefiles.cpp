// SPDX-License-Identifier: GPL-3.0-or-later
// migdesk runs on shared bastion hosts next to production data: every file and folder it writes
// (backups in both formats with their plain SQL and metadata, run logs, the history store, a
// report) is its owner's alone, whatever umask the shell that started it had; and no secret a
// user put into a connection string, an upload command or a migration reaches any of them.
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using migdesk::tests::MigdeskRun;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;

namespace {

const QString kDatabase = QStringLiteral("private_target");

unsigned modeOf(const QString& path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        qFatal("cannot stat %s", qPrintable(path));
    return status.st_mode & 07777;
}

QJsonObject jsonOf(const MigdeskRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class tst_PrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFileMigdeskWritesIsItsOwnersAlone();
    void plantedSecretsReachNoFileMigdeskWritesNorTheMirror();

private:
    QString path(const QString& name) const { return m_work.filePath(name); }
    MigdeskRun migdesk(const QStringList& arguments, const QString& dsn = {}) const;

    QTemporaryDir m_work;
};

void tst_PrivateFiles::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("MIGDESK_BINARY")), "MIGDESK_BINARY not set");
    TestCluster::exec(QStringLiteral("CREATE DATABASE private_target"));
    TestCluster::exec(QStringLiteral("CREATE TABLE customer (id int PRIMARY KEY, card text);"
                                     "INSERT INTO customer SELECT g, 'secret ' || g "
                                     "FROM generate_series(1, 1000) g;"),
                      kDatabase);
    QVERIFY(QDir().mkpath(path(QStringLiteral("sql"))));
    QFile script(path(QStringLiteral("sql/V1__customer_note.sql")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("ALTER TABLE customer ADD COLUMN note text;\n");
    // A shell's usual umask: what migdesk writes must not depend on it.
    ::umask(022);
}

MigdeskRun tst_PrivateFiles::migdesk(const QStringList& arguments, const QString& dsn) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    return runMigdesk(
        arguments + QStringList{QStringLiteral("--dsn"),
                                dsn.isEmpty()
                                    ? TestCluster::start().connInfo(kDatabase).toConninfoString()
                                    : dsn,
                                QStringLiteral("--environment"), QStringLiteral("development"),
                                QStringLiteral("--no-notify"), QStringLiteral("--log-dir"),
                                path(QStringLiteral("logs"))},
        environment);
}

void tst_PrivateFiles::everyFileMigdeskWritesIsItsOwnersAlone()
{
    const QString backups = path(QStringLiteral("backups/nightly"));
    MigdeskRun run = migdesk({QStringLiteral("backup"), QStringLiteral("--dir"), backups,
                              QStringLiteral("--plain"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = migdesk({QStringLiteral("backup"), QStringLiteral("--dir"), backups,
                   QStringLiteral("--format"), QStringLiteral("directory"),
                   QStringLiteral("--jobs"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = migdesk({QStringLiteral("migrate"), QStringLiteral("--sql-dir"),
                   path(QStringLiteral("sql")), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const qint64 migrateRun = jsonOf(run).value(QStringLiteral("history_id")).toInteger();
    QVERIFY(migrateRun > 0);
    QVERIFY(QDir().mkpath(path(QStringLiteral("reports"))));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    run = runMigdesk({QStringLiteral("report"), QString::number(migrateRun),
                      QStringLiteral("--output"), path(QStringLiteral("reports/run.html"))},
                     environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    // Every file and every folder migdesk made, in each place it writes.
    QStringList files;
    QStringList folders{backups, path(QStringLiteral("backups")), path(QStringLiteral("logs")),
                        path(QStringLiteral("data"))};
    for (const QString& root : {backups, path(QStringLiteral("logs")), path(QStringLiteral("data")),
                                path(QStringLiteral("reports"))}) {
        QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString entry = it.next();
            (it.fileInfo().isDir() ? folders : files) << entry;
        }
    }
    for (const QString& kind :
         {QStringLiteral(".backup"), QStringLiteral(".sql"), QStringLiteral(".json"),
          QStringLiteral(".log"), QStringLiteral("history.sqlite"), QStringLiteral("run.html"),
          QStringLiteral("toc.dat")}) {
        QVERIFY2(
            std::any_of(files.begin(), files.end(),
                        [&](const QString& f) { return f.endsWith(kind); }),
            qPrintable(QStringLiteral("no %1 among %2").arg(kind, files.join(QLatin1Char(' ')))));
    }
    for (const QString& file : files)
        QVERIFY2((modeOf(file) & 077) == 0,
                 qPrintable(QStringLiteral("%1 is mode %2")
                                .arg(file)
                                .arg(modeOf(file), 4, 8, QLatin1Char('0'))));
    for (const QString& folder : folders)
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(QStringLiteral("%1 is mode %2")
                                .arg(folder)
                                .arg(modeOf(folder), 4, 8, QLatin1Char('0'))));

    // The metadata says each backup file's mode.
    const QStringList metadata = QDir(backups).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(metadata.size(), 2);
    for (const QString& name : metadata) {
        QFile file(QDir(backups).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray listed = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QStringLiteral("files"))
                                      .toArray();
        QVERIFY(!listed.isEmpty());
        for (const QJsonValue& entry : listed)
            QCOMPARE(entry.toObject().value(QStringLiteral("mode")).toString(),
                     QStringLiteral("0600"));
    }
}

// Distinct secrets planted where users put them: the connection string (password and
// sslpassword), the upload command (a bearer header and a signed URL, echoed back by a chatty
// uploader as curl -v would), and migration SQL (a role's password going up and another coming
// down). After a backup with upload, a migrate, a rollback and a report, none of them is in any
// file migdesk wrote, in its output, or in the run mirror in the database.
void tst_PrivateFiles::plantedSecretsReachNoFileMigdeskWritesNorTheMirror()
{
    const QString database = QStringLiteral("secrets_target");
    TestCluster::exec(QStringLiteral("CREATE DATABASE secrets_target"));
    TestCluster::exec(QStringLiteral("CREATE TABLE item (id int PRIMARY KEY)"), database);
    const QStringList secrets{
        QStringLiteral("Planted-Conn-Password-7f3a"), QStringLiteral("Planted-Ssl-Password-91c2"),
        QStringLiteral("Planted-Bearer-Token-55d1"),  QStringLiteral("Planted-Signature-0b7e"),
        QStringLiteral("Planted-Sql-Password-c4d9"),  QStringLiteral("Planted-Undo-Password-e8a0")};
    // The socket trusts its owner: the planted passwords are sent and never needed.
    const QString dsn = TestCluster::start().connInfo(database).toConninfoString() +
                        QStringLiteral(" password=%1 sslpassword=%2").arg(secrets[0], secrets[1]);

    const QString sql = path(QStringLiteral("sql-secrets"));
    QVERIFY(QDir().mkpath(sql));
    const auto writeFile = [](const QString& name, const QByteArray& text) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    writeFile(sql + QStringLiteral("/V1__items.sql"), "ALTER TABLE item ADD COLUMN label text;\n");
    writeFile(sql + QStringLiteral("/V2__report_role.sql"),
              "CREATE ROLE planted_reporter LOGIN PASSWORD '" + secrets[4].toUtf8() + "';\n");
    writeFile(sql + QStringLiteral("/U2__report_role.sql"),
              "ALTER ROLE planted_reporter PASSWORD '" + secrets[5].toUtf8() +
                  "';\nDROP ROLE planted_reporter;\n");
    const QString uploader = path(QStringLiteral("uploader.sh"));
    writeFile(uploader, "#!/bin/sh\necho \"> PUT $*\"\necho \"> $2\" >&2\n"
                        "cp \"$3\" \"$4\"\n");
    QVERIFY(QFile::setPermissions(uploader, QFile::ReadOwner | QFile::ExeOwner));
    const QString uploaded = path(QStringLiteral("uploaded"));
    QVERIFY(QDir().mkpath(uploaded));

    QStringList output;
    const QString backups = path(QStringLiteral("backups/secrets"));
    MigdeskRun run = migdesk(
        {QStringLiteral("backup"), QStringLiteral("--dir"), backups, QStringLiteral("--plain"),
         QStringLiteral("--upload-arg"), uploader, QStringLiteral("--upload-arg"),
         QStringLiteral("-H"), QStringLiteral("--upload-arg"),
         QStringLiteral("Authorization: Bearer ") + secrets[2], QStringLiteral("--upload-arg"),
         QStringLiteral("{file}"), QStringLiteral("--upload-arg"), uploaded,
         QStringLiteral("--upload-arg"),
         QStringLiteral("https://uploads.example/put/{name}?X-Amz-Date=20261204&X-Amz-Signature=") +
             secrets[3],
         QStringLiteral("--json")},
        dsn);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(1500)));
    output << run.out << run.err;
    QCOMPARE(QDir(uploaded).entryList(QDir::Files).size(), 1);
    run = migdesk(
        {QStringLiteral("migrate"), QStringLiteral("--sql-dir"), sql, QStringLiteral("--json")},
        dsn);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    output << run.out << run.err;
    const qint64 migrateRun = jsonOf(run).value(QStringLiteral("history_id")).toInteger();
    run = migdesk({QStringLiteral("rollback"), QStringLiteral("--sql-dir"), sql,
                   QStringLiteral("--to"), QStringLiteral("1"), QStringLiteral("--backup-dir"),
                   backups, QStringLiteral("--json")},
                  dsn);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err.right(1500)));
    output << run.out << run.err;
    const qint64 rollbackRun = jsonOf(run).value(QStringLiteral("history_id")).toInteger();
    QVERIFY(migrateRun > 0 && rollbackRun > migrateRun);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(path(QStringLiteral("reports"))));
    for (const qint64 id : {migrateRun, rollbackRun}) {
        for (const QString& format : {QStringLiteral("html"), QStringLiteral("md")}) {
            run = runMigdesk({QStringLiteral("report"), QString::number(id),
                              QStringLiteral("--output"),
                              path(QStringLiteral("reports/secrets-%1.%2").arg(id).arg(format))},
                             environment);
            QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
            output << run.out << run.err;
        }
    }
    run = runMigdesk({QStringLiteral("history"), QStringLiteral("--json")}, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    output << run.out << run.err;

    migdesk::core::PgConnection connection;
    QVERIFY(!connection.open(TestCluster::start().connInfo(database), std::nullopt,
                             migdesk::core::SessionPolicy::inspection()));
    const auto mirrored = connection.exec(
        QStringLiteral("SELECT string_agg(r::text, ' ') AS rows FROM migdesk.runs r"));
    QVERIFY2(mirrored, mirrored ? "" : qPrintable(mirrored.error().sentence()));
    const QString mirror = mirrored->text(0, QStringLiteral("rows"));
    QVERIFY2(mirror.contains(QLatin1String("rollback")), qPrintable(mirror));

    // Every byte migdesk wrote: backups (the plain dump too), metadata, logs, the history store
    // with its journal, the reports, and what the commands printed.
    QByteArray everything = output.join(QLatin1Char('\n')).toUtf8() + mirror.toUtf8();
    QStringList files;
    for (const QString& root : {backups, path(QStringLiteral("logs")), path(QStringLiteral("data")),
                                path(QStringLiteral("reports"))}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            everything += file.readAll();
            files << file.fileName();
        }
    }
    QVERIFY2(files.filter(QStringLiteral(".log")).size() >= 3,
             qPrintable(files.join(QLatin1Char(' '))));
    for (const QString& secret : secrets)
        QVERIFY2(!everything.contains(secret.toUtf8()),
                 qPrintable(QStringLiteral("%1 was written").arg(secret)));
    // What was masked is still there to read: the upload's destination and the role's statement.
    QVERIFY(everything.contains("X-Amz-Signature=[redacted]"));
    QVERIFY(everything.contains("Authorization: Bearer [redacted]"));
    QVERIFY(everything.contains("CREATE ROLE planted_reporter LOGIN PASSWORD '[redacted]'"));
    QVERIFY(everything.contains("ALTER ROLE planted_reporter PASSWORD '[redacted]'"));
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
