// SPDX-License-Identifier: GPL-3.0-or-later
// A throwaway cluster holds a copy of production during a proof (backup --prove) and the demo
// on TCP: on a shared bastion host no other local user may get in, and what another user plants
// under /tmp (a symbolic link, a postmaster.pid naming someone else's process) is left alone.
#include "cluster/throwawaycluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using migdesk::core::ThrowawayCluster;

namespace {

// A second OS user, made by the test (as root), who tries to get in.
const QString kIntruder = QStringLiteral("migdesk-intruder");

unsigned modeOf(const QString& path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_mode & 07777 : 0;
}

QString root()
{
    return QStringLiteral("/tmp/migdesk-%1").arg(::geteuid());
}

// psql run as the intruder (setpriv drops root); empty output and exit 0 mean it got in.
struct Attempt
{
    int exitCode = -1;
    QString output;
};

Attempt asIntruder(const QStringList& psqlArguments, const QString& password = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("setpriv"),
                  QStringList{QStringLiteral("--reuid=") + kIntruder,
                              QStringLiteral("--regid=") + kIntruder,
                              QStringLiteral("--clear-groups"), QStringLiteral("--"),
                              ThrowawayCluster::serverBinDir() + QStringLiteral("/psql"),
                              QStringLiteral("-X"), QStringLiteral("-w"), QStringLiteral("-At"),
                              QStringLiteral("-c"), QStringLiteral("SELECT current_user")} +
                      psqlArguments);
    Attempt attempt;
    if (!process.waitForFinished(30'000))
        return attempt;
    attempt.exitCode = process.exitCode();
    attempt.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return attempt;
}

} // namespace

class tst_ClusterPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clusterFoldersAreTheOwnersAlone_data();
    void clusterFoldersAreTheOwnersAlone();
    void anotherLocalUserCannotConnect_data();
    void anotherLocalUserCannotConnect();
    void plantedFoldersAreLeftAlone();
    void chosenServerProgramsAreUsed();

private:
    bool m_madeIntruder = false;
};

void tst_ClusterPrivacy::initTestCase()
{
    if (::geteuid() != 0)
        return;
    if (!::getpwnam(qPrintable(kIntruder))) {
        QVERIFY(QProcess::execute(QStringLiteral("useradd"),
                                  {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                                   QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                                   kIntruder}) == 0);
        m_madeIntruder = true;
    }
}

void tst_ClusterPrivacy::cleanupTestCase()
{
    if (m_madeIntruder)
        QProcess::execute(QStringLiteral("userdel"), {kIntruder});
}

void tst_ClusterPrivacy::clusterFoldersAreTheOwnersAlone_data()
{
    QTest::addColumn<bool>("tcp");
    QTest::newRow("a proof's cluster: Unix socket only") << false;
    QTest::newRow("the demo's cluster: also on 127.0.0.1") << true;
}

void tst_ClusterPrivacy::clusterFoldersAreTheOwnersAlone()
{
    QFETCH(bool, tcp);
    ThrowawayCluster cluster({QStringLiteral("privacy"), tcp, {}});
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    QCOMPARE(modeOf(root()), ::geteuid() == 0 ? 0711u : 0700u);
    QCOMPARE(modeOf(cluster.baseDir()), 0700u);
    QCOMPARE(modeOf(cluster.socketDir()), 0700u);
    QVERIFY(QFile::exists(cluster.baseDir() + QStringLiteral("/.migdesk-cluster")));
    QVERIFY2(!QFile::exists(cluster.baseDir() + QStringLiteral("/initdb.pw")),
             "the password file outlived initdb");
    QCOMPARE(cluster.password().size() >= 24, true);
    QVERIFY(cluster.execute(QStringLiteral("SELECT 1"), &error));
}

void tst_ClusterPrivacy::anotherLocalUserCannotConnect_data()
{
    clusterFoldersAreTheOwnersAlone_data();
}

void tst_ClusterPrivacy::anotherLocalUserCannotConnect()
{
    if (::geteuid() != 0)
        QSKIP("making a second OS user needs root (CI runs as root)");
    QFETCH(bool, tcp);
    ThrowawayCluster cluster({QStringLiteral("privacy"), tcp, {}});
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    const QStringList socket{QStringLiteral("-h"), cluster.socketDir(),
                             QStringLiteral("-p"), QString::number(cluster.port()),
                             QStringLiteral("-U"), ThrowawayCluster::superuser(),
                             QStringLiteral("-d"), QStringLiteral("postgres")};
    Attempt attempt = asIntruder(socket);
    QVERIFY2(attempt.exitCode != 0 && !attempt.output.endsWith(QLatin1String("postgres")),
             qPrintable(attempt.output));
    QVERIFY2(attempt.output.contains(QLatin1String("Permission denied")),
             qPrintable(attempt.output));
    if (!tcp)
        return;
    const QStringList overTcp{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("-p"), QString::number(cluster.port()),
                              QStringLiteral("-U"), ThrowawayCluster::superuser(),
                              QStringLiteral("-d"), QStringLiteral("postgres")};
    attempt = asIntruder(overTcp);
    QVERIFY2(attempt.exitCode != 0 && attempt.output.contains(QLatin1String("password")),
             qPrintable(attempt.output));
    attempt = asIntruder(overTcp, QStringLiteral("postgres"));
    QVERIFY2(attempt.exitCode != 0 &&
                 attempt.output.contains(QLatin1String("password authentication failed")),
             qPrintable(attempt.output));
    // The demo's printed password is what lets someone in: the test's own control.
    attempt = asIntruder(overTcp, cluster.password());
    QCOMPARE(attempt.output, QStringLiteral("postgres"));
}

// Under /tmp/migdesk-<uid>, a symbolic link named like a stale cluster that points at someone's
// folder, a folder without migdesk's marker, and a marked folder whose postmaster.pid names a
// process that is no PostgreSQL server of it: starting a cluster of that name removes none of
// the linked or unmarked content and signals no process.
void tst_ClusterPrivacy::plantedFoldersAreLeftAlone()
{
    ThrowawayCluster first({QStringLiteral("planted"), false, {}});
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error)); // makes the private root
    first.stop();

    QTemporaryDir victim;
    QFile canary(victim.filePath(QStringLiteral("canary")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.close();
    const QString link = root() + QStringLiteral("/planted-999999-link");
    QFile::remove(link);
    QVERIFY(QFile::link(victim.path(), link));

    const QString unmarked = root() + QStringLiteral("/planted-999998-unmarked");
    QVERIFY(QDir().mkpath(unmarked + QStringLiteral("/data")));
    QFile unmarkedFile(unmarked + QStringLiteral("/data/keep"));
    QVERIFY(unmarkedFile.open(QIODevice::WriteOnly));
    unmarkedFile.close();

    // A process that is not a PostgreSQL server, named by a planted postmaster.pid in a folder
    // that does carry the marker of a dead owner.
    QProcess bystander;
    bystander.start(QStringLiteral("sleep"), {QStringLiteral("300")});
    QVERIFY(bystander.waitForStarted());
    const QString marked = root() + QStringLiteral("/planted-999997-marked");
    QVERIFY(QDir().mkpath(marked + QStringLiteral("/data")));
    QFile marker(marked + QStringLiteral("/.migdesk-cluster"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.write("999997\n");
    marker.close();
    QFile pidFile(marked + QStringLiteral("/data/postmaster.pid"));
    QVERIFY(pidFile.open(QIODevice::WriteOnly));
    pidFile.write(QByteArray::number(bystander.processId()) + '\n');
    pidFile.close();

    ThrowawayCluster second({QStringLiteral("planted"), false, {}});
    QVERIFY2(second.start(&error), qPrintable(error));

    QVERIFY2(QFile::exists(victim.filePath(QStringLiteral("canary"))), "the link was followed");
    QVERIFY(QFileInfo(link).isSymLink());
    QVERIFY(QFile::exists(unmarked + QStringLiteral("/data/keep")));
    QCOMPARE(bystander.state(), QProcess::Running);
    QVERIFY(!QFile::exists(marked)); // migdesk's own stale folder does go
    bystander.kill();
    bystander.waitForFinished();
    QFile::remove(link);
    QDir(unmarked).removeRecursively();
}

QTEST_GUILESS_MAIN(tst_ClusterPrivacy)
// MIGDESK_PG_BINDIR picks the PostgreSQL a throwaway cluster runs (the suite against another
// installed major version): a folder without initdb is refused with a sentence naming it, and
// the folder named is the one the server runs from.
void tst_ClusterPrivacy::chosenServerProgramsAreUsed()
{
    const QString found = ThrowawayCluster::serverBinDir();
    QVERIFY(!found.isEmpty());
    const QByteArray before = qgetenv("MIGDESK_PG_BINDIR");
    const auto restore = qScopeGuard([&before] {
        if (before.isEmpty())
            qunsetenv("MIGDESK_PG_BINDIR");
        else
            qputenv("MIGDESK_PG_BINDIR", before);
    });

    QTemporaryDir empty;
    qputenv("MIGDESK_PG_BINDIR", empty.path().toLocal8Bit());
    QCOMPARE(ThrowawayCluster::serverBinDir(), QString());
    ThrowawayCluster refused({QStringLiteral("chosen"), false, {}});
    QString error;
    QVERIFY(!refused.start(&error));
    QVERIFY2(error.contains(QStringLiteral("MIGDESK_PG_BINDIR is %1").arg(empty.path())),
             qPrintable(error));

    qputenv("MIGDESK_PG_BINDIR", found.toLocal8Bit());
    QCOMPARE(ThrowawayCluster::serverBinDir(), found);
    ThrowawayCluster chosen({QStringLiteral("chosen"), false, {}});
    QVERIFY2(chosen.start(&error), qPrintable(error));
    QFile pid(chosen.dataDir() + QStringLiteral("/postmaster.pid"));
    QVERIFY(pid.open(QIODevice::ReadOnly));
    const QByteArray serverPid = pid.readLine().trimmed();
    QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(QString::fromLatin1(serverPid)))
                 .canonicalFilePath(),
             QFileInfo(found + QStringLiteral("/postgres")).canonicalFilePath());
}

#include "tst_clusterprivacy.moc"
