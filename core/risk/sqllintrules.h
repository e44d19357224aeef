// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/finding.h"
#include "risk/locklevels.h"
#include "risk/sqllintsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace migdesk::core {

// The linter's rules over one parsed script. squawk's rules keep squawk's ids and, as far as
// PostgreSQL's parse tree allows, squawk's semantics (squawk 2.x, crates/squawk_linter);
// migdesk's own rules add what a DBA checks before a maintenance window. Statements are fed in
// script order as they are parsed; script-wide rules report from finish().
class SqlLintRules
{
    Q_DECLARE_TR_FUNCTIONS(SqlLintRules)
public:
    struct Rule
    {
        const char* id;
        Finding::Severity severity;
    };
    // A finding and the lines of the statement it is about (for ignore comments).
    struct Hit
    {
        int statement = 0;
        int statementLine = 0;
        int statementEndLine = 0;
        Finding finding;
        QString unlessCreated; // dropped if the script turns out to create this table
    };

    SqlLintRules(const SqlLintSource& source, const LockLevels& locks, int serverVersionNum,
                 bool assumeInTransaction);

    // Call in script order, before LockLevels::record() for the same statement: rules that
    // depend on earlier statements ask the lock tracker what the script did so far.
    void check(const SqlLintSource::Statement& statement);
    void finish();
    // The findings, in script order, after finish().
    std::vector<Hit> takeHits() { return std::move(m_hits); }

    static const std::vector<Rule>& rules();
    static Finding::Severity severityOf(const QString& rule);

private:
    enum class Timeout { Missing, Present, Reported };
    struct ForeignKey
    {
        SqlLintSource::Statement statement;
        QString table; // relname
        QString schema;
        QString written; // as written, for messages
        QString referenced;
        QStringList columns;
    };
    struct IndexColumns
    {
        QString table;
        QString schema;
        QStringList columns;
    };

    void report(const SqlLintSource::Statement& statement, const char* rule, const QString& message,
                const QString& fix);
    // A finding that holds only for an existing table, not one the script creates in a
    // transaction (before or after this statement).
    void reportUnlessNew(const SqlLintSource::Statement& statement, const QString& table,
                         const char* rule, const QString& message, const QString& fix);
    void noteNewTable(const SqlLintSource::Statement& statement);
    void transactionStatement(const SqlLintSource::Statement& statement);
    void alterTable(const SqlLintSource::Statement& statement);
    void alterTableRobustness(const SqlLintSource::Statement& statement,
                              const QJsonObject& command);
    void addColumn(const SqlLintSource::Statement& statement, const QString& table,
                   const QJsonObject& columnDef);
    void addConstraint(const SqlLintSource::Statement& statement, const QString& table,
                       const QJsonObject& constraint);
    void setNotNull(const SqlLintSource::Statement& statement, const QString& table,
                    const QString& column);
    void createTable(const SqlLintSource::Statement& statement);
    void createIndex(const SqlLintSource::Statement& statement);
    void dropStatement(const SqlLintSource::Statement& statement);
    void renameStatement(const SqlLintSource::Statement& statement);
    void timeouts(const SqlLintSource::Statement& statement);
    void columnType(const SqlLintSource::Statement& statement, const QString& column,
                    const QJsonObject& typeName);
    void duplicateColumns(const SqlLintSource::Statement& statement);
    void reportDuplicates(const SqlLintSource::Statement& statement, const QStringList& names,
                          const QSet<QString>& partial);
    void identifiers(const SqlLintSource::Statement& statement);
    void foreignKeysWithoutIndex();
    bool createdInTransaction(const QString& table) const;
    bool possiblySlow(const SqlLintSource::Statement& statement) const;

    const SqlLintSource& m_source;
    const LockLevels& m_locks;
    int m_serverVersionNum;
    bool m_assumeInTransaction;
    std::vector<Hit> m_hits;

    // Transaction state as the script sets it with BEGIN / COMMIT (or the migration tool).
    bool m_inTransaction;
    bool m_explicitTransaction = false;
    std::optional<SqlLintSource::Statement> m_uncommittedBegin;
    bool m_insideForNewTables; // BEGIN/COMMIT as squawk counts them for new tables
    QSet<QString> m_tablesCreatedInTransaction;
    int m_statementCount = 0;

    Timeout m_lockTimeout = Timeout::Missing;
    Timeout m_statementTimeout = Timeout::Missing;
    QHash<QString, bool> m_robustConstraints; // name -> dropped (true) or re-added (false)
    QSet<QString> m_notValidConstraints;      // added NOT VALID in this transaction
    std::vector<SqlLintSource::Statement> m_concurrentIndexesInTransaction;

    // adding-not-nullable-field: squawk's NOT VALID CHECK / VALIDATE bookkeeping (PG 12+).
    QHash<QString, QPair<QString, QString>> m_notNullConstraints; // name -> (table, column)
    QSet<QString> m_validatedColumns;                             // table \n column
    QSet<QString> m_externalValidates;                            // table \n constraint

    std::vector<ForeignKey> m_foreignKeys;
    std::vector<IndexColumns> m_indexes;
};

} // namespace migdesk::core
