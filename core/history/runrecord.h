// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/schemachange.h"
#include "migrations/statementtiming.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace migdesk::core {

// One step of a run as the summary showed it.
struct RunStepRecord
{
    QString step;        // "preflight", "backup", "migrate", "verify", "rollback", ...
    QString outcome;     // StepResult::outcomeKey(): "succeeded", "failed", "cancelled", "skipped"
    QDateTime startedAt; // UTC
    double seconds = 0;
    QString sentence; // the step's summary or, on failure, what failed and what to do
};

// A backup file a run produced (the backup itself or a pre-rollback backup).
struct RunBackupRecord
{
    QString path;
    QString format; // "custom", "directory", "plain"
    qint64 bytes = 0;
    QString sha256; // hex; for a directory, of its table-of-contents file
};

// One migration a run applied or reverted. Django deletes its django_migrations row on revert
// and SQL folders keep one row per version; the history keeps every event.
struct RunMigrationRecord
{
    int position = 0;    // order within the run
    QString direction;   // "forward" or "backward"
    QString source;      // "django" or "sql"
    QString app;         // Django app; empty for SQL folders
    QString name;        // Django migration name, or the SQL file's version
    QString outcome;     // "applied", "reverted", "failed", "cancelled", "planned"
    QDateTime startedAt; // UTC; invalid when it never started
    double seconds = 0;
    double lockWaitSeconds = 0; // time spent waiting for locks, retries included
    int maxBlocked = 0;         // most sessions queued behind it at once
    int retries = 0;            // lock-timeout retries
    QString sql;
    QString error;
    // Each statement's time, in the order they ran, for the attempt that counted (a lock-timeout
    // retry replaces the rolled-back attempt's). Empty for runs recorded before schema 3.
    std::vector<StatementTiming> statements;
};

// One recorded run: an assessment, backup, migrate, verify, rollback or session action.
struct RunRecord
{
    qint64 id = 0; // local store id; 0 for a run read from a mirror only
    QString uuid;  // the same on every machine that holds the run (local store, mirror)
    QString
        kind; // "assess", "backup", "migrate", "verify", "rollback", "cancel", "terminate", "cycle"
    QString profile;
    QString environment; // environmentKey(): "production"
    QString server;
    QString database;
    QString osUser;
    QString hostName;
    QDateTime startedAt;     // UTC
    QDateTime endedAt;       // invalid while running
    QString outcome;         // "running", "succeeded", "failed", "cancelled", "interrupted"
    QString log;             // every line, in order
    QString details;         // JSON the run kind defines (findings, checks, plan...)
    QString confirmedBy;     // who typed the production confirmation ("os user@host"), if anyone
    QString walLsn;          // pg_current_wal_lsn() recorded before migrating
    QString mirror;          // "" (not tried), "mirrored", or the sentence saying why it was not
    bool fromMirror = false; // read from the target database's migdesk schema, not this machine

    std::vector<RunStepRecord> steps;
    std::vector<RunBackupRecord> backups;
    std::vector<RunMigrationRecord> migrations;
    // What the run changed in the schema: its "before" snapshot against its "after" one. Kept
    // with the run (and so in the mirror) for reviewers who do not have the snapshots.
    std::vector<SchemaChange> schemaChanges;

    double seconds() const; // started to ended; 0 while running
    // Everything above, for reports, the mirror and `--json`.
    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject& json);
};

} // namespace migdesk::core
