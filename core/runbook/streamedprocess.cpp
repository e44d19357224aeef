// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/streamedprocess.h"

#include <QProcess>

namespace migdesk::core {

namespace {

constexpr int kPollMs = 100;
constexpr int kTerminateGraceMs = 5'000;

// Hands over every complete line of one channel; with flush, also the unterminated rest.
void drain(QProcess& process, QProcess::ProcessChannel channel, bool flush,
           StreamedProcess::Channel as, const StreamedProcess::LineHandler& onLine,
           QString* lastErrorLine)
{
    process.setReadChannel(channel);
    const auto hand = [&](const QByteArray& raw) {
        QString line = QString::fromUtf8(raw);
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (as == StreamedProcess::Channel::Error && !line.trimmed().isEmpty())
            *lastErrorLine = line.trimmed();
        if (onLine)
            onLine(as, line);
    };
    while (process.canReadLine())
        hand(process.readLine());
    if (flush && process.bytesAvailable() > 0)
        hand(process.readAll());
}

} // namespace

StreamedProcess::Outcome StreamedProcess::run(const QString& program, const QStringList& arguments,
                                              const QProcessEnvironment& environment,
                                              const CancelToken& cancel, const LineHandler& onLine)
{
    Outcome outcome;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        outcome.startError = process.errorString();
        return outcome;
    }
    outcome.started = true;
    // Nothing is ever typed into it: a program that asks (a password prompt) gets EOF and
    // fails instead of hanging.
    process.closeWriteChannel();

    const auto drainBoth = [&](bool flush) {
        drain(process, QProcess::StandardOutput, flush, Channel::Output, onLine,
              &outcome.lastErrorLine);
        drain(process, QProcess::StandardError, flush, Channel::Error, onLine,
              &outcome.lastErrorLine);
    };
    while (process.state() != QProcess::NotRunning) {
        if (cancel.isCancelled()) {
            outcome.cancelled = true;
            process.terminate();
            if (!process.waitForFinished(kTerminateGraceMs)) {
                process.kill();
                process.waitForFinished();
            }
            break;
        }
        // Reads both pipes while it waits, so a chatty program never blocks on a full pipe.
        process.waitForFinished(kPollMs);
        drainBoth(false);
    }
    drainBoth(true);
    outcome.crashed = !outcome.cancelled && process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    return outcome;
}

} // namespace migdesk::core
