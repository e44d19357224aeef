// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/parserthreadpool.h"

#include <QThreadPool>

namespace migdesk::core {

QThreadPool* parserThreadPool()
{
    static QThreadPool pool;
    return &pool;
}

} // namespace migdesk::core
