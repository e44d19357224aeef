// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"

#include <QCoreApplication>
#include <QProcess>
#include <QString>

#include <sys/types.h>

namespace migdesk::core {

// A private PostgreSQL server made with the installed server's own initdb and started as a
// child process, for the demo, the test suite and restore tests (a copy of production, for a
// proof). It lives in a fresh folder /tmp/migdesk-<uid>/<name>-<pid>-XXXXXX/ (mkdtemp, 0700,
// marked as migdesk's) and listens on a Unix socket in that folder, which only its owner can
// reach, with trust; on 127.0.0.1 only when asked, with a random password (SCRAM), since every
// local user can reach TCP. When the caller is root, the server runs as the unprivileged
// "postgres" user, since PostgreSQL refuses to run as root. The server dies with the process that
// started it (PR_SET_PDEATHSIG), and start() removes what a crashed earlier run left behind: only
// real folders that carry migdesk's marker, whose owner is gone, and only a server that is
// really theirs is stopped.
//
// All calls block for up to seconds: use them from a worker thread or a test fixture.
class ThrowawayCluster
{
    Q_DECLARE_TR_FUNCTIONS(ThrowawayCluster)
public:
    struct Options
    {
        QString name = QStringLiteral("cluster"); // a word: "demo", "tst_integration"
        bool listenOnLocalhost = false;
        QStringList settings; // extra "name=value" server settings, e.g. for benchmarks
    };

    explicit ThrowawayCluster(Options options);
    ~ThrowawayCluster(); // stops the server and removes its directory
    Q_DISABLE_COPY_MOVE(ThrowawayCluster)

    // initdb + start; false with a sentence in *error when it cannot.
    bool start(QString* error);
    // Fast shutdown; the data directory stays, so start() can be called again... by restart().
    void stop();
    bool restart(QString* error);
    bool isRunning() const;

    // Runs one SQL string as the superuser through libpq (database defaults to postgres).
    bool execute(const QString& sql, QString* error, const QString& database = {});

    QString baseDir() const { return m_baseDir; }
    QString dataDir() const;
    QString socketDir() const;
    QString logFile() const;
    int port() const { return m_port; }
    static QString superuser() { return QStringLiteral("postgres"); }
    // The superuser's password for TCP connections (listenOnLocalhost); the socket needs none.
    QString password() const { return m_password; }
    // Superuser connection options for a database of this cluster (no password: trust auth).
    ConnInfo connInfo(const QString& database = QStringLiteral("postgres")) const;

    // The directory of the server programs (initdb, postgres, pg_dump...): $MIGDESK_PG_BINDIR
    // when set (empty if it holds no initdb), else `pg_config --bindir`, else the newest
    // /usr/lib/postgresql/<major>/bin. Empty when none is installed.
    static QString serverBinDir();

private:
    bool initdb(QString* error);
    bool startServer(QString* error);
    bool waitUntilReady(QString* error);
    QString serverLogTail() const;
    void removeStaleClusters(const QString& root, const QString& name) const;
    bool preparePrivateRoot(const QString& root, QString* error) const;
    QString passwordFilePath() const { return m_baseDir + QStringLiteral("/initdb.pw"); }
    QStringList asServerUser(const QString& program, const QStringList& arguments) const;

    Options m_options;
    QString m_binDir;
    QString m_baseDir;
    int m_port = 0;
    bool m_runAsPostgres = false;
    uid_t m_serverUid = 0;
    gid_t m_serverGid = 0;
    QString m_password;
    QProcess m_server;
};

} // namespace migdesk::core
