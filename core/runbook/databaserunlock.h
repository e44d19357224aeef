// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "connection/pgconnection.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace migdesk::core {

// One writing migdesk run per database at a time: a migration (Django or SQL folder), a
// rollback or a restore takes this lock before it changes anything and holds it to its end, so
// that cron and the window, or a restore during a migration, cannot run together. It is a
// session-level advisory lock on a connection of its own (a step refuses to write through a
// pooler, which could hand the session on), tried and never waited for: the other run may take
// an hour. Its connection's application_name says who holds it ("migdesk-lock:user@host:run"),
// which the refusal reads back from pg_locks and pg_stat_activity. Released when the object goes,
// or with the connection if the process dies.
class DatabaseRunLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRunLock)
public:
    DatabaseRunLock() = default;
    Q_DISABLE_COPY_MOVE(DatabaseRunLock)

    // Empty when the lock is held; otherwise the sentence that refuses `step` ("the migration"):
    // who holds it (OS user, host, run, since when), or why it could not be tried.
    QString acquire(const ConnectionTarget& target, const QString& step, const QString& run);

    // user@host:run as the lock's application_name carries it, cut to what the server keeps.
    static QString holderName(const QString& run);

private:
    PgConnection m_connection;
};

} // namespace migdesk::core
