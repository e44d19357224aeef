// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"

#include <libpq-fe.h>

#include <QByteArray>
#include <QString>
#include <QTest>

namespace migdesk::tests {

// A plain libpq session that plays "another client" in tests: a migration holding a lock, a
// query waiting behind it, an idle-in-transaction session. Statements can be sent without
// waiting for them, so a test can create real lock waits.
class BackgroundSession
{
public:
    explicit BackgroundSession(const core::ConnInfo& info,
                               const char* applicationName = "test-client")
    {
        core::ConnInfo options = info;
        options.set(QStringLiteral("application_name"), QString::fromUtf8(applicationName));
        const QByteArray conninfo = options.toConninfoString(true).toUtf8();
        m_conn = PQconnectdb(conninfo.constData());
        if (PQstatus(m_conn) != CONNECTION_OK)
            qFatal("background session: %s", PQerrorMessage(m_conn));
    }
    ~BackgroundSession() { PQfinish(m_conn); }
    Q_DISABLE_COPY_MOVE(BackgroundSession)

    int pid() const { return PQbackendPID(m_conn); }

    // Runs to completion; fails the test on error.
    void run(const char* sql)
    {
        PGresult* r = PQexec(m_conn, sql);
        const auto status = PQresultStatus(r);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            qFatal("background session: %s: %s", sql, PQerrorMessage(m_conn));
        PQclear(r);
    }

    // Sends and returns at once; the server works on it (or waits) meanwhile.
    void send(const char* sql)
    {
        if (!PQsendQuery(m_conn, sql))
            qFatal("background session: cannot send %s: %s", sql, PQerrorMessage(m_conn));
    }

    // Waits for the sent statement's outcome: its SQLSTATE, or empty on success.
    QString finish()
    {
        QString state;
        while (PGresult* r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) == PGRES_FATAL_ERROR) {
                const char* code = PQresultErrorField(r, PG_DIAG_SQLSTATE);
                state = QString::fromLatin1(code ? code : "fatal");
            }
            PQclear(r);
        }
        return state;
    }

    bool isAlive()
    {
        PGresult* r = PQexec(m_conn, "SELECT 1");
        const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
        PQclear(r);
        return ok;
    }

private:
    PGconn* m_conn = nullptr;
};

} // namespace migdesk::tests
