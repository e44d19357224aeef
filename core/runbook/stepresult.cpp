// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/stepresult.h"

#include "common/secretredactor.h"

namespace migdesk::core {

QString StepResult::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString StepResult::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return tr("succeeded");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Cancelled:
        return tr("cancelled");
    case Outcome::Skipped:
        return tr("skipped");
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
    return std::visit(
        [](const auto& r) -> QJsonObject {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, CheckList>)
                return {{QStringLiteral("checks"), checksJson(r)}};
            else
                return r.toJson();
        },
        report);
}

namespace {

void redact(QString& text)
{
    text = SecretRedactor::redact(text);
}

void redact(QStringList& texts)
{
    for (QString& text : texts)
        redact(text);
}

void redact(std::shared_ptr<const StepResult>& part)
{
    if (!part)
        return;
    auto copy = std::make_shared<StepResult>(*part);
    copy->redactSecrets();
    part = std::move(copy);
}

void redact(MigrationRunReport& run)
{
    redact(run.problems);
    for (MigrationRunReport::Item& m : run.items) {
        redact(m.sql);
        redact(m.error);
        redact(m.rollbackWay);
        for (StatementTiming& statement : m.statements)
            redact(statement.sql);
    }
}

void redact(CheckList& checks)
{
    for (Check& check : checks) {
        redact(check.figure);
        redact(check.sentence);
    }
}

void redact(BackupReport& backup)
{
    redact(backup.metadataPath);
    redact(backup.proof);
    redact(backup.upload);
    redact(backup.retention);
}

void redact(BackupProofReport&) {} // holds only table names and row counts
void redact(UploadReport& upload)
{
    redact(upload.command);
}

void redact(RetentionReport& retention)
{
    redact(retention.deleted);
}

void redact(RestoreReport& restore)
{
    redact(restore.backup);
    redact(restore.metadataPath);
}

void redact(RollbackReport& rollback)
{
    redact(rollback.preRollbackBackup);
    redact(rollback.undo);
    redact(rollback.verify);
}

} // namespace

void StepResult::redactSecrets()
{
    redact(sentence);
    std::visit(
        [](auto& r) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(r)>, std::monostate>)
                redact(r);
        },
        report);
}

} // namespace migdesk::core
