// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "connection/conninfo.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

namespace migdesk::core {

// Cancel a session's query or terminate the session, on a connection opened for that one
// action (the monitor's own connection stays read-only). Refuses unless the request carries the
// user's confirmation, and on production the database name typed by the user. The signal goes
// only to the session confirmed: pid and backend start time are checked in the statement that
// sends it, so a pid the server gave to a new session meanwhile is left alone.
class SessionControl
{
    Q_DECLARE_TR_FUNCTIONS(SessionControl)
public:
    enum class Action { CancelQuery, TerminateSession };

    struct Request
    {
        Action action = Action::CancelQuery;
        int pid = 0;
        QString backendStart; // SessionActivity::backendStart of the session confirmed
        QString targetUser;   // as the confirmation named them
        QString targetQuery;
        QString database;                                  // the session's own database
        Environment environment = Environment::Production; // environmentOf() the session
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
    // What the user types to confirm on production: the session's database, or its pid for a
    // session without one.
    static QString confirmationText(const Request& request);

    // The environment whose rules a session's database follows: the profile's own database
    // follows the profile; any other database on the same cluster is one the profile says
    // nothing about, and is treated as production (its name typed to confirm).
    static Environment environmentOf(const QString& sessionDatabase, const QString& profileDatabase,
                                     Environment profileEnvironment);

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
