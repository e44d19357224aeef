// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"
#include "runbook/pgtools.h"
#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace migdesk::core {

struct RestoreOptions
{
    // 1: one transaction, all or nothing. More: pg_restore -j, faster but not atomic.
    int jobs = 1;
};

// Puts a migdesk backup back into the target database with
// `pg_restore --clean --if-exists`, after BackupVerifier has passed it: a corrupt, cut-short or
// unvouched backup is refused before any connection to the target is made.
class RestoreJob
{
    Q_DECLARE_TR_FUNCTIONS(RestoreJob)
public:
    // backupPath: the custom file, the dump directory or the <stem>.json. A plain .sql is
    // refused (psql restores those). Reports a RestoreReport.
    static StepResult run(const RunbookTarget& target, const QString& backupPath,
                          const RestoreOptions& options, const StepContext& ctx);

    // The pg_restore run alone, for an archive BackupVerifier has already passed; RestoreJob::run
    // and BackupProof share it. options go before -j and the archive (--clean, --no-owner...).
    // The password reaches pg_restore through PGPASSWORD only. When it did not finish
    // cleanly: outcome Failed or Cancelled and, as sentence, what pg_restore said (the first
    // words of the caller's sentence, which knows what the failure means for its database).
    // Reports a RestoreReport with jobs and TOC entries.
    // The one-job restore of a whole database: the archive as a script (pg_restore -f -) piped
    // into psql, after dropping every user schema, all in one transaction. pg_restore --clean
    // alone cannot bring back the state of the backup once a migration has added objects that
    // depend on restored ones (a new foreign key on a restored primary key makes dropping that
    // key fail); dropping the schemas with CASCADE removes them too, and a failure still leaves
    // the database as it was. Objects created since the backup are gone afterwards, as a
    // restore to that point means; the pre-rollback backup keeps them.
    static StepResult restoreReplacingSchemas(const PgTools& tools, const ConnInfo& info,
                                              const std::optional<QString>& password,
                                              const QString& archive, const StepContext& ctx);
    static StepResult restoreVerified(const QString& pgRestore, const ConnInfo& info,
                                      const std::optional<QString>& password,
                                      const QString& archive, const QStringList& options, int jobs,
                                      const StepContext& ctx);
};

} // namespace migdesk::core
