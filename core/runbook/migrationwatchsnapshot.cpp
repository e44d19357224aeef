// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationwatchsnapshot.h"

#include "catalog/activityreport.h"
#include "common/units.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace migdesk::core {

namespace {

QString pidList(const std::vector<int>& pids)
{
    QStringList parts;
    for (int pid : pids)
        parts << QString::number(pid);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString WatchedLock::target() const
{
    if (lockType == QLatin1String("relation")) {
        if (!relation.isEmpty())
            return relation;
        // Created by the migration's own transaction (not committed, so not visible yet).
        return tr("relation %1, not committed yet").arg(relationOid);
    }
    if (lockType == QLatin1String("transactionid"))
        return tr("transaction %1").arg(object);
    if (lockType == QLatin1String("virtualxid"))
        return tr("virtual transaction %1").arg(object);
    return lockType;
}

WatchProgress::Counter WatchProgress::counter() const
{
    // The waiting phases count the transactions waited for; the others count blocks while
    // scanning and tuples while sorting, loading or validating (only one total is non-zero).
    if (phase.startsWith(QLatin1String("waiting for")))
        return lockersTotal > 0 ? Counter::Lockers : Counter::None;
    if (blocksTotal > 0)
        return Counter::Blocks;
    if (tuplesTotal > 0)
        return Counter::Tuples;
    return Counter::None;
}

std::optional<double> WatchProgress::fraction() const
{
    const auto ratio = [](qint64 done, qint64 total) {
        return std::clamp(double(done) / double(total), 0.0, 1.0);
    };
    switch (counter()) {
    case Counter::Blocks:
        return ratio(blocksDone, blocksTotal);
    case Counter::Tuples:
        return ratio(tuplesDone, tuplesTotal);
    case Counter::Lockers:
        return ratio(lockersDone, lockersTotal);
    case Counter::None:
        break;
    }
    return std::nullopt;
}

QString WatchProgress::countText() const
{
    switch (counter()) {
    case Counter::Blocks:
        return tr("%1 of %2 blocks").arg(formatCount(blocksDone), formatCount(blocksTotal));
    case Counter::Tuples:
        return tr("%1 of %2 rows").arg(formatCount(tuplesDone), formatCount(tuplesTotal));
    case Counter::Lockers:
        if (currentLockerPid > 0)
            return tr("%1 of %2 transactions, now waiting for pid %3")
                .arg(formatCount(lockersDone), formatCount(lockersTotal))
                .arg(currentLockerPid);
        return tr("%1 of %2 transactions").arg(formatCount(lockersDone), formatCount(lockersTotal));
    case Counter::None:
        break;
    }
    if (source == Source::Cluster && tuplesDone > 0)
        return tr("%1 rows written").arg(formatCount(tuplesDone));
    return {};
}

QString WatchProgress::phaseText() const
{
    const QString count = countText();
    return count.isEmpty() ? phase : tr("%1 (%2)").arg(phase, count);
}

const WatchedBackend* MigrationWatchSnapshot::primary() const
{
    for (const WatchedBackend& b : backends)
        if (b.isActive())
            return &b;
    return backends.empty() ? nullptr : &backends.front();
}

const WatchedLock* MigrationWatchSnapshot::wantedLock() const
{
    const WatchedBackend* b = primary();
    if (!b)
        return nullptr;
    for (const WatchedLock& l : locks)
        if (l.pid == b->pid && !l.granted)
            return &l;
    return nullptr;
}

const WatchedLock* MigrationWatchSnapshot::strongestHeldLock() const
{
    const WatchedBackend* b = primary();
    if (!b)
        return nullptr;
    const WatchedLock* strongest = nullptr;
    for (const WatchedLock& l : locks)
        if (l.pid == b->pid && l.granted && l.lockType == QLatin1String("relation") &&
            (!strongest || l.strength > strongest->strength))
            strongest = &l;
    return strongest;
}

const WatchProgress* MigrationWatchSnapshot::primaryProgress() const
{
    const WatchedBackend* b = primary();
    if (!b)
        return nullptr;
    for (const WatchProgress& p : progress)
        if (p.pid == b->pid)
            return &p;
    return nullptr;
}

QString MigrationWatchSnapshot::stateText() const
{
    const WatchedBackend* b = primary();
    if (!b)
        return tr("no migration running (between migrations)");
    if (b->isActive())
        return tr("running %1")
            .arg(b->querySeconds ? formatDuration(*b->querySeconds) : formatDuration(0));
    QString state = b->state;
    if (b->state == QLatin1String("idle in transaction"))
        state = tr("idle in transaction");
    else if (b->state == QLatin1String("idle in transaction (aborted)"))
        state = tr("idle in a failed transaction");
    else if (b->state == QLatin1String("idle"))
        state = tr("idle");
    if (b->transactionSeconds)
        return tr("%1, transaction open %2").arg(state, formatDuration(*b->transactionSeconds));
    return state;
}

QString MigrationWatchSnapshot::lockText() const
{
    const WatchedBackend* b = primary();
    if (!b)
        return {};
    if (const WatchedLock* wanted = wantedLock()) {
        QString text =
            wanted->waitSeconds
                ? tr("waiting %1 for %2 on %3")
                      .arg(formatDuration(*wanted->waitSeconds), wanted->mode, wanted->target())
                : tr("waiting for %1 on %2").arg(wanted->mode, wanted->target());
        if (!b->blockedBy.empty())
            text = tr("%1, blocked by pid %2", nullptr, int(b->blockedBy.size()))
                       .arg(text, pidList(b->blockedBy));
        return text;
    }
    if (b->isWaitingOnLock())
        return tr("waiting for a lock (%1)").arg(b->waitEvent);
    if (const WatchedLock* held = strongestHeldLock())
        return tr("holds %1 on %2").arg(held->mode, held->target());
    return tr("holds no lock on a table");
}

QString MigrationWatchSnapshot::queueText() const
{
    if (queued.empty())
        return tr("no session queued");
    return tr("%n session(s) queued", nullptr, int(queued.size()));
}

QString MigrationWatchSnapshot::progressText() const
{
    const WatchProgress* p = primaryProgress();
    if (!p)
        return {};
    QString subject = p->command;
    if (p->source == WatchProgress::Source::CreateIndex && !p->index.isEmpty())
        subject = tr("%1 %2 on %3").arg(p->command, p->index, p->relation);
    else if (!p->relation.isEmpty())
        subject = p->source == WatchProgress::Source::CreateIndex
                      ? tr("%1 on %2").arg(p->command, p->relation)
                      : tr("%1 %2").arg(p->command, p->relation);
    QString text = tr("%1: %2").arg(subject, p->phase);
    if (const auto f = p->fraction())
        return tr("%1, %2% (%3)").arg(text, QLocale().toString(*f * 100.0, 'f', 0), p->countText());
    if (const QString count = p->countText(); !count.isEmpty())
        return tr("%1 (%2)").arg(text, count);
    return text;
}

QString MigrationWatchSnapshot::summaryLine() const
{
    const WatchedBackend* b = primary();
    if (!b)
        return tr("%1: no backend (between migrations)").arg(applicationName);
    QString line =
        tr("pid %1 %2: %3")
            .arg(QString::number(b->pid), stateText(), ActivityReport::queryLine(b->query, 80));
    QStringList parts{lockText(), queueText()};
    if (const QString what = progressText(); !what.isEmpty())
        parts << what;
    if (backends.size() > 1)
        parts << tr("%n more backend(s) with this application name", nullptr,
                    int(backends.size() - 1));
    return tr("%1 — %2").arg(line, parts.join(QStringLiteral("; ")));
}

} // namespace migdesk::core
