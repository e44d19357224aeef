// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/sessionworker.h"

#include "common/logging.h"

#include <QTimer>

#include <algorithm>

namespace migdesk::core {

namespace {

// Failures that may heal by themselves (server restarting, network blip). Authentication or a
// missing database will not, so retrying them would only fill the server log.
bool isTransient(const DbError& error)
{
    using K = DbError::Kind;
    switch (error.kind()) {
    case K::HostUnreachable:
    case K::ConnectionTimeout:
    case K::ServerStarting:
    case K::ConnectionLost:
    case K::TooManyConnections:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionWorker::SessionWorker(ConnInfo info, SessionPolicy policy, std::optional<QString> password)
    : m_info(std::move(info)), m_policy(std::move(policy)), m_password(std::move(password))
{
}

SessionWorker::~SessionWorker() = default;

int SessionWorker::backoffMs(int attempt)
{
    const int exponent = std::clamp(attempt, 0, 6);
    return std::min(500 * (1 << exponent), 30'000);
}

void SessionWorker::open()
{
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, [this] { connectNow(); });
    }
    emit stateChanged(SessionState::Connecting, {}, 0);
    connectNow();
}

bool SessionWorker::connectNow()
{
    if (auto error = m_connection.open(m_info, m_password, m_policy)) {
        m_lastError = *error;
        if (m_everConnected && isTransient(*error)) {
            const int delay = backoffMs(m_attempt++);
            emit stateChanged(SessionState::Reconnecting, *error, delay);
            m_retryTimer->start(delay);
        } else {
            emit stateChanged(SessionState::Failed, *error, 0);
        }
        return false;
    }
    m_everConnected = true;
    m_attempt = 0;
    setCancelHandle(m_connection.cancelHandle());
    emit stateChanged(SessionState::Connected, {}, 0);
    return true;
}

void SessionWorker::connectionLost(const DbError& error)
{
    qCInfo(lcConnection) << "connection to" << m_info.displayName() << "lost:" << error.message();
    setCancelHandle(nullptr);
    m_connection.close();
    m_lastError = error;
    const int delay = backoffMs(m_attempt++);
    emit stateChanged(SessionState::Reconnecting, error, delay);
    m_retryTimer->start(delay);
}

void SessionWorker::runTask(const Task& task)
{
    if (!m_connection.isOpen()) {
        const DbError reason(DbError::Kind::NotConnected, m_lastError.message().isEmpty()
                                                              ? tr("not connected")
                                                              : m_lastError.message());
        task(nullptr, reason);
        return;
    }
    task(&m_connection, {});
    if (m_connection.isBroken())
        connectionLost(DbError(DbError::Kind::ConnectionLost, tr("server closed the connection")));
}

std::shared_ptr<CancelHandle> SessionWorker::cancelHandle() const
{
    std::lock_guard lock(m_cancelMutex);
    return m_cancel;
}

void SessionWorker::setCancelHandle(std::shared_ptr<CancelHandle> handle)
{
    std::lock_guard lock(m_cancelMutex);
    m_cancel = std::move(handle);
}

} // namespace migdesk::core
