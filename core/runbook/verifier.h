// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbooktarget.h"
#include "runbook/smokequery.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace migdesk::core {

struct VerifyOptions
{
    QString healthUrl;           // empty: the health check is skipped
    int healthTimeoutMs = 5'000;
    std::vector<SmokeQuery> smokeQueries;
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
// checks reporting errors. Warn: tables without a primary key and foreign keys without an index
// (often there before the migration and a matter for the team, not a reason to roll back),
// constraints left NOT VALID (the runbook's own safe way to add one; validate it later).
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Verifier)
public:
    // details: {"checks": checksJson(...)}; Failed when a check fails.
    static StepResult run(const RunbookTarget& target, const VerifyOptions& options,
                          const StepContext& context);
    // SmokeQueryFile::read: nullopt and a sentence with the file's line in *error when refused.
    static std::optional<std::vector<SmokeQuery>> readSmokeFile(const QString& path, QString* error);
};

} // namespace migdesk::core
