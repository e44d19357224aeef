// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/smokequery.h"

#include "risk/sqllintsource.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

#include <set>

namespace migdesk::core {

namespace {

// One query as it is being read: where it starts, and its SQL lines with the directive lines
// blanked, so that a line number from the parser plus the name's line is the file's line.
struct Block
{
    QString name;
    int nameLine = 0;
    QString expected;
    int expectLine = 0;
    QStringList lines;
};

QString lineError(const QString& fileName, int line, const QString& what)
{
    return SmokeQueryFile::tr("%1 line %2: %3").arg(fileName).arg(line).arg(what);
}

} // namespace

std::optional<std::vector<SmokeQuery>> SmokeQueryFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the smoke-query file %1: %2. Check the path.")
                     .arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), error);
}

std::optional<std::vector<SmokeQuery>>
SmokeQueryFile::parse(const QString& text, const QString& fileName, QString* error)
{
    static const QRegularExpression directive(QStringLiteral(R"(^\s*--\s*(name|expect)\s*:(.*)$)"),
                                              QRegularExpression::CaseInsensitiveOption);

    std::vector<SmokeQuery> queries;
    std::set<QString> names;
    std::optional<Block> block;

    // Checks the finished block and appends it; false with *error when it is refused.
    const auto finish = [&]() -> bool {
        if (!block)
            return true;
        const Block& b = *block;
        if (b.expectLine == 0) {
            *error = lineError(fileName, b.nameLine,
                               tr("the query \"%1\" has no \"-- expect:\" line; add one with the "
                                  "value its first column must read, such as \"-- expect: t\".")
                                   .arg(b.name));
            return false;
        }
        const QString sql = b.lines.join(QLatin1Char('\n'));
        SqlLintSource parsed(sql);
        const std::vector<SqlLintSource::Statement> statements = parsed.parseAll();
        if (parsed.error()) {
            *error = lineError(
                fileName, b.nameLine + parsed.error()->line,
                tr("the query \"%1\" does not parse: %2.").arg(b.name, parsed.error()->message));
            return false;
        }
        if (statements.empty()) {
            *error = lineError(fileName, b.nameLine,
                               tr("the query \"%1\" has no SQL below its name.").arg(b.name));
            return false;
        }
        if (statements.size() > 1) {
            *error = lineError(fileName, b.nameLine + statements[1].line,
                               tr("the query \"%1\" has a second statement; a smoke query is one "
                                  "statement, so start another with \"-- name:\".")
                                   .arg(b.name));
            return false;
        }
        queries.push_back({.name = b.name, .sql = statements.front().text, .expected = b.expected});
        return true;
    };

    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const auto match = directive.match(line);
        const QString key = match.hasMatch() ? match.captured(1).toLower() : QString();
        const QString value = match.captured(2).trimmed();
        if (key == QLatin1String("name")) {
            if (!finish())
                return std::nullopt;
            if (value.isEmpty()) {
                *error =
                    lineError(fileName, lineNumber,
                              tr("\"-- name:\" needs a name that says what the query checks."));
                return std::nullopt;
            }
            if (!names.insert(value).second) {
                *error = lineError(
                    fileName, lineNumber,
                    tr("a second query is named \"%1\"; give each a name of its own.").arg(value));
                return std::nullopt;
            }
            block = Block{.name = value,
                          .nameLine = lineNumber,
                          .expected = {},
                          .expectLine = 0,
                          .lines = {}};
        } else if (key == QLatin1String("expect")) {
            if (!block) {
                *error = lineError(fileName, lineNumber,
                                   tr("\"-- expect:\" comes before any \"-- name:\" line."));
                return std::nullopt;
            }
            if (block->expectLine != 0) {
                *error = lineError(fileName, lineNumber,
                                   tr("the query \"%1\" already expects \"%2\" (line %3); keep one "
                                      "\"-- expect:\" line.")
                                       .arg(block->name, block->expected)
                                       .arg(block->expectLine));
                return std::nullopt;
            }
            if (value.isEmpty()) {
                *error = lineError(fileName, lineNumber,
                                   tr("\"-- expect:\" needs the value the first column must read, "
                                      "such as \"t\" or \"42\"."));
                return std::nullopt;
            }
            block->expected = value;
            block->expectLine = lineNumber;
            block->lines << QString();
        } else if (block) {
            block->lines << line;
        } else if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1String("--"))) {
            *error = lineError(fileName, lineNumber,
                               tr("SQL before the first \"-- name:\" line; every query starts "
                                  "with its name."));
            return std::nullopt;
        }
    }
    if (!finish())
        return std::nullopt;
    if (queries.empty()) {
        *error = tr("%1 has no smoke queries: each starts with a \"-- name:\" line, then "
                    "\"-- expect:\" and its SQL.")
                     .arg(fileName);
        return std::nullopt;
    }
    return queries;
}

} // namespace migdesk::core
