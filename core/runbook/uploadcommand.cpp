// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/uploadcommand.h"

#include "common/secretredactor.h"
#include "common/units.h"
#include "runbook/backupmetadata.h"
#include "runbook/streamedprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

namespace migdesk::core {

namespace {

// The checksum that stands for the main file: the custom file's, or for a directory-format dump
// its toc.dat's (the file pg_restore reads first and that names every other).
QString mainChecksum(const BackupMetadata& metadata)
{
    const QString tocName = metadata.mainName() + QStringLiteral("/toc.dat");
    for (const BackupFile& file : metadata.files) {
        if (file.role == QLatin1String("custom") || file.name == tocName)
            return file.sha256;
    }
    return {};
}

QString resolveProgram(const QString& program)
{
    if (program.contains(QLatin1Char('/'))) {
        const QFileInfo info(program);
        return info.isFile() && info.isExecutable() ? info.absoluteFilePath() : QString();
    }
    return QStandardPaths::findExecutable(program);
}

} // namespace

QStringList UploadCommand::substitute(const QStringList& commandTemplate, const QString& file,
                                      const QString& metadata, const QString& sha256)
{
    const QFileInfo main(file);
    QStringList command;
    command.reserve(commandTemplate.size());
    for (QString argument : commandTemplate) {
        argument.replace(QLatin1String("{file}"), main.absoluteFilePath())
            .replace(QLatin1String("{metadata}"), QFileInfo(metadata).absoluteFilePath())
            .replace(QLatin1String("{sha256}"), sha256)
            .replace(QLatin1String("{name}"), main.fileName())
            .replace(QLatin1String("{dir}"), main.absolutePath());
        command << argument;
    }
    return command;
}

StepResult UploadCommand::run(const QStringList& commandTemplate, const QString& metadataPath,
                              const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("upload");
    result.started = QDateTime::currentDateTime();
    const auto done = [&](StepResult::Outcome outcome, const QString& sentence) {
        result.outcome = outcome;
        result.sentence = sentence;
        result.seconds = double(clock.elapsed()) / 1000.0;
        ctx.log.write(sentence);
        return result;
    };

    if (commandTemplate.isEmpty() || commandTemplate.constFirst().trimmed().isEmpty())
        return done(StepResult::Outcome::Failed,
                    tr("No upload command is set: give the program and its arguments, or turn "
                       "the upload off."));
    QString error;
    auto metadata = BackupMetadata::read(metadataPath, &error);
    if (!metadata) {
        while (error.endsWith(QLatin1Char('.')))
            error.chop(1);
        return done(
            StepResult::Outcome::Failed,
            tr("%1, so the backup was not uploaded: take a new backup with migdesk.").arg(error));
    }
    const QString file = QFileInfo(metadataPath).absoluteDir().filePath(metadata->mainName());
    const QStringList command =
        substitute(commandTemplate, file, metadataPath, mainChecksum(*metadata));
    // What is shown and kept is the template the user wrote, secrets masked: a token or a
    // signed URL in an argument must not reach the log, the history or the mirror.
    const QStringList shown = SecretRedactor::redactArguments(commandTemplate);
    UploadReport report{shown, std::nullopt};
    result.report = report;

    const QString program = resolveProgram(command.constFirst());
    if (program.isEmpty())
        return done(StepResult::Outcome::Failed,
                    tr("The upload program %1 was not found: install it, or give its full path as "
                       "the first element of the upload command.")
                        .arg(command.constFirst()));

    ctx.log.write(
        tr("Uploading %1: %2").arg(QFileInfo(file).fileName(), shown.join(QLatin1Char(' '))));
    ctx.report(StepProgress{-1, -1, tr("Uploading %1").arg(QFileInfo(file).fileName()), 0, -1});
    const auto outcome =
        StreamedProcess::run(program, command.mid(1), QProcessEnvironment::systemEnvironment(),
                             ctx.cancel, [&ctx](StreamedProcess::Channel, const QString& line) {
                                 if (!line.trimmed().isEmpty())
                                     ctx.log.write(line);
                             });
    report.exitCode = outcome.exitCode;
    result.report = report;

    if (outcome.cancelled)
        return done(StepResult::Outcome::Cancelled,
                    tr("The upload was cancelled; the backup is still here, but the destination "
                       "may hold a partial copy."));
    if (!outcome.started)
        return done(StepResult::Outcome::Failed,
                    tr("The upload program %1 did not start (%2): check that it can be run.")
                        .arg(program, outcome.startError));
    if (outcome.crashed)
        return done(StepResult::Outcome::Failed,
                    tr("The upload program %1 was killed before it finished (%2): upload the "
                       "backup again; the backup itself is unaffected.")
                        .arg(program, outcome.lastErrorLine.isEmpty() ? tr("no error printed")
                                                                      : outcome.lastErrorLine));
    if (outcome.exitCode != 0)
        return done(StepResult::Outcome::Failed,
                    tr("The upload command %1 failed with exit code %2 (%3): check the command "
                       "and its destination; the backup itself is unaffected.")
                        .arg(command.constFirst())
                        .arg(outcome.exitCode)
                        .arg(outcome.lastErrorLine.isEmpty() ? tr("no error printed")
                                                             : outcome.lastErrorLine));

    metadata->uploadedTo = SecretRedactor::redactArguments(command).join(QLatin1Char(' '));
    if (!metadata->write(metadataPath, &error))
        ctx.log.write(
            tr("The upload worked, but recording it in the metadata failed: %1").arg(error));
    return done(StepResult::Outcome::Succeeded,
                tr("Uploaded %1 with %2 in %3.")
                    .arg(QFileInfo(file).fileName(), command.constFirst(),
                         formatDuration(double(clock.elapsed()) / 1000.0)));
}

} // namespace migdesk::core
