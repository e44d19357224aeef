// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/sessioncontrol.h"
#include "history/runrecord.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace migdesk::core {

// Every cancel and terminate of a session is kept in the run history as a finished run of kind
// "cancel" or "terminate": who (OS user and host), when, on which profile, server and database,
// what was signalled (pid, user, query, whether the database name was typed) and what came of
// it. details is {"request": {...}, "outcome": {"ok", "sentence"}}.
class SessionActionRecorder
{
public:
    // The run to record; startedAt is when the user confirmed the action.
    static RunRecord run(const QString& profile, const QString& server,
                         const SessionControl::Request& request,
                         const SessionControl::Outcome& outcome, const QDateTime& startedAt);

    // Blocking: opens the store, writes the run and closes the store. Empty when recorded,
    // else the sentence saying why not.
    static QString record(const QString& storePath, const RunRecord& run);

    // record() on a pool thread; done(problem) runs on the main thread unless context is gone.
    static void recordAsync(const QString& storePath, const RunRecord& run, QObject* context,
                            std::function<void(const QString& problem)> done);
};

} // namespace migdesk::core
