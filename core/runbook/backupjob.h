// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

class PgConnection;

struct BackupOptions
{
    QString directory; // where the files go (created if missing)
    enum class Format { Custom, Directory } format = Format::Custom;
    int jobs = 1; // directory format: pg_dump -j
    // pg_dump --compress, gzip level 0 (none) to 9 (smallest). 1 by default: measured on a
    // 1.7 GB database (README, bench_backup) it dumps in 0.37x the time of pg_dump's own
    // default (6) for a fifth more bytes; 0 writes five times the bytes and is slower still.
    static constexpr int kDefaultCompression = 1;
    int compression = kDefaultCompression;
    bool plain =
        false; // also <stem>.sql, made from the dump by pg_restore -f (no 2nd database pass)
    bool countRows = false; // count every table's rows in the dump's own snapshot (for the proof)
    int lockWaitTimeoutMs = 30'000; // pg_dump --lock-wait-timeout
};

// The runbook's backup in one pg_dump run instead of two: a custom-format archive that migdesk
// writes itself from pg_dump's output (SHA-256 computed as it is written; a temporary file
// renamed only when complete), or a directory-format dump with parallel jobs; then a non-empty
// check, `pg_restore --list`, the optional plain SQL made from the archive, and the metadata
// JSON beside it. pg_dump runs with --lock-wait-timeout so that it never queues behind another
// session's exclusive lock. A failed or cancelled run leaves none of its files behind and
// touches nothing else in the folder.
//
// Blocking: run it on a worker thread (StepRunner) or from a command.
class BackupJob
{
    Q_DECLARE_TR_FUNCTIONS(BackupJob)
public:
    // Reports a BackupReport (metadata path and metadata) when the backup was written.
    static StepResult run(const RunbookTarget& target, const BackupOptions& options,
                          const StepContext& ctx);

    // What a custom-format dump of the database will take at most, for the preflight's
    // free-disk check: see the query's comment for the rule.
    static Result<qint64> estimateDumpBytes(PgConnection& inspection);
};

} // namespace migdesk::core
