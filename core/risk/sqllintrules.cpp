// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/sqllintrules.h"

#include "risk/sqllintexpr.h"
#include "risk/sqllintnode.h"

#include <algorithm>

namespace migdesk::core {

using namespace sqllint;

namespace {

using Severity = Finding::Severity;

// A statement kept for a finding that finish() reports: where it is and its text, without the
// parse tree, which would keep the script's trees in memory.
SqlLintSource::Statement placeOf(const SqlLintSource::Statement& statement)
{
    SqlLintSource::Statement place = statement;
    place.node = QJsonObject();
    return place;
}

// PostgreSQL truncates identifiers to NAMEDATALEN - 1 bytes.
constexpr int MaxIdentifierBytes = 63;

QString pairKey(const QString& a, const QString& b)
{
    return a + QLatin1Char('\n') + b;
}

bool isTableAlter(const QJsonObject& alterTable)
{
    return is(alterTable, "objtype", "OBJECT_TABLE");
}

QList<QJsonObject> columnConstraints(const QJsonObject& columnDef)
{
    QList<QJsonObject> result;
    for (const QJsonValue& value : array(columnDef, "constraints"))
        result << fieldsOf(value, "Constraint");
    return result;
}

bool hasConstraint(const QJsonObject& columnDef, const char* contype)
{
    const QList<QJsonObject> constraints = columnConstraints(columnDef);
    return std::any_of(constraints.begin(), constraints.end(),
                       [contype](const QJsonObject& c) { return is(c, "contype", contype); });
}

bool isSerial(const QString& base)
{
    return base == QLatin1String("serial") || base == QLatin1String("serial2") ||
           base == QLatin1String("serial4") || base == QLatin1String("serial8") ||
           base == QLatin1String("smallserial") || base == QLatin1String("bigserial");
}

// squawk's "possibly slow" statements: DDL, not DML (require-lock-timeout and friends).
bool isSlowStatementType(const QString& type)
{
    static const QSet<QString> types = [] {
        QSet<QString> set;
        for (const char* name : {"AlterTableStmt",
                                 "AlterDomainStmt",
                                 "AlterEnumStmt",
                                 "AlterTypeStmt",
                                 "AlterCollationStmt",
                                 "AlterDatabaseStmt",
                                 "AlterDatabaseSetStmt",
                                 "AlterDatabaseRefreshCollStmt",
                                 "AlterDefaultPrivilegesStmt",
                                 "AlterEventTrigStmt",
                                 "AlterExtensionStmt",
                                 "AlterExtensionContentsStmt",
                                 "AlterFdwStmt",
                                 "AlterForeignServerStmt",
                                 "AlterFunctionStmt",
                                 "AlterObjectDependsStmt",
                                 "AlterObjectSchemaStmt",
                                 "AlterOwnerStmt",
                                 "AlterOperatorStmt",
                                 "AlterOpFamilyStmt",
                                 "AlterPolicyStmt",
                                 "AlterPublicationStmt",
                                 "AlterRoleStmt",
                                 "AlterRoleSetStmt",
                                 "AlterSeqStmt",
                                 "AlterStatsStmt",
                                 "AlterSubscriptionStmt",
                                 "AlterSystemStmt",
                                 "AlterTableMoveAllStmt",
                                 "AlterTableSpaceOptionsStmt",
                                 "AlterTSConfigurationStmt",
                                 "AlterTSDictionaryStmt",
                                 "AlterUserMappingStmt",
                                 "RenameStmt",
                                 "CreateAmStmt",
                                 "CreateCastStmt",
                                 "CreateConversionStmt",
                                 "CreatedbStmt",
                                 "CreateDomainStmt",
                                 "CreateEnumStmt",
                                 "CreateRangeStmt",
                                 "CompositeTypeStmt",
                                 "DefineStmt",
                                 "CreateEventTrigStmt",
                                 "CreateExtensionStmt",
                                 "CreateFdwStmt",
                                 "CreateForeignServerStmt",
                                 "CreateForeignTableStmt",
                                 "CreateFunctionStmt",
                                 "CreateRoleStmt",
                                 "IndexStmt",
                                 "CreatePLangStmt",
                                 "CreateOpClassStmt",
                                 "CreateOpFamilyStmt",
                                 "CreatePolicyStmt",
                                 "CreatePublicationStmt",
                                 "RuleStmt",
                                 "CreateSchemaStmt",
                                 "CreateSeqStmt",
                                 "CreateStatsStmt",
                                 "CreateSubscriptionStmt",
                                 "CreateTableAsStmt",
                                 "CreateTableSpaceStmt",
                                 "CreateTransformStmt",
                                 "CreateTrigStmt",
                                 "ViewStmt",
                                 "CreateUserMappingStmt",
                                 "DropStmt",
                                 "DropdbStmt",
                                 "DropOwnedStmt",
                                 "DropRoleStmt",
                                 "DropSubscriptionStmt",
                                 "DropTableSpaceStmt",
                                 "DropUserMappingStmt",
                                 "ClusterStmt",
                                 "CommentStmt",
                                 "ImportForeignSchemaStmt",
                                 "LoadStmt",
                                 "LockStmt",
                                 "RefreshMatViewStmt",
                                 "ReindexStmt",
                                 "TruncateStmt"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return types.contains(type);
}

bool createTableHasForeignKey(const QJsonObject& createStmt)
{
    for (const QJsonValue& element : array(createStmt, "tableElts")) {
        if (is(fieldsOf(element, "Constraint"), "contype", "CONSTR_FOREIGN") ||
            hasConstraint(fieldsOf(element, "ColumnDef"), "CONSTR_FOREIGN"))
            return true;
    }
    return false;
}

// The name PostgreSQL gives a SELECT output column, as far as it matters for duplicates.
QString outputColumnName(const QJsonObject& resTarget)
{
    const QString name = text(resTarget, "name");
    if (!name.isEmpty())
        return name;
    const QJsonValue value = get(resTarget, "val");
    if (typeOf(value) == QLatin1String("ColumnRef")) {
        const QJsonArray fields = array(fieldsOf(value), "fields");
        return fields.isEmpty() ? QString() : text(fieldsOf(fields.last(), "String"), "sval");
    }
    if (typeOf(value) == QLatin1String("FuncCall")) {
        const QStringList function = strings(array(fieldsOf(value), "funcname"));
        return function.isEmpty() ? QString() : function.last();
    }
    return QString();
}

QString quotedList(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

} // namespace

const std::vector<SqlLintRules::Rule>& SqlLintRules::rules()
{
    // Error: blocks or rewrites a busy table, loses data, or makes the migration fail.
    static const std::vector<Rule> list{
        {"require-concurrent-index-creation", Severity::Error},
        {"require-concurrent-index-deletion", Severity::Warning},
        {"constraint-missing-not-valid", Severity::Error},
        {"adding-field-with-default", Severity::Error},
        {"adding-foreign-key-constraint", Severity::Error},
        {"changing-column-type", Severity::Error},
        {"adding-not-nullable-field", Severity::Error},
        {"adding-serial-primary-key-field", Severity::Error},
        {"renaming-column", Severity::Warning},
        {"renaming-table", Severity::Warning},
        {"disallowed-unique-constraint", Severity::Error},
        {"ban-drop-database", Severity::Error},
        {"prefer-bigint-over-int", Severity::Warning},
        {"prefer-bigint-over-smallint", Severity::Warning},
        {"prefer-identity", Severity::Warning},
        {"prefer-robust-stmts", Severity::Warning},
        {"prefer-text-field", Severity::Warning},
        {"prefer-timestamp-tz", Severity::Warning},
        {"ban-char-field", Severity::Warning},
        {"ban-drop-column", Severity::Error},
        {"ban-drop-table", Severity::Error},
        {"ban-drop-not-null", Severity::Warning},
        {"transaction-nesting", Severity::Warning},
        {"adding-required-field", Severity::Error},
        {"ban-concurrent-index-creation-in-transaction", Severity::Error},
        {"ban-create-domain-with-constraint", Severity::Warning},
        {"ban-alter-domain-with-add-constraint", Severity::Error},
        {"ban-truncate-cascade", Severity::Error},
        {"ban-uncommitted-transaction", Severity::Warning},
        {"require-enum-value-ordering", Severity::Warning},
        {"identifier-too-long", Severity::Warning},
        {"require-concurrent-reindex", Severity::Error},
        {"require-lock-timeout", Severity::Warning},
        {"require-statement-timeout", Severity::Warning},
        {"ban-duplicate-column-assignments", Severity::Warning},
        // migdesk's own
        {"foreign-key-without-index", Severity::Warning},
        {"set-not-null-without-validated-check", Severity::Error},
        {"ban-vacuum-full", Severity::Error},
        {"ban-cluster", Severity::Error},
    };
    return list;
}

Finding::Severity SqlLintRules::severityOf(const QString& rule)
{
    for (const Rule& r : rules()) {
        if (rule == QLatin1String(r.id))
            return r.severity;
    }
    return Severity::Warning;
}

SqlLintRules::SqlLintRules(const SqlLintSource& source, const LockLevels& locks,
                           int serverVersionNum, bool assumeInTransaction)
    : m_source(source), m_locks(locks), m_serverVersionNum(serverVersionNum),
      m_assumeInTransaction(assumeInTransaction), m_inTransaction(assumeInTransaction),
      m_insideForNewTables(assumeInTransaction)
{
}

void SqlLintRules::noteNewTable(const SqlLintSource::Statement& statement)
{
    // As squawk: a table created inside a transaction anywhere in the script is new and empty,
    // so indexes and constraints on it lock nobody out. squawk decides this before it checks
    // a statement; here the script streams by, so a finding about a table created further down
    // is taken back in finish() (reportUnlessNew()).
    if (statement.type == QLatin1String("TransactionStmt")) {
        const QString kind = text(statement.node, "kind");
        if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START"))
            m_insideForNewTables = true;
        else if (kind == QLatin1String("TRANS_STMT_COMMIT") ||
                 kind == QLatin1String("TRANS_STMT_ROLLBACK"))
            m_insideForNewTables = false;
    } else if (statement.type == QLatin1String("CreateStmt") && m_insideForNewTables) {
        m_tablesCreatedInTransaction.insert(text(object(statement.node, "relation"), "relname"));
    }
}

bool SqlLintRules::createdInTransaction(const QString& table) const
{
    return m_tablesCreatedInTransaction.contains(table);
}

void SqlLintRules::report(const SqlLintSource::Statement& statement, const char* rule,
                          const QString& message, const QString& fix)
{
    Hit hit;
    hit.statement = statement.index;
    hit.finding.rule = QLatin1String(rule);
    hit.finding.severity = severityOf(hit.finding.rule);
    hit.finding.line = statement.line;
    hit.finding.column = statement.column;
    hit.finding.statement = statement.text;
    hit.finding.message = message;
    hit.finding.fix = fix;
    hit.statementLine = statement.line;
    hit.statementEndLine = statement.endLine;
    m_hits.push_back(hit);
}

void SqlLintRules::reportUnlessNew(const SqlLintSource::Statement& statement, const QString& table,
                                   const char* rule, const QString& message, const QString& fix)
{
    if (createdInTransaction(table))
        return;
    report(statement, rule, message, fix);
    m_hits.back().unlessCreated = table;
}

void SqlLintRules::check(const SqlLintSource::Statement& statement)
{
    const QString& type = statement.type;
    const QJsonObject& node = statement.node;
    const auto typeIs = [&type](const char* name) { return type == QLatin1String(name); };

    noteNewTable(statement);
    ++m_statementCount;
    timeouts(statement);
    identifiers(statement);
    duplicateColumns(statement);

    if (typeIs("TransactionStmt")) {
        transactionStatement(statement);
    } else if (typeIs("AlterTableStmt")) {
        alterTable(statement);
    } else if (typeIs("CreateStmt")) {
        createTable(statement);
    } else if (typeIs("IndexStmt")) {
        createIndex(statement);
    } else if (typeIs("DropStmt")) {
        dropStatement(statement);
    } else if (typeIs("RenameStmt") || typeIs("AlterObjectSchemaStmt")) {
        renameStatement(statement);
    } else if (typeIs("DropdbStmt")) {
        report(
            statement, "ban-drop-database",
            tr("Dropping database %1 deletes all of its data for good.").arg(text(node, "dbname")),
            tr("Take and verify a backup first and drop databases by hand, never from a "
               "migration."));
    } else if (typeIs("TruncateStmt")) {
        if (is(node, "behavior", "DROP_CASCADE"))
            report(statement, "ban-truncate-cascade",
                   tr("TRUNCATE ... CASCADE also empties every table that references these "
                      "tables through foreign keys, recursively."),
                   tr("Remove CASCADE and list exactly the tables to empty in the TRUNCATE."));
    } else if (typeIs("CreateDomainStmt")) {
        if (!array(node, "constraints").isEmpty())
            report(statement, "ban-create-domain-with-constraint",
                   tr("Constraints on a domain are hard to change later: altering them checks "
                      "every column of every table that uses the domain."),
                   tr("Create the domain without constraints and put CHECK constraints on the "
                      "table columns instead."));
    } else if (typeIs("AlterDomainStmt")) {
        if (is(node, "subtype", "C"))
            report(statement, "ban-alter-domain-with-add-constraint",
                   tr("Adding a constraint to domain %1 checks every column of every table "
                      "using it while holding locks on those tables.")
                       .arg(strings(array(node, "typeName")).join(QLatin1Char('.'))),
                   tr("Add CHECK constraints to the table columns as NOT VALID and VALIDATE "
                      "them in a separate transaction instead."));
    } else if (typeIs("AlterEnumStmt")) {
        if (!text(node, "newVal").isEmpty() && text(node, "oldVal").isEmpty() &&
            text(node, "newValNeighbor").isEmpty())
            report(statement, "require-enum-value-ordering",
                   tr("ADD VALUE '%1' without BEFORE or AFTER appends it to the end of the "
                      "enum, which may not be the order you want.")
                       .arg(text(node, "newVal")),
                   tr("Say where the value belongs: ALTER TYPE ... ADD VALUE '%1' BEFORE "
                      "'existing_value' (or AFTER).")
                       .arg(text(node, "newVal")));
    } else if (typeIs("ReindexStmt")) {
        if (!is(node, "kind", "REINDEX_OBJECT_SYSTEM") &&
            !optionEnabled(array(node, "params"), "concurrently"))
            report(statement, "require-concurrent-reindex",
                   tr("REINDEX without CONCURRENTLY blocks writes to the table and reads that "
                      "use the index while the index is rebuilt."),
                   tr("REINDEX ... CONCURRENTLY outside a transaction (atomic = False in "
                      "Django)."));
    } else if (typeIs("VacuumStmt")) {
        if (flag(node, "is_vacuumcmd") && optionEnabled(array(node, "options"), "full"))
            report(statement, "ban-vacuum-full",
                   tr("VACUUM FULL rewrites the whole table under an ACCESS EXCLUSIVE lock, "
                      "blocking all reads and writes until it finishes."),
                   tr("Use pg_repack (or pg_squeeze) to rebuild the table online, or a plain "
                      "VACUUM to make the space reusable."));
    } else if (typeIs("ClusterStmt")) {
        report(statement, "ban-cluster",
               tr("CLUSTER rewrites the whole table under an ACCESS EXCLUSIVE lock, blocking "
                  "all reads and writes until it finishes."),
               tr("Use pg_repack --order-by to reorder the table online."));
    }
}

void SqlLintRules::transactionStatement(const SqlLintSource::Statement& statement)
{
    const QString kind = text(statement.node, "kind");
    const bool begin =
        kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START");
    const bool end =
        kind == QLatin1String("TRANS_STMT_COMMIT") || kind == QLatin1String("TRANS_STMT_ROLLBACK");
    const QString separateFiles =
        tr("Put the statements that need their own transaction into a separate migration "
           "(atomic = False in Django) instead of nesting BEGIN/COMMIT.");
    if (begin) {
        if (m_assumeInTransaction)
            report(statement, "transaction-nesting",
                   tr("BEGIN inside the transaction the migration tool already runs this "
                      "script in has no effect and ends in a warning."),
                   separateFiles);
        else if (m_explicitTransaction)
            report(statement, "transaction-nesting",
                   tr("BEGIN while a transaction is already in progress has no effect."),
                   separateFiles);
        m_explicitTransaction = true;
        m_uncommittedBegin = placeOf(statement);
        if (!m_inTransaction)
            m_notValidConstraints.clear();
        m_inTransaction = true;
    } else if (end) {
        if (m_assumeInTransaction)
            report(statement, "transaction-nesting",
                   tr("COMMIT or ROLLBACK ends the transaction the migration tool manages, so "
                      "the statements after it run without one."),
                   separateFiles);
        else if (!m_explicitTransaction)
            report(statement, "transaction-nesting",
                   tr("There is no transaction to COMMIT or ROLLBACK."),
                   tr("BEGIN the transaction earlier in the script or remove this statement."));
        m_explicitTransaction = false;
        m_uncommittedBegin.reset();
        m_inTransaction = false;
    }
}

void SqlLintRules::timeouts(const SqlLintSource::Statement& statement)
{
    if (statement.type == QLatin1String("VariableSetStmt")) {
        const QString kind = text(statement.node, "kind");
        if (kind == QLatin1String("VAR_RESET") || kind == QLatin1String("VAR_RESET_ALL"))
            return;
        const QString name = text(statement.node, "name");
        if (name == QLatin1String("lock_timeout") && m_lockTimeout == Timeout::Missing)
            m_lockTimeout = Timeout::Present;
        else if (name == QLatin1String("statement_timeout") &&
                 m_statementTimeout == Timeout::Missing)
            m_statementTimeout = Timeout::Present;
        return;
    }
    if (!possiblySlow(statement))
        return;
    if (m_lockTimeout == Timeout::Missing) {
        int strongest = 0;
        for (const StatementLock& lock : m_locks.locksFor(statement))
            strongest = std::max(strongest, LockLevels::strength(lock.mode));
        const QString message =
            strongest > 0
                ? tr("No SET lock_timeout before this statement: while it waits for its %1 lock, "
                     "everything queued behind it waits too.")
                      .arg(LockLevels::sqlName(LockLevels::modeName(strongest)))
                : tr("No SET lock_timeout before this potentially slow statement, which can wait "
                     "for locks indefinitely.");
        report(statement, "require-lock-timeout", message,
               tr("Start the script with SET lock_timeout = '1s'; and retry the migration when "
                  "it times out."));
        m_lockTimeout = Timeout::Reported;
    }
    if (m_statementTimeout == Timeout::Missing) {
        report(statement, "require-statement-timeout",
               tr("No SET statement_timeout before this potentially slow statement, which can "
                  "run and hold its locks for as long as it takes."),
               tr("Start the script with SET statement_timeout = '5s'; (longer for statements "
                  "that must scan big tables)."));
        m_statementTimeout = Timeout::Reported;
    }
}

bool SqlLintRules::possiblySlow(const SqlLintSource::Statement& statement) const
{
    // As squawk 2.x: a plain CREATE TABLE touches no existing table; one with foreign keys
    // locks the referenced tables. ANALYZE is not slow in squawk's sense, VACUUM is.
    if (statement.type == QLatin1String("CreateStmt"))
        return createTableHasForeignKey(statement.node);
    if (statement.type == QLatin1String("VacuumStmt"))
        return flag(statement.node, "is_vacuumcmd");
    if (statement.type == QLatin1String("SelectStmt")) // SELECT ... INTO creates a table
        return statement.node.contains(QLatin1String("intoClause"));
    return isSlowStatementType(statement.type);
}

void SqlLintRules::identifiers(const SqlLintSource::Statement& statement)
{
    QSet<QByteArray> seen;
    // Identifiers come in script order: start at the statement's first one.
    const std::vector<SqlLintSource::Identifier>& all = m_source.identifiers();
    auto it = std::lower_bound(all.begin(), all.end(), statement.byteStart,
                               [](const SqlLintSource::Identifier& identifier, int offset) {
                                   return identifier.byteStart < offset;
                               });
    for (; it != all.end() && it->byteStart < statement.byteEnd; ++it) {
        const SqlLintSource::Identifier& identifier = *it;
        if (identifier.name.size() <= MaxIdentifierBytes || seen.contains(identifier.name))
            continue;
        seen.insert(identifier.name);
        // Cut at a character boundary, as squawk's fix does (PostgreSQL may split one).
        int cut = MaxIdentifierBytes;
        while (cut > 0 && (uchar(identifier.name.at(cut)) & 0xc0) == 0x80)
            --cut;
        const QString truncated = QString::fromUtf8(identifier.name.left(cut));
        report(statement, "identifier-too-long",
               tr("%1 is longer than 63 bytes; PostgreSQL silently truncates it to %2.")
                   .arg(QString::fromUtf8(identifier.name), truncated),
               tr("Use a name of at most 63 bytes, for example %1.").arg(truncated));
    }
}

void SqlLintRules::duplicateColumns(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    const QString& type = statement.type;
    // SET lists (UPDATE, ON CONFLICT DO UPDATE, MERGE): a.x = 1, a.y = 2 is fine, a = 1,
    // a.x = 2 is not.
    const auto setList = [&](const QJsonArray& targets) {
        QStringList names;
        QSet<QString> partial;
        QHash<QString, int> whole;
        for (const QJsonValue& target : targets) {
            const QJsonObject resTarget = fieldsOf(target, "ResTarget");
            const QString name = text(resTarget, "name");
            names << name;
            if (array(resTarget, "indirection").isEmpty())
                whole[name]++;
        }
        for (const QString& name : names) {
            if (!whole.contains(name))
                partial.insert(name);
        }
        reportDuplicates(statement, names, partial);
    };
    if (type == QLatin1String("UpdateStmt")) {
        setList(array(node, "targetList"));
    } else if (type == QLatin1String("InsertStmt")) {
        setList(array(node, "cols"));
        setList(array(object(node, "onConflictClause"), "targetList"));
    } else if (type == QLatin1String("MergeStmt")) {
        for (const QJsonValue& clause : array(node, "mergeWhenClauses"))
            setList(array(fieldsOf(clause, "MergeWhenClause"), "targetList"));
    } else if (type == QLatin1String("CreateStmt")) {
        QStringList names;
        for (const QJsonValue& element : array(node, "tableElts")) {
            const QJsonObject columnDef = fieldsOf(element, "ColumnDef");
            if (!columnDef.isEmpty())
                names << text(columnDef, "colname");
        }
        reportDuplicates(statement, names, {});
    } else if (type == QLatin1String("ViewStmt")) {
        QStringList names = strings(array(node, "aliases"));
        if (names.isEmpty()) {
            for (const QJsonValue& target :
                 array(fieldsOf(get(node, "query"), "SelectStmt"), "targetList"))
                names << outputColumnName(fieldsOf(target, "ResTarget"));
        }
        reportDuplicates(statement, names, {});
    } else if (type == QLatin1String("SelectStmt") && node.contains(QLatin1String("intoClause"))) {
        QStringList names;
        for (const QJsonValue& target : array(node, "targetList"))
            names << outputColumnName(fieldsOf(target, "ResTarget"));
        reportDuplicates(statement, names, {});
    } else if (type == QLatin1String("CreateTableAsStmt")) {
        reportDuplicates(statement, strings(array(object(node, "into"), "colNames")), {});
    }
}

void SqlLintRules::reportDuplicates(const SqlLintSource::Statement& statement,
                                    const QStringList& names, const QSet<QString>& partial)
{
    QStringList reported;
    for (const QString& name : names) {
        if (name.isEmpty() || names.count(name) < 2 || partial.contains(name) ||
            reported.contains(name))
            continue;
        reported << name;
        report(statement, "ban-duplicate-column-assignments",
               tr("Column %1 is assigned or defined more than once in this statement.").arg(name),
               tr("Keep a single assignment or definition of %1.").arg(name));
    }
}

void SqlLintRules::alterTable(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    if (!isTableAlter(node))
        return;
    const QString table = text(object(node, "relation"), "relname");
    const QString written = relationName(object(node, "relation"));
    for (const QJsonValue& value : array(node, "cmds")) {
        const QJsonObject command = fieldsOf(value, "AlterTableCmd");
        const QString subtype = text(command, "subtype");
        const QString name = text(command, "name");
        alterTableRobustness(statement, command);

        if (subtype == QLatin1String("AT_AddColumn")) {
            addColumn(statement, table, fieldsOf(get(command, "def"), "ColumnDef"));
        } else if (subtype == QLatin1String("AT_AddConstraint")) {
            addConstraint(statement, table, fieldsOf(get(command, "def"), "Constraint"));
        } else if (subtype == QLatin1String("AT_AlterColumnType")) {
            const QJsonObject columnDef = fieldsOf(get(command, "def"), "ColumnDef");
            report(statement, "changing-column-type",
                   tr("Changing the type of %1.%2 takes an ACCESS EXCLUSIVE lock and, unless "
                      "the new type is binary-compatible, rewrites the table; clients reading "
                      "the column may break.")
                       .arg(written, name),
                   tr("Add a new column of the new type, backfill it in batches, switch the "
                      "application over, then drop the old column."));
            columnType(statement, name, object(columnDef, "typeName"));
        } else if (subtype == QLatin1String("AT_SetNotNull")) {
            setNotNull(statement, table, name);
        } else if (subtype == QLatin1String("AT_DropNotNull")) {
            report(statement, "ban-drop-not-null",
                   tr("Dropping NOT NULL from %1.%2 lets NULLs in that existing readers of the "
                      "column may not expect.")
                       .arg(written, name),
                   tr("Make sure every client handles NULL in %1 before the change, or keep the "
                      "column NOT NULL.")
                       .arg(name));
        } else if (subtype == QLatin1String("AT_DropColumn")) {
            report(statement, "ban-drop-column",
                   tr("Dropping column %1.%2 loses its data and breaks clients that still read "
                      "or write it.")
                       .arg(written, name),
                   tr("Stop using the column in the application first (deploy), back up the "
                      "data, then drop it in a later migration."));
        } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
            // NOT VALID + VALIDATE in one transaction holds the ADD's lock through the scan.
            if (m_serverVersionNum >= 120000) {
                if (m_notNullConstraints.contains(name) &&
                    m_notNullConstraints.value(name).first == table)
                    m_validatedColumns.insert(
                        pairKey(table, m_notNullConstraints.value(name).second));
                else
                    m_externalValidates.insert(pairKey(table, name));
            }
            if (m_inTransaction && m_notValidConstraints.contains(name))
                report(statement, "constraint-missing-not-valid",
                       tr("VALIDATE CONSTRAINT %1 in the same transaction as ADD CONSTRAINT ... "
                          "NOT VALID keeps the ACCESS EXCLUSIVE lock of the ADD during the whole "
                          "validation scan.")
                           .arg(name),
                       tr("Add the constraint NOT VALID in one migration and VALIDATE it in a "
                          "separate one (its own transaction)."));
        }
    }
}

void SqlLintRules::alterTableRobustness(const SqlLintSource::Statement& statement,
                                        const QJsonObject& command)
{
    enum class Missing { IfExists, IfNotExists, Transaction };
    const QString subtype = text(command, "subtype");
    const QString name = text(command, "name");
    Missing missing = Missing::Transaction;
    if (subtype == QLatin1String("AT_DropConstraint")) {
        m_robustConstraints.insert(name, true);
        if (flag(command, "missing_ok"))
            return;
        missing = Missing::IfExists;
    } else if (subtype == QLatin1String("AT_AddColumn")) {
        if (flag(command, "missing_ok"))
            return;
        missing = Missing::IfNotExists;
    } else if (subtype == QLatin1String("AT_DropColumn")) {
        if (flag(command, "missing_ok"))
            return;
        missing = Missing::IfExists;
    } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
        if (m_robustConstraints.contains(name))
            return;
    } else if (subtype == QLatin1String("AT_AddConstraint")) {
        // DROP CONSTRAINT IF EXISTS x; ADD CONSTRAINT x is the rerunnable idiom.
        const QString constraint = text(fieldsOf(get(command, "def"), "Constraint"), "conname");
        auto dropped = m_robustConstraints.find(constraint);
        if (!constraint.isEmpty() && dropped != m_robustConstraints.end() && *dropped) {
            *dropped = false;
            return;
        }
    }
    if (m_inTransaction)
        return;
    switch (missing) {
    case Missing::IfExists:
        report(statement, "prefer-robust-stmts",
               tr("Missing IF EXISTS: if the migration fails part way, rerunning it fails "
                  "here."),
               tr("Add IF EXISTS (DROP COLUMN IF EXISTS / DROP CONSTRAINT IF EXISTS)."));
        break;
    case Missing::IfNotExists:
        report(statement, "prefer-robust-stmts",
               tr("Missing IF NOT EXISTS: if the migration fails part way, rerunning it fails "
                  "here."),
               tr("Use ADD COLUMN IF NOT EXISTS."));
        break;
    case Missing::Transaction:
        report(statement, "prefer-robust-stmts",
               tr("Outside a transaction: if the migration fails part way, it cannot simply be "
                  "rerun."),
               tr("Run the script in a transaction (BEGIN ... COMMIT, or atomic = True in "
                  "Django), or guard the statement so it can run twice."));
        break;
    }
}

void SqlLintRules::addColumn(const SqlLintSource::Statement& statement, const QString& table,
                             const QJsonObject& columnDef)
{
    const QString column = text(columnDef, "colname");
    const QJsonObject typeName = object(columnDef, "typeName");
    const QString base = typeBaseName(typeName);
    columnType(statement, column, typeName);

    bool hasDefault = isSerial(base);
    bool generated = false;
    bool notNull = false;
    for (const QJsonObject& constraint : columnConstraints(columnDef)) {
        const QString contype = text(constraint, "contype");
        if (contype == QLatin1String("CONSTR_DEFAULT")) {
            hasDefault = true;
            const bool rewrites =
                m_serverVersionNum < 110000 || !isNonVolatile(get(constraint, "raw_expr"));
            if (rewrites)
                report(statement, "adding-field-with-default",
                       m_serverVersionNum < 110000
                           ? tr("Adding column %1 with a DEFAULT rewrites the whole table under "
                                "an ACCESS EXCLUSIVE lock before PostgreSQL 11.")
                                 .arg(column)
                           : tr("Adding column %1 with a volatile DEFAULT rewrites the whole "
                                "table under an ACCESS EXCLUSIVE lock.")
                                 .arg(column),
                       tr("Add the column without a default, SET DEFAULT in a second statement, "
                          "then backfill existing rows in batches."));
        } else if (contype == QLatin1String("CONSTR_GENERATED") ||
                   contype == QLatin1String("CONSTR_IDENTITY")) {
            generated = true;
            report(statement, "adding-field-with-default",
                   tr("Adding the generated column %1 rewrites the whole table under an ACCESS "
                      "EXCLUSIVE lock.")
                       .arg(column),
                   tr("Add a plain nullable column, fill it with a trigger for new rows and a "
                      "batched backfill for old ones."));
        } else if (contype == QLatin1String("CONSTR_NOTNULL")) {
            notNull = true;
        } else if (contype == QLatin1String("CONSTR_UNIQUE")) {
            report(statement, "disallowed-unique-constraint",
                   tr("Adding column %1 as UNIQUE builds the unique index under an ACCESS "
                      "EXCLUSIVE lock, blocking reads and writes meanwhile.")
                       .arg(column),
                   tr("Add the column, CREATE UNIQUE INDEX CONCURRENTLY on it outside a "
                      "transaction, then ADD CONSTRAINT ... UNIQUE USING INDEX."));
        } else if (contype == QLatin1String("CONSTR_PRIMARY")) {
            report(statement, "adding-serial-primary-key-field",
                   tr("Adding column %1 as PRIMARY KEY builds the index under an ACCESS "
                      "EXCLUSIVE lock, blocking reads and writes meanwhile.")
                       .arg(column),
                   tr("CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... PRIMARY "
                      "KEY USING INDEX."));
        } else if (contype == QLatin1String("CONSTR_FOREIGN")) {
            report(statement, "adding-foreign-key-constraint",
                   tr("Adding column %1 with REFERENCES %2 validates the foreign key while "
                      "holding SHARE ROW EXCLUSIVE locks on both tables.")
                       .arg(column, relationName(object(constraint, "pktable"))),
                   tr("Add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY "
                      "... NOT VALID and VALIDATE CONSTRAINT in a separate transaction."));
            m_foreignKeys.push_back({placeOf(statement),
                                     table,
                                     text(object(statement.node, "relation"), "schemaname"),
                                     relationName(object(statement.node, "relation")),
                                     relationName(object(constraint, "pktable")),
                                     {column}});
        }
    }
    for (const QJsonObject& constraint : columnConstraints(columnDef)) {
        if (is(constraint, "contype", "CONSTR_UNIQUE") ||
            is(constraint, "contype", "CONSTR_PRIMARY"))
            m_indexes.push_back(
                {table, text(object(statement.node, "relation"), "schemaname"), {column}});
    }
    if (isSerial(base)) {
        // squawk misses this one: serial's nextval() default is volatile.
        report(statement, "adding-field-with-default",
               tr("Adding the %1 column %2 fills it through nextval(), a volatile default that "
                  "rewrites the whole table under an ACCESS EXCLUSIVE lock.")
                   .arg(base, column),
               tr("Add a plain bigint column, attach a sequence default for new rows, and "
                  "backfill old rows in batches."));
    }
    if (notNull && !hasDefault && !generated)
        report(statement, "adding-required-field",
               tr("Adding column %1 as NOT NULL without a DEFAULT fails on a table that already "
                  "has rows.")
                   .arg(column),
               tr("Add the column nullable, or with a non-volatile DEFAULT (ADD COLUMN %1 ... "
                  "NOT NULL DEFAULT ...).")
                   .arg(column));
}

void SqlLintRules::addConstraint(const SqlLintSource::Statement& statement, const QString& table,
                                 const QJsonObject& constraint)
{
    const QString contype = text(constraint, "contype");
    const QString name = text(constraint, "conname");
    const bool notValid = flag(constraint, "skip_validation");
    const bool usingIndex = !text(constraint, "indexname").isEmpty();
    const QString written = relationName(object(statement.node, "relation"));
    const QString schema = text(object(statement.node, "relation"), "schemaname");
    const bool unique = contype == QLatin1String("CONSTR_UNIQUE");
    const bool primary = contype == QLatin1String("CONSTR_PRIMARY");

    if (notValid && !name.isEmpty()) {
        m_notValidConstraints.insert(name);
        // adding-not-nullable-field: remember NOT VALID CHECK (col IS NOT NULL) helpers.
        const QJsonObject test = fieldsOf(get(constraint, "raw_expr"), "NullTest");
        const QStringList fields =
            strings(array(fieldsOf(get(test, "arg"), "ColumnRef"), "fields"));
        if (m_serverVersionNum >= 120000 && contype == QLatin1String("CONSTR_CHECK") &&
            is(test, "nulltesttype", "IS_NOT_NULL") && fields.size() == 1)
            m_notNullConstraints.insert(name, {table, fields.first()});
    }

    if (!notValid && !((unique || primary) && usingIndex)) {
        const bool canBeNotValid =
            contype == QLatin1String("CONSTR_CHECK") || contype == QLatin1String("CONSTR_FOREIGN");
        reportUnlessNew(
            statement, table, "constraint-missing-not-valid",
            tr("Adding constraint %1 validates every existing row of %2 while blocking "
               "writes to it.")
                .arg(name.isEmpty() ? tr("(unnamed)") : name, written),
            canBeNotValid
                ? tr("ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a separate "
                     "transaction (it only takes SHARE UPDATE EXCLUSIVE).")
                : tr("CREATE UNIQUE INDEX CONCURRENTLY outside a transaction, then ADD "
                     "CONSTRAINT ... USING INDEX."));
    }
    if (contype == QLatin1String("CONSTR_FOREIGN")) {
        const QString referenced = relationName(object(constraint, "pktable"));
        if (!notValid)
            reportUnlessNew(
                statement, table, "adding-foreign-key-constraint",
                tr("Adding foreign key %1 scans %2 while holding SHARE ROW EXCLUSIVE locks "
                   "on %2 and %3, which blocks writes to both.")
                    .arg(name.isEmpty() ? tr("(unnamed)") : name, written, referenced),
                tr("ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then VALIDATE CONSTRAINT "
                   "in a separate transaction."));
        m_foreignKeys.push_back({placeOf(statement), table, schema, written, referenced,
                                 strings(array(constraint, "fk_attrs"))});
    } else if (unique && !usingIndex) {
        reportUnlessNew(
            statement, table, "disallowed-unique-constraint",
            tr("Adding a UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock, "
               "blocking reads and writes to %1 meanwhile.")
                .arg(written),
            tr("CREATE UNIQUE INDEX CONCURRENTLY outside a transaction (atomic = False in "
               "Django), then ADD CONSTRAINT ... UNIQUE USING INDEX."));
    } else if (primary && !usingIndex) {
        report(statement, "adding-serial-primary-key-field",
               tr("Adding a PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock, "
                  "blocking reads and writes to %1 meanwhile.")
                   .arg(written),
               tr("CREATE UNIQUE INDEX CONCURRENTLY outside a transaction, then ADD CONSTRAINT "
                  "... PRIMARY KEY USING INDEX."));
    }
    if ((unique || primary) && !usingIndex)
        m_indexes.push_back({table, schema, strings(array(constraint, "keys"))});
}

void SqlLintRules::setNotNull(const SqlLintSource::Statement& statement, const QString& table,
                              const QString& column)
{
    const QString written = relationName(object(statement.node, "relation"));
    const QString message =
        tr("SET NOT NULL on %1.%2 scans the whole table under an ACCESS EXCLUSIVE lock, "
           "blocking reads and writes meanwhile.")
            .arg(written, column);
    const QString fix =
        tr("ADD CONSTRAINT %1_not_null CHECK (%1 IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT "
           "%1_not_null in a separate transaction; then SET NOT NULL (PostgreSQL 12+ skips the "
           "scan).")
            .arg(column);

    // squawk's adding-not-nullable-field (as of squawk 2.66): from 12 on, a NOT VALID CHECK
    // (col IS NOT NULL) validated earlier in the script excuses it, and so does an earlier
    // VALIDATE of a constraint on the table added elsewhere (a helper from an older migration).
    bool squawkReports = true;
    if (m_serverVersionNum >= 120000) {
        const QString prefix = table + QLatin1Char('\n');
        const bool external =
            std::any_of(m_externalValidates.begin(), m_externalValidates.end(),
                        [&prefix](const QString& key) { return key.startsWith(prefix); });
        squawkReports = !external && !m_validatedColumns.contains(pairKey(table, column));
    }
    if (squawkReports)
        report(statement, "adding-not-nullable-field", message, fix);

    // migdesk's stricter rule: the proof must be in this script (squawk trusts any VALIDATE).
    const bool proven = m_serverVersionNum >= 120000 && m_locks.notNullProven(table, column);
    if (!proven)
        report(statement, "set-not-null-without-validated-check",
               m_serverVersionNum >= 120000
                   ? tr("No validated CHECK (%1 IS NOT NULL) on %2 earlier in this script, so "
                        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.")
                         .arg(column, written)
                   : tr("Before PostgreSQL 12, SET NOT NULL always scans the whole table under "
                        "an ACCESS EXCLUSIVE lock."),
               fix);
}

void SqlLintRules::createTable(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    const QJsonObject relation = object(node, "relation");
    const QString table = text(relation, "relname");
    const QString schema = text(relation, "schemaname");
    const QString written = relationName(relation);

    if (!flag(node, "if_not_exists") && !m_inTransaction) {
        const bool temporaryDropped =
            is(relation, "relpersistence", "t") && is(node, "oncommit", "ONCOMMIT_DROP");
        if (!temporaryDropped)
            report(statement, "prefer-robust-stmts",
                   tr("Missing IF NOT EXISTS: if the migration fails part way, rerunning it "
                      "fails here."),
                   tr("Use CREATE TABLE IF NOT EXISTS %1, or run the script in a transaction.")
                       .arg(written));
    }
    for (const QJsonValue& element : array(node, "tableElts")) {
        const QJsonObject columnDef = fieldsOf(element, "ColumnDef");
        if (!columnDef.isEmpty()) {
            const QString column = text(columnDef, "colname");
            columnType(statement, column, object(columnDef, "typeName"));
            for (const QJsonObject& constraint : columnConstraints(columnDef)) {
                const QString contype = text(constraint, "contype");
                if (contype == QLatin1String("CONSTR_FOREIGN"))
                    m_foreignKeys.push_back({placeOf(statement),
                                             table,
                                             schema,
                                             written,
                                             relationName(object(constraint, "pktable")),
                                             {column}});
                else if (contype == QLatin1String("CONSTR_PRIMARY") ||
                         contype == QLatin1String("CONSTR_UNIQUE"))
                    m_indexes.push_back({table, schema, {column}});
            }
            continue;
        }
        const QJsonObject constraint = fieldsOf(element, "Constraint");
        const QString contype = text(constraint, "contype");
        if (contype == QLatin1String("CONSTR_FOREIGN"))
            m_foreignKeys.push_back({placeOf(statement), table, schema, written,
                                     relationName(object(constraint, "pktable")),
                                     strings(array(constraint, "fk_attrs"))});
        else if (contype == QLatin1String("CONSTR_PRIMARY") ||
                 contype == QLatin1String("CONSTR_UNIQUE"))
            m_indexes.push_back({table, schema, strings(array(constraint, "keys"))});
    }
}

void SqlLintRules::createIndex(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    const QJsonObject relation = object(node, "relation");
    const QString table = text(relation, "relname");
    const bool concurrent = flag(node, "concurrent");

    if (!concurrent)
        reportUnlessNew(
            statement, table, "require-concurrent-index-creation",
            tr("CREATE INDEX without CONCURRENTLY blocks writes to %1 until the index is "
               "built.")
                .arg(relationName(relation)),
            tr("CREATE INDEX CONCURRENTLY ... outside a transaction (atomic = False in "
               "Django)."));
    if (!flag(node, "if_not_exists") && !text(node, "idxname").isEmpty() &&
        (concurrent || !m_inTransaction))
        report(statement, "prefer-robust-stmts",
               tr("Missing IF NOT EXISTS: if the migration fails part way, rerunning it fails "
                  "here."),
               tr("Use CREATE INDEX %1IF NOT EXISTS %2; a failed concurrent build leaves an "
                  "INVALID index to drop first.")
                   .arg(concurrent ? QStringLiteral("CONCURRENTLY ") : QString(),
                        text(node, "idxname")));
    if (concurrent && m_inTransaction)
        m_concurrentIndexesInTransaction.push_back(placeOf(statement));

    // Leading plain columns of a full (not partial) index serve foreign key lookups.
    if (get(node, "whereClause").isUndefined()) {
        QStringList columns;
        for (const QJsonValue& param : array(node, "indexParams")) {
            const QString column = text(fieldsOf(param, "IndexElem"), "name");
            if (column.isEmpty())
                break;
            columns << column;
        }
        m_indexes.push_back({table, text(relation, "schemaname"), columns});
    }
}

void SqlLintRules::dropStatement(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    const QString removeType = text(node, "removeType");
    const bool missingOk = flag(node, "missing_ok");
    QStringList names;
    for (const QJsonValue& object : array(node, "objects"))
        names << strings(array(fieldsOf(object, "List"), "items")).join(QLatin1Char('.'));
    const QString robustMessage = tr("Missing IF EXISTS: if the migration fails part way, "
                                     "rerunning it fails here.");

    if (removeType == QLatin1String("OBJECT_INDEX")) {
        if (!flag(node, "concurrent"))
            report(statement, "require-concurrent-index-deletion",
                   tr("DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the "
                      "table, blocking reads and writes while it waits and runs."),
                   tr("DROP INDEX CONCURRENTLY IF EXISTS %1 outside a transaction (atomic = "
                      "False in Django).")
                       .arg(quotedList(names)));
        if (!missingOk && !m_inTransaction)
            report(statement, "prefer-robust-stmts", robustMessage,
                   tr("Use DROP INDEX IF EXISTS %1.").arg(quotedList(names)));
    } else if (removeType == QLatin1String("OBJECT_TABLE")) {
        report(statement, "ban-drop-table",
               tr("Dropping table %1 deletes its data for good and breaks clients that still "
                  "use it.")
                   .arg(quotedList(names)),
               tr("Stop using the table in the application first, back it up (pg_dump -t), "
                  "then drop it in a later migration."));
        if (!missingOk && !m_inTransaction)
            report(statement, "prefer-robust-stmts", robustMessage,
                   tr("Use DROP TABLE IF EXISTS %1.").arg(quotedList(names)));
    } else if (removeType == QLatin1String("OBJECT_TYPE")) {
        if (!missingOk && !m_inTransaction)
            report(statement, "prefer-robust-stmts", robustMessage,
                   tr("Use DROP TYPE IF EXISTS %1.").arg(quotedList(names)));
    }
}

void SqlLintRules::renameStatement(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    const QString written = relationName(object(node, "relation"));
    bool onTable = false;
    if (statement.type == QLatin1String("RenameStmt")) {
        const QString renameType = text(node, "renameType");
        // RENAME CONSTRAINT leaves relationType unset; domain constraints are DOMCONSTRAINT.
        const bool tableChild = renameType == QLatin1String("OBJECT_TABCONSTRAINT") ||
                                (renameType == QLatin1String("OBJECT_COLUMN") &&
                                 is(node, "relationType", "OBJECT_TABLE"));
        onTable = renameType == QLatin1String("OBJECT_TABLE") || tableChild;
        if (renameType == QLatin1String("OBJECT_TABLE"))
            report(statement, "renaming-table",
                   tr("Renaming table %1 to %2 breaks every client that still uses the old "
                      "name.")
                       .arg(written, text(node, "newname")),
                   tr("Create the new table or a view under the new name, move the clients "
                      "over, then drop the old name in a later release."));
        else if (renameType == QLatin1String("OBJECT_COLUMN") &&
                 is(node, "relationType", "OBJECT_TABLE"))
            report(statement, "renaming-column",
                   tr("Renaming column %1.%2 to %3 breaks every client that still uses the old "
                      "name.")
                       .arg(written, text(node, "subname"), text(node, "newname")),
                   tr("Add a new column, write to both, backfill, move the readers, then drop "
                      "the old column in a later release."));
    } else {
        onTable = is(node, "objectType", "OBJECT_TABLE");
    }
    // squawk counts these as ALTER TABLE actions: outside a transaction they are not rerunnable.
    if (onTable && !m_inTransaction)
        report(statement, "prefer-robust-stmts",
               tr("Outside a transaction: if the migration fails part way, it cannot simply be "
                  "rerun."),
               tr("Run the script in a transaction (BEGIN ... COMMIT, or atomic = True in "
                  "Django)."));
}

void SqlLintRules::columnType(const SqlLintSource::Statement& statement, const QString& column,
                              const QJsonObject& typeName)
{
    if (typeName.isEmpty())
        return;
    const QString base = typeBaseName(typeName);
    const QString shown = typeDisplay(typeName);
    const auto oneOf = [&base](std::initializer_list<const char*> names) {
        return std::any_of(names.begin(), names.end(),
                           [&base](const char* name) { return base == QLatin1String(name); });
    };
    if (oneOf({"int4", "integer", "serial", "serial4"}))
        report(
            statement, "prefer-bigint-over-int",
            tr("Column %1 is a 32-bit %2, which runs out at about 2.1 billion.").arg(column, shown),
            tr("Use bigint (or bigint GENERATED BY DEFAULT AS IDENTITY) for %1.").arg(column));
    if (oneOf({"int2", "smallint", "smallserial", "serial2"}))
        report(statement, "prefer-bigint-over-smallint",
               tr("Column %1 is a 16-bit %2, which runs out at 32767.").arg(column, shown),
               tr("Use bigint for %1.").arg(column));
    if (isSerial(base))
        report(statement, "prefer-identity",
               tr("Column %1 is %2; serial types make schema, dependency and permission "
                  "management harder than identity columns.")
                   .arg(column, shown),
               tr("Use %1 bigint GENERATED BY DEFAULT AS IDENTITY.").arg(column));
    if (base == QLatin1String("varchar") && !array(typeName, "typmods").isEmpty())
        report(statement, "prefer-text-field",
               tr("Column %1 is %2; changing the length limit later takes an ACCESS EXCLUSIVE "
                  "lock.")
                   .arg(column, shown),
               tr("Use text with a CHECK (char_length(%1) <= n) constraint, added NOT VALID.")
                   .arg(column));
    if (base == QLatin1String("timestamp"))
        report(statement, "prefer-timestamp-tz",
               tr("Column %1 is timestamp without time zone, which drops the UTC offset of the "
                  "values stored in it.")
                   .arg(column),
               tr("Use timestamptz (timestamp with time zone) for %1.").arg(column));
    if (oneOf({"bpchar", "char", "character"}))
        report(statement, "ban-char-field",
               tr("Column %1 is %2, which pads values with spaces; it is almost always a "
                  "mistake.")
                   .arg(column, shown),
               tr("Use text or varchar for %1.").arg(column));
}

void SqlLintRules::finish()
{
    if (m_uncommittedBegin) {
        report(*m_uncommittedBegin, "ban-uncommitted-transaction",
               tr("The transaction started here is never committed or rolled back."),
               tr("Add COMMIT; at the end of the script."));
    }
    // squawk only objects when the script has more than one statement: a lone CREATE INDEX
    // CONCURRENTLY may well be run outside the transaction the tool would use.
    if (m_statementCount > 1) {
        for (const SqlLintSource::Statement& index : m_concurrentIndexesInTransaction)
            report(index, "ban-concurrent-index-creation-in-transaction",
                   tr("CREATE INDEX CONCURRENTLY cannot run inside a transaction block; the "
                      "migration fails here."),
                   tr("Move it into its own migration that runs outside a transaction "
                      "(atomic = False in Django)."));
    }
    foreignKeysWithoutIndex();
    // Tables created further down the script than a finding about them were new after all.
    m_hits.erase(std::remove_if(m_hits.begin(), m_hits.end(),
                                [this](const Hit& hit) {
                                    return !hit.unlessCreated.isEmpty() &&
                                           createdInTransaction(hit.unlessCreated);
                                }),
                 m_hits.end());
    std::stable_sort(m_hits.begin(), m_hits.end(),
                     [](const Hit& a, const Hit& b) { return a.statement < b.statement; });
}

void SqlLintRules::foreignKeysWithoutIndex()
{
    QMultiHash<QString, const IndexColumns*> indexesByTable;
    for (const IndexColumns& index : m_indexes)
        indexesByTable.insert(index.table, &index);
    for (const ForeignKey& key : m_foreignKeys) {
        if (key.columns.isEmpty())
            continue;
        const QSet<QString> wanted(key.columns.begin(), key.columns.end());
        bool covered = false;
        for (auto it = indexesByTable.constFind(key.table);
             it != indexesByTable.constEnd() && it.key() == key.table && !covered; ++it) {
            const IndexColumns& index = **it;
            if (index.columns.size() < key.columns.size())
                continue;
            if (!index.schema.isEmpty() && !key.schema.isEmpty() && index.schema != key.schema)
                continue;
            // Leading columns in any order serve the lookups the foreign key needs.
            const QStringList leading = index.columns.mid(0, key.columns.size());
            covered = QSet<QString>(leading.begin(), leading.end()) == wanted;
        }
        if (covered)
            continue;
        report(key.statement, "foreign-key-without-index",
               tr("The foreign key %1 (%2) -> %3 has no index on its columns in this script: "
                  "every DELETE or key UPDATE on %3 scans %1, and joins on it are slow.")
                   .arg(key.written, quotedList(key.columns), key.referenced),
               tr("CREATE INDEX CONCURRENTLY IF NOT EXISTS ON %1 (%2) outside a transaction "
                  "(atomic = False in Django).")
                   .arg(key.written, quotedList(key.columns)));
    }
}

} // namespace migdesk::core
