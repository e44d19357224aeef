// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

// A check the team writes for its own application after a migration: one read-only statement and
// what the first column of its first row must read, as PostgreSQL prints it ("t" for true,
// "NULL" for SQL NULL).
struct SmokeQuery
{
    QString name;
    QString sql;
    QString expected;
};

// The smoke-query file a DBA writes by hand: each query starts with a `-- name:` line, has one
// `-- expect:` line, and its SQL runs up to the next `-- name:` or the end of the file:
//
//     -- name: users exist
//     -- expect: t
//     SELECT count(*) > 0 FROM auth_user;
//
// Other comments and blank lines are free. Every query is parsed with PostgreSQL's own parser
// when the file is read, so a typo is reported with its line before anything runs.
class SmokeQueryFile
{
    Q_DECLARE_TR_FUNCTIONS(SmokeQueryFile)
public:
    // nullopt and one sentence naming the file and line in *error when the file is refused.
    static std::optional<std::vector<SmokeQuery>> read(const QString& path, QString* error);
    // fileName only names the file in error sentences.
    static std::optional<std::vector<SmokeQuery>> parse(const QString& text,
                                                        const QString& fileName, QString* error);
};

} // namespace migdesk::core
