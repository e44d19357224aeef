// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/databasesession.h"

#include "common/backgroundtask.h"
#include "common/releasedthreads.h"

namespace migdesk::core {

DatabaseSession::DatabaseSession(ConnInfo info, SessionPolicy policy,
                                 std::optional<QString> password, QObject* parent)
    : QObject(parent), m_info(info), m_replies(std::make_shared<ReplyChannel>(this)),
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
    m_replies->close();
    if (auto handle = m_worker->cancelHandle())
        cancelPool().start([handle] { handle->cancel(); });
    ReleasedThreads::release(m_thread);
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
