// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/rollbackstep.h"

#include "common/units.h"
#include "runbook/backupverifier.h"
#include "runbook/check.h"
#include "runbook/pgtools.h"

#include <QElapsedTimer>

namespace migdesk::core {

namespace {

// After a rollback, migrations are pending again by design: the verification's "no migration
// pending" check says so instead of failing the rollback it is meant to confirm.
StepResult expectPending(StepResult verify)
{
    if (auto* checks = std::get_if<CheckList>(&verify.report)) {
        for (Check& check : *checks) {
            if (check.key == QLatin1String("pending") && check.status == Check::Status::Fail) {
                check.status = Check::Status::Pass;
                check.sentence = RollbackStep::tr("Pending again after the rollback, as intended.");
            }
        }
        if (verify.outcome == StepResult::Outcome::Failed &&
            worstStatus(*checks) != Check::Status::Fail) {
            verify.outcome = StepResult::Outcome::Succeeded;
            verify.sentence = RollbackStep::tr("Every check passed; the rolled-back migrations "
                                               "are pending again.");
        }
    }
    return verify;
}

} // namespace

QStringList RollbackStep::describe(const RunbookTarget& target, const RollbackPlan& plan)
{
    QStringList lines;
    if (plan.way == RollbackPlan::Way::Restore) {
        lines << tr("Check every file of %1 against the SHA-256 in its metadata and read it with "
                    "pg_restore --list; a corrupt or cut-short backup is refused and nothing is "
                    "changed.")
                     .arg(plan.backupPath);
    }
    lines << tr("Take a pre-rollback backup of %1 into %2, so that the rollback itself can be "
                "undone.")
                 .arg(target.database(), plan.preRollbackBackup.options.directory);
    if (plan.way == RollbackPlan::Way::Restore) {
        lines << (plan.restore.jobs > 1
                      ? tr("Restore it with pg_restore --clean --if-exists and %1 parallel jobs: "
                           "every object in the backup is dropped and recreated. A parallel "
                           "restore is not one transaction: if it fails part-way, restore again.")
                            .arg(plan.restore.jobs)
                      : tr("Restore it in one transaction: drop every user schema with what it "
                           "contains, then load the backup through psql --single-transaction. "
                           "The database ends exactly as the backup was, and a failure leaves it "
                           "as it was."));
        lines << tr("Data written since the backup was taken is lost (it stays in the "
                    "pre-rollback backup).");
    } else {
        const auto steps = MigrationReverter::plan(target, plan.revert);
        if (!steps) {
            lines << tr("Migrating backwards is not possible: %1").arg(steps.error().sentence());
        } else if (steps->empty()) {
            lines << tr("Nothing to migrate backwards: no applied migration matches.");
        } else {
            for (const MigrationReverter::Step& step : *steps)
                lines
                    << tr("Migrate %1 backwards from %2 to %3.").arg(step.app, step.from, step.to);
        }
    }
    lines << tr("Run the verification again (pending migrations are expected afterwards).");
    return lines;
}

StepResult RollbackStep::run(const RunbookTarget& target, const RollbackPlan& plan,
                             const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("rollback");
    result.started = QDateTime::currentDateTime();
    const bool restore = plan.way == RollbackPlan::Way::Restore;
    RollbackReport report;
    report.restore = restore;
    auto fail = [&](const QString& sentence,
                    StepResult::Outcome outcome = StepResult::Outcome::Failed) {
        result.report = report;
        result.outcome = outcome;
        result.sentence = sentence;
        result.seconds = double(clock.elapsed()) / 1000.0;
        ctx.log.write(sentence);
        return result;
    };

    if (restore) {
        if (plan.backupPath.isEmpty())
            return fail(tr("Choose the backup to restore."));
        ctx.log.write(tr("Rollback step 1: checking the backup %1 before anything else.")
                          .arg(plan.backupPath));
        QString error;
        const auto metadata =
            BackupVerifier::verify(plan.backupPath, PgTools(target.pgBinDir), ctx, &error);
        if (!metadata)
            return fail(tr("The backup was refused and nothing was changed: %1").arg(error),
                        ctx.cancel.isCancelled() ? StepResult::Outcome::Cancelled
                                                 : StepResult::Outcome::Failed);
        if (!target.database().isEmpty() && metadata->database != target.database())
            return fail(tr("The backup is of database %1, not %2: nothing was changed. Choose a "
                           "backup of %2.")
                            .arg(metadata->database, target.database()));
    }

    if (plan.preRollbackBackup.options.directory.isEmpty())
        return fail(tr("Choose a folder for the pre-rollback backup: a rollback is never run "
                       "without one."));
    ctx.log.write(tr("Rollback step 2: pre-rollback backup."));
    const auto backup =
        std::make_shared<const StepResult>(BackupStep::run(target, plan.preRollbackBackup, ctx));
    report.preRollbackBackup = backup;
    if (!backup->ok())
        return fail(tr("The pre-rollback backup did not complete, so nothing was rolled back: %1")
                        .arg(backup->sentence),
                    backup->outcome);
    if (ctx.cancel.isCancelled())
        return fail(tr("Cancelled after the pre-rollback backup: nothing was rolled back."),
                    StepResult::Outcome::Cancelled);

    ctx.log.write(restore ? tr("Rollback step 3: restoring %1.").arg(plan.backupPath)
                          : tr("Rollback step 3: migrating backwards."));
    const auto way = std::make_shared<const StepResult>(
        restore ? RestoreJob::run(target, plan.backupPath, plan.restore, ctx)
                : MigrationReverter::run(target, plan.revert, ctx));
    report.undo = way;
    const QString preBackup = backup->backup() ? backup->backup()->metadataPath : QString();
    if (!way->ok())
        return fail(tr("The rollback did not complete: %1 The pre-rollback backup is %2.")
                        .arg(way->sentence, preBackup),
                    way->outcome);

    ctx.log.write(tr("Rollback step 4: verifying."));
    const auto verify =
        std::make_shared<const StepResult>(expectPending(Verifier::run(target, plan.verify, ctx)));
    report.verify = verify;
    if (!verify->ok())
        return fail(
            tr("Rolled back, but the verification found problems: %1").arg(verify->sentence));
    result.sentence = restore ? tr("Restored %1 and verified.").arg(plan.backupPath)
                              : tr("Migrated backwards and verified.");
    result.seconds = double(clock.elapsed()) / 1000.0;
    result.report = report;
    ctx.log.write(result.sentence);
    return result;
}

} // namespace migdesk::core
