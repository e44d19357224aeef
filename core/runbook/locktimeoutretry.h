// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/migrationattempt.h"
#include "runbook/stepcontext.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>

#include <functional>

namespace migdesk::core {

// The executor's answer to lock_timeout: the migration gave up waiting for a lock and its
// transaction was rolled back, so it waits (policy.retryDelayMs, doubled after each retry) and
// tries again, up to policy.lockRetries times, logging each retry with the session that held
// the lock. The wait ends at once on cancel.
class LockTimeoutRetry
{
    Q_DECLARE_TR_FUNCTIONS(LockTimeoutRetry)
public:
    struct Outcome
    {
        MigrationAttempt last; // the final attempt; LockTimeout when every retry timed out
        int retries = 0;       // attempts after the first
        QString blockers;      // who held the lock at the last timeout, as one sentence
    };

    // `label` names the migration in the log ("V2 (create ledger)"). `retryable` is false for a
    // migration that does not run in one transaction: a timeout part-way may have left some of
    // it applied, so it is not run again blindly. `blockers` is asked after each timeout (clear
    // what it has seen before the first attempt).
    static Outcome run(const std::function<MigrationAttempt()>& attempt,
                       const std::function<QString()>& blockers, const QString& label,
                       bool retryable, const WritePolicy& policy, const StepContext& ctx);

    // Waits `ms` unless the token is cancelled first (then returns false at once).
    static bool wait(int ms, CancelToken& token);
};

} // namespace migdesk::core
