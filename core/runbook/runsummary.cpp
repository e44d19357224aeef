// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/runsummary.h"

#include "common/units.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace migdesk::core {

void RunSummary::add(const StepResult& step)
{
    m_steps.push_back(step);
}

StepResult::Outcome RunSummary::outcome() const
{
    StepResult::Outcome outcome = StepResult::Outcome::Succeeded;
    for (const StepResult& step : m_steps) {
        if (step.outcome == StepResult::Outcome::Failed)
            return StepResult::Outcome::Failed;
        if (step.outcome == StepResult::Outcome::Cancelled)
            outcome = StepResult::Outcome::Cancelled;
    }
    return outcome;
}

double RunSummary::totalSeconds() const
{
    double total = 0;
    for (const StepResult& step : m_steps)
        total += step.seconds;
    return total;
}

QString RunSummary::toText() const
{
    QString text = title + QStringLiteral(": ") + StepResult::outcomeLabel(outcome()) +
                   QStringLiteral(" (") + formatDuration(totalSeconds()) + QStringLiteral(")\n");
    for (const StepResult& step : m_steps) {
        text += QStringLiteral("  %1  %2  %3")
                    .arg(step.step, -10)
                    .arg(StepResult::outcomeLabel(step.outcome), -10)
                    .arg(formatDuration(step.seconds));
        if (!step.sentence.isEmpty())
            text += QStringLiteral("  ") + step.sentence;
        text += QLatin1Char('\n');
    }
    if (!logPath.isEmpty())
        text += tr("Run log: %1").arg(logPath) + QLatin1Char('\n');
    return text;
}

QString RunSummary::toMarkdown() const
{
    QString md = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    md += tr("Outcome: **%1** in %2")
              .arg(StepResult::outcomeLabel(outcome()), formatDuration(totalSeconds()));
    if (!environment.isEmpty())
        md += QStringLiteral(" · ") + tr("environment: %1").arg(environment);
    md += QStringLiteral("\n\n| ") + tr("Step") + QStringLiteral(" | ") + tr("Outcome") +
          QStringLiteral(" | ") + tr("Started") + QStringLiteral(" | ") + tr("Duration") +
          QStringLiteral(" | ") + tr("Result") + QStringLiteral(" |\n|---|---|---|---:|---|\n");
    for (const StepResult& step : m_steps) {
        QString sentence = step.sentence;
        sentence.replace(QLatin1Char('|'), QStringLiteral("\\|"))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(step.step, StepResult::outcomeLabel(step.outcome),
                       step.started.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       formatDuration(step.seconds), sentence);
    }
    if (!logPath.isEmpty())
        md += QLatin1Char('\n') + tr("Run log: `%1`").arg(logPath) + QLatin1Char('\n');
    return md;
}

QJsonObject RunSummary::toJson() const
{
    QJsonArray steps;
    for (const StepResult& step : m_steps)
        steps.append(step.toJson());
    return {{QStringLiteral("title"), title},
            {QStringLiteral("environment"), environment},
            {QStringLiteral("outcome"), StepResult::outcomeKey(outcome())},
            {QStringLiteral("seconds"), totalSeconds()},
            {QStringLiteral("log"), logPath},
            {QStringLiteral("steps"), steps}};
}

bool RunSummary::save(const QString& path, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("json"))
        bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    else if (suffix == QLatin1String("md"))
        bytes = toMarkdown().toUtf8();
    else
        bytes = toText().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot save the report to %1: %2. Choose another folder.")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString RunSummary::notificationText() const
{
    QStringList parts;
    for (const StepResult& step : m_steps)
        parts.append(step.step + QLatin1Char(' ') + formatDuration(step.seconds));
    QString text = QStringLiteral("migdesk: ") + title + QStringLiteral(" — ") +
                   StepResult::outcomeLabel(outcome()) + QLatin1Char(' ') +
                   tr("in %1").arg(formatDuration(totalSeconds()));
    if (!parts.isEmpty())
        text += QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
    for (const StepResult& step : m_steps) {
        if (step.outcome == StepResult::Outcome::Failed) {
            text += QStringLiteral(". ") + step.sentence;
            break;
        }
    }
    return text;
}

} // namespace migdesk::core
