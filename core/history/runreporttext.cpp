// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runreporttext.h"

#include "common/units.h"
#include "history/runreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace migdesk::core::reporttext {

// From "table_sizes" in the run's details.
namespace {
constexpr int kSizeRows = 20;
} // namespace

std::vector<QStringList> tableSizeRows(const RunRecord& run, int* more)
{
    struct Sizes
    {
        QString table;
        qint64 before = -1;
        qint64 after = -1;
    };
    std::vector<Sizes> sizes;
    const QJsonArray rows = QJsonDocument::fromJson(run.details.toUtf8())
                                .object()
                                .value(QStringLiteral("table_sizes"))
                                .toArray();
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        sizes.push_back({o.value(QStringLiteral("table")).toString(),
                         qint64(o.value(QStringLiteral("before_bytes")).toDouble(-1)),
                         qint64(o.value(QStringLiteral("after_bytes")).toDouble(-1))});
    }
    std::sort(sizes.begin(), sizes.end(), [](const Sizes& a, const Sizes& b) {
        return std::max(a.before, a.after) > std::max(b.before, b.after);
    });
    *more = std::max(0, int(sizes.size()) - kSizeRows);
    if (sizes.size() > std::size_t(kSizeRows))
        sizes.resize(std::size_t(kSizeRows));
    const auto bytes = [](qint64 b) { return b < 0 ? RunReport::tr("none") : formatBytes(b); };
    std::vector<QStringList> text;
    for (const Sizes& t : sizes) {
        const qint64 change = std::max<qint64>(t.after, 0) - std::max<qint64>(t.before, 0);
        text.push_back(
            {t.table, bytes(t.before), bytes(t.after),
             (change > 0 ? QStringLiteral("+") : QString()) +
                 (change < 0 ? QStringLiteral("-") + formatBytes(-change) : formatBytes(change))});
    }
    return text;
}

QStringList tableSizeHeaders()
{
    return {RunReport::tr("Table"), RunReport::tr("Before"), RunReport::tr("After"),
            RunReport::tr("Change")};
}

QString utcText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                QStringLiteral(" UTC")
                          : QString();
}

QString migrationLabel(const RunMigrationRecord& m)
{
    return m.app.isEmpty() ? m.name : m.app + QLatin1Char('.') + m.name;
}

QString whoOf(const RunRecord& run)
{
    return run.hostName.isEmpty() ? run.osUser : run.osUser + QLatin1Char('@') + run.hostName;
}

QString titleOf(const RunRecord& run)
{
    return RunReport::tr("%1 run on %2")
        .arg(run.kind, run.database.isEmpty() ? run.server : run.database);
}

std::vector<RunRecord> oldestFirst(std::vector<RunRecord> runs)
{
    std::stable_sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) {
        return a.startedAt < b.startedAt;
    });
    return runs;
}

std::vector<std::pair<QString, QString>> factsOf(const RunRecord& run)
{
    std::vector<std::pair<QString, QString>> facts{
        {RunReport::tr("Kind"), run.kind},
        {RunReport::tr("Outcome"), run.outcome},
        {RunReport::tr("Profile"), run.profile},
        {RunReport::tr("Environment"), run.environment},
        {RunReport::tr("Server"), run.server},
        {RunReport::tr("Database"), run.database},
        {RunReport::tr("Run by"), whoOf(run)},
        {RunReport::tr("Production confirmed by"), run.confirmedBy},
        {RunReport::tr("Started"), utcText(run.startedAt)},
        {RunReport::tr("Ended"), utcText(run.endedAt)},
        {RunReport::tr("Duration"),
         run.endedAt.isValid() ? formatDuration(run.seconds()) : QString()},
        {RunReport::tr("WAL position before migrating"), run.walLsn},
        {RunReport::tr("Mirror"),
         run.fromMirror ? RunReport::tr("read from the target database's mirror") : run.mirror},
        {RunReport::tr("Run id"), run.id ? QString::number(run.id) : QString()},
        {RunReport::tr("Run uuid"), run.uuid},
    };
    facts.erase(std::remove_if(facts.begin(), facts.end(),
                               [](const auto& fact) { return fact.second.isEmpty(); }),
                facts.end());
    return facts;
}

const std::vector<SchemaChange>& changesOf(const RunRecord& run,
                                           const std::vector<SchemaChange>& given)
{
    return given.empty() ? run.schemaChanges : given;
}

QString rangeTitle(const std::vector<RunRecord>& runs)
{
    return RunReport::tr("migdesk runs from %1 to %2")
        .arg(runs.front().startedAt.toUTC().date().toString(Qt::ISODate),
             runs.back().startedAt.toUTC().date().toString(Qt::ISODate));
}

} // namespace migdesk::core::reporttext
