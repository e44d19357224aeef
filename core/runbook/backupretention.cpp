// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupretention.h"

#include "common/units.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace migdesk::core {

namespace {

// A metadata file vouches only for files of its own backup: every listed name must start with
// its stem and stay inside the folder, so an edited JSON cannot make retention delete anything
// else.
bool listsOnlyItsOwnFiles(const BackupMetadata& metadata)
{
    const QString stem = metadata.stem();
    return std::all_of(metadata.files.begin(), metadata.files.end(), [&](const BackupFile& file) {
        return file.name.startsWith(stem) && !file.name.startsWith(QLatin1Char('/')) &&
               !file.name.contains(QLatin1String(".."));
    });
}

} // namespace

std::vector<BackupMetadata> BackupRetention::expired(const QString& directory, int days,
                                                     QString* error)
{
    std::vector<BackupMetadata> old;
    if (days <= 0)
        return old;
    const QDir folder(directory);
    if (!folder.exists()) {
        *error = tr("The backup folder %1 does not exist: check the retention folder setting.")
                     .arg(directory);
        return old;
    }
    const QDateTime cutoff = QDateTime::currentDateTime().addDays(-days);
    const QFileInfoList candidates = folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& candidate : candidates) {
        QString ignored;
        const auto metadata = BackupMetadata::read(candidate.filePath(), &ignored);
        // Unreadable or foreign JSON is simply not a migdesk backup: it stays.
        if (!metadata || !metadata->createdBy.startsWith(QLatin1String("migdesk")) ||
            candidate.fileName() != metadata->stem() + QStringLiteral(".json") ||
            !listsOnlyItsOwnFiles(*metadata))
            continue;
        if (metadata->timestamp < cutoff)
            old.push_back(*metadata);
    }
    std::sort(old.begin(), old.end(), [](const BackupMetadata& a, const BackupMetadata& b) {
        return a.timestamp < b.timestamp;
    });
    return old;
}

StepResult BackupRetention::run(const QString& directory, int days, const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("retention");
    result.started = QDateTime::currentDateTime();
    const auto done = [&](StepResult::Outcome outcome, const QString& sentence) {
        result.outcome = outcome;
        result.sentence = sentence;
        result.seconds = double(clock.elapsed()) / 1000.0;
        ctx.log.write(sentence);
        return result;
    };
    if (days <= 0)
        return done(StepResult::Outcome::Skipped,
                    tr("Retention clean-up is off: no number of days to keep backups was set."));

    QString error;
    const std::vector<BackupMetadata> old = expired(directory, days, &error);
    if (!error.isEmpty())
        return done(StepResult::Outcome::Failed, error);
    const QDir folder(directory);

    // Everything that will go is in the log before the first file is deleted.
    ctx.log.write(
        tr("Retention: %n backup(s) in %1 are older than %2 days.", nullptr, int(old.size()))
            .arg(folder.absolutePath())
            .arg(days));
    for (const BackupMetadata& metadata : old) {
        ctx.log.write(tr("Will delete %1 (taken %2, %3):")
                          .arg(metadata.stem(),
                               QLocale().toString(metadata.timestamp, QLocale::ShortFormat),
                               formatBytes(metadata.totalBytes())));
        for (const BackupFile& file : metadata.files)
            ctx.log.write(QStringLiteral("  %1 (%2)")
                              .arg(folder.filePath(file.name), formatBytes(file.bytes)));
        ctx.log.write(
            QStringLiteral("  %1").arg(folder.filePath(metadata.stem() + QStringLiteral(".json"))));
    }

    QStringList deleted;
    qint64 freed = 0;
    QStringList failures;
    const auto remove = [&](const QString& path) {
        const QFileInfo info(path);
        if (!info.exists())
            return true;
        const qint64 bytes = info.size();
        QFile file(path);
        if (!file.remove()) {
            failures << path;
            ctx.log.write(tr("Cannot delete %1: %2.").arg(path, file.errorString()));
            return false;
        }
        freed += bytes;
        return true;
    };
    for (std::size_t i = 0; i < old.size(); ++i) {
        if (ctx.cancel.isCancelled()) {
            result.report = RetentionReport{deleted, freed};
            return done(StepResult::Outcome::Cancelled,
                        tr("Retention clean-up was cancelled after %n backup(s).", nullptr,
                           int(deleted.size())));
        }
        const BackupMetadata& metadata = old[i];
        ctx.report(StepProgress{qint64(i), qint64(old.size()), metadata.stem(),
                                double(clock.elapsed()) / 1000.0, -1});
        bool all = true;
        QStringList directories;
        for (const BackupFile& file : metadata.files) {
            all = remove(folder.filePath(file.name)) && all;
            if (file.name.contains(QLatin1Char('/')))
                directories << file.name.section(QLatin1Char('/'), 0, 0);
        }
        directories.removeDuplicates();
        // rmdir, not a recursive delete: a file someone put into the dump directory stays.
        for (const QString& name : std::as_const(directories)) {
            if (QFileInfo(folder.filePath(name)).isDir() && !folder.rmdir(name)) {
                all = false;
                failures << folder.filePath(name);
                ctx.log.write(tr("Kept the directory %1: it still holds files the backup did "
                                 "not write, or cannot be removed.")
                                  .arg(folder.filePath(name)));
            }
        }
        // The metadata goes last and only when its files went, so a half-deleted backup is
        // still known as migdesk's and cleaned up on the next run.
        if (all && remove(folder.filePath(metadata.stem() + QStringLiteral(".json")))) {
            deleted.append(metadata.stem());
            ctx.log.write(tr("Deleted %1.").arg(metadata.stem()));
        }
    }
    result.report = RetentionReport{deleted, freed};
    if (!failures.isEmpty())
        return done(StepResult::Outcome::Failed,
                    tr("Retention clean-up could not delete %1: check the folder's permissions; "
                       "the other old backups were deleted.")
                        .arg(failures.join(QStringLiteral(", "))));
    return done(StepResult::Outcome::Succeeded,
                tr("Retention clean-up deleted %n backup(s) older than %1 days and freed %2.",
                   nullptr, int(deleted.size()))
                    .arg(days)
                    .arg(formatBytes(freed)));
}

} // namespace migdesk::core
