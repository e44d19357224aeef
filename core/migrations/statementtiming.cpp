// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/statementtiming.h"

#include "common/units.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace migdesk::core {

QJsonObject StatementTiming::toJson() const
{
    QJsonObject o{{QStringLiteral("sql"), sql},         {QStringLiteral("line"), line},
                  {QStringLiteral("seconds"), seconds}, {QStringLiteral("failed"), failed},
                  {QStringLiteral("summed"), summed},   {QStringLiteral("count"), count}};
    if (!migration.isEmpty())
        o[QStringLiteral("migration")] = migration;
    return o;
}

StatementTiming StatementTiming::fromJson(const QJsonObject& json)
{
    StatementTiming t;
    t.migration = json.value(QStringLiteral("migration")).toString();
    t.sql = json.value(QStringLiteral("sql")).toString();
    t.line = json.value(QStringLiteral("line")).toInt();
    t.seconds = json.value(QStringLiteral("seconds")).toDouble();
    t.failed = json.value(QStringLiteral("failed")).toBool();
    t.summed = json.value(QStringLiteral("summed")).toBool();
    t.count = std::max(1, json.value(QStringLiteral("count")).toInt(1));
    return t;
}

void StatementTiming::append(std::vector<StatementTiming>& list, StatementTiming timing)
{
    // Per migration: one Django step that unapplies several keeps each one's own first
    // statements and its own summed row.
    const auto sameMigration = [&timing](const StatementTiming& t) {
        return t.migration == timing.migration;
    };
    const auto listed = std::count_if(list.begin(), list.end(), [&](const StatementTiming& t) {
        return sameMigration(t) && !t.summed;
    });
    if (!timing.summed && (timing.failed || listed < kListedPerMigration)) {
        list.push_back(std::move(timing));
        return;
    }
    const auto sum = std::find_if(list.begin(), list.end(), [&](const StatementTiming& t) {
        return sameMigration(t) && t.summed;
    });
    if (sum == list.end()) {
        timing.sql.clear();
        timing.line = 0;
        timing.summed = true;
        list.push_back(std::move(timing));
        return;
    }
    sum->count += timing.count;
    sum->seconds += timing.seconds;
}

QString StatementTiming::clipped(const QString& sql)
{
    const QString text = sql.trimmed();
    if (text.size() <= kMaxSqlChars)
        return text;
    return text.left(kMaxSqlChars - 1) + QChar(0x2026);
}

const StatementTiming* StatementTiming::slowest(const std::vector<StatementTiming>& list)
{
    const StatementTiming* found = nullptr;
    for (const StatementTiming& t : list) {
        if (!t.summed && (!found || t.seconds > found->seconds))
            found = &t;
    }
    return found;
}

QString StatementTiming::firstLine() const
{
    for (const QStringView each : QStringView(sql).split(QLatin1Char('\n'))) {
        const QStringView text = each.trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("--")))
            return text.toString();
    }
    return sql.trimmed();
}

QString StatementTiming::slowestSentence(const QString& label,
                                         const std::vector<StatementTiming>& list)
{
    const StatementTiming* slow = slowest(list);
    if (!slow || list.size() < 2)
        return {};
    double total = 0;
    for (const StatementTiming& t : list)
        total += t.seconds;
    const int share = total > 0 ? int(std::lround(100 * slow->seconds / total)) : 0;
    const QString where = slow->line > 0 ? tr("line %1").arg(slow->line) : slow->migration;
    return tr("Slowest statement of %1: %2 (%3%, %4): %5")
        .arg(label, formatDuration(slow->seconds), QLocale().toString(share),
             where.isEmpty() ? tr("%n statement(s) timed", nullptr, int(list.size())) : where,
             slow->firstLine());
}

} // namespace migdesk::core
