// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace migdesk::core {

// One line of the preflight or the verification: what was checked, the figure it found, and a
// sentence that says what it means and what to do. Pass is green, Warn yellow, Fail red; Skipped
// says why the check could not run (no manage.py configured, no health URL).
struct Check
{
    Q_DECLARE_TR_FUNCTIONS(Check)
public:
    enum class Status { Pass, Warn, Fail, Skipped };

    QString key;   // stable: "pending", "database_size", "pg_dump"...
    QString title; // translated: "Pending migrations"
    Status status = Status::Pass;
    QString figure;   // "6 pending, overall high", "1.4 GB"
    QString sentence; // what it means and what to do; empty when there is nothing to say

    static QString statusKey(Status status);   // "pass", "warn", "fail", "skipped"
    static QString statusLabel(Status status); // translated
    QJsonObject toJson() const;
};

using CheckList = std::vector<Check>;

// The worst status of a list (Skipped counts as Pass).
Check::Status worstStatus(const CheckList& checks);
QJsonArray checksJson(const CheckList& checks);
// checksJson() read back; entries that are not objects are left out.
CheckList checksFromJson(const QJsonArray& array);
// "[pass] Pending migrations: none" lines for the run log and the command line.
QString checksText(const CheckList& checks);

} // namespace migdesk::core
