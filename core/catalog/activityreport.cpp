// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/activityreport.h"

#include "common/units.h"

#include <algorithm>
#include <functional>

namespace migdesk::core {

namespace {

QJsonValue seconds(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray pids(const std::vector<int>& list)
{
    QJsonArray array;
    for (int pid : list)
        array.append(pid);
    return array;
}

QString durationOrDash(const std::optional<double>& value)
{
    return value ? formatDuration(*value) : QStringLiteral("—");
}

} // namespace

QString ActivityReport::queryLine(const QString& query, int maxLength)
{
    const QString line = query.simplified();
    return line.size() <= maxLength ? line : line.left(maxLength - 1) + QChar(0x2026);
}

int ActivityReport::longRunningCount(const ActivitySnapshot& snapshot, double longSeconds)
{
    return int(
        std::count_if(snapshot.sessions.begin(), snapshot.sessions.end(),
                      [&](const SessionActivity& s) { return s.isLongRunning(longSeconds); }));
}

QJsonObject ActivityReport::sessionJson(const SessionActivity& s, double longSeconds)
{
    return QJsonObject{
        {QStringLiteral("pid"), s.pid},
        {QStringLiteral("user"), s.user},
        {QStringLiteral("database"), s.database},
        {QStringLiteral("application"), s.application},
        {QStringLiteral("client"), s.client},
        {QStringLiteral("backend_type"), s.backendType},
        {QStringLiteral("state"), s.state},
        {QStringLiteral("wait_event_type"), s.waitEventType},
        {QStringLiteral("wait_event"), s.waitEvent},
        {QStringLiteral("duration_seconds"), seconds(s.querySeconds)},
        {QStringLiteral("transaction_seconds"), seconds(s.transactionSeconds)},
        {QStringLiteral("state_seconds"), seconds(s.stateSeconds)},
        {QStringLiteral("long_running"), s.isLongRunning(longSeconds)},
        {QStringLiteral("idle_in_transaction"), s.isIdleInTransaction()},
        {QStringLiteral("waiting_on_lock"), s.isWaitingOnLock()},
        {QStringLiteral("blocked_by"), pids(s.blockedBy)},
        {QStringLiteral("query"), s.query},
    };
}

QJsonObject ActivityReport::activityJson(const ActivitySnapshot& snapshot, double longSeconds)
{
    QJsonArray sessions;
    for (const SessionActivity& s : snapshot.sessions)
        sessions.append(sessionJson(s, longSeconds));
    return QJsonObject{{QStringLiteral("sampled_at"), snapshot.sampledAtEpoch},
                       {QStringLiteral("long_seconds"), longSeconds},
                       {QStringLiteral("long_running"), longRunningCount(snapshot, longSeconds)},
                       {QStringLiteral("sessions"), sessions}};
}

QString ActivityReport::activityText(const ActivitySnapshot& snapshot, double longSeconds)
{
    const int waiting =
        int(std::count_if(snapshot.sessions.begin(), snapshot.sessions.end(),
                          [](const SessionActivity& s) { return s.isWaitingOnLock(); }));
    QString out = tr("Sessions: %1 · running longer than %2: %3 · waiting on a lock: %4\n")
                      .arg(snapshot.sessions.size())
                      .arg(formatDuration(longSeconds))
                      .arg(longRunningCount(snapshot, longSeconds))
                      .arg(waiting);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(tr("pid"), 7)
               .arg(tr("user"), -12)
               .arg(tr("state"), -20)
               .arg(tr("query time"), 11)
               .arg(tr("xact time"), 11)
               .arg(tr("wait event"), -18)
               .arg(tr("query"));
    for (const SessionActivity& s : snapshot.sessions) {
        QString flags;
        if (s.isLongRunning(longSeconds))
            flags += tr(" [long]");
        if (!s.blockedBy.empty()) {
            QStringList by;
            for (int pid : s.blockedBy)
                by << QString::number(pid);
            flags += tr(" [blocked by %1]").arg(by.join(QLatin1Char(',')));
        }
        const QString wait = s.waitEventType.isEmpty()
                                 ? QString()
                                 : s.waitEventType + QLatin1Char(':') + s.waitEvent;
        out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7%8\n")
                   .arg(s.pid, 7)
                   .arg(s.user.left(12), -12)
                   .arg(s.state.isEmpty() ? s.backendType.left(20) : s.state.left(20), -20)
                   .arg(durationOrDash(s.querySeconds), 11)
                   .arg(durationOrDash(s.transactionSeconds), 11)
                   .arg(wait.left(18), -18)
                   .arg(queryLine(s.query, 60))
                   .arg(flags);
    }
    return out;
}

QJsonArray ActivityReport::treeJson(const std::vector<BlockingNode>& tree,
                                    const ActivitySnapshot& snapshot)
{
    QJsonArray array;
    for (const BlockingNode& node : tree) {
        QJsonObject json;
        if (node.kind == BlockingNode::Kind::Group) {
            json = QJsonObject{{QStringLiteral("waiting_for"), node.target},
                               {QStringLiteral("mode_wanted"), node.modeWanted},
                               {QStringLiteral("waiting"), node.waiting},
                               {QStringLiteral("blocked_in_total"), node.blockedInTotal},
                               {QStringLiteral("sessions"), treeJson(node.children, snapshot)}};
        } else {
            json = QJsonObject{{QStringLiteral("pid"), node.pid},
                               {QStringLiteral("mode_held"), node.modeHeld},
                               {QStringLiteral("blocked_in_total"), node.blockedInTotal},
                               {QStringLiteral("waiters"), treeJson(node.children, snapshot)}};
            if (!node.target.isEmpty()) {
                json.insert(QStringLiteral("waiting_for"), node.target);
                json.insert(QStringLiteral("mode_wanted"), node.modeWanted);
            }
            if (const SessionActivity* s = snapshot.session(node.pid)) {
                json.insert(QStringLiteral("user"), s->user);
                json.insert(QStringLiteral("state"), s->state);
                json.insert(QStringLiteral("duration_seconds"), seconds(s->querySeconds));
                json.insert(QStringLiteral("transaction_seconds"), seconds(s->transactionSeconds));
                json.insert(QStringLiteral("query"), s->query);
            }
        }
        array.append(json);
    }
    return array;
}

QJsonObject ActivityReport::locksJson(const ActivitySnapshot& snapshot)
{
    QJsonArray ungranted;
    for (const LockEntry& l : snapshot.ungranted())
        ungranted.append(QJsonObject{{QStringLiteral("pid"), l.pid},
                                     {QStringLiteral("lock_type"), l.lockType},
                                     {QStringLiteral("target"), l.target},
                                     {QStringLiteral("mode"), l.mode},
                                     {QStringLiteral("wait_seconds"), seconds(l.waitSeconds)}});
    QJsonArray involved;
    const std::vector<int> blockers = LockTree::blockers(snapshot);
    for (const SessionActivity& s : snapshot.sessions)
        if (!s.blockedBy.empty() || std::binary_search(blockers.begin(), blockers.end(), s.pid))
            involved.append(sessionJson(s, 60.0));
    return QJsonObject{
        {QStringLiteral("sampled_at"), snapshot.sampledAtEpoch},
        {QStringLiteral("total_locks"), snapshot.totalLocks},
        {QStringLiteral("ungranted_locks"), ungranted},
        {QStringLiteral("blocking_tree"), treeJson(LockTree::build(snapshot), snapshot)},
        {QStringLiteral("sessions"), involved}};
}

QString ActivityReport::locksText(const ActivitySnapshot& snapshot)
{
    const auto tree = LockTree::build(snapshot);
    QString out = tr("Locks: %1 · not granted: %2 · root blockers: %3\n")
                      .arg(snapshot.totalLocks)
                      .arg(snapshot.ungrantedLocks)
                      .arg(tree.size());
    std::function<void(const std::vector<BlockingNode>&, int)> print =
        [&](const std::vector<BlockingNode>& nodes, int depth) {
            const QString indent(depth * 2, QLatin1Char(' '));
            for (const BlockingNode& node : nodes) {
                if (node.kind == BlockingNode::Kind::Group) {
                    out += indent + tr("└ %1 waiting for %2 on %3 (%4 blocked in total)\n")
                                        .arg(node.waiting)
                                        .arg(node.modeWanted, node.target)
                                        .arg(node.blockedInTotal);
                } else {
                    const SessionActivity* s = snapshot.session(node.pid);
                    const QString who = tr("pid %1 (%2, %3)")
                                            .arg(node.pid)
                                            .arg(s ? s->user : QString(), s ? s->state : QString());
                    const QString query = queryLine(s ? s->query : QString(), 60);
                    if (node.blockedInTotal > 0)
                        out += indent +
                               tr("%1 holds %2 and blocks %3: %4\n")
                                   .arg(who, node.modeHeld.isEmpty() ? tr("a lock") : node.modeHeld)
                                   .arg(node.blockedInTotal)
                                   .arg(query);
                    else
                        out += indent + who + QStringLiteral(": ") + query + QLatin1Char('\n');
                }
                print(node.children, depth + 1);
            }
        };
    print(tree, 0);
    const auto ungranted = snapshot.ungranted();
    if (!ungranted.empty()) {
        out += QLatin1Char('\n') + tr("Ungranted locks") + QLatin1Char('\n');
        for (const LockEntry& l : ungranted)
            out += QStringLiteral("%1  %2  %3  %4\n")
                       .arg(l.pid, 7)
                       .arg(l.mode, -24)
                       .arg(durationOrDash(l.waitSeconds), 10)
                       .arg(l.target);
    }
    return out;
}

} // namespace migdesk::core
