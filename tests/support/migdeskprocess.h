// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace migdesk::tests {

// The migdesk binary (MIGDESK_BINARY, set by CTest) run as a script would run it.
struct MigdeskRun
{
    int exitCode = -1; // -2 when it crashed, -1 when it did not finish in time
    QString out;
    QString err;
};

inline MigdeskRun
runMigdesk(const QStringList& arguments,
           const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("MIGDESK_BINARY"), arguments);
    MigdeskRun run;
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace migdesk::tests
