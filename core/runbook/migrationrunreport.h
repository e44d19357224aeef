// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/statementtiming.h"
#include "risk/runbookscore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace migdesk::core {

// What a run of migrations did, in either direction: the migrate step's report and the
// rollback-by-migrations report. Each item is one migration applied (forward) or one step that
// takes an app back from one migration to an earlier one (backward), with what happened to it.
//
// toJson() is the shape `--json`, the history store and the mirror have always carried:
// forward {"dry_run", "source" ("django" | "sql-folder"), "target", "application_name",
//   "wal_lsn_before", "migrations": [{"app", "name"} (Django) | {"version", "description",
//   "script"} (SQL folder), "sql", "risk" {"score", "level", "safety", "type"}, "atomic",
//   "rollback" ("django-backwards" | "undo-file" | "restore"), "rollback_way", "started_at",
//   "seconds", "retries", "lock_wait_seconds", "max_blocked", "outcome" ("planned" | "applied" |
//   "failed" | "cancelled" | "not-attempted"), "statements", "error"}], "applied", "problems"}
// backward {"dry_run", "source", "mode" ("previous" | "to"), "target", "application_name",
//   "wal_lsn_before", "steps": [{"app", "from", "to", "sql", "atomic", "started_at", "seconds",
//   "retries", "lock_wait_seconds", "max_blocked", "outcome" (… "reverted" …), "statements",
//   "error"}], "reverted"}
// fromJson() reads either back.
struct MigrationRunReport
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunReport)
public:
    enum class Direction { Forward, Backward };

    struct Item
    {
        enum class Outcome { Planned, Done, Failed, Cancelled, NotAttempted };

        // Django: the app; a folder going backward: the folder's name; a folder forward: empty.
        QString app;
        // Forward: the migration's name (Django) or version (folder). Backward: the migration
        // or version the app goes back from.
        QString name;
        QString to;          // backward: the migration or version it goes back to, or "zero"
        QString description; // folder, forward
        QString script;      // folder, forward: the file, relative to the folder
        QString sql;         // what runs (Django: sqlmigrate's output)
        bool atomic = true;  // runs in one transaction: a failure or lock timeout leaves nothing
        std::optional<RunbookScore::MigrationScore> risk; // forward, when it could be rated
        QString rollbackKey; // forward: "django-backwards", "undo-file" or "restore"
        QString rollbackWay; // forward: the same, for people (translated)

        Outcome outcome = Outcome::Planned;
        QDateTime startedAt; // UTC, when its first attempt began; invalid when not attempted
        double seconds = 0;  // every attempt, retry waits included
        int retries = 0;
        double lockWaitSeconds = 0; // sessions kept waiting behind it
        int maxBlocked = 0;
        QString error;                           // what failed, when it did
        std::vector<StatementTiming> statements; // of the attempt that counted
    };

    Direction direction = Direction::Forward;
    bool django = false;
    bool dryRun = true;
    QString mode; // backward: "previous" or "to"
    QString target;
    QString applicationName;
    QString walLsnBefore; // pg_current_wal_lsn() before the first change; empty when unread
    std::vector<Item> items;
    QStringList problems; // forward: why it was refused, or what is worth knowing

    // "catalog.0002_price", "V2__ledger", "catalog from 0003_x back to 0002_y".
    QString label(const Item& item) const;
    int done() const; // items applied or reverted
    // "planned", "applied" (forward) or "reverted" (backward), "failed", "cancelled",
    // "not-attempted".
    QString outcomeKey(Item::Outcome outcome) const;
    // The labels of the items that ended so, joined with ", ".
    QString labels(Item::Outcome outcome) const;

    QJsonObject toJson() const;
    static MigrationRunReport fromJson(const QJsonObject& json, Direction direction);
};

} // namespace migdesk::core
