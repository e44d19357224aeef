// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupstep.h"

#include "common/units.h"
#include "runbook/backupproof.h"
#include "runbook/backupretention.h"
#include "runbook/pgtools.h"
#include "runbook/uploadcommand.h"

#include <QElapsedTimer>

namespace migdesk::core {

StepResult BackupStep::run(const RunbookTarget& target, const BackupPlan& plan,
                           const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    BackupOptions options = plan.options;
    options.countRows = options.countRows || plan.prove;
    StepResult result = BackupJob::run(target, options, ctx);
    result.step = QStringLiteral("backup");
    if (!result.ok() || !result.backup())
        return result;
    BackupReport report = *result.backup();
    const QString metadataPath = report.metadataPath;
    // Each part is kept in the report; one that failed makes the step fail with `sentence`.
    auto finishWith = [&](std::shared_ptr<const StepResult>& into, StepResult part,
                          const QString& sentence) {
        into = std::make_shared<const StepResult>(std::move(part));
        result.report = report;
        if (!into->ok()) {
            result.outcome = into->outcome;
            result.sentence = sentence;
        }
    };
    if (plan.prove && !ctx.cancel.isCancelled()) {
        ctx.log.write(tr("Proving the backup: restoring it into a throwaway local cluster."));
        const StepResult proof = BackupProof::run(metadataPath, PgTools(target.pgBinDir), ctx);
        finishWith(report.proof, proof,
                   tr("The backup was written but not proven: %1").arg(proof.sentence));
        if (!result.ok()) {
            result.seconds = double(clock.elapsed()) / 1000.0;
            return result;
        }
        result.sentence += QLatin1Char(' ') + proof.sentence;
    }
    if (!plan.uploadCommand.isEmpty() && !ctx.cancel.isCancelled()) {
        const StepResult upload = UploadCommand::run(plan.uploadCommand, metadataPath, ctx);
        finishWith(report.upload, upload,
                   tr("The backup is complete at %1 but its upload failed: %2")
                       .arg(metadataPath, upload.sentence));
        if (!result.ok()) {
            result.seconds = double(clock.elapsed()) / 1000.0;
            return result;
        }
    }
    if (plan.retentionDays > 0 && !ctx.cancel.isCancelled()) {
        const StepResult retention =
            BackupRetention::run(options.directory, plan.retentionDays, ctx);
        report.retention = std::make_shared<const StepResult>(retention);
        result.report = report;
        if (!retention.ok())
            ctx.log.write(tr("Retention clean-up: %1 The backup itself is complete.")
                              .arg(retention.sentence));
    }
    if (ctx.cancel.isCancelled() && result.ok()) {
        // The dump itself finished: it stays, but what came after it was not done.
        result.sentence += QLatin1Char(' ') +
                           tr("Cancelled after the dump: proof, upload or clean-up did not run.");
    }
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

} // namespace migdesk::core
