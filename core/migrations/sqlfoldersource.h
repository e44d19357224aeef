// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "migrations/sqlfolderappliedrow.h"
#include "migrations/sqlfolderplan.h"
#include "migrations/sqlfolderscan.h"

#include <QCoreApplication>

#include <optional>
#include <variant>
#include <vector>

namespace migdesk::core {

class PgConnection;

// A plain SQL migration folder with Flyway's naming (V<version>__<description>.sql, optional
// U<version>__<description>.sql undo files), compared with the migdesk_schema_history table of
// the target database. Reading the folder is file I/O and reading the history is a query: call
// both from a worker thread. Applying is SqlFolderApplier's job.
class SqlFolderSource
{
    Q_DECLARE_TR_FUNCTIONS(SqlFolderSource)
public:
    // Every *.sql file under `folder`, subfolders included (hidden ones and symbolic links to
    // folders are skipped). Names that do not follow the pattern, duplicate versions (1 and 1.0
    // are the same version; all files of a duplicated version are left out, since which one
    // is meant cannot be told) and undo files without their versioned file become problems.
    static SqlFolderScan scan(const QString& folder);

    // Above this size a scan hashes a script and checks its encoding a megabyte at a time and
    // keeps no text: a folder with a 300 MB seed script, applied long ago, is scanned within a
    // few MB. Its text is read when a plan needs it (load()).
    static constexpr qint64 kLargeScriptBytes = 16LL * 1024 * 1024;

    // One file, relative to its folder. The checksum is over the file's bytes; the text is
    // UTF-8 with a leading byte-order mark removed (PostgreSQL would reject it).
    static std::variant<SqlFolderScript, SourceProblem> readScript(const QString& file,
                                                                   const QString& folder);
    // Reads a deferred script's text (nothing to do otherwise), refusing a file whose bytes
    // are no longer those the scan hashed.
    static std::optional<SourceProblem> load(SqlFolderScript& script);

    // The history rows (SqlFolderHistory::read); use a read-only connection.
    static Result<std::vector<SqlFolderAppliedRow>> readApplied(PgConnection& connection);

    // What differs between the folder and the history: a file changed after it was applied
    // (checksum drift), an applied file no longer in the folder, a failed apply.
    static std::vector<SourceProblem> verify(const SqlFolderScan& scan,
                                             const std::vector<SqlFolderAppliedRow>& applied);

    // The versions without a successful history row, in version order and with their text,
    // with verify()'s problems plus one for each pending version older than the newest applied
    // one (it still runs, but out of order). A failed version is pending again.
    static SqlFolderPlan pending(const SqlFolderScan& scan,
                                 const std::vector<SqlFolderAppliedRow>& applied);

private:
    // Decodes and parses a script's bytes into it; `checked`: they must hash as the scan's did.
    static std::optional<SourceProblem> takeText(SqlFolderScript& script, const QByteArray& bytes,
                                                 bool checked);
};

} // namespace migdesk::core
