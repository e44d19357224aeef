// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/historyschema.h"

#include <iterator>

namespace migdesk::core {

namespace {

// Entry i holds the statements that upgrade version i to i + 1. Never edit a step that has
// shipped; add one.
const std::vector<const char*> kUpgrades[] = {
    {R"(CREATE TABLE runs (
           id INTEGER PRIMARY KEY AUTOINCREMENT,
           kind TEXT NOT NULL,
           profile TEXT NOT NULL DEFAULT '',
           environment TEXT NOT NULL DEFAULT '',
           server TEXT NOT NULL DEFAULT '',
           database TEXT NOT NULL DEFAULT '',
           os_user TEXT NOT NULL DEFAULT '',
           host_name TEXT NOT NULL DEFAULT '',
           pid INTEGER NOT NULL,
           started_at TEXT NOT NULL,
           ended_at TEXT,
           outcome TEXT NOT NULL,
           log TEXT NOT NULL DEFAULT '',
           details TEXT NOT NULL DEFAULT '{}'
       ))"},
    // 2: the run's identity across machines, who confirmed it, the WAL position and the
    // mirror's state; its steps, backups and migrations; schema snapshots; table sizes.
    {R"(ALTER TABLE runs ADD COLUMN uuid TEXT NOT NULL DEFAULT '')",
     R"(ALTER TABLE runs ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT '')",
     R"(ALTER TABLE runs ADD COLUMN wal_lsn TEXT NOT NULL DEFAULT '')",
     R"(ALTER TABLE runs ADD COLUMN mirror TEXT NOT NULL DEFAULT '')",
     // Runs recorded before schema 2 get a random (version 4) UUID, one per row.
     R"(UPDATE runs
        SET uuid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
                   || substr(lower(hex(randomblob(2))), 2) || '-'
                   || substr('89ab', 1 + abs(random()) % 4, 1)
                   || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))
        WHERE uuid = '')",
     R"(CREATE UNIQUE INDEX runs_by_uuid ON runs (uuid))",
     R"(CREATE INDEX runs_by_start ON runs (started_at))",
     R"(CREATE TABLE run_steps (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            step TEXT NOT NULL,
            outcome TEXT NOT NULL,
            started_at TEXT,
            seconds REAL NOT NULL DEFAULT 0,
            sentence TEXT NOT NULL DEFAULT ''
        ))",
     R"(CREATE INDEX run_steps_by_run ON run_steps (run_id))",
     R"(CREATE TABLE run_backups (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            path TEXT NOT NULL,
            format TEXT NOT NULL DEFAULT '',
            bytes INTEGER NOT NULL DEFAULT 0,
            sha256 TEXT NOT NULL DEFAULT ''
        ))",
     R"(CREATE INDEX run_backups_by_run ON run_backups (run_id))",
     R"(CREATE TABLE run_migrations (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            position INTEGER NOT NULL,
            direction TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            app TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            outcome TEXT NOT NULL,
            started_at TEXT,
            seconds REAL NOT NULL DEFAULT 0,
            lock_wait_seconds REAL NOT NULL DEFAULT 0,
            max_blocked INTEGER NOT NULL DEFAULT 0,
            retries INTEGER NOT NULL DEFAULT 0,
            sql TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT ''
        ))",
     R"(CREATE INDEX run_migrations_by_run ON run_migrations (run_id))",
     R"(CREATE TABLE schema_snapshots (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES runs (id),
            phase TEXT NOT NULL CHECK (phase IN ('before', 'after', 'manual')),
            server TEXT NOT NULL,
            database TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            snapshot TEXT NOT NULL
        ))",
     R"(CREATE INDEX schema_snapshots_by_database ON schema_snapshots (server, database, taken_at))",
     R"(CREATE INDEX schema_snapshots_by_run ON schema_snapshots (run_id))",
     R"(CREATE TABLE table_sizes (
            server TEXT NOT NULL,
            database TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            schema_name TEXT NOT NULL,
            table_name TEXT NOT NULL,
            total_bytes INTEGER NOT NULL,
            row_estimate INTEGER NOT NULL,
            PRIMARY KEY (server, database, taken_at, schema_name, table_name)
        ))"},
    // 3: each statement's time within the migrations of a run.
    {R"(CREATE TABLE run_statements (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs (id),
            migration_position INTEGER NOT NULL,
            position INTEGER NOT NULL,
            migration TEXT NOT NULL DEFAULT '',
            sql TEXT NOT NULL DEFAULT '',
            line INTEGER NOT NULL DEFAULT 0,
            seconds REAL NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            summed INTEGER NOT NULL DEFAULT 0,
            count INTEGER NOT NULL DEFAULT 1
        ))",
     R"(CREATE INDEX run_statements_by_run ON run_statements (run_id, migration_position))"},
    // 4: the log a line per row, so that appending is linear (runs.log was rewritten whole for
    // every line). An earlier run's log becomes one row, its last line break dropped as the
    // reader adds it back; runs.log stays, empty, for an older migdesk reading this file.
    {R"(CREATE TABLE run_log (
            run_id INTEGER NOT NULL REFERENCES runs (id),
            position INTEGER NOT NULL,
            line TEXT NOT NULL,
            PRIMARY KEY (run_id, position)
        ) WITHOUT ROWID)",
     R"(INSERT INTO run_log (run_id, position, line)
        SELECT id, 0, CASE WHEN substr(log, -1) = char(10) THEN substr(log, 1, length(log) - 1)
                           ELSE log END
        FROM runs WHERE log <> '')",
     R"(UPDATE runs SET log = '' WHERE log <> '')"},
    // 5: the activity counters beside each table's hourly size, read at counters_at (the
    // server's clock, epoch seconds), so that assess can rate a table's traffic since that
    // sample. Older samples have none (NULL).
    {R"(ALTER TABLE table_sizes ADD COLUMN writes_total INTEGER)",
     R"(ALTER TABLE table_sizes ADD COLUMN reads_total INTEGER)",
     R"(ALTER TABLE table_sizes ADD COLUMN counters_at REAL)"},
};
static_assert(std::size(kUpgrades) == HistorySchema::kVersion);

} // namespace

const std::vector<const char*>& HistorySchema::upgradeFrom(int version)
{
    return kUpgrades[version];
}

} // namespace migdesk::core
