// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace migdesk::app {

// Exit codes of every command, as the design fixes them.
enum ExitCode { Ok = 0, StepFailed = 1, BadUsage = 2, CannotConnect = 3 };

// The headless face: --version, --help and the commands. Runs under a QCoreApplication, so it
// works without a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // True when argv asks for the command line rather than the console.
    static bool wantsCommandLine(const QStringList& arguments);
    static QString helpText();
    int run(const QStringList& arguments);

private:
    int overview(const QStringList& arguments);
    int tables(const QStringList& arguments);
    int activity(const QStringList& arguments);
    int locks(const QStringList& arguments);
    int assess(const QStringList& arguments);
    int lint(const QStringList& arguments);
    // The runbook's steps (runbookcommands.cpp).
    int preflight(const QStringList& arguments);
    int backup(const QStringList& arguments);
    int migrate(const QStringList& arguments);
    int verify(const QStringList& arguments);
    int rollback(const QStringList& arguments);
    // The history of runs and its reports (historycommands.cpp).
    int history(const QStringList& arguments);
    int report(const QStringList& arguments);
};

} // namespace migdesk::app
