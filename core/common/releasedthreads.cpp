// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/releasedthreads.h"

#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace migdesk::core {

namespace {

struct Running
{
    std::mutex mutex;
    std::condition_variable ended;
    int count = 0;
};

Running& running()
{
    static Running threads;
    return threads;
}

} // namespace

void ReleasedThreads::release(QThread* thread)
{
    Running& released = running();
    {
        std::lock_guard lock(released.mutex);
        ++released.count;
    }
    // Direct: counted down on the ending thread itself, even once no event loop runs.
    QObject::connect(
        thread, &QThread::finished, thread,
        [&released] {
            {
                std::lock_guard lock(released.mutex);
                --released.count;
            }
            released.ended.notify_all();
        },
        Qt::DirectConnection);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->quit();
}

bool ReleasedThreads::waitForAll(int ms)
{
    Running& released = running();
    std::unique_lock lock(released.mutex);
    return released.ended.wait_for(lock, std::chrono::milliseconds(ms),
                                   [&released] { return released.count == 0; });
}

} // namespace migdesk::core
