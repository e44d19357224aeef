// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/lintreport.h"

#include "common/parserthreadpool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>

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

// Formats a long list a block at a time on every core (the parser pool: CPU work that never
// blocks) and writes the texts in order: tens of thousands of findings format in half the
// time, and only a block is held at once.
template <typename Item, typename Text>
void writeInBlocks(const std::vector<Item>& items, const std::function<Text(const Item&)>& format,
                   const std::function<void(const Text&)>& write)
{
    constexpr size_t kBlock = 2048;
    for (size_t first = 0; first < items.size(); first += kBlock) {
        const auto begin = items.begin() + qsizetype(first);
        const auto end = begin + qsizetype(std::min(kBlock, items.size() - first));
        for (const Text& text :
             QtConcurrent::blockingMapped<QList<Text>>(parserThreadPool(), begin, end, format))
            write(text);
    }
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
    QJsonObject json = summaryToJson(result, file);
    json.insert(QStringLiteral("findings"), findings);
    json.insert(QStringLiteral("locks"), locks);
    return json;
}

void LintReport::writeJson(const LintResult& result, const QString& file,
                           const std::function<void(const QByteArray&)>& write)
{
    const auto compact = [](const QJsonObject& object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    // The summary's closing brace makes way for the two lists.
    write(compact(summaryToJson(result, file)).chopped(1) + ",\n\"findings\":[");
    const char* separator = "\n";
    const std::function<void(const QByteArray&)> writeElement = [&](const QByteArray& element) {
        write(separator + element);
        separator = ",\n";
    };
    writeInBlocks<Finding, QByteArray>(
        result.findings, [&](const Finding& finding) { return compact(findingToJson(finding)); },
        writeElement);
    write("],\n\"locks\":[");
    separator = "\n";
    writeInBlocks<StatementLock, QByteArray>(
        result.locks, [&](const StatementLock& lock) { return compact(lockToJson(lock)); },
        writeElement);
    write("]}");
}

QJsonObject LintReport::summaryToJson(const LintResult& result, const QString& file)
{
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("statements"), result.statementCount},
        {QStringLiteral("errors"), countOf(result, Finding::Severity::Error)},
        {QStringLiteral("warnings"), countOf(result, Finding::Severity::Warning)},
        {QStringLiteral("parse_error"),
         result.parseError ? QJsonValue(findingToJson(*result.parseError)) : QJsonValue()},
    };
}

QString LintReport::toText(const LintResult& result, const QString& file, Locks showLocks)
{
    QByteArray out;
    writeText(result, file, showLocks, [&out](const QByteArray& text) { out += text; });
    return QString::fromUtf8(out);
}

void LintReport::writeText(const LintResult& result, const QString& file, Locks showLocks,
                           const std::function<void(const QByteArray&)>& write)
{
    const auto where = [&file](const Finding& finding) {
        const QString name = finding.file.isEmpty() ? file : finding.file;
        QString location = name.isEmpty() ? QString() : name + QLatin1Char(':');
        location += QString::number(finding.line);
        if (finding.column > 0)
            location += QLatin1Char(':') + QString::number(finding.column);
        return location;
    };
    // Translated once: a large script has tens of thousands of findings.
    const QString error = tr("error");
    const QString warning = tr("warning");
    const QString info = tr("info");
    const auto severity = [&](Finding::Severity s) -> const QString& {
        switch (s) {
        case Finding::Severity::Error:
            return error;
        case Finding::Severity::Warning:
            return warning;
        case Finding::Severity::Info:
            return info;
        }
        return info;
    };
    const QString findingLine = tr("%1: %2: %3 [%4]\n");
    const QString fixLine = tr("fix: %1");
    const std::function<QByteArray(const Finding&)> formatFinding = [&](const Finding& finding) {
        QString out = findingLine.arg(where(finding), severity(finding.severity), finding.message,
                                      finding.rule);
        if (!finding.statement.isEmpty())
            out += QStringLiteral("    ") + firstLine(finding.statement) + QLatin1Char('\n');
        if (!finding.fix.isEmpty())
            out += QStringLiteral("    ") + fixLine.arg(finding.fix) + QLatin1Char('\n');
        return out.toUtf8();
    };
    if (result.parseError) {
        write(formatFinding(*result.parseError));
        return;
    }
    writeInBlocks<Finding, QByteArray>(result.findings, formatFinding, write);
    if (showLocks == Locks::Show && !result.locks.empty()) {
        write((QLatin1Char('\n') + tr("Locks") + QLatin1Char('\n')).toUtf8());
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
            write(QStringLiteral("  %1 %2 %3 %4%5\n")
                      .arg(tr("line %1").arg(lock.line).leftJustified(10),
                           lock.mode.leftJustified(25), lock.relation, effect, lock.what)
                      .toUtf8());
        }
    }
    write((tr("Statements: %1, errors: %2, warnings: %3")
               .arg(result.statementCount)
               .arg(countOf(result, Finding::Severity::Error))
               .arg(countOf(result, Finding::Severity::Warning)) +
           QLatin1Char('\n'))
              .toUtf8());
}

} // namespace migdesk::core
