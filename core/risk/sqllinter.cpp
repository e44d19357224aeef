// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/sqllinter.h"

#include "risk/locklevels.h"
#include "risk/sqllintrules.h"
#include "risk/sqllintsource.h"

#include <QSet>

#include <algorithm>

namespace migdesk::core {

namespace {

// One ignore directive found in a comment.
struct Ignore
{
    int line = 0;
    int endLine = 0;
    bool wholeFile = false;
    QSet<QString> rules; // empty: every rule (file ignores only, as in squawk)
};

// squawk's names that stand for more than one of ours, or spell ours differently.
QStringList expandRuleName(const QString& name)
{
    if (name == QLatin1String("require-timeout-settings"))
        return {QStringLiteral("require-lock-timeout"),
                QStringLiteral("require-statement-timeout")};
    if (name == QLatin1String("prefer-timestamptz"))
        return {QStringLiteral("prefer-timestamp-tz")};
    return {name};
}

std::optional<Ignore> parseIgnore(const SqlLintSource::Comment& comment)
{
    QString body = comment.body;
    // "-- squawk-ignore x -- because ..." : the reason after a second "--" is not a rule.
    const qsizetype reason = body.indexOf(QLatin1String("--"));
    if (reason >= 0)
        body.truncate(reason);
    body = body.trimmed();
    Ignore ignore;
    ignore.line = comment.line;
    ignore.endLine = comment.endLine;
    QString rest;
    bool matched = false;
    for (const char* tool : {"migdesk", "squawk"}) {
        const QString file = QLatin1String(tool) + QStringLiteral("-ignore-file");
        const QString line = QLatin1String(tool) + QStringLiteral("-ignore");
        for (const QString& prefix : {file, line}) {
            if (!body.startsWith(prefix))
                continue;
            rest = body.mid(prefix.size());
            if (!rest.isEmpty() && !rest.at(0).isSpace())
                continue; // "migdesk-ignored" or "-ignore-file" seen as "-ignore"
            ignore.wholeFile = prefix == file;
            matched = true;
            break;
        }
        if (matched)
            break;
    }
    if (!matched)
        return std::nullopt;
    for (const QString& part : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            continue;
        for (const QString& rule : expandRuleName(name))
            ignore.rules.insert(rule);
    }
    // squawk ignores nothing with a bare line ignore; only a bare file ignore means all rules.
    if (ignore.rules.isEmpty() && !ignore.wholeFile)
        return std::nullopt;
    return ignore;
}

bool suppresses(const Ignore& ignore, const QString& rule)
{
    return ignore.rules.isEmpty() || ignore.rules.contains(rule);
}

} // namespace

QStringList SqlLinter::ruleIds()
{
    QStringList ids;
    for (const SqlLintRules::Rule& rule : SqlLintRules::rules())
        ids << QLatin1String(rule.id);
    return ids;
}

Finding::Severity SqlLinter::severityOf(const QString& ruleId)
{
    return SqlLintRules::severityOf(ruleId);
}

LintResult SqlLinter::lint(const QString& sql, const LintOptions& options)
{
    LintResult result;
    SqlLintSource source(sql);
    const int lineOffset = options.firstLine - 1;

    LockLevels locks(options.serverVersionNum);
    SqlLintRules rules(source, locks, options.serverVersionNum, options.assumeInTransaction);
    std::vector<StatementLock> statementLocks;
    int statementCount = 0;
    const bool parsed = source.parse([&](const SqlLintSource::Statement& statement) {
        if (options.withLocks) {
            for (StatementLock lock : locks.locksFor(statement)) {
                lock.line += lineOffset;
                statementLocks.push_back(lock);
            }
        }
        // Rules see the script as it was before this statement; then the tracker learns it.
        rules.check(statement);
        locks.record(statement);
        ++statementCount;
    });
    if (!parsed) {
        const SqlLintSource::Error& error = *source.error();
        Finding finding;
        finding.rule = QStringLiteral("syntax-error");
        finding.severity = Finding::Severity::Error;
        finding.file = options.file;
        finding.line = error.line + lineOffset;
        finding.column = error.column;
        finding.statement = error.statement;
        finding.message = error.message;
        finding.fix = tr("Fix the SQL at line %1, column %2; PostgreSQL 15 cannot parse it.")
                          .arg(finding.line)
                          .arg(error.column);
        result.parseError = finding;
        return result;
    }
    rules.finish();
    result.locks = std::move(statementLocks);
    result.statementCount = statementCount;

    std::vector<Ignore> ignores;
    for (const SqlLintSource::Comment& comment : source.comments()) {
        if (auto ignore = parseIgnore(comment))
            ignores.push_back(*ignore);
    }
    std::vector<SqlLintRules::Hit> hits = rules.takeHits();
    result.findings.reserve(hits.size());
    for (SqlLintRules::Hit& hit : hits) {
        const bool ignored = std::any_of(ignores.begin(), ignores.end(), [&](const Ignore& ignore) {
            if (!suppresses(ignore, hit.finding.rule))
                return false;
            if (ignore.wholeFile)
                return true;
            // On the line before the statement, or anywhere within its lines (a trailing
            // comment, or one above the sub-command it is about).
            return ignore.endLine == hit.statementLine - 1 ||
                   (ignore.line >= hit.statementLine && ignore.line <= hit.statementEndLine);
        });
        if (ignored)
            continue;
        Finding& finding = hit.finding;
        finding.file = options.file;
        finding.line += lineOffset;
        result.findings.push_back(std::move(finding));
    }
    return result;
}

} // namespace migdesk::core
