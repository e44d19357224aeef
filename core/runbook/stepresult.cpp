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
            {QStringLiteral("details"), detailsJson()}};
}

QJsonObject StepResult::detailsJson() const
{
    struct
    {
        const QJsonObject& details;
        QJsonObject operator()(std::monostate) const { return details; }
        QJsonObject operator()(const MigrationRunReport& r) const { return r.toJson(); }
        QJsonObject operator()(const CheckList& c) const
        {
            return {{QStringLiteral("checks"), checksJson(c)}};
        }
        QJsonObject operator()(const RollbackReport& r) const { return r.toJson(); }
    } json{details};
    return std::visit(json, report);
}

namespace {

void redact(QString& text)
{
    text = SecretRedactor::redact(text);
}

std::shared_ptr<const StepResult> redacted(const std::shared_ptr<const StepResult>& part)
{
    if (!part)
        return part;
    auto copy = std::make_shared<StepResult>(*part);
    copy->redactSecrets();
    return copy;
}

} // namespace

void StepResult::redactSecrets()
{
    redact(sentence);
    details = SecretRedactor::redact(details);
    if (auto* run = std::get_if<MigrationRunReport>(&report)) {
        for (QString& problem : run->problems)
            redact(problem);
        for (MigrationRunReport::Item& m : run->items) {
            redact(m.sql);
            redact(m.error);
            redact(m.rollbackWay);
            for (StatementTiming& statement : m.statements)
                redact(statement.sql);
        }
    } else if (auto* checks = std::get_if<CheckList>(&report)) {
        for (Check& check : *checks) {
            redact(check.figure);
            redact(check.sentence);
        }
    } else if (auto* rollback = std::get_if<RollbackReport>(&report)) {
        rollback->preRollbackBackup = redacted(rollback->preRollbackBackup);
        rollback->undo = redacted(rollback->undo);
        rollback->verify = redacted(rollback->verify);
    }
}

} // namespace migdesk::core
