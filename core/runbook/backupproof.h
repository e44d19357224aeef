// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/pgtools.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

// Proves a backup by doing what a rollback would do: restores it into a throwaway local
// PostgreSQL and compares every table's row count with the counts the backup recorded in the
// dump's own snapshot (BackupMetadata::rowCounts). The throwaway server is gone when run()
// returns, whatever happened.
class BackupProof
{
    Q_DECLARE_TR_FUNCTIONS(BackupProof)
public:
    // metadataPath: the <stem>.json (or any file of the backup). Reports a BackupProofReport
    // once the copy was counted: no source count for a table the metadata did not count, no
    // restored count for one that did not come back.
    static StepResult run(const QString& metadataPath, const PgTools& tools,
                          const StepContext& ctx);
};

} // namespace migdesk::core
