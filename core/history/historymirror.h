// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "history/runrecord.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace migdesk::core {

class PgConnection;

// The copy of migdesk's runs kept in the target database itself, so that a reviewer on another
// machine sees runs made elsewhere: schema `migdesk`, table `migdesk.runs`, one row per run
// (keyed by the run's uuid) holding RunRecord::toJson() in `record` and its main facts as
// columns for SQL readers. The first run allowed to write there creates them; reading never
// does. The local store stays the record of truth: a mirror that cannot be written costs a
// warning on the run, never the run.
class HistoryMirror
{
    Q_DECLARE_TR_FUNCTIONS(HistoryMirror)
public:
    static QString schemaName(); // "migdesk"
    static QString tableName();  // "migdesk.runs"

    // Creates the schema and table when they are missing, then inserts the run or updates its
    // row, in one transaction on `writable`: a connection the caller opened for writing (the
    // run's WriteSession), not in a transaction. A run written as "running" names `writable`'s
    // server session as its live session: the caller keeps that connection open until it writes
    // the run's end, since a running row whose session is gone reads as interrupted. Every
    // write first marks such rows of other runs interrupted in the table itself. What the role may
    // not do (no CREATE on the database, no INSERT or UPDATE on the table) or a read-only server
    // comes back as the error; refusalSentence() words it for the run.
    static std::optional<DbError> write(PgConnection& writable, const RunRecord& run);

    // The mirrored runs started at or after `since` (all when invalid), newest first, with
    // fromMirror = true, id = 0 and mirror = "mirrored"; a running one whose live session is
    // gone comes back "interrupted". A database without the table has
    // none: that is not an error. Only reads (SELECT on the table, USAGE on the schema), so an
    // inspection connection is the one to use.
    static Result<std::vector<RunRecord>> read(PgConnection& connection,
                                               const QDateTime& since = {});

    // For RunRecord::mirror when write() failed: "The run is recorded locally but not mirrored
    // to <database>: <why>. <what to do>."
    static QString refusalSentence(const DbError& error, const QString& database = {});
};

} // namespace migdesk::core
