// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runfacts.h"

#include "runbook/backupmetadata.h"

#include <QDir>
#include <QFileInfo>

namespace migdesk::core {

namespace {

// A backup: the archive (for a directory dump, the folder with the summed size and the SHA-256
// of its toc.dat), then any plain SQL file.
void addBackups(RunRecord& into, const BackupReport& backup)
{
    const BackupMetadata& metadata = backup.metadata;
    const QDir folder = QFileInfo(backup.metadataPath).dir();
    RunBackupRecord archive{folder.filePath(metadata.mainName()), metadata.format, 0, {}};
    std::vector<RunBackupRecord> plain;
    for (const BackupFile& file : metadata.files) {
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

// Every item of a migrate step or a revert, in the order they ran: a backward step that takes
// an app from one migration back to an earlier one is recorded as reverting the first; an SQL
// folder's "app" is only its folder name, so it is not kept.
void addMigrations(RunRecord& into, const MigrationRunReport& report)
{
    if (into.walLsn.isEmpty())
        into.walLsn = report.walLsnBefore;
    const bool forward = report.direction == MigrationRunReport::Direction::Forward;
    for (const MigrationRunReport::Item& item : report.items) {
        RunMigrationRecord m;
        m.position = int(into.migrations.size());
        m.direction = forward ? QStringLiteral("forward") : QStringLiteral("backward");
        m.source = report.django ? QStringLiteral("django") : QStringLiteral("sql");
        m.app = report.django ? item.app : QString();
        m.name = item.name;
        m.outcome = report.outcomeKey(item.outcome);
        m.startedAt = item.startedAt;
        m.seconds = item.seconds;
        m.lockWaitSeconds = item.lockWaitSeconds;
        m.maxBlocked = item.maxBlocked;
        m.retries = item.retries;
        m.sql = item.sql;
        m.error = item.error;
        m.statements = item.statements;
        into.migrations.push_back(std::move(m));
    }
}

} // namespace

void RunFacts::addStep(RunRecord& into, const StepResult& step)
{
    into.steps.push_back({step.step, StepResult::outcomeKey(step.outcome), step.started.toUTC(),
                          step.seconds, step.sentence});
    if (const BackupReport* backup = step.backup())
        addBackups(into, *backup);
    if (const MigrationRunReport* migrations = step.migrations())
        addMigrations(into, *migrations);
    if (const RollbackReport* rollback = step.rollback()) {
        if (rollback->preRollbackBackup && rollback->preRollbackBackup->backup())
            addBackups(into, *rollback->preRollbackBackup->backup());
        if (rollback->undo) {
            if (const MigrationRunReport* reverted = rollback->undo->migrations())
                addMigrations(into, *reverted);
        }
    }
}

} // namespace migdesk::core
