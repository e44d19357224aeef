// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historystorethread.h"

#include "common/releasedthreads.h"

namespace migdesk::core {

HistoryStoreThread::HistoryStoreThread(const QString& path, QObject* parent)
    : QObject(parent), m_replies(std::make_shared<ReplyChannel>(this)), m_thread(new QThread),
      m_worker(new Worker(path))
{
    m_thread->setObjectName(QStringLiteral("migdesk-history-store"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HistoryStoreThread::~HistoryStoreThread()
{
    m_replies->close();
    ReleasedThreads::release(m_thread);
}

void HistoryStoreThread::Worker::runTask(const Task& task)
{
    // Opened once: a store that cannot be opened is retried by the next job (a full disk freed,
    // a folder created meanwhile).
    if (!m_store) {
        auto store = std::make_unique<HistoryStore>();
        if (store->open(m_path, &m_problem))
            m_store = std::move(store);
    }
    task(m_store.get(), m_problem);
}

} // namespace migdesk::core
