// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"
#include "history/schemasnapshot.h"
#include "runbook/runbooktarget.h"
#include "runbook/smokequery.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace migdesk::core {

// The schema before the run being verified, to tell a problem the run introduced from one that
// was there already.
struct VerifyBaseline
{
    SchemaSnapshot schema;
    QString label; // "the schema before run 42 (2026-12-04 03:10 UTC)"
};

struct VerifyOptions
{
    QString healthUrl; // empty: the health check is skipped
    int healthTimeoutMs = 5'000;
    std::vector<SmokeQuery> smokeQueries;
    // Fail on every table without a primary key and foreign key without an index, as the
    // runbook's own verification does, not only on those the run introduced.
    bool strict = false;
    // Unset: latestBaseline() from the history at historyPath, if it has one.
    std::optional<VerifyBaseline> baseline;
    QString historyPath = HistoryStore::defaultPath(); // empty: no baseline from the history
};

// The runbook's post-migration verification as checks: connectivity (a fresh connection and
// SELECT version(), timed), no migration left pending, tables without a primary key, foreign
// keys without an index that covers them, invalid indexes, constraints left NOT VALID, the
// user's smoke queries, the health endpoint and `manage.py check`. Everything runs on a
// read-only inspection connection; smoke queries each in a READ ONLY transaction that is rolled
// back. Blocking; run it on a worker thread or from a command.
//
// Fail: a migration still pending, an invalid index, a smoke query that fails or reads
// otherwise than expected, no connection, the health endpoint not answering 2xx, Django's
// checks reporting errors, a table without a primary key or a foreign key without an index
// that the run introduced (absent from the baseline, or keyed or indexed there). Warn: such
// problems that were there before the run (a matter for the team, not a reason to roll back)
// or when there is no baseline to tell; --strict fails on them too. Warn: constraints left NOT
// VALID (the runbook's own safe way to add one; validate it later).
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
public:
    // Reports the CheckList; Failed when a check fails.
    static StepResult run(const RunbookTarget& target, const VerifyOptions& options,
                          const StepContext& context);
    // SmokeQueryFile::read: nullopt and a sentence with the file's line in *error when refused.
    // What a verification is judged against: the schema of server/database before the newest
    // recorded run that changed it (that run's first "before" snapshot, so a guided cycle that
    // migrated and rolled back counts from before its migration). Rollback runs are passed
    // over: after a rollback the schema should be what it was before the run it undid.
    static std::optional<VerifyBaseline>
    latestBaseline(const QString& historyPath, const QString& server, const QString& database);
    static std::optional<std::vector<SmokeQuery>> readSmokeFile(const QString& path,
                                                                QString* error);
};

} // namespace migdesk::core
