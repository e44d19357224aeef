// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/locktimeoutretry.h"

#include "common/units.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace migdesk::core {

LockTimeoutRetry::Outcome LockTimeoutRetry::run(const std::function<MigrationAttempt()>& attempt,
                                                const std::function<QString()>& blockers,
                                                const QString& label, bool retryable,
                                                const WritePolicy& policy, const StepContext& ctx)
{
    Outcome outcome;
    int delayMs = policy.retryDelayMs;
    for (;;) {
        outcome.last = attempt();
        if (outcome.last.kind != MigrationAttempt::Kind::LockTimeout)
            return outcome;
        outcome.blockers = blockers();
        const QString who = outcome.blockers.isEmpty()
                                ? tr("the session holding the lock was not seen")
                                : outcome.blockers;
        if (!retryable) {
            ctx.log.write(tr("%1 gave up waiting for a lock (lock_timeout %2 ms): %3. It does "
                             "not run in one transaction, so it is not retried.")
                              .arg(label, QString::number(policy.lockTimeoutMs), who));
            return outcome;
        }
        if (outcome.retries >= policy.lockRetries) {
            ctx.log.write(tr("%1 gave up waiting for a lock (lock_timeout %2 ms), the last of "
                             "%n attempt(s): %3.",
                             nullptr, outcome.retries + 1)
                              .arg(label, QString::number(policy.lockTimeoutMs), who));
            return outcome;
        }
        ++outcome.retries;
        ctx.log.write(tr("%1 gave up waiting for a lock (lock_timeout %2 ms) and was rolled back: "
                         "%3. Retry %4 of %5 in %6.")
                          .arg(label, QString::number(policy.lockTimeoutMs), who,
                               QString::number(outcome.retries),
                               QString::number(policy.lockRetries),
                               formatDuration(delayMs / 1000.0)));
        if (!wait(delayMs, ctx.cancel)) {
            outcome.last = {MigrationAttempt::Kind::Cancelled,
                            tr("Cancelled while waiting to retry %1.").arg(label),
                            {}};
            return outcome;
        }
        delayMs *= 2;
    }
}

bool LockTimeoutRetry::wait(int ms, CancelToken& token)
{
    std::mutex mutex;
    std::condition_variable wake;
    const CancelToken::ActionScope scope(token, [&] {
        std::lock_guard lock(mutex);
        wake.notify_all();
    });
    std::unique_lock lock(mutex);
    return !wake.wait_for(lock, std::chrono::milliseconds(ms),
                          [&token] { return token.isCancelled(); });
}

} // namespace migdesk::core
