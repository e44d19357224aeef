// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace migdesk::core {

// A migration key: (app label, migration name). Django's special names are kept as written:
// "__first__", "__latest__"; a swappable dependency is ("__setting__", "AUTH_USER_MODEL").
using MigrationKey = std::pair<QString, QString>;

// One operation of a migration, as read from its source without running it.
struct MigrationOperation
{
    QString className;     // the class name proper: "AddField", "AddIndexConcurrently"
    QString qualifiedName; // as written: "migrations.AddField", "operations.AddIndexConcurrently"
    QString modelName;     // model_name=, or CreateModel/DeleteModel name=
    QString name;          // name= (field, index or constraint name)
    QString oldName;       // RenameField/RenameModel/RenameIndex
    QString newName;
    QString fieldClass;            // AddField/AlterField field=: "models.CharField"
    std::optional<bool> fieldNull; // null=True/False when written literally
    bool fieldHasDefault = false;  // default= given
    QStringList sql;               // RunSQL sql= literal(s); empty when not a literal
    QStringList reverseSql;        // RunSQL reverse_sql= literal(s)
    // RunPython reverse_code= / RunSQL reverse_sql= given (RunPython.noop and RunSQL.noop count
    // as a reverse that does nothing). Other operations: Django can reverse them itself.
    bool hasReverse = true;
    int line = 0; // 1-based line of the operation in its file
};

// A migration as a source reads it: Django module or SQL-folder file.
struct Migration
{
    QString app;
    QString name;
    QString file; // absolute path
    std::vector<MigrationKey> dependencies;
    std::vector<MigrationKey> replaces; // a squashed migration replaces these
    std::vector<MigrationKey> runBefore;
    bool initial = false;
    bool atomic = true;
    std::vector<MigrationOperation> operations;
    // The SQL it runs, where known: SQL-folder files, RunSQL literals, or `sqlmigrate` output.
    QString sql;
    int sqlFirstLine = 1; // line in `file` where `sql` starts (for findings)

    MigrationKey key() const { return {app, name}; }
    QString label() const { return app + QLatin1Char('.') + name; } // "billing.0003_x"
};

// A problem reading a source: a module that cannot be parsed, a dependency that does not exist,
// a file changed after it was applied. The rest of the plan is still produced.
struct SourceProblem
{
    QString file;
    int line = 0;
    QString message; // one sentence
};

} // namespace migdesk::core
