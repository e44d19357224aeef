// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/throwawaycluster.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

namespace migdesk::tests {

// Debian's real PgBouncer in transaction pooling mode in front of one database of a throwaway
// cluster, with a single server connection, so that every client shares the server session
// that migdesk used. It listens on a Unix socket in a private folder only; as root it runs as
// the cluster's unprivileged server user, since PgBouncer refuses to run as root.
class PgBouncer
{
public:
    PgBouncer(const core::ThrowawayCluster& cluster, const QString& database)
    {
        m_dir.setAutoRemove(true);
        const QString ini = m_dir.filePath(QStringLiteral("pgbouncer.ini"));
        QFile file(ini);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(ini));
        file.write(QStringLiteral("[databases]\n"
                                  "%1 = host=%2 port=%3 dbname=%1 user=%4\n"
                                  "[pgbouncer]\n"
                                  "listen_addr =\n"
                                  "listen_port = %5\n"
                                  "unix_socket_dir = %6\n"
                                  "unix_socket_mode = 0700\n"
                                  "auth_type = any\n"
                                  "pool_mode = transaction\n"
                                  "default_pool_size = 1\n"
                                  "max_client_conn = 50\n"
                                  "ignore_startup_parameters = extra_float_digits\n"
                                  "logfile = %6/pgbouncer.log\n")
                       .arg(database, cluster.socketDir())
                       .arg(cluster.port())
                       .arg(core::ThrowawayCluster::superuser())
                       .arg(kPort)
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        QStringList command{QStringLiteral("--pdeathsig"), QStringLiteral("KILL")};
        if (::geteuid() == 0) {
            const passwd* pw = ::getpwnam("postgres");
            if (!pw || ::chown(qPrintable(m_dir.path()), pw->pw_uid, pw->pw_gid) != 0 ||
                ::chown(qPrintable(ini), pw->pw_uid, pw->pw_gid) != 0)
                qFatal("cannot hand %s to the postgres user", qPrintable(m_dir.path()));
            command << QStringLiteral("--reuid=postgres") << QStringLiteral("--regid=postgres")
                    << QStringLiteral("--init-groups");
        }
        const QString program = QStandardPaths::findExecutable(
            QStringLiteral("pgbouncer"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        if (program.isEmpty())
            qFatal("pgbouncer is not installed (scripts/install-deps.sh installs it)");
        command << QStringLiteral("--") << program << ini;
        // Its log is in the folder (log()); the test's output stays readable.
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("setpriv"), command);
        const QString socket = m_dir.filePath(QStringLiteral(".s.PGSQL.%1").arg(kPort));
        for (int i = 0; i < 100 && !QFile::exists(socket); ++i)
            QThread::msleep(50);
        if (!QFile::exists(socket))
            qFatal("pgbouncer did not start: %s", qPrintable(log()));
    }

    ~PgBouncer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5'000))
            m_process.kill();
        m_process.waitForFinished();
    }

    Q_DISABLE_COPY_MOVE(PgBouncer)

    // A conninfo that reaches the database through the pooler.
    QString conninfo(const QString& database) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
            .arg(m_dir.path())
            .arg(kPort)
            .arg(database, core::ThrowawayCluster::superuser());
    }

    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("pgbouncer.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    static constexpr int kPort = 6432; // a socket file name only: nothing listens on TCP
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/migdesk-pgbouncer-XXXXXX")};
    QProcess m_process;
};

} // namespace migdesk::tests
