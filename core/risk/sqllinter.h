// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/finding.h"
#include "risk/lockinfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace migdesk::core {

struct LintOptions
{
    int serverVersionNum = 150000; // the target server's server_version_num
    QString file;                  // copied into every finding
    int firstLine = 1;             // line of the script's first line in `file` (SQL in a .py)
    // The migration tool wraps the script in a transaction: Django runs atomic migrations so.
    bool assumeInTransaction = false;
    bool withLocks = true; // fill LintResult::locks (the rules know the locks either way)
};

struct LintResult
{
    std::vector<Finding> findings;     // in script order
    std::vector<StatementLock> locks;  // in script order, several per statement possible
    std::optional<Finding> parseError; // rule "syntax-error"; then nothing else is filled
    int statementCount = 0;
};

// Lints a SQL migration script with PostgreSQL's own parser (libpg_query, PostgreSQL 15
// grammar): squawk's rules under squawk's ids plus migdesk's own, and the lock each statement
// takes. Pure and thread-safe: no database, no shared state.
//
// Ignore comments, on the statement's first line, on the line before it or inside it:
//   -- migdesk-ignore rule-id[, rule-id...]
//   -- migdesk-ignore-file [rule-id, ...]     (the whole script; no ids: every rule)
// and squawk's -- squawk-ignore / -- squawk-ignore-file with the same meaning.
class SqlLinter
{
    Q_DECLARE_TR_FUNCTIONS(SqlLinter)
public:
    static LintResult lint(const QString& sql, const LintOptions& options = {});
    static QStringList ruleIds();
    static Finding::Severity severityOf(const QString& ruleId);
};

} // namespace migdesk::core
