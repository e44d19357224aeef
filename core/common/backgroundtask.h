// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <utility>

namespace migdesk::core {

// Work that blocks on something outside the program: a connection probe, manage.py (up to
// minutes), a session action, an SQLite write that may wait on another window's lock. Its
// threads mostly wait, so there are more of them than cores.
QThreadPool& blockingWorkPool();

// Cancels only (PQcancel opens a connection of its own and may wait for it): never queued behind
// blocking work, so a cancel goes out while manage.py still runs.
QThreadPool& cancelPool();

// Runs job() on `pool` and hands its value to done() on the main thread, unless `context` (a
// main-thread object) was destroyed meanwhile. The reply goes through the application object,
// which outlives every context, so the guard is only ever read on the main thread; Qt 6.4's
// QFuture::then(context, …) reads it on the worker thread instead.
template <typename Job, typename Done>
void runInBackground(QThreadPool& pool, QObject* context, Job job, Done done)
{
    QPointer<QObject> guard(context);
    pool.start(std::function<void()>([guard, job = std::move(job), done = std::move(done)] {
        auto value = job();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, value = std::move(value)] {
                if (guard)
                    done(value);
            },
            Qt::QueuedConnection);
    }));
}

} // namespace migdesk::core
