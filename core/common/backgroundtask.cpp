// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/backgroundtask.h"

namespace migdesk::core {

namespace {

QThreadPool& poolOf(QThreadPool& pool, int threads)
{
    pool.setMaxThreadCount(threads);
    return pool;
}

} // namespace

QThreadPool& blockingWorkPool()
{
    static QThreadPool pool;
    static QThreadPool& configured = poolOf(pool, 16);
    return configured;
}

QThreadPool& cancelPool()
{
    static QThreadPool pool;
    static QThreadPool& configured = poolOf(pool, 8);
    return configured;
}

} // namespace migdesk::core
