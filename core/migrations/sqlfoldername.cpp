// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlfoldername.h"

#include <QRegularExpression>
#include <QStringList>

namespace migdesk::core {

namespace {

// Prefix, version, the first "__", a non-empty description, ".sql". The version part is greedy
// but only over digit groups, so "V1__2__x.sql" is version 1 with description "2__x".
const QRegularExpression& namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\A([VU])(\d+(?:[._]\d+)*)__(.+)\.sql\z)"));
    return pattern;
}

QStringList versionParts(const QString& version)
{
    QStringList parts = version.split(QLatin1Char('.'));
    for (QString& part : parts) {
        qsizetype zeros = 0;
        while (zeros < part.size() - 1 && part.at(zeros) == QLatin1Char('0'))
            ++zeros;
        part.remove(0, zeros);
        if (part.isEmpty())
            part = QStringLiteral("0");
    }
    return parts;
}

int compareDigits(const QString& a, const QString& b)
{
    // Both are free of leading zeros, so the longer one is the larger number.
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

} // namespace

std::optional<SqlFolderName> SqlFolderName::parse(const QString& fileName)
{
    const QRegularExpressionMatch match = namePattern().match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    SqlFolderName name;
    name.kind = match.captured(1) == QLatin1String("V") ? Kind::Versioned : Kind::Undo;
    name.version = match.captured(2).replace(QLatin1Char('_'), QLatin1Char('.'));
    name.description = match.captured(3).replace(QLatin1Char('_'), QLatin1Char(' ')).trimmed();
    if (name.description.isEmpty())
        return std::nullopt;
    name.baseName = fileName.chopped(4);
    return name;
}

int SqlFolderName::compareVersions(const QString& a, const QString& b)
{
    const QStringList left = versionParts(a);
    const QStringList right = versionParts(b);
    const QString zero = QStringLiteral("0");
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const int order = compareDigits(i < left.size() ? left.at(i) : zero,
                                        i < right.size() ? right.at(i) : zero);
        if (order != 0)
            return order < 0 ? -1 : 1;
    }
    return 0;
}

QString SqlFolderName::canonicalVersion(const QString& version)
{
    QStringList parts = versionParts(version);
    while (parts.size() > 1 && parts.constLast() == QLatin1String("0"))
        parts.removeLast();
    return parts.join(QLatin1Char('.'));
}

} // namespace migdesk::core
