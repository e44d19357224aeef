// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/timeline.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace migdesk::core {

namespace {

QString whoOf(const RunRecord& run)
{
    if (run.hostName.isEmpty())
        return run.osUser;
    return run.osUser + QLatin1Char('@') + run.hostName;
}

// The run's own sentence (a step result's, kept in details), else the first failed step's,
// else the last step's.
QString summaryOf(const RunRecord& run)
{
    const QJsonObject details = QJsonDocument::fromJson(run.details.toUtf8()).object();
    const QString sentence = details.value(QStringLiteral("sentence")).toString();
    if (!sentence.isEmpty())
        return sentence;
    for (const RunStepRecord& step : run.steps)
        if (step.outcome == QLatin1String("failed"))
            return step.sentence;
    return run.steps.empty() ? QString() : run.steps.back().sentence;
}

// The run whose forward migration `app`.`name` ran while the run did and ended as `outcome`.
const RunRecord* applyingRun(const std::vector<const RunRecord*>& runs, const QString& source,
                             const QString& app, const QString& name, const QString& outcome,
                             const QDateTime& at)
{
    const RunRecord* found = nullptr;
    for (const RunRecord* run : runs) {
        const bool applied = std::any_of(
            run->migrations.begin(), run->migrations.end(), [&](const RunMigrationRecord& m) {
                return m.direction == QLatin1String("forward") &&
                       (m.source.isEmpty() || m.source == source) && m.app == app &&
                       m.name == name && m.outcome == outcome;
            });
        if (!applied || !run->startedAt.isValid())
            continue;
        const QDateTime from = run->startedAt.addSecs(-Timeline::kClockSkewSeconds);
        // A run still going, or interrupted before it could end, is open-ended.
        const bool inside = at >= from && (!run->endedAt.isValid() ||
                                           at <= run->endedAt.addSecs(Timeline::kClockSkewSeconds));
        if (inside && (!found || run->startedAt > found->startedAt))
            found = run;
    }
    return found;
}

void linkTo(TimelineEntry& entry, const RunRecord* run)
{
    if (!run) {
        entry.outsideMigdesk = true;
        return;
    }
    entry.runId = run->id;
    entry.runUuid = run->uuid;
    entry.profile = run->profile;
    entry.environment = run->environment;
    entry.server = run->server;
    entry.database = run->database;
    if (entry.who.isEmpty())
        entry.who = whoOf(*run);
}

} // namespace

TimelineEntry Timeline::fromRun(const RunRecord& run, TimelineEntry::Source source)
{
    TimelineEntry entry;
    entry.source = source;
    entry.at = run.startedAt;
    entry.kind = run.kind;
    entry.profile = run.profile;
    entry.environment = run.environment;
    entry.server = run.server;
    entry.database = run.database;
    entry.outcome = run.outcome;
    entry.who = whoOf(run);
    entry.summary = summaryOf(run);
    entry.seconds = run.seconds();
    entry.runId = run.id;
    entry.runUuid = run.uuid;
    return entry;
}

std::vector<TimelineEntry>
Timeline::merge(const std::vector<RunRecord>& local, const std::vector<RunRecord>& mirrored,
                const std::vector<AppliedMigrationsReader::Applied>& django,
                const std::vector<SqlFolderAppliedRow>& sqlFolder)
{
    std::vector<TimelineEntry> entries;
    std::vector<const RunRecord*> runs;
    QSet<QString> localUuids;
    for (const RunRecord& run : local) {
        entries.push_back(fromRun(run, TimelineEntry::Source::Migdesk));
        runs.push_back(&run);
        if (!run.uuid.isEmpty())
            localUuids.insert(run.uuid);
    }
    for (const RunRecord& run : mirrored) {
        if (localUuids.contains(run.uuid))
            continue;
        entries.push_back(fromRun(run, TimelineEntry::Source::Mirror));
        runs.push_back(&run);
    }
    for (const AppliedMigrationsReader::Applied& applied : django) {
        TimelineEntry entry;
        entry.source = TimelineEntry::Source::Django;
        entry.at = QDateTime::fromMSecsSinceEpoch(qint64(applied.appliedAtEpoch * 1000.0), Qt::UTC);
        entry.kind = QStringLiteral("migration");
        entry.app = applied.key.first;
        entry.name = applied.key.second;
        entry.outcome = QStringLiteral("applied");
        linkTo(entry, applyingRun(runs, QStringLiteral("django"), entry.app, entry.name,
                                  entry.outcome, entry.at));
        entries.push_back(std::move(entry));
    }
    for (const SqlFolderAppliedRow& row : sqlFolder) {
        TimelineEntry entry;
        entry.source = TimelineEntry::Source::SqlFolder;
        entry.at = row.installedOn.toUTC();
        entry.kind = QStringLiteral("migration");
        entry.name = row.version;
        entry.outcome = row.success ? QStringLiteral("applied") : QStringLiteral("failed");
        entry.who = row.installedBy;
        entry.summary = row.description;
        entry.seconds = row.executionTimeMs / 1000.0;
        linkTo(entry, applyingRun(runs, QStringLiteral("sql"), QString(), entry.name, entry.outcome,
                                  entry.at));
        entries.push_back(std::move(entry));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; });
    return entries;
}

} // namespace migdesk::core
