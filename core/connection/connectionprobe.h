// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"
#include "connection/dberror.h"

#include <QObject>

#include <functional>
#include <optional>

namespace migdesk::core {

// What a successful test connection learned.
struct ProbeResult
{
    std::optional<DbError> error; // empty on success
    QString serverVersion;
    QString database;
    QString user;
};

// "Test connection": one short-lived inspection connection on a pool thread; the answer comes
// back on the main thread, where context must live, unless context is gone by then. Used by the
// profile dialog and before a pane is given a target.
class ConnectionProbe
{
public:
    static void run(const ConnInfo& info, const std::optional<QString>& password, QObject* context,
                    std::function<void(const ProbeResult&)> done);
    // The same, blocking: for the command line and worker threads only.
    static ProbeResult runNow(const ConnInfo& info, const std::optional<QString>& password);
};

} // namespace migdesk::core
