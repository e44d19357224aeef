// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/stepresult.h"

#include "common/secretredactor.h"

namespace migdesk::core {

QString StepResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return QStringLiteral("succeeded");
    case Outcome::Failed: return QStringLiteral("failed");
    case Outcome::Cancelled: return QStringLiteral("cancelled");
    case Outcome::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString StepResult::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded: return tr("succeeded");
    case Outcome::Failed: return tr("failed");
    case Outcome::Cancelled: return tr("cancelled");
    case Outcome::Skipped: return tr("skipped");
    }
    return {};
}

QJsonObject StepResult::toJson() const
{
    return {{QStringLiteral("step"), step},
            {QStringLiteral("outcome"), outcomeKey(outcome)},
            {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("sentence"), sentence},
            {QStringLiteral("details"), details}};
}

void StepResult::redactSecrets()
{
    sentence = SecretRedactor::redact(sentence);
    details = SecretRedactor::redact(details);
}

} // namespace migdesk::core
