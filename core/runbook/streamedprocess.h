// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/canceltoken.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace migdesk::core {

// One external program (pg_restore, an upload command) run to its end from a worker thread:
// started with an argument list, never through a shell; every line it prints is handed over as
// it arrives; a cancel stops it. Blocking, no event loop needed.
class StreamedProcess
{
    Q_DECLARE_TR_FUNCTIONS(StreamedProcess)
public:
    enum class Channel { Output, Error };
    // Called on the calling thread, once per line, without the line break.
    using LineHandler = std::function<void(Channel channel, const QString& line)>;

    struct Outcome
    {
        bool started = false;
        bool cancelled = false;
        bool crashed = false; // killed by a signal it did not choose
        int exitCode = -1;
        QString startError;    // why it did not start (QProcess's words), when !started
        QString lastErrorLine; // the last non-empty line on stderr
        bool succeeded() const { return started && !cancelled && !crashed && exitCode == 0; }
    };

    // On cancel the program gets SIGTERM first, so that pg_restore can send its own cancel
    // requests to the server, and SIGKILL when it has not gone a few seconds later.
    static Outcome run(const QString& program, const QStringList& arguments,
                       const QProcessEnvironment& environment, const CancelToken& cancel,
                       const LineHandler& onLine);
};

} // namespace migdesk::core
