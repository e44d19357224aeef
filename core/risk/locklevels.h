// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/lockinfo.h"
#include "risk/sqllintsource.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace migdesk::core {

// Which lock each statement of a script takes on which relation, as PostgreSQL 15 executes it
// (src/backend/commands/tablecmds.c AlterTableGetLockLevel and friends), and whether it
// rewrites or reads the whole table meanwhile. It follows the script statement by statement:
// column types, indexes and validated NOT NULL checks seen earlier refine the later answers
// (a varchar widening is no rewrite, a SET NOT NULL after a validated CHECK is no scan).
class LockLevels
{
public:
    explicit LockLevels(int serverVersionNum);

    // The locks of a statement given what the script did before it. Relations the statement
    // creates are left out: nobody else can be waiting for them.
    std::vector<StatementLock> locksFor(const SqlLintSource::Statement& statement) const;
    // Learns what a statement leaves behind; call after locksFor() for the same statement.
    void record(const SqlLintSource::Statement& statement);

    // A validated CHECK (column IS NOT NULL) on the table was added earlier in the script, so
    // PostgreSQL 12+ sets NOT NULL without scanning.
    bool notNullProven(const QString& table, const QString& column) const;
    // The table an index created earlier in the script belongs to; empty when unknown.
    QString tableOfIndex(const QString& index) const;

    // Lock modes ordered by strength, 1 (AccessShareLock) to 8 (AccessExclusiveLock); 0 for
    // anything else. The number is PostgreSQL's LOCKMODE.
    static int strength(const QString& mode);
    static QString modeName(int strength);
    // "ACCESS EXCLUSIVE" for "AccessExclusiveLock", as the documentation writes it.
    static QString sqlName(const QString& mode);

private:
    struct ColumnType
    {
        QString base;         // "varchar", "numeric", "int4"
        QList<int> modifiers; // {255}, {10, 2}; empty when unconstrained
        int arrayDimensions = 0;
    };
    struct Effect
    {
        int mode = 0;
        bool rewrites = false;
        bool scans = false;
        QString what;
    };
    struct NotNullCheck
    {
        QString table;
        QString column;
        bool validated = false;
    };

    void alterTableLocks(const QJsonObject& node, const SqlLintSource::Statement& statement,
                         std::vector<StatementLock>& locks) const;
    Effect alterTableCommand(const QString& table, const QJsonObject& command,
                             const SqlLintSource::Statement& statement,
                             std::vector<StatementLock>& extra) const;
    Effect addColumn(const QJsonObject& columnDef, const SqlLintSource::Statement& statement,
                     std::vector<StatementLock>& extra) const;
    Effect addConstraint(const QJsonObject& constraint, const SqlLintSource::Statement& statement,
                         std::vector<StatementLock>& extra) const;
    bool typeChangeRewrites(const QString& table, const QString& column,
                            const QJsonObject& columnDef, QString* reason) const;
    void recordColumn(const QString& table, const QJsonObject& columnDef);
    static QString key(const QString& table, const QString& column);

    int m_serverVersionNum;
    QHash<QString, ColumnType> m_columnTypes;     // key(table, column)
    QHash<QString, QString> m_indexTables;        // index name -> table as written
    QHash<QString, NotNullCheck> m_notNullChecks; // constraint name -> what it proves
};

} // namespace migdesk::core
