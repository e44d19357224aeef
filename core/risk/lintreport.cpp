// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/lintreport.h"

#include <QJsonArray>

#include <algorithm>

namespace migdesk::core {

namespace {

int countOf(const LintResult& result, Finding::Severity severity)
{
    return int(std::count_if(result.findings.begin(), result.findings.end(),
                             [severity](const Finding& f) { return f.severity == severity; }));
}

QString firstLine(const QString& text)
{
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" ...");
}

} // namespace

QString LintReport::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QStringLiteral("error");
    case Finding::Severity::Warning:
        return QStringLiteral("warning");
    case Finding::Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

bool LintReport::hasErrors(const LintResult& result)
{
    return result.parseError.has_value() || countOf(result, Finding::Severity::Error) > 0;
}

QJsonObject LintReport::findingToJson(const Finding& finding)
{
    return QJsonObject{{QStringLiteral("rule"), finding.rule},
                       {QStringLiteral("severity"), severityName(finding.severity)},
                       {QStringLiteral("file"), finding.file},
                       {QStringLiteral("line"), finding.line},
                       {QStringLiteral("column"), finding.column},
                       {QStringLiteral("statement"), finding.statement},
                       {QStringLiteral("message"), finding.message},
                       {QStringLiteral("fix"), finding.fix}};
}

QJsonObject LintReport::lockToJson(const StatementLock& lock)
{
    return QJsonObject{{QStringLiteral("statement"), lock.statement},
                       {QStringLiteral("line"), lock.line},
                       {QStringLiteral("relation"), lock.relation},
                       {QStringLiteral("mode"), lock.mode},
                       {QStringLiteral("rewrites_table"), lock.rewritesTable},
                       {QStringLiteral("scans_table"), lock.scansTable},
                       {QStringLiteral("what"), lock.what}};
}

QJsonObject LintReport::toJson(const LintResult& result, const QString& file)
{
    QJsonArray findings;
    for (const Finding& finding : result.findings)
        findings.append(findingToJson(finding));
    QJsonArray locks;
    for (const StatementLock& lock : result.locks)
        locks.append(lockToJson(lock));
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("statements"), result.statementCount},
        {QStringLiteral("errors"), countOf(result, Finding::Severity::Error)},
        {QStringLiteral("warnings"), countOf(result, Finding::Severity::Warning)},
        {QStringLiteral("parse_error"),
         result.parseError ? QJsonValue(findingToJson(*result.parseError)) : QJsonValue()},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("locks"), locks},
    };
}

QString LintReport::toText(const LintResult& result, const QString& file, Locks showLocks)
{
    QString out;
    const auto where = [&file](const Finding& finding) {
        const QString name = finding.file.isEmpty() ? file : finding.file;
        QString location = name.isEmpty() ? QString() : name + QLatin1Char(':');
        location += QString::number(finding.line);
        if (finding.column > 0)
            location += QLatin1Char(':') + QString::number(finding.column);
        return location;
    };
    const auto severity = [](Finding::Severity s) {
        switch (s) {
        case Finding::Severity::Error:
            return tr("error");
        case Finding::Severity::Warning:
            return tr("warning");
        case Finding::Severity::Info:
            return tr("info");
        }
        return tr("info");
    };
    if (result.parseError) {
        const Finding& error = *result.parseError;
        out += tr("%1: %2: %3 [%4]\n")
                   .arg(where(error), severity(error.severity), error.message, error.rule);
        if (!error.statement.isEmpty())
            out += QStringLiteral("    ") + firstLine(error.statement) + QLatin1Char('\n');
        if (!error.fix.isEmpty())
            out += QStringLiteral("    ") + tr("fix: %1").arg(error.fix) + QLatin1Char('\n');
        return out;
    }
    for (const Finding& finding : result.findings) {
        out += tr("%1: %2: %3 [%4]\n")
                   .arg(where(finding), severity(finding.severity), finding.message, finding.rule);
        out += QStringLiteral("    ") + firstLine(finding.statement) + QLatin1Char('\n');
        if (!finding.fix.isEmpty())
            out += QStringLiteral("    ") + tr("fix: %1").arg(finding.fix) + QLatin1Char('\n');
    }
    if (showLocks == Locks::Show && !result.locks.empty()) {
        out += QLatin1Char('\n') + tr("Locks") + QLatin1Char('\n');
        for (const StatementLock& lock : result.locks) {
            QStringList effects;
            if (lock.rewritesTable)
                effects << tr("rewrites table");
            else if (lock.scansTable)
                effects << tr("scans table");
            const QString effect =
                effects.isEmpty()
                    ? QString()
                    : QLatin1Char('(') + effects.join(QStringLiteral(", ")) + QStringLiteral(") ");
            out += QStringLiteral("  %1 %2 %3 %4%5\n")
                       .arg(tr("line %1").arg(lock.line).leftJustified(10),
                            lock.mode.leftJustified(25), lock.relation, effect, lock.what);
        }
    }
    out += tr("Statements: %1, errors: %2, warnings: %3")
               .arg(result.statementCount)
               .arg(countOf(result, Finding::Severity::Error))
               .arg(countOf(result, Finding::Severity::Warning)) +
           QLatin1Char('\n');
    return out;
}

} // namespace migdesk::core
