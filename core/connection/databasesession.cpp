// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/databasesession.h"

#include "common/backgroundtask.h"

#include <chrono>
#include <condition_variable>

namespace migdesk::core {

namespace {

// The threads of destroyed sessions that have not ended yet.
struct ReleasedThreads
{
    std::mutex mutex;
    std::condition_variable ended;
    int running = 0;
};

ReleasedThreads& releasedThreads()
{
    static ReleasedThreads threads;
    return threads;
}

} // namespace

bool DatabaseSession::Link::alive() const
{
    std::lock_guard lock(m_mutex);
    return m_session != nullptr;
}

void DatabaseSession::Link::reply(std::function<void()> answer) const
{
    std::lock_guard lock(m_mutex);
    if (m_session)
        QMetaObject::invokeMethod(m_session, std::move(answer), Qt::QueuedConnection);
}

void DatabaseSession::Link::cut()
{
    std::lock_guard lock(m_mutex);
    m_session = nullptr;
}

DatabaseSession::DatabaseSession(ConnInfo info, SessionPolicy policy,
                                 std::optional<QString> password, QObject* parent)
    : QObject(parent), m_info(info), m_link(std::make_shared<Link>(this)),
      m_thread(new QThread),
      m_worker(new SessionWorker(std::move(info), std::move(policy), std::move(password)))
{
    m_thread->setObjectName(QStringLiteral("migdesk-session"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SessionWorker::stateChanged, this,
            [this](SessionState state, const DbError& error, int retryInMs) {
                m_state = state;
                emit stateChanged(state, error, retryInMs);
            });
    m_thread->start();
}

DatabaseSession::~DatabaseSession()
{
    m_link->cut();
    if (auto handle = m_worker->cancelHandle())
        cancelPool().start([handle] { handle->cancel(); });
    ReleasedThreads& released = releasedThreads();
    {
        std::lock_guard lock(released.mutex);
        ++released.running;
    }
    // Direct: counted down on the ending thread itself, even when no event loop runs anymore.
    connect(m_thread, &QThread::finished, m_thread, [&released] {
        {
            std::lock_guard lock(released.mutex);
            --released.running;
        }
        released.ended.notify_all();
    }, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->quit();
}

bool DatabaseSession::waitForReleasedThreads(int ms)
{
    ReleasedThreads& released = releasedThreads();
    std::unique_lock lock(released.mutex);
    return released.ended.wait_for(lock, std::chrono::milliseconds(ms),
                                   [&released] { return released.running == 0; });
}

void DatabaseSession::open()
{
    QMetaObject::invokeMethod(m_worker, &SessionWorker::open, Qt::QueuedConnection);
}

void DatabaseSession::cancel()
{
    if (auto handle = m_worker->cancelHandle())
        cancelPool().start([handle] { handle->cancel(); });
}

} // namespace migdesk::core
