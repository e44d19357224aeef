// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/replychannel.h"
#include "common/result.h"
#include "connection/sessionworker.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace migdesk::core {

// One database connection on its own thread, driven from the GUI thread without ever blocking
// it. Jobs run one at a time in submission order on the session's thread; their results come
// back as values through the event loop. Each pane owns its own session. Destroying a session
// does not wait either: its thread is let go and ends by itself once the statement or connect
// attempt it is in returns (a connect to a server that does not answer lasts until
// connect_timeout).
class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    DatabaseSession(ConnInfo info, SessionPolicy policy, std::optional<QString> password,
                    QObject* parent = nullptr);
    // Cancels the running statement (from the cancel pool) and releases the thread
    // (ReleasedThreads).
    ~DatabaseSession() override;
    Q_DISABLE_COPY_MOVE(DatabaseSession)

    void open();
    SessionState state() const { return m_state; }
    const ConnInfo& connInfo() const { return m_info; }

    // Runs job(PgConnection&) -> Result<T> on the session thread and calls done(Result<T>) on
    // this object's thread, unless context has been destroyed in the meantime.
    // A job still queued when the session goes does not run.
    template <class T>
    void run(QObject* context, std::function<Result<T>(PgConnection&)> job,
             std::function<void(const Result<T>&)> done)
    {
        QPointer<QObject> guard(context);
        SessionWorker::Task task = [replies = m_replies, guard, job = std::move(job),
                                    done = std::move(done)](PgConnection* connection,
                                                            const DbError& unavailable) {
            if (!replies->isOpen())
                return;
            Result<T> result = connection ? job(*connection) : Result<T>(unavailable);
            replies->post([guard, done, result] {
                if (guard)
                    done(result);
            });
        };
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, task] { worker->runTask(task); }, Qt::QueuedConnection);
    }

    // Asks the server to cancel the statement running now, from a pool thread (PQcancel opens a
    // connection of its own). The job then finishes with a Cancelled error.
    void cancel();

signals:
    void stateChanged(migdesk::core::SessionState state, const migdesk::core::DbError& error,
                      int retryInMs);

private:
    const ConnInfo m_info;
    std::shared_ptr<ReplyChannel> m_replies; // closed when the session goes
    QThread* m_thread;                       // its own once the session goes
    SessionWorker* m_worker;
    SessionState m_state = SessionState::Disconnected;
};

} // namespace migdesk::core
