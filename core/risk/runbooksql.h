// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/runbookscore.h"

#include <QStringList>

namespace migdesk::core {

// The runbook's safety colours and migration types applied to the SQL of a RunSQL operation,
// read with PostgreSQL's own parser (libpg_query) so that a keyword inside a string or comment
// is never mistaken for a statement.
class RunbookSql
{
public:
    struct Verdict
    {
        RunbookScore::Safety safety = RunbookScore::Safety::Green;
        RunbookScore::Reason reason = RunbookScore::Reason::NoDataChange; // worst statement's
        bool readable = true;     // every literal parsed, and the SQL was known at all
        bool changesData = false; // INSERT, UPDATE, DELETE, MERGE, COPY or a DO block
        bool drops = false;       // DROP, TRUNCATE, ALTER TABLE ... DROP COLUMN/CONSTRAINT
        bool onlyAdds = false;    // each statement creates or adds something (SET and the
                                  // like aside), and there is at least one that does
        QStringList tables;       // relations the statements name, unqualified
    };

    // sql: the operation's literal statements (MigrationOperation::sql); empty means the
    // source could not read them, which is rated red: SQL nobody has seen is not safe.
    static Verdict classify(const QStringList& sql);
};

} // namespace migdesk::core
