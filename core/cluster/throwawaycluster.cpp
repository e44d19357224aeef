// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/throwawaycluster.h"

#include "common/logging.h"
#include "connection/pgconnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QVersionNumber>

#include <libpq-fe.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace migdesk::core {

namespace {

constexpr int kStartTimeoutMs = 30'000;
constexpr int kPollIntervalMs = 20;

// Written into every cluster folder migdesk makes, with the pid of the process that owns it:
// stale-cluster clean-up touches only folders that carry it.
const QString kMarkerFile = QStringLiteral(".migdesk-cluster");

// lstat, never following a symbolic link.
std::optional<struct stat> statOf(const QString& path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return status;
}

// True when `pid` is a PostgreSQL server whose data directory is `dataDir`: the server works in
// its data directory. A postmaster.pid planted by someone else names any pid they like.
bool isServerOf(qint64 pid, const QString& dataDir)
{
    const QString proc = QStringLiteral("/proc/%1").arg(pid);
    const QString cwd = QFile::symLinkTarget(proc + QStringLiteral("/cwd"));
    const QString exe = QFile::symLinkTarget(proc + QStringLiteral("/exe"));
    return !cwd.isEmpty() && cwd == QFileInfo(dataDir).canonicalFilePath() &&
           QFileInfo(exe).fileName() == QLatin1String("postgres");
}

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

int freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 54320 + int(QCoreApplication::applicationPid() % 1000);
    return probe.serverPort();
}

bool chownTree(const QString& path, uid_t uid, gid_t gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (::lchown(QFile::encodeName(it.next()).constData(), uid, gid) != 0)
            return false;
    }
    return true;
}

// Runs a short program to completion; returns its combined output in *output.
bool runToEnd(const QString& program, const QStringList& arguments, QString* output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        *output = process.errorString();
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = ThrowawayCluster::tr("%1 did not finish within %2 s")
                      .arg(program)
                      .arg(timeoutMs / 1000);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

ThrowawayCluster::ThrowawayCluster(Options options) : m_options(std::move(options))
{
    m_runAsPostgres = ::geteuid() == 0;
}

ThrowawayCluster::~ThrowawayCluster()
{
    stop();
    if (!m_baseDir.isEmpty())
        QDir(m_baseDir).removeRecursively();
}

QString ThrowawayCluster::serverBinDir()
{
    // Chosen by the user (another installed major version, for the suite or a proof): used as
    // given, or not at all.
    if (const QString chosen = qEnvironmentVariable("MIGDESK_PG_BINDIR"); !chosen.isEmpty())
        return QFile::exists(chosen + QStringLiteral("/initdb")) ? chosen : QString();
    QString output;
    if (runToEnd(QStringLiteral("pg_config"), {QStringLiteral("--bindir")}, &output, 10'000) &&
        QFile::exists(output + QStringLiteral("/initdb")))
        return output;
    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    const QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        const auto version = QVersionNumber::fromString(entry);
        if (version > bestVersion &&
            QFile::exists(versions.filePath(entry + QStringLiteral("/bin/initdb")))) {
            bestVersion = version;
            best = versions.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return best;
}

QString ThrowawayCluster::dataDir() const
{
    return m_baseDir + QStringLiteral("/data");
}

QString ThrowawayCluster::socketDir() const
{
    return m_baseDir + QStringLiteral("/sock");
}

QString ThrowawayCluster::logFile() const
{
    return m_baseDir + QStringLiteral("/server.log");
}

ConnInfo ThrowawayCluster::connInfo(const QString& database) const
{
    ConnInfo info;
    info.set(QStringLiteral("host"), socketDir());
    info.set(QStringLiteral("port"), QString::number(m_port));
    info.set(QStringLiteral("user"), superuser());
    info.set(QStringLiteral("dbname"), database);
    return info;
}

QStringList ThrowawayCluster::asServerUser(const QString& program,
                                           const QStringList& arguments) const
{
    // setpriv execs the program in place (same pid), drops root when needed, and makes the
    // kernel send SIGINT (fast shutdown) to the server if this process dies first.
    QStringList command{QStringLiteral("--pdeathsig"), QStringLiteral("INT")};
    if (m_runAsPostgres)
        command << QStringLiteral("--reuid=postgres") << QStringLiteral("--regid=postgres")
                << QStringLiteral("--init-groups");
    command << QStringLiteral("--") << m_binDir + QLatin1Char('/') + program << arguments;
    return command;
}

void ThrowawayCluster::removeStaleClusters(const QString& root, const QString& name) const
{
    const QFileInfoList entries = QDir(root).entryInfoList(
        {name + QStringLiteral("-*")}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        const QString dir = entry.filePath();
        const auto folder = statOf(dir);
        const auto marker = statOf(dir + QLatin1Char('/') + kMarkerFile);
        if (!folder || !S_ISDIR(folder->st_mode) || !marker || !S_ISREG(marker->st_mode) ||
            (folder->st_uid != ::geteuid() && folder->st_uid != m_serverUid))
            continue; // not a folder migdesk made for this user: left alone
        QFile markerFile(dir + QLatin1Char('/') + kMarkerFile);
        if (!markerFile.open(QIODevice::ReadOnly))
            continue;
        if (processAlive(markerFile.readLine().trimmed().toLongLong()))
            continue;
        const QString data = dir + QStringLiteral("/data");
        QFile pidFile(data + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            const qint64 serverPid = pidFile.readLine().trimmed().toLongLong();
            if (processAlive(serverPid) && isServerOf(serverPid, data)) {
                qCInfo(lcCluster) << "stopping stale cluster" << dir << "server pid" << serverPid;
                ::kill(pid_t(serverPid), SIGQUIT); // immediate shutdown, as pg_ctl -m immediate
            }
        }
        qCInfo(lcCluster) << "removing stale cluster directory" << dir;
        QDir(dir).removeRecursively();
    }
}

// /tmp/migdesk-<uid>: made by this user, a real folder (no symbolic link), its mode set here.
// As root the unprivileged server user must pass through it to its own cluster folder, so it is
// 0711 (no listing); otherwise 0700.
bool ThrowawayCluster::preparePrivateRoot(const QString& root, QString* error) const
{
    const mode_t mode = m_runAsPostgres ? 0711 : 0700;
    const QByteArray path = QFile::encodeName(root);
    if (::mkdir(path.constData(), mode) != 0 && errno != EEXIST) {
        *error =
            tr("Cannot create %1: %2.").arg(root, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const auto status = statOf(root);
    if (!status || !S_ISDIR(status->st_mode) || status->st_uid != ::geteuid()) {
        *error = tr("%1 is not a folder of this user's (another user made it, or it is a link): "
                    "migdesk will not put a database server there. Remove it, or ask whoever "
                    "made it to.")
                     .arg(root);
        return false;
    }
    if (::chmod(path.constData(), mode) != 0) {
        *error = tr("Cannot make %1 private: %2.")
                     .arg(root, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool ThrowawayCluster::start(QString* error)
{
    if (isRunning())
        return true;
    m_binDir = serverBinDir();
    if (m_binDir.isEmpty()) {
        *error = qEnvironmentVariableIsEmpty("MIGDESK_PG_BINDIR")
                     ? tr("No PostgreSQL server programs found (initdb). Install postgresql-15.")
                     : tr("MIGDESK_PG_BINDIR is %1, which holds no initdb. Point it at a "
                          "PostgreSQL bin folder such as /usr/lib/postgresql/15/bin, or unset it.")
                           .arg(qEnvironmentVariable("MIGDESK_PG_BINDIR"));
        return false;
    }
    const QString root = QStringLiteral("/tmp/migdesk-%1").arg(::geteuid());
    if (m_runAsPostgres) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            *error = tr("Running as root needs the unprivileged 'postgres' user to run the "
                        "server, and it does not exist. Install postgresql-15 or run as an "
                        "ordinary user.");
            return false;
        }
        m_serverUid = pw->pw_uid;
        m_serverGid = pw->pw_gid;
    }
    if (!preparePrivateRoot(root, error))
        return false;
    removeStaleClusters(root, m_options.name);

    if (m_baseDir.isEmpty()) {
        // A fresh folder of its own (mkdtemp: 0700, a name nobody could have taken before).
        QByteArray pattern = QFile::encodeName(QStringLiteral("%1/%2-%3-XXXXXX")
                                                   .arg(root, m_options.name)
                                                   .arg(QCoreApplication::applicationPid()));
        if (!::mkdtemp(pattern.data())) {
            *error = tr("Cannot create a folder in %1: %2.")
                         .arg(root, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_baseDir = QFile::decodeName(pattern);
        QFile marker(m_baseDir + QLatin1Char('/') + kMarkerFile);
        if (!marker.open(QIODevice::WriteOnly) ||
            marker.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n') < 0 ||
            ::mkdir(QFile::encodeName(socketDir()).constData(), 0700) != 0) {
            *error = tr("Cannot create %1.").arg(socketDir());
            return false;
        }
        marker.close();
        m_password = randomPassword();
        QFile passwordFile(passwordFilePath());
        if (!passwordFile.open(QIODevice::WriteOnly) ||
            passwordFile.write(m_password.toLatin1() + '\n') < 0) {
            *error = tr("Cannot write the server's password file in %1.").arg(m_baseDir);
            return false;
        }
        passwordFile.close();
        if (m_runAsPostgres && !chownTree(m_baseDir, m_serverUid, m_serverGid)) {
            *error = tr("Cannot hand %1 to the postgres user.").arg(m_baseDir);
            return false;
        }
        const bool initialised = initdb(error);
        QFile::remove(passwordFilePath());
        if (!initialised)
            return false;
    }
    m_port = freeTcpPort();
    return startServer(error);
}

bool ThrowawayCluster::initdb(QString* error)
{
    QString output;
    // The Unix socket lives in the cluster's 0700 folder, so only its owner (and root) reach
    // it, and trust is safe there; TCP on 127.0.0.1 is open to every local user and wants the
    // random password (SCRAM).
    const QStringList arguments{QStringLiteral("-D"),
                                dataDir(),
                                QStringLiteral("-U"),
                                superuser(),
                                QStringLiteral("--auth-local=trust"),
                                QStringLiteral("--auth-host=scram-sha-256"),
                                QStringLiteral("--pwfile=") + passwordFilePath(),
                                QStringLiteral("-E"),
                                QStringLiteral("UTF8"),
                                QStringLiteral("--locale=C.UTF-8"),
                                QStringLiteral("-N")};
    if (!runToEnd(QStringLiteral("setpriv"), asServerUser(QStringLiteral("initdb"), arguments),
                  &output, 120'000)) {
        *error = tr("initdb failed: %1").arg(output.section(QLatin1Char('\n'), -3));
        return false;
    }
    return true;
}

bool ThrowawayCluster::startServer(QString* error)
{
    const QString listen = m_options.listenOnLocalhost ? QStringLiteral("127.0.0.1") : QString();
    QStringList arguments{
        QStringLiteral("-D"),
        dataDir(),
        QStringLiteral("-p"),
        QString::number(m_port),
        QStringLiteral("-k"),
        socketDir(),
        QStringLiteral("-c"),
        QStringLiteral("listen_addresses=") + listen,
        QStringLiteral("-c"),
        QStringLiteral("fsync=off"),
        QStringLiteral("-c"),
        QStringLiteral("synchronous_commit=off"),
        QStringLiteral("-c"),
        QStringLiteral("full_page_writes=off"),
        QStringLiteral("-c"),
        QStringLiteral("max_connections=200"),
        QStringLiteral("-c"),
        QStringLiteral("max_locks_per_transaction=256"),
        QStringLiteral("-c"),
        QStringLiteral("logging_collector=off"),
        // A throwaway server needs no replication or crash safety: minimal WAL lets index builds
        // and bulk loads skip most of it, and a large max_wal_size avoids checkpoints mid-load.
        QStringLiteral("-c"),
        QStringLiteral("wal_level=minimal"),
        QStringLiteral("-c"),
        QStringLiteral("max_wal_senders=0"),
        QStringLiteral("-c"),
        QStringLiteral("max_wal_size=4GB"),
        QStringLiteral("-c"),
        QStringLiteral("maintenance_work_mem=256MB"),
    };
    for (const QString& setting : m_options.settings)
        arguments << QStringLiteral("-c") << setting;
    // The server writes its log straight to the file; nothing reads a pipe from it, so it can
    // never block on a full one.
    m_server.setStandardOutputFile(logFile(), QIODevice::Append);
    m_server.setStandardErrorFile(logFile(), QIODevice::Append);
    m_server.start(QStringLiteral("setpriv"), asServerUser(QStringLiteral("postgres"), arguments));
    if (!m_server.waitForStarted()) {
        *error = tr("Cannot start the PostgreSQL server: %1").arg(m_server.errorString());
        return false;
    }
    return waitUntilReady(error);
}

bool ThrowawayCluster::waitUntilReady(QString* error)
{
    const QByteArray conninfo =
        connInfo().toConninfoString().toUtf8() + QByteArrayLiteral(" connect_timeout=2");
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (PQping(conninfo.constData()) == PQPING_OK) {
            qCInfo(lcCluster) << "cluster" << m_options.name << "ready on" << socketDir() << m_port;
            return true;
        }
        if (m_server.state() == QProcess::NotRunning || m_server.waitForFinished(kPollIntervalMs))
            break;
    }
    *error = tr("The PostgreSQL server did not start: %1").arg(serverLogTail());
    stop();
    return false;
}

QString ThrowawayCluster::serverLogTail() const
{
    QFile log(logFile());
    if (!log.open(QIODevice::ReadOnly))
        return tr("no server log");
    const QStringList lines =
        QString::fromLocal8Bit(log.readAll()).trimmed().split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - 3)).join(QLatin1Char(' '));
}

void ThrowawayCluster::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_server.processId()), SIGINT); // fast shutdown: disconnect clients, checkpoint
    if (!m_server.waitForFinished(kStartTimeoutMs)) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

bool ThrowawayCluster::restart(QString* error)
{
    stop();
    return startServer(error);
}

bool ThrowawayCluster::isRunning() const
{
    return m_server.state() == QProcess::Running;
}

bool ThrowawayCluster::execute(const QString& sql, QString* error, const QString& database)
{
    PgConnection connection;
    SessionPolicy policy;
    policy.readOnly = false;
    policy.statementTimeoutMs = 0;
    policy.lockTimeoutMs = 0;
    policy.applicationName = QStringLiteral("migdesk-cluster");
    if (auto failed =
            connection.open(connInfo(database.isEmpty() ? QStringLiteral("postgres") : database),
                            std::nullopt, policy)) {
        *error = failed->sentence();
        return false;
    }
    const auto result = connection.execScript(sql);
    if (!result) {
        *error = result.error().message();
        return false;
    }
    return true;
}

} // namespace migdesk::core
