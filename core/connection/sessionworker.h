// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"
#include "connection/dberror.h"
#include "connection/pgconnection.h"
#include "connection/sessionpolicy.h"

#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class QTimer;

namespace migdesk::core {

enum class SessionState { Disconnected, Connecting, Connected, Reconnecting, Failed };

// Owns one PgConnection and lives on its DatabaseSession's thread: every member except
// cancelHandle() runs there. Re-establishes a lost connection with exponential backoff.
class SessionWorker : public QObject
{
    Q_OBJECT
public:
    // A task receives the live connection, or nullptr and the reason there is none.
    using Task = std::function<void(PgConnection* connection, const DbError& unavailable)>;

    SessionWorker(ConnInfo info, SessionPolicy policy, std::optional<QString> password);
    ~SessionWorker() override;
    Q_DISABLE_COPY_MOVE(SessionWorker)

    void open();
    void runTask(const Task& task);

    // Any thread: the handle of the current connection, or nullptr.
    std::shared_ptr<CancelHandle> cancelHandle() const;

    static int backoffMs(int attempt);

signals:
    void stateChanged(migdesk::core::SessionState state, const migdesk::core::DbError& error,
                      int retryInMs);

private:
    bool connectNow();
    void connectionLost(const DbError& error);
    void setCancelHandle(std::shared_ptr<CancelHandle> handle);

    const ConnInfo m_info;
    const SessionPolicy m_policy;
    const std::optional<QString> m_password;
    PgConnection m_connection;
    QTimer* m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_everConnected = false;
    DbError m_lastError;
    mutable std::mutex m_cancelMutex;
    std::shared_ptr<CancelHandle> m_cancel;
};

} // namespace migdesk::core
