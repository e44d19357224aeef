// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/dberror.h"

#include "connection/serverversion.h"

#include <libpq-fe.h>

#include <QRegularExpression>

namespace migdesk::core {

namespace {

QString firstLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    // libpq prefixes connection errors with the address it tried, e.g.
    // 'connection to server at "db" (10.0.0.5), port 5432 failed: FATAL:  ...'.
    static const QRegularExpression prefix(
        QStringLiteral(R"(^connection to server (at|on) .*? failed:\s*)"));
    QString line = trimmed.section(QLatin1Char('\n'), 0, 0);
    line.remove(prefix);
    line.remove(QRegularExpression(QStringLiteral(R"(^(FATAL|ERROR):\s+)")));
    return line.trimmed();
}

QString field(const pg_result* result, int code)
{
    const char* value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

DbError::DbError(Kind kind, QString message, QString sqlState)
    : m_kind(kind), m_sqlState(std::move(sqlState)), m_message(std::move(message))
{
}

DbError DbError::fromConnectionFailure(const QString& libpqMessage)
{
    struct Pattern
    {
        const char* text;
        Kind kind;
    };
    // Ordered: the first match wins. Texts are libpq's and the server's (PostgreSQL 10-17),
    // which are not translated when lc_messages is C, the default for a libpq client.
    static const Pattern patterns[] = {
        {"invalid connection option", Kind::InvalidConnectionString},
        {"missing \"=\" after", Kind::InvalidConnectionString},
        {"invalid URI", Kind::InvalidConnectionString},
        {"unterminated quoted string", Kind::InvalidConnectionString},
        {"invalid sslmode value", Kind::InvalidConnectionString},
        {"invalid port number", Kind::InvalidConnectionString},
        {"invalid integer value", Kind::InvalidConnectionString},
        {"definition of service", Kind::InvalidConnectionString},
        {"could not translate host name", Kind::UnknownHost},
        {"password authentication failed", Kind::AuthenticationFailed},
        {"authentication failed", Kind::AuthenticationFailed},
        {"no password supplied", Kind::PasswordRequired},
        {"database \"", Kind::DatabaseMissing},
        {"role \"", Kind::RoleMissing},
        {"no pg_hba.conf entry", Kind::AccessRejected},
        {"pg_hba.conf rejects", Kind::AccessRejected},
        {"server does not support SSL", Kind::SslUnsupported},
        {"SSL off", Kind::SslRequired},
        {"too many clients", Kind::TooManyConnections},
        {"remaining connection slots are reserved", Kind::TooManyConnections},
        {"the database system is starting up", Kind::ServerStarting},
        {"the database system is shutting down", Kind::ServerStarting},
        {"timeout expired", Kind::ConnectionTimeout},
        {"Connection refused", Kind::HostUnreachable},
        {"No route to host", Kind::HostUnreachable},
        {"Network is unreachable", Kind::HostUnreachable},
        {"No such file or directory", Kind::HostUnreachable},
        {"could not connect to server", Kind::HostUnreachable},
        {"server closed the connection unexpectedly", Kind::ConnectionLost},
    };
    DbError error(Kind::Other, firstLine(libpqMessage));
    for (const Pattern& p : patterns) {
        if (libpqMessage.contains(QLatin1String(p.text))) {
            // "database ... does not exist" and "role ... does not exist" both need the tail.
            if ((p.kind == Kind::DatabaseMissing || p.kind == Kind::RoleMissing) &&
                !libpqMessage.contains(QLatin1String("does not exist")))
                continue;
            error.m_kind = p.kind;
            break;
        }
    }
    return error;
}

DbError DbError::fromResult(const pg_result* result, const QString& connectionMessage)
{
    if (!result)
        return DbError(Kind::ConnectionLost, firstLine(connectionMessage));
    DbError error(Kind::Other, field(result, PG_DIAG_MESSAGE_PRIMARY),
                  field(result, PG_DIAG_SQLSTATE));
    error.m_detail = field(result, PG_DIAG_MESSAGE_DETAIL);
    error.m_hint = field(result, PG_DIAG_MESSAGE_HINT);
    if (error.m_message.isEmpty())
        error.m_message = firstLine(connectionMessage);

    const QString& state = error.m_sqlState;
    if (state == QLatin1String("57014")) {
        error.m_kind = error.m_message.contains(QLatin1String("statement timeout"))
                           ? Kind::StatementTimeout
                           : Kind::Cancelled;
    } else if (state == QLatin1String("55P03")) {
        error.m_kind = Kind::LockTimeout;
    } else if (state == QLatin1String("25006")) {
        error.m_kind = Kind::ReadOnly;
    } else if (state == QLatin1String("42501")) {
        error.m_kind = Kind::PermissionDenied;
    } else if (state == QLatin1String("42601")) {
        error.m_kind = Kind::Syntax;
    } else if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
               state == QLatin1String("57P02") || state == QLatin1String("57P03")) {
        // Class 08 (connection exception) or an admin/crash shutdown: the server went away.
        error.m_kind = Kind::ConnectionLost;
    }
    return error;
}

bool DbError::isConnectionProblem() const
{
    switch (m_kind) {
    case Kind::StatementTimeout:
    case Kind::LockTimeout:
    case Kind::Cancelled:
    case Kind::ReadOnly:
    case Kind::PermissionDenied:
    case Kind::Syntax:
    case Kind::BadInput:
    case Kind::Other:
        return false;
    default:
        return true;
    }
}

QString DbError::sentence() const
{
    const QString said = m_message.isEmpty() ? QString() : tr(" (server said: %1)").arg(m_message);
    switch (m_kind) {
    case Kind::InvalidConnectionString:
        return tr("The connection settings are not valid: %1. Check the URI or conninfo string.")
            .arg(m_message);
    case Kind::UnknownHost:
        return tr("Cannot connect: the host name could not be resolved. Check the host name and "
                  "your DNS.");
    case Kind::HostUnreachable:
        return tr("Cannot connect: no PostgreSQL server is reachable at that host and port. Check "
                  "that the server is running and the host, port and firewall are right.");
    case Kind::ConnectionTimeout:
        return tr("Cannot connect: the server did not answer in time. Check the network path or "
                  "raise connect_timeout.");
    case Kind::AuthenticationFailed:
        return tr("Authentication failed: the server rejected the password for this user. Check "
                  "the user name and password.");
    case Kind::PasswordRequired:
        return tr("The server asks for a password and none was given. Enter the password, or add "
                  "it to ~/.pgpass.");
    case Kind::DatabaseMissing:
        return tr("The database does not exist on this server%1. Check the database name.")
            .arg(said);
    case Kind::RoleMissing:
        return tr("The user does not exist on this server%1. Check the user name.").arg(said);
    case Kind::AccessRejected:
        return tr("The server refuses connections from this host for this user and database "
                  "(pg_hba.conf)%1. Ask the server's administrator for access.")
            .arg(said);
    case Kind::SslRequired:
        return tr("The server requires an encrypted connection. Set SSL mode to 'require' or "
                  "stronger.");
    case Kind::SslUnsupported:
        return tr("SSL was required but the server does not support it. Use SSL mode 'prefer' or "
                  "enable SSL on the server.");
    case Kind::TooManyConnections:
        return tr("The server has no free connection slots. Try again later or close idle "
                  "sessions.");
    case Kind::ServerStarting:
        return tr("The server is starting up or shutting down and does not accept connections. "
                  "Try again in a moment.");
    case Kind::ServerTooOld:
        return tr("The server runs PostgreSQL %1, and migdesk needs PostgreSQL %2 or newer: its "
                  "catalog queries use what came with %2. Upgrade the server, or inspect it with "
                  "psql.")
            .arg(m_message, QString::number(ServerVersion(ServerVersion::kMinimum).major()));
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost%1. migdesk will reconnect.").arg(said);
    case Kind::NotConnected:
        return tr("Not connected to the server: %1").arg(m_message);
    case Kind::StatementTimeout:
        return tr("The query was stopped by statement_timeout. The server is busy or the query "
                  "is heavy; try again or raise the timeout.");
    case Kind::LockTimeout:
        return tr("The query gave up waiting for a lock (lock_timeout): another session holds "
                  "it. See the activity pane for the blocker.");
    case Kind::Cancelled:
        return tr("The query was cancelled.");
    case Kind::ReadOnly:
        return tr("Refused: this is a read-only inspection connection and the statement would "
                  "write.");
    case Kind::PermissionDenied:
        return tr("Permission denied%1. The user lacks a privilege this needs.").arg(said);
    case Kind::Syntax:
        return tr("The SQL has a syntax error: %1").arg(m_message);
    case Kind::BadInput:
        return m_message;
    case Kind::Other:
        break;
    }
    return tr("The database reported an error: %1").arg(m_message);
}

} // namespace migdesk::core
