// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "connection/conninfo.h"
#include "connection/dberror.h"
#include "connection/queryresult.h"
#include "connection/sessionpolicy.h"

#include <QCoreApplication>
#include <QVariant>

#include <memory>
#include <mutex>
#include <optional>

struct pg_conn;
struct pg_cancel;

namespace migdesk::core {

// Cancels whatever statement its connection is running. Safe to call from any thread, even
// after the connection is gone; the call itself opens a short network connection to the server,
// so it must not be made on the GUI thread.
class CancelHandle
{
public:
    explicit CancelHandle(pg_cancel* cancel) : m_cancel(cancel) {}
    ~CancelHandle();
    Q_DISABLE_COPY_MOVE(CancelHandle)

    // Returns an empty string on success, libpq's reason otherwise.
    QString cancel();

private:
    std::mutex m_mutex;
    pg_cancel* m_cancel;
};

// One libpq connection. Owned and used by exactly one thread at a time; the CancelHandle is the
// only part that may be used from elsewhere. Blocking: call it from a worker thread.
//
// The policy (read-only, timeouts, durable commits) holds for each transaction the connection
// runs and ends with it: behind PgBouncer in transaction pooling, the server session is handed to
// another client after every transaction, and nothing migdesk sets may reach that client. A
// statement outside a transaction travels in one pipeline with the transaction-local settings
// (one round trip); a BEGIN is followed by them. Only a statement that cannot run in a
// transaction (CREATE INDEX CONCURRENTLY) gets session-level settings, reset right after, and
// only on a direct connection: through a pooler it is refused, since its settings could land on
// another server session than the statement.
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    PgConnection() = default;
    ~PgConnection();
    Q_DISABLE_COPY_MOVE(PgConnection)

    // Connects and applies the policy (read-only, timeouts, application_name). The password,
    // when given, is passed to libpq only; otherwise libpq's own sources (PGPASSWORD, ~/.pgpass,
    // the service file) apply.
    std::optional<DbError> open(const ConnInfo& info, const std::optional<QString>& password,
                                const SessionPolicy& policy);
    void close();

    bool isOpen() const;
    // True when the server or network went away (after a failed statement).
    bool isBroken() const;

    // Runs one statement with bound parameters (text format; an invalid QVariant is NULL).
    Result<QueryResult> exec(const QString& sql, const QList<QVariant>& params = {});

    // Runs a trusted multi-statement script (no parameters), such as the demo schema.
    Result<QueryResult> execScript(const QString& sql);

    std::shared_ptr<CancelHandle> cancelHandle() const { return m_cancel; }
    int serverVersion() const;
    // libpq's version as "15.18", for the About box and --version.
    static QString libraryVersion();
    // The server process of this connection as the server reports it (pg_backend_pid()).
    int backendPid() const { return m_serverPid; }
    // True when a connection pooler sits between migdesk and the server: the backend pid libpq
    // was given at start-up (PgBouncer makes one up for its cancel key) is not the server's.
    // Steps that need one server session throughout refuse to run then (PoolerGuard).
    bool behindPooler() const { return m_behindPooler; }
    pg_conn* handle() const { return m_conn; }

private:
    class BoundValues;

    Result<QueryResult> finish(pg_result* raw);
    BoundValues policyValues() const;
    Result<QueryResult> execPipelined(const QByteArray& sql, const BoundValues& values);
    Result<QueryResult> execWithSessionPolicy(const QByteArray& sql, const BoundValues* values);
    std::optional<DbError> applyToTransaction();
    std::optional<DbError> resetSessionPolicy();
    Result<QueryResult> afterTransactionStart(Result<QueryResult> begun);

    pg_conn* m_conn = nullptr;
    std::shared_ptr<CancelHandle> m_cancel;
    SessionPolicy m_policy;
    int m_serverPid = 0;
    bool m_behindPooler = false;
    bool m_sessionPolicySet = false;
};

} // namespace migdesk::core
