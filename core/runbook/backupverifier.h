// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupmetadata.h"
#include "runbook/pgtools.h"
#include "runbook/stepcontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace migdesk::core {

// Decides whether a backup may be restored: its metadata JSON must be there, every file it lists
// must have the recorded size and SHA-256, and pg_restore must be able to read the archive's
// table of contents. A restore that starts from a damaged file can leave a database half
// dropped, so anything short of that is refused before the database is touched.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
public:
    // path: the custom file, the directory of a directory-format dump, the plain .sql or the
    // <stem>.json itself. Hashing is streamed with progress in bytes and stops on cancel (then
    // *error says so and ctx.cancel.isCancelled() is true). On refusal: nullopt and one
    // sentence in *error.
    static std::optional<BackupMetadata> verify(const QString& path, const PgTools& tools,
                                                const StepContext& ctx, QString* error);

    // <folder>/<stem>.json for any file of a backup, the path itself for a .json.
    static QString metadataPathFor(const QString& path);

    // The archive's table of contents as `pg_restore --list` prints it, one entry per line
    // (comment lines dropped); nullopt and one sentence when pg_restore cannot read it.
    static std::optional<QStringList> tableOfContents(const QString& pgRestore,
                                                      const QString& archive,
                                                      const StepContext& ctx, QString* error);
};

} // namespace migdesk::core
