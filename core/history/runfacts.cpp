// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runfacts.h"

#include "common/jsonlists.h"
#include "runbook/backupmetadata.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace migdesk::core {

namespace {

QString textOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// A backup step's details ({"metadata_path", "metadata"}): the archive (for a directory dump,
// the folder with the summed size and the SHA-256 of its toc.dat), then any plain SQL file.
void addBackups(RunRecord& into, const QJsonObject& details)
{
    const QString metadataPath = textOf(details, "metadata_path");
    QString error;
    const auto metadata =
        BackupMetadata::fromJson(details.value(QLatin1String("metadata")).toObject(), &error);
    if (metadataPath.isEmpty() || !metadata)
        return;
    const QDir folder = QFileInfo(metadataPath).dir();
    RunBackupRecord archive{folder.filePath(metadata->mainName()), metadata->format, 0, {}};
    std::vector<RunBackupRecord> plain;
    for (const BackupFile& file : metadata->files) {
        if (file.role == QLatin1String("plain")) {
            plain.push_back({folder.filePath(file.name), file.role, file.bytes, file.sha256});
            continue;
        }
        archive.bytes += file.bytes;
        if (file.role == QLatin1String("custom") || file.name.endsWith(QLatin1String("/toc.dat")))
            archive.sha256 = file.sha256;
    }
    into.backups.push_back(std::move(archive));
    into.backups.insert(into.backups.end(), plain.begin(), plain.end());
}

QString sourceKey(const QJsonObject& details)
{
    return textOf(details, "source") == QLatin1String("django") ? QStringLiteral("django")
                                                                : QStringLiteral("sql");
}

RunMigrationRecord migrationFrom(const QJsonObject& o, int position)
{
    RunMigrationRecord m;
    m.position = position;
    m.outcome = textOf(o, "outcome");
    m.startedAt = QDateTime::fromString(textOf(o, "started_at"), Qt::ISODateWithMs).toUTC();
    m.seconds = o.value(QLatin1String("seconds")).toDouble();
    m.lockWaitSeconds = o.value(QLatin1String("lock_wait_seconds")).toDouble();
    m.maxBlocked = o.value(QLatin1String("max_blocked")).toInt();
    m.retries = o.value(QLatin1String("retries")).toInt();
    m.sql = textOf(o, "sql");
    m.error = textOf(o, "error");
    m.statements = vectorFromJson<StatementTiming>(o.value(QLatin1String("statements")),
                                                   &StatementTiming::fromJson);
    return m;
}

// The migrate step's details: {"source", "migrations": [{"app", "name"} (Django) or
// {"version", "description", "script"} (SQL folder), "sql", "seconds", "retries", "outcome",
// "error", "statements"}]}.
void addApplied(RunRecord& into, const QJsonObject& details)
{
    const QString source = sourceKey(details);
    const bool django = source == QLatin1String("django");
    for (const QJsonValue& value : details.value(QLatin1String("migrations")).toArray()) {
        const QJsonObject o = value.toObject();
        RunMigrationRecord m = migrationFrom(o, int(into.migrations.size()));
        m.direction = QStringLiteral("forward");
        m.source = source;
        m.app = django ? textOf(o, "app") : QString();
        m.name = django ? textOf(o, "name") : textOf(o, "version");
        into.migrations.push_back(std::move(m));
    }
}

// MigrationReverter's details: {"source", "steps": [{"app", "from", "to", "sql", "seconds",
// "retries", "outcome", "error", "statements"}]}. A step that takes an app from one migration back to an
// earlier one is recorded as reverting "from"; an SQL folder's "app" is only its folder name.
void addReverted(RunRecord& into, const QJsonObject& details)
{
    const QString source = sourceKey(details);
    const bool django = source == QLatin1String("django");
    for (const QJsonValue& value : details.value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = value.toObject();
        RunMigrationRecord m = migrationFrom(o, int(into.migrations.size()));
        m.direction = QStringLiteral("backward");
        m.source = source;
        m.app = django ? textOf(o, "app") : QString();
        m.name = textOf(o, "from");
        into.migrations.push_back(std::move(m));
    }
}

void takeWalLsn(RunRecord& into, const QJsonObject& details)
{
    if (into.walLsn.isEmpty())
        into.walLsn = textOf(details, "wal_lsn_before");
}

// A StepResult::toJson() nested in a step's details: its own details.
QJsonObject nestedDetails(const QJsonObject& details, const char* key)
{
    return details.value(QLatin1String(key)).toObject().value(QLatin1String("details")).toObject();
}

} // namespace

void RunFacts::addStep(RunRecord& into, const StepResult& step)
{
    into.steps.push_back({step.step, StepResult::outcomeKey(step.outcome), step.started.toUTC(),
                          step.seconds, step.sentence});
    const QJsonObject& details = step.details;
    if (step.step == QLatin1String("backup")) {
        addBackups(into, details);
    } else if (step.step == QLatin1String("migrate")) {
        takeWalLsn(into, details);
        addApplied(into, details);
    } else if (step.step == QLatin1String("rollback")) {
        // RollbackStep nests its parts; MigrationReverter alone reports its steps directly.
        addBackups(into, nestedDetails(details, "pre_rollback_backup"));
        const QJsonObject revert =
            details.contains(QLatin1String("steps")) ? details : nestedDetails(details, "revert");
        takeWalLsn(into, revert);
        addReverted(into, revert);
    }
}

} // namespace migdesk::core
