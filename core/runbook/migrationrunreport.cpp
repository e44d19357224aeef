// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationrunreport.h"

#include "common/jsonlists.h"

#include <QFileInfo>
#include <QJsonArray>

namespace migdesk::core {

namespace {

using Direction = MigrationRunReport::Direction;
using Item = MigrationRunReport::Item;

QString keyOf(Item::Outcome outcome, Direction direction)
{
    switch (outcome) {
    case Item::Outcome::Planned:
        return QStringLiteral("planned");
    case Item::Outcome::Done:
        return direction == Direction::Forward ? QStringLiteral("applied")
                                               : QStringLiteral("reverted");
    case Item::Outcome::Failed:
        return QStringLiteral("failed");
    case Item::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Item::Outcome::NotAttempted:
        return QStringLiteral("not-attempted");
    }
    return {};
}

Item::Outcome outcomeFromKey(const QString& key, Direction direction)
{
    using O = Item::Outcome;
    for (const O o : {O::Planned, O::Done, O::Failed, O::Cancelled, O::NotAttempted}) {
        if (keyOf(o, direction) == key)
            return o;
    }
    return O::Planned;
}

// The enum value whose key is `key`, among values [0, count).
template <typename E, typename F> E fromKey(const QString& key, int count, F keyOf, E fallback)
{
    for (int i = 0; i < count; ++i) {
        if (keyOf(E(i)) == key)
            return E(i);
    }
    return fallback;
}

QJsonObject riskJson(const RunbookScore::MigrationScore& score)
{
    return {{QStringLiteral("score"), score.score},
            {QStringLiteral("level"), RunbookScore::levelKey(score.level)},
            {QStringLiteral("safety"), RunbookScore::safetyKey(score.safety)},
            {QStringLiteral("type"), RunbookScore::typeKey(score.type)}};
}

RunbookScore::MigrationScore riskFromJson(const QJsonObject& o)
{
    RunbookScore::MigrationScore score;
    score.score = o.value(QLatin1String("score")).toInt();
    score.level = fromKey(o.value(QLatin1String("level")).toString(), 3, &RunbookScore::levelKey,
                          RunbookScore::Level::Low);
    score.safety = fromKey(o.value(QLatin1String("safety")).toString(), 3, &RunbookScore::safetyKey,
                           RunbookScore::Safety::Green);
    score.type = fromKey(o.value(QLatin1String("type")).toString(), 4, &RunbookScore::typeKey,
                         RunbookScore::MigrationType::SchemaOnly);
    return score;
}

QJsonObject itemJson(const Item& m, const MigrationRunReport& report)
{
    const bool forward = report.direction == Direction::Forward;
    QJsonObject o;
    if (!forward) {
        o[QStringLiteral("app")] = m.app;
        o[QStringLiteral("from")] = m.name;
        o[QStringLiteral("to")] = m.to;
    } else if (report.django) {
        o[QStringLiteral("app")] = m.app;
        o[QStringLiteral("name")] = m.name;
    } else {
        o[QStringLiteral("version")] = m.name;
        o[QStringLiteral("description")] = m.description;
        o[QStringLiteral("script")] = m.script;
    }
    o[QStringLiteral("sql")] = m.sql;
    if (m.risk)
        o[QStringLiteral("risk")] = riskJson(*m.risk);
    o[QStringLiteral("atomic")] = m.atomic;
    if (forward) {
        o[QStringLiteral("rollback")] = m.rollbackKey;
        o[QStringLiteral("rollback_way")] = m.rollbackWay;
    }
    if (m.startedAt.isValid())
        o[QStringLiteral("started_at")] = m.startedAt.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("seconds")] = m.seconds;
    o[QStringLiteral("retries")] = m.retries;
    o[QStringLiteral("lock_wait_seconds")] = m.lockWaitSeconds;
    o[QStringLiteral("max_blocked")] = m.maxBlocked;
    o[QStringLiteral("outcome")] = report.outcomeKey(m.outcome);
    o[QStringLiteral("statements")] =
        jsonArrayOf(m.statements, [](const StatementTiming& t) { return t.toJson(); });
    if (!m.error.isEmpty())
        o[QStringLiteral("error")] = m.error;
    return o;
}

Item itemFromJson(const QJsonObject& o, Direction direction, bool django)
{
    const auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    Item m;
    if (direction == Direction::Backward) {
        m.app = text("app");
        m.name = text("from");
        m.to = text("to");
    } else if (django) {
        m.app = text("app");
        m.name = text("name");
    } else {
        m.name = text("version");
        m.description = text("description");
        m.script = text("script");
    }
    m.sql = text("sql");
    if (o.contains(QLatin1String("risk")))
        m.risk = riskFromJson(o.value(QLatin1String("risk")).toObject());
    m.atomic = o.value(QLatin1String("atomic")).toBool(true);
    m.rollbackKey = text("rollback");
    m.rollbackWay = text("rollback_way");
    m.outcome = outcomeFromKey(text("outcome"), direction);
    m.startedAt = QDateTime::fromString(text("started_at"), Qt::ISODateWithMs).toUTC();
    m.seconds = o.value(QLatin1String("seconds")).toDouble();
    m.retries = o.value(QLatin1String("retries")).toInt();
    m.lockWaitSeconds = o.value(QLatin1String("lock_wait_seconds")).toDouble();
    m.maxBlocked = o.value(QLatin1String("max_blocked")).toInt();
    m.error = text("error");
    m.statements = vectorFromJson<StatementTiming>(o.value(QLatin1String("statements")),
                                                   &StatementTiming::fromJson);
    return m;
}

QLatin1String itemsKey(Direction direction)
{
    return direction == Direction::Forward ? QLatin1String("migrations") : QLatin1String("steps");
}

QLatin1String doneKey(Direction direction)
{
    return direction == Direction::Forward ? QLatin1String("applied") : QLatin1String("reverted");
}

} // namespace

QString MigrationRunReport::label(const Item& item) const
{
    if (direction == Direction::Backward)
        return tr("%1 from %2 back to %3").arg(item.app, item.name, item.to);
    if (django)
        return item.app + QLatin1Char('.') + item.name;
    return QFileInfo(item.script).completeBaseName();
}

QString MigrationRunReport::outcomeKey(Item::Outcome outcome) const
{
    return keyOf(outcome, direction);
}

int MigrationRunReport::done() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const Item& m) { return m.outcome == Item::Outcome::Done; }));
}

QString MigrationRunReport::labels(Item::Outcome outcome) const
{
    QStringList names;
    for (const Item& m : items) {
        if (m.outcome == outcome)
            names << label(m);
    }
    return names.join(QStringLiteral(", "));
}

QJsonObject MigrationRunReport::toJson() const
{
    QJsonObject o{
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("source"),
         django ? QStringLiteral("django") : QStringLiteral("sql-folder")},
        {QStringLiteral("target"), target},
        {QStringLiteral("application_name"), applicationName},
        {QStringLiteral("wal_lsn_before"), walLsnBefore},
        {itemsKey(direction),
         jsonArrayOf(items, [this](const Item& m) { return itemJson(m, *this); })},
        {doneKey(direction), done()},
    };
    if (direction == Direction::Backward)
        o[QStringLiteral("mode")] = mode;
    else
        o[QStringLiteral("problems")] = QJsonArray::fromStringList(problems);
    return o;
}

MigrationRunReport MigrationRunReport::fromJson(const QJsonObject& json, Direction direction)
{
    MigrationRunReport report;
    report.direction = direction;
    report.django = json.value(QLatin1String("source")).toString() == QLatin1String("django");
    report.dryRun = json.value(QLatin1String("dry_run")).toBool();
    report.mode = json.value(QLatin1String("mode")).toString();
    report.target = json.value(QLatin1String("target")).toString();
    report.applicationName = json.value(QLatin1String("application_name")).toString();
    report.walLsnBefore = json.value(QLatin1String("wal_lsn_before")).toString();
    for (const QJsonValue& value : json.value(itemsKey(direction)).toArray())
        report.items.push_back(itemFromJson(value.toObject(), direction, report.django));
    for (const QJsonValue& value : json.value(QLatin1String("problems")).toArray())
        report.problems << value.toString();
    return report;
}

} // namespace migdesk::core
