// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/replychannel.h"
#include "history/historystore.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace migdesk::core {

// The history store on a thread of its own, so that the panes read and write it without the GUI
// thread ever waiting on the disk, connected to a database or not. The store is opened on the
// thread at the first job and lives there until the thread ends; jobs run one at a time in
// submission order and their results come back as values through the event loop.
class HistoryStoreThread : public QObject
{
    Q_OBJECT
public:
    explicit HistoryStoreThread(const QString& path, QObject* parent = nullptr);
    // Releases the thread (ReleasedThreads): a job waiting on another window's SQLite lock
    // finishes on its own, unanswered; jobs still queued do not run.
    ~HistoryStoreThread() override;
    Q_DISABLE_COPY_MOVE(HistoryStoreThread)

    // Runs job(store) on the store's thread, then done(value) on this object's thread unless
    // context is gone by then. A store that cannot be opened calls failed(sentence) instead.
    template <class T>
    void run(QObject* context, std::function<T(HistoryStore&)> job,
             std::function<void(const T&)> done, std::function<void(const QString&)> failed)
    {
        QPointer<QObject> guard(context);
        Task task = [replies = m_replies, guard, job = std::move(job), done = std::move(done),
                     failed = std::move(failed)](HistoryStore* store, const QString& problem) {
            if (!replies->isOpen())
                return;
            if (!store) {
                replies->post([guard, failed, problem] {
                    if (guard)
                        failed(problem);
                });
                return;
            }
            T value = job(*store);
            replies->post([guard, done, value = std::move(value)] {
                if (guard)
                    done(value);
            });
        };
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, task] { worker->runTask(task); }, Qt::QueuedConnection);
    }

private:
    using Task = std::function<void(HistoryStore*, const QString&)>;

    // Lives on m_thread; owns the store there.
    class Worker : public QObject
    {
    public:
        explicit Worker(QString path) : m_path(std::move(path)) {}
        void runTask(const Task& task);

    private:
        QString m_path;
        std::unique_ptr<HistoryStore> m_store;
        QString m_problem;
    };

    std::shared_ptr<ReplyChannel> m_replies; // closed when this object goes
    QThread* m_thread;                       // its own once this object goes
    Worker* m_worker;
};

} // namespace migdesk::core
