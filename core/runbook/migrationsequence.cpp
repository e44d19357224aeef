// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationsequence.h"

#include "common/units.h"
#include "connection/pgconnection.h"
#include "runbook/databaserunlock.h"
#include "runbook/djangotargetguard.h"
#include "runbook/lockblockerwatch.h"
#include "runbook/locktimeoutretry.h"
#include "runbook/poolerguard.h"
#include "runbook/walposition.h"
#include "runbook/writesession.h"

namespace migdesk::core {

namespace {

using Direction = MigrationRunReport::Direction;
using Item = MigrationRunReport::Item;
using Kind = MigrationAttempt::Kind;

bool forward(const MigrationRunReport& report)
{
    return report.direction == Direction::Forward;
}

// "Applied before it: V1, V2. Not attempted: V4."
QString aftermath(const MigrationRunReport& report)
{
    const QString done = report.labels(Item::Outcome::Done);
    const QString rest = report.labels(Item::Outcome::NotAttempted);
    QString text;
    if (forward(report)) {
        text = done.isEmpty() ? MigrationSequence::tr("Nothing was applied before it.")
                              : MigrationSequence::tr("Applied before it: %1.").arg(done);
    } else {
        text = done.isEmpty() ? MigrationSequence::tr("Nothing was rolled back before it.")
                              : MigrationSequence::tr("Rolled back before it: %1.").arg(done);
    }
    if (!rest.isEmpty())
        text += QLatin1Char(' ') + MigrationSequence::tr("Not attempted: %1.").arg(rest);
    return text;
}

QString blockersOf(const LockTimeoutRetry::Outcome& outcome)
{
    return outcome.blockers.isEmpty()
               ? MigrationSequence::tr("the session holding the lock was not seen")
               : outcome.blockers;
}

QString forwardFailure(const Item& m, const QString& label,
                       const LockTimeoutRetry::Outcome& outcome, const WritePolicy& policy,
                       const QString& before)
{
    switch (outcome.last.kind) {
    case Kind::LockTimeout:
        return MigrationSequence::tr("%1 could not get its lock in %n attempt(s) (lock_timeout "
                                     "%2 ms; each attempt was rolled back): %3. %4 End that "
                                     "session or wait for it to finish, then run migrate again.",
                                     nullptr, outcome.retries + 1)
            .arg(label, QString::number(policy.lockTimeoutMs), blockersOf(outcome), before);
    case Kind::ConnectionLost:
        return (m.atomic ? MigrationSequence::tr("The connection to the server was lost while %1 "
                                                 "ran (%2): the server rolled back its "
                                                 "transaction, so %1 left nothing behind.")
                         : MigrationSequence::tr("The connection to the server was lost while %1 "
                                                 "ran (%2): it does not run in one transaction, "
                                                 "so its statements before that point may have "
                                                 "stayed applied; check them before running it "
                                                 "again."))
                   .arg(label, outcome.last.reason) +
               QLatin1Char(' ') + before + QLatin1Char(' ') +
               MigrationSequence::tr("Check that the server is up, then run migrate again for "
                                     "the rest.");
    case Kind::Cancelled:
        return (m.atomic ? MigrationSequence::tr("Cancelled while %1 ran; its transaction was "
                                                 "rolled back.")
                         : MigrationSequence::tr("Cancelled while %1 ran; it does not run in one "
                                                 "transaction, so its statements before the "
                                                 "cancel stay applied."))
                   .arg(label) +
               QLatin1Char(' ') + before;
    case Kind::Failed:
    case Kind::Succeeded:
        break;
    }
    return (m.atomic ? MigrationSequence::tr("%1 failed and was rolled back: %2")
                     : MigrationSequence::tr("%1 failed part-way; it does not run in one "
                                             "transaction, so its statements before the failing "
                                             "one stay applied: %2"))
               .arg(label, outcome.last.reason) +
           QLatin1Char(' ') + before + QLatin1Char(' ') +
           MigrationSequence::tr("Fix the migration, then run migrate again; roll back to undo "
                                 "what was applied.");
}

QString backwardFailure(const QString& label, const LockTimeoutRetry::Outcome& outcome,
                        const WritePolicy& policy, const QString& before)
{
    switch (outcome.last.kind) {
    case Kind::LockTimeout:
        return MigrationSequence::tr("Rolling %1 could not get its lock in %n attempt(s) "
                                     "(lock_timeout %2 ms; each attempt was rolled back): %3. %4 "
                                     "End that session or wait for it to finish, then roll back "
                                     "again.",
                                     nullptr, outcome.retries + 1)
            .arg(label, QString::number(policy.lockTimeoutMs), blockersOf(outcome), before);
    case Kind::ConnectionLost:
        return MigrationSequence::tr("The connection to the server was lost while rolling %1 "
                                     "(%2); the server rolled back the open transaction. %3 "
                                     "Check that the server is up and what is applied, then "
                                     "roll back again.")
            .arg(label, outcome.last.reason, before);
    case Kind::Cancelled:
        return MigrationSequence::tr("Cancelled while rolling %1; its open transaction was "
                                     "rolled back. %2")
            .arg(label, before);
    case Kind::Failed:
    case Kind::Succeeded:
        break;
    }
    return MigrationSequence::tr("Rolling %1 failed: %2 %3 Roll back by restoring the backup if "
                                 "it cannot be fixed.")
        .arg(label, outcome.last.reason, before);
}

Item::Outcome outcomeOf(Kind kind)
{
    switch (kind) {
    case Kind::Succeeded:
        return Item::Outcome::Done;
    case Kind::Cancelled:
        return Item::Outcome::Cancelled;
    case Kind::LockTimeout:
    case Kind::ConnectionLost:
    case Kind::Failed:
        break;
    }
    return Item::Outcome::Failed;
}

QString indented(const QString& sql)
{
    QStringList lines;
    for (const QString& line : sql.split(QLatin1Char('\n')))
        lines << QStringLiteral("    ") + line;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MigrationPlan MigrationPlan::refused(QString sentence, QStringList problems)
{
    MigrationPlan plan;
    plan.refusal = std::move(sentence);
    plan.problems = std::move(problems);
    return plan;
}

QString MigrationSequence::applicationName(const WritePolicy& policy, const QString& runId)
{
    QString name = runId.isEmpty() ? policy.applicationName
                                   : QString(policy.applicationName + QLatin1Char('-') + runId);
    // NAMEDATALEN - 1 bytes: the server cuts longer names, and the watch and the cancel look
    // for the name exactly as the server keeps it.
    while (name.toUtf8().size() > 63)
        name.chop(1);
    return name;
}

MigrationSequence::MigrationSequence(const RunbookTarget& target, Options options,
                                     const StepContext& ctx)
    : m_target(target), m_options(std::move(options)), m_ctx(ctx)
{
    m_clock.start();
    const bool isForward = m_options.direction == Direction::Forward;
    m_result.step = isForward ? QStringLiteral("migrate") : QStringLiteral("rollback");
    m_result.started = QDateTime::currentDateTime();
    m_report.direction = m_options.direction;
    m_report.django = m_options.django;
    m_report.dryRun = m_options.dryRun;
    m_report.mode = m_options.mode;
    m_report.target = m_options.target;
    m_report.applicationName = applicationName(m_options.policy, m_options.runId);
}

StepResult MigrationSequence::finish(StepResult::Outcome outcome, const QString& sentence)
{
    m_result.outcome = outcome;
    m_result.sentence = sentence;
    m_result.seconds = m_clock.elapsed() / 1000.0;
    m_result.report = m_report;
    m_ctx.log.write(sentence);
    return m_result;
}

StepResult MigrationSequence::refuse(const QString& sentence)
{
    return finish(StepResult::Outcome::Failed, sentence);
}

void MigrationSequence::logPlan(const QStringList& notes) const
{
    const int count = int(m_report.items.size());
    const bool dryRun = m_options.dryRun;
    if (!forward(m_report)) {
        if (count == 0)
            return;
        m_ctx.log.write(dryRun ? tr("Dry run: %n step(s) would run, in this order; nothing is "
                                    "changed.",
                                    nullptr, count)
                               : tr("%n step(s) to run, in this order:", nullptr, count));
        int number = 0;
        for (const Item& m : m_report.items) {
            m_ctx.log.write(
                QStringLiteral("%1. %2").arg(QString::number(++number), m_report.label(m)));
            m_ctx.log.write(indented(m.sql));
        }
        return;
    }
    for (const QString& note : notes)
        m_ctx.log.write(tr("Note: %1").arg(note));
    if (count == 0) {
        m_ctx.log.write(tr("Nothing to apply."));
        return;
    }
    m_ctx.log.write(dryRun ? tr("Dry run: %n migration(s) would be applied, in this order; "
                                "nothing is changed.",
                                nullptr, count)
                           : tr("%n migration(s) to apply, in this order:", nullptr, count));
    int number = 0;
    for (const Item& m : m_report.items) {
        const QString risk =
            m.risk ? tr("risk %1 (score %2, %3)")
                         .arg(RunbookScore::levelName(m.risk->level),
                              QString::number(m.risk->score), RunbookScore::typeName(m.risk->type))
                   : tr("risk not rated");
        m_ctx.log.write(tr("%1. %2: %3; %4; rollback: %5")
                            .arg(QString::number(++number), m_report.label(m), risk,
                                 m.atomic ? tr("in one transaction") : tr("not in one transaction"),
                                 m.rollbackWay));
        if (dryRun)
            m_ctx.log.write(indented(m.sql));
    }
}

void MigrationSequence::markWalPosition(PgConnection& connection)
{
    const bool isForward = forward(m_report);
    if (const auto lsn = WalPosition::current(connection)) {
        m_report.walLsnBefore = *lsn;
        m_ctx.log.write((isForward ? tr("Point-in-time recovery target before the first "
                                        "migration: WAL position %1 (pg_current_wal_lsn()).")
                                   : tr("Point-in-time recovery target before the rollback: WAL "
                                        "position %1 (pg_current_wal_lsn())."))
                            .arg(*lsn));
    } else {
        m_ctx.log.write((isForward ? tr("The WAL position could not be read (%1); there is no "
                                        "point-in-time recovery target for this run.")
                                   : tr("The WAL position could not be read (%1); there is no "
                                        "point-in-time recovery target for this rollback."))
                            .arg(lsn.error().sentence()));
    }
}

StepResult MigrationSequence::run(const Planner& planner)
{
    const bool isForward = forward(m_report);
    const bool live = !m_options.dryRun;
    const QString& appName = m_report.applicationName;
    // The writes of a SQL folder go through this connection; Django writes through its own, so
    // for it (and for any dry run) this one only reads.
    PgConnection connection;
    SessionPolicy inspection = SessionPolicy::inspection();
    inspection.applicationName = appName;
    const auto failed =
        !live || m_options.django
            ? connection.open(m_target.connection.info, m_target.connection.password, inspection)
            : WriteSession::open(connection, m_target.connection, m_options.policy, appName);
    if (failed) {
        return refuse(tr("Cannot connect to %1: %2")
                          .arg(m_target.connection.info.displayName(), failed->sentence()));
    }
    DatabaseRunLock runLock;
    if (live) {
        const QString step = isForward ? tr("the migration") : tr("the rollback");
        if (const QString refused = PoolerGuard::refusal(connection, step); !refused.isEmpty())
            return refuse(refused);
        const QString run =
            (isForward ? QStringLiteral("migrate ") : QStringLiteral("rollback ")) +
            (m_options.runId.isEmpty() ? QString::number(QCoreApplication::applicationPid())
                                       : m_options.runId);
        if (const QString refused = runLock.acquire(m_target.connection, step, run);
            !refused.isEmpty())
            return refuse(refused);
        if (m_options.django) {
            if (const QString refused = DjangoTargetGuard::refusal(m_target, connection, step);
                !refused.isEmpty())
                return refuse(refused);
        }
    }

    MigrationPlan plan = planner(connection);
    if (!plan.refusal.isEmpty()) {
        m_report.problems = plan.problems;
        return refuse(plan.refusal);
    }
    m_report.items = std::move(plan.items);
    m_report.problems = plan.notes;
    logPlan(plan.notes);
    const int total = int(m_report.items.size());
    if (total == 0) {
        return finish(StepResult::Outcome::Succeeded,
                      isForward ? tr("Nothing to apply.") : tr("Nothing to roll back."));
    }
    if (!live) {
        return finish(StepResult::Outcome::Succeeded,
                      isForward ? tr("Dry run: %n migration(s) would be applied; nothing was "
                                     "changed.",
                                     nullptr, total)
                                : tr("Dry run: %n rollback step(s) would run; nothing was "
                                     "changed.",
                                     nullptr, total));
    }
    markWalPosition(connection);
    // Django writes through its own connections; this one is done, and closing it leaves the
    // run's application_name to the backends that do the work, which the live watch follows.
    if (!plan.source->writesOnOwnConnection())
        connection.close();
    return runItems(*plan.source, connection);
}

StepResult MigrationSequence::runItems(MigrationSource& source, PgConnection& connection)
{
    const bool isForward = forward(m_report);
    const QString& appName = m_report.applicationName;
    const WritePolicy& policy = m_options.policy;
    for (Item& m : m_report.items)
        m.outcome = Item::Outcome::NotAttempted;

    LockBlockerWatch watch(m_target.connection, appName, policy.lockTimeoutMs);
    const int total = int(m_report.items.size());
    for (int i = 0; i < total; ++i) {
        Item& m = m_report.items[std::size_t(i)];
        const QString label = m_report.label(m);
        if (m_ctx.cancel.isCancelled()) {
            if (!isForward) {
                return finish(
                    StepResult::Outcome::Cancelled,
                    tr("Cancelled before rolling %1. %2").arg(label, aftermath(m_report)));
            }
            const QString applied = m_report.labels(Item::Outcome::Done);
            return finish(StepResult::Outcome::Cancelled,
                          applied.isEmpty()
                              ? tr("Cancelled before %1; nothing was applied.").arg(label)
                              : tr("Cancelled before %1; applied: %2.").arg(label, applied));
        }
        m_ctx.report(StepProgress{.done = i,
                                  .total = total,
                                  .message = isForward ? tr("Applying %1").arg(label)
                                                       : tr("Rolling %1").arg(label),
                                  .elapsedSeconds = m_clock.elapsed() / 1000.0,
                                  .etaSeconds = -1});
        m_ctx.log.write(
            isForward
                ? tr("Applying %1 (%2 of %3); rollback: %4")
                      .arg(label, QString::number(i + 1), QString::number(total), m.rollbackWay)
                : tr("Rolling %1 (%2 of %3)")
                      .arg(label, QString::number(i + 1), QString::number(total)));
        m.startedAt = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        const auto attempt = [&] { return source.attempt(std::size_t(i), connection, m_ctx); };
        const auto blockers = [&] {
            const QString seen = watch.takeBlockers();
            return seen.isEmpty() ? LockBlockerWatch::holders(m_target.connection, m.sql, appName)
                                  : seen;
        };
        watch.takeBlockers();
        watch.takeImpact();
        const LockTimeoutRetry::Outcome outcome =
            LockTimeoutRetry::run(attempt, blockers, label, m.atomic, policy, m_ctx);
        m.seconds = timer.elapsed() / 1000.0;
        m.retries = outcome.retries;
        const LockBlockerWatch::Impact impact = watch.takeImpact();
        m.lockWaitSeconds = impact.lockWaitSeconds;
        m.maxBlocked = impact.maxBlocked;
        m.outcome = outcomeOf(outcome.last.kind);
        m.statements = outcome.last.statements;
        if (outcome.last.kind == Kind::Succeeded) {
            if (isForward) {
                m_ctx.log.write(outcome.retries == 0
                                    ? tr("%1 applied in %2.").arg(label, formatDuration(m.seconds))
                                    : tr("%1 applied in %2, after %n lock-timeout retry(s).",
                                         nullptr, outcome.retries)
                                          .arg(label, formatDuration(m.seconds)));
            } else {
                m_ctx.log.write(tr("Rolled %1 in %2.").arg(label, formatDuration(m.seconds)));
            }
            if (const QString slow = StatementTiming::slowestSentence(label, m.statements);
                !slow.isEmpty())
                m_ctx.log.write(slow);
            continue;
        }
        m.error = outcome.last.reason;
        const QString before = aftermath(m_report);
        return finish(outcome.last.kind == Kind::Cancelled ? StepResult::Outcome::Cancelled
                                                           : StepResult::Outcome::Failed,
                      isForward ? forwardFailure(m, label, outcome, policy, before)
                                : backwardFailure(label, outcome, policy, before));
    }
    const double seconds = m_clock.elapsed() / 1000.0;
    m_ctx.report(StepProgress{.done = total,
                              .total = total,
                              .message = isForward ? tr("Applied %n migration(s)", nullptr, total)
                                                   : tr("Rolled back"),
                              .elapsedSeconds = seconds,
                              .etaSeconds = 0});
    return finish(
        StepResult::Outcome::Succeeded,
        isForward
            ? tr("Applied %n migration(s) in %1.", nullptr, total).arg(formatDuration(seconds))
            : tr("Rolled back in %n step(s) in %1.", nullptr, total).arg(formatDuration(seconds)));
}

} // namespace migdesk::core
