// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct pg_result;

namespace migdesk::core {

// An error from PostgreSQL or libpq as a value: what the server or client library said, kept
// verbatim, plus a classification that lets the UI say in one sentence what failed, why and
// what to do about it.
class DbError
{
    Q_DECLARE_TR_FUNCTIONS(DbError)
public:
    enum class Kind {
        InvalidConnectionString,
        UnknownHost,
        HostUnreachable,
        ConnectionTimeout,
        AuthenticationFailed,
        PasswordRequired,
        DatabaseMissing,
        RoleMissing,
        AccessRejected, // pg_hba.conf has no entry for this host/user/database
        SslRequired,    // the server wants SSL and the client did not use it
        SslUnsupported, // the client demanded SSL and the server has none
        TooManyConnections,
        ServerStarting,
        ServerTooOld,   // older than ServerVersion::kMinimum; the message is its version
        ConnectionLost, // was connected, the server or network went away
        NotConnected,   // no connection at the moment (reconnect pending)
        StatementTimeout,
        LockTimeout,
        Cancelled,
        ReadOnly,
        PermissionDenied,
        Syntax,
        BadInput, // not the database: a path, file or option the user gave; message says it
        Other,
    };

    DbError() = default;
    DbError(Kind kind, QString message, QString sqlState = {});

    // Classifies a failed connection attempt from libpq's PQerrorMessage() text: libpq reports
    // start-up failures without a SQLSTATE, so the text is all there is.
    static DbError fromConnectionFailure(const QString& libpqMessage);
    // Classifies a failed statement from its result's diagnostic fields; a null result means
    // libpq could not even send it (connection gone).
    static DbError fromResult(const pg_result* result, const QString& connectionMessage);

    Kind kind() const { return m_kind; }
    QString sqlState() const { return m_sqlState; }
    QString message() const { return m_message; }
    QString detail() const { return m_detail; }
    QString hint() const { return m_hint; }
    bool isConnectionProblem() const;

    // One sentence for the user: what failed, why, and what to do.
    QString sentence() const;

private:
    Kind m_kind = Kind::Other;
    QString m_sqlState;
    QString m_message;
    QString m_detail;
    QString m_hint;
};

} // namespace migdesk::core
