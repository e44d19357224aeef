// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"
#include "connection/connectionprofile.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace migdesk::core {

// Cancel a session's query or terminate the session, on a connection opened for that one
// action (the monitor's own connection stays read-only). Refuses unless the request carries the
// user's confirmation, and on production the database name typed by the user.
class SessionControl
{
    Q_DECLARE_TR_FUNCTIONS(SessionControl)
public:
    enum class Action { CancelQuery, TerminateSession };

    struct Request
    {
        Action action = Action::CancelQuery;
        int pid = 0;
        QString targetUser;     // as the confirmation named them
        QString targetQuery;
        QString database;       // the database the monitor is connected to
        Environment environment = Environment::Production;
        bool confirmed = false; // the user confirmed a dialog naming pid, user and query
        QString typedDatabase;  // production: what the user typed
    };

    struct Outcome
    {
        bool ok = false;
        QString sentence;
    };

    // Empty when the request may go ahead, else the reason it is refused.
    static QString refusal(const Request& request);

    // Blocking: call from a worker thread or the command line.
    static Outcome perform(const ConnInfo& info, const std::optional<QString>& password,
                           const Request& request);
    // On a pool thread; done is called on the main thread unless context is gone.
    static void performAsync(const ConnInfo& info, const std::optional<QString>& password,
                             const Request& request, QObject* context,
                             std::function<void(const Outcome&)> done);

    static QString actionKey(Action action);
};

} // namespace migdesk::core
