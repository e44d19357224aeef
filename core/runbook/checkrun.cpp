// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/checkrun.h"

#include <algorithm>

namespace migdesk::core {

CheckRun::CheckRun(QString step, QString title, const StepContext& context, int expectedChecks)
    : m_step(std::move(step)), m_title(std::move(title)), m_context(context),
      m_expected(expectedChecks), m_started(QDateTime::currentDateTime())
{
    m_timer.start();
}

void CheckRun::begin(const QString& what) const
{
    m_context.report({.done = qint64(m_checks.size()),
                      .total = qint64(std::max(m_expected, int(m_checks.size()) + 1)),
                      .message = what,
                      .elapsedSeconds = double(m_timer.elapsed()) / 1000.0,
                      .etaSeconds = -1});
}

void CheckRun::add(Check check)
{
    m_context.log.write(checksText({check}).trimmed());
    m_checks.push_back(std::move(check));
}

QString CheckRun::listed(const QStringList& items, int shown)
{
    if (items.size() <= shown)
        return items.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(items.size()) - shown)
        .arg(items.mid(0, shown).join(QStringLiteral(", ")));
}

StepResult CheckRun::finish() const
{
    StepResult result;
    result.step = m_step;
    result.started = m_started;
    result.seconds = double(m_timer.elapsed()) / 1000.0;
    result.report = m_checks;

    QStringList failed;
    QStringList warned;
    QStringList skipped;
    const Check* firstFailure = nullptr;
    for (const Check& check : m_checks) {
        if (check.status == Check::Status::Fail) {
            failed << check.title;
            if (!firstFailure)
                firstFailure = &check;
        } else if (check.status == Check::Status::Warn) {
            warned << check.title;
        } else if (check.status == Check::Status::Skipped) {
            skipped << check.title;
        }
    }
    const int count = int(m_checks.size());
    if (cancelled()) {
        result.outcome = StepResult::Outcome::Cancelled;
        result.sentence = tr("%1 was cancelled after %n check(s).", nullptr, count).arg(m_title);
    } else if (firstFailure) {
        result.outcome = StepResult::Outcome::Failed;
        const QString why =
            firstFailure->sentence.isEmpty() ? firstFailure->figure : firstFailure->sentence;
        result.sentence =
            failed.size() == 1
                ? tr("%1 failed at %2: %3").arg(m_title, firstFailure->title, why)
                : tr("%1 failed %n check(s) (%2); the first: %3", nullptr, int(failed.size()))
                      .arg(m_title, failed.join(QStringLiteral(", ")), why);
    } else if (!warned.isEmpty()) {
        result.sentence = tr("%1 passed with %n warning(s): %2.", nullptr, int(warned.size()))
                              .arg(m_title, warned.join(QStringLiteral(", ")));
    } else if (!skipped.isEmpty()) {
        result.sentence = tr("%1 passed; %n check(s) skipped: %2.", nullptr, int(skipped.size()))
                              .arg(m_title, skipped.join(QStringLiteral(", ")));
    } else {
        result.sentence = tr("%1 passed: all %n check(s) green.", nullptr, count).arg(m_title);
    }
    m_context.log.write(result.sentence);
    m_context.report({.done = count,
                      .total = count,
                      .message = result.sentence,
                      .elapsedSeconds = result.seconds,
                      .etaSeconds = 0});
    return result;
}

} // namespace migdesk::core
