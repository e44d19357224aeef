// SPDX-License-Identifier: GPL-3.0-or-later
// migdesk runs on shared bastion hosts next to production data: every file and folder it writes
// (backups in both formats with their plain SQL and metadata, run logs, the history store, a
// report) is its owner's alone, whatever umask the shell that started it had.
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"

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

private:
    QString path(const QString& name) const { return m_work.filePath(name); }
    MigdeskRun migdesk(const QStringList& arguments) const;

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

MigdeskRun tst_PrivateFiles::migdesk(const QStringList& arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    return runMigdesk(arguments
                          + QStringList{QStringLiteral("--dsn"),
                                        TestCluster::start().connInfo(kDatabase).toConninfoString(),
                                        QStringLiteral("--environment"),
                                        QStringLiteral("development"), QStringLiteral("--no-notify"),
                                        QStringLiteral("--log-dir"), path(QStringLiteral("logs"))},
                      environment);
}

void tst_PrivateFiles::everyFileMigdeskWritesIsItsOwnersAlone()
{
    const QString backups = path(QStringLiteral("backups/nightly"));
    MigdeskRun run = migdesk({QStringLiteral("backup"), QStringLiteral("--dir"), backups,
                              QStringLiteral("--plain"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = migdesk({QStringLiteral("backup"), QStringLiteral("--dir"), backups,
                   QStringLiteral("--format"), QStringLiteral("directory"), QStringLiteral("--jobs"),
                   QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = migdesk({QStringLiteral("migrate"), QStringLiteral("--sql-dir"), path(QStringLiteral("sql")),
                   QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const qint64 migrateRun = jsonOf(run).value(QStringLiteral("history_id")).toInteger();
    QVERIFY(migrateRun > 0);
    QVERIFY(QDir().mkpath(path(QStringLiteral("reports"))));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    run = runMigdesk({QStringLiteral("report"), QString::number(migrateRun), QStringLiteral("--output"),
                      path(QStringLiteral("reports/run.html"))},
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
    for (const QString& kind : {QStringLiteral(".backup"), QStringLiteral(".sql"),
                                QStringLiteral(".json"), QStringLiteral(".log"),
                                QStringLiteral("history.sqlite"), QStringLiteral("run.html"),
                                QStringLiteral("toc.dat")}) {
        QVERIFY2(std::any_of(files.begin(), files.end(), [&](const QString& f) { return f.endsWith(kind); }),
                 qPrintable(QStringLiteral("no %1 among %2").arg(kind, files.join(QLatin1Char(' ')))));
    }
    for (const QString& file : files)
        QVERIFY2((modeOf(file) & 077) == 0,
                 qPrintable(QStringLiteral("%1 is mode %2").arg(file).arg(modeOf(file), 4, 8, QLatin1Char('0'))));
    for (const QString& folder : folders)
        QVERIFY2(modeOf(folder) == 0700,
                 qPrintable(QStringLiteral("%1 is mode %2").arg(folder).arg(modeOf(folder), 4, 8, QLatin1Char('0'))));

    // The metadata says each backup file's mode.
    const QStringList metadata = QDir(backups).entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(metadata.size(), 2);
    for (const QString& name : metadata) {
        QFile file(QDir(backups).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray listed = QJsonDocument::fromJson(file.readAll()).object()
                                      .value(QStringLiteral("files")).toArray();
        QVERIFY(!listed.isEmpty());
        for (const QJsonValue& entry : listed)
            QCOMPARE(entry.toObject().value(QStringLiteral("mode")).toString(), QStringLiteral("0600"));
    }
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
