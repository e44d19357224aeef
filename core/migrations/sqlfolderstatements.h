// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace migdesk::core {

// A SQL script split into its top-level statements by PostgreSQL's own parser (libpg_query),
// with the statements that cannot run inside a transaction block marked. Flyway decides the
// same question with its own SQL parser; asking PostgreSQL's grammar means strings, dollar
// quotes and comments that contain "CONCURRENTLY" or ";" are never misread.
struct SqlFolderStatements
{
    struct Statement
    {
        QString text; // from just after the previous statement's ";" to this one's end
        int line = 1; // 1-based line of the statement's first keyword in the script
        // Empty when the statement can run in a transaction block; otherwise what it is, such
        // as "CREATE INDEX CONCURRENTLY" (SQL keywords, not translated).
        QString outsideTransaction;
    };

    bool parsed = false; // false: libpg_query rejected the script (statements is then empty)
    QString parseError;  // libpg_query's message when not parsed
    int parseErrorLine = 0;
    std::vector<Statement> statements;

    static SqlFolderStatements parse(const QString& sql);

    // The first statement that cannot run in a transaction block, or nullptr. A script that
    // does not parse has none: it runs in a transaction and PostgreSQL reports its error there,
    // so nothing of it stays behind.
    const Statement* firstOutsideTransaction() const;
    // True when the whole script can run in one transaction block.
    bool transactional() const { return firstOutsideTransaction() == nullptr; }
};

} // namespace migdesk::core
