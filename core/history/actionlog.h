// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/sessioncontrol.h"

#include <QString>

namespace migdesk::core {

// An append-only JSON-lines record of every cancel and terminate: who (OS user and host), when,
// on which profile and server, what was signalled (pid, user, query) and what came of it. The
// run history (issue #6) will take these over; until then they are the audit trail.
class ActionLog
{
public:
    // Defaults to <AppDataLocation>/actions.jsonl.
    explicit ActionLog(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    // False when the file cannot be written; the caller tells the user.
    bool record(const QString& profile, const QString& server,
                const SessionControl::Request& request, const SessionControl::Outcome& outcome);

private:
    QString m_path;
};

} // namespace migdesk::core
