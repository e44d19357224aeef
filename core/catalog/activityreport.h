// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"
#include "catalog/locktree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace migdesk::core {

// The activity monitor's data for `migdesk activity` and `migdesk locks`: JSON with pids,
// states, durations in seconds, wait events, blocked_by and the query; text for people.
class ActivityReport
{
    Q_DECLARE_TR_FUNCTIONS(ActivityReport)
public:
    static QJsonObject sessionJson(const SessionActivity& session, double longSeconds);
    static QJsonObject activityJson(const ActivitySnapshot& snapshot, double longSeconds);
    static QString activityText(const ActivitySnapshot& snapshot, double longSeconds);

    static QJsonArray treeJson(const std::vector<BlockingNode>& tree,
                               const ActivitySnapshot& snapshot);
    static QJsonObject locksJson(const ActivitySnapshot& snapshot);
    static QString locksText(const ActivitySnapshot& snapshot);

    static int longRunningCount(const ActivitySnapshot& snapshot, double longSeconds);
    // One line of a query for lists: whitespace collapsed, cut at maxLength with an ellipsis.
    static QString queryLine(const QString& query, int maxLength = 80);
};

} // namespace migdesk::core
