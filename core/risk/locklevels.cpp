// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/locklevels.h"

#include "risk/sqllintexpr.h"
#include "risk/sqllintnode.h"

#include <algorithm>

namespace migdesk::core {

using namespace sqllint;

namespace {

// PostgreSQL's LOCKMODE numbers (storage/lockdefs.h).
constexpr int AccessShare = 1;
constexpr int RowExclusive = 3;
constexpr int ShareUpdateExclusive = 4;
constexpr int Share = 5;
constexpr int ShareRowExclusive = 6;
constexpr int Exclusive = 7;
constexpr int AccessExclusive = 8;

const char* const modeNames[] = {"",
                                 "AccessShareLock",
                                 "RowShareLock",
                                 "RowExclusiveLock",
                                 "ShareUpdateExclusiveLock",
                                 "ShareLock",
                                 "ShareRowExclusiveLock",
                                 "ExclusiveLock",
                                 "AccessExclusiveLock"};

bool isSerialType(const QString& base)
{
    static const QStringList serials{QStringLiteral("serial"),      QStringLiteral("serial2"),
                                     QStringLiteral("serial4"),     QStringLiteral("serial8"),
                                     QStringLiteral("smallserial"), QStringLiteral("bigserial")};
    return serials.contains(base);
}

// Reloptions whose change PostgreSQL 15 applies under AccessExclusiveLock
// (access/common/reloptions.c); all the others take ShareUpdateExclusiveLock.
bool relOptionNeedsAccessExclusive(const QString& option)
{
    static const QStringList options{QStringLiteral("user_catalog_table"),
                                     QStringLiteral("security_barrier"),
                                     QStringLiteral("security_invoker"),
                                     QStringLiteral("check_option"), QStringLiteral("buffering")};
    return options.contains(option);
}

// The column a CHECK (column IS NOT NULL) constraint is about; empty for any other check.
QString notNullCheckColumn(const QJsonObject& constraint)
{
    if (!is(constraint, "contype", "CONSTR_CHECK"))
        return QString();
    const QJsonObject test = fieldsOf(get(constraint, "raw_expr"), "NullTest");
    if (!is(test, "nulltesttype", "IS_NOT_NULL"))
        return QString();
    const QStringList fields = strings(array(fieldsOf(get(test, "arg"), "ColumnRef"), "fields"));
    return fields.size() == 1 ? fields.first() : QString();
}

// The relation named by a qualified name list: {"s", "t"} -> "s.t".
QString joinedName(const QStringList& parts)
{
    return parts.join(QLatin1Char('.'));
}

StatementLock makeLock(const SqlLintSource::Statement& statement, const QString& relation, int mode,
                       const QString& what, bool rewrites = false, bool scans = false)
{
    StatementLock lock;
    lock.statement = statement.index;
    lock.line = statement.line;
    lock.relation = relation;
    lock.mode = LockLevels::modeName(mode);
    lock.rewritesTable = rewrites;
    lock.scansTable = scans || rewrites; // a rewrite reads every row, too
    lock.what = what;
    return lock;
}

} // namespace

LockLevels::LockLevels(int serverVersionNum) : m_serverVersionNum(serverVersionNum) {}

int LockLevels::strength(const QString& mode)
{
    for (int i = 1; i <= AccessExclusive; ++i) {
        if (mode == QLatin1String(modeNames[i]))
            return i;
    }
    return 0;
}

QString LockLevels::modeName(int strength)
{
    return strength >= 1 && strength <= AccessExclusive ? QLatin1String(modeNames[strength])
                                                        : QString();
}

QString LockLevels::sqlName(const QString& mode)
{
    QString name = mode;
    name.chop(4); // "Lock"
    QString result;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper())
            result += QLatin1Char(' ');
        result += name.at(i).toUpper();
    }
    return result;
}

QString LockLevels::key(const QString& table, const QString& column)
{
    return table + QLatin1Char('\n') + column;
}

bool LockLevels::notNullProven(const QString& table, const QString& column) const
{
    for (const NotNullCheck& check : m_notNullChecks) {
        if (check.validated && check.table == table && check.column == column)
            return true;
    }
    return false;
}

QString LockLevels::tableOfIndex(const QString& index) const
{
    return m_indexTables.value(index);
}

std::vector<StatementLock> LockLevels::locksFor(const SqlLintSource::Statement& statement) const
{
    std::vector<StatementLock> locks;
    const QJsonObject& node = statement.node;
    const QString& type = statement.type;

    if (type == QLatin1String("AlterTableStmt")) {
        alterTableLocks(node, statement, locks);
    } else if (type == QLatin1String("IndexStmt")) {
        const bool concurrent = flag(node, "concurrent");
        locks.push_back(makeLock(statement, relationName(object(node, "relation")),
                                 concurrent ? ShareUpdateExclusive : Share,
                                 concurrent ? QStringLiteral("CREATE INDEX CONCURRENTLY")
                                            : QStringLiteral("CREATE INDEX"),
                                 false, true));
    } else if (type == QLatin1String("DropStmt")) {
        static const QHash<QString, QString> relationKeywords{
            {QStringLiteral("OBJECT_TABLE"), QStringLiteral("TABLE")},
            {QStringLiteral("OBJECT_VIEW"), QStringLiteral("VIEW")},
            {QStringLiteral("OBJECT_MATVIEW"), QStringLiteral("MATERIALIZED VIEW")},
            {QStringLiteral("OBJECT_SEQUENCE"), QStringLiteral("SEQUENCE")},
            {QStringLiteral("OBJECT_FOREIGN_TABLE"), QStringLiteral("FOREIGN TABLE")}};
        static const QHash<QString, QString> childKeywords{
            {QStringLiteral("OBJECT_TRIGGER"), QStringLiteral("TRIGGER")},
            {QStringLiteral("OBJECT_RULE"), QStringLiteral("RULE")},
            {QStringLiteral("OBJECT_POLICY"), QStringLiteral("POLICY")}};
        const QString removeType = text(node, "removeType");
        const bool concurrent = flag(node, "concurrent");
        for (const QJsonValue& object : array(node, "objects")) {
            const QStringList name = strings(array(fieldsOf(object, "List"), "items"));
            if (name.isEmpty())
                continue;
            if (removeType == QLatin1String("OBJECT_INDEX")) {
                // DROP INDEX locks the index's table, too: ACCESS EXCLUSIVE, or SHARE UPDATE
                // EXCLUSIVE with CONCURRENTLY. The table is known when the script made the index.
                const QString table = tableOfIndex(name.last());
                const QString what = (concurrent ? QStringLiteral("DROP INDEX CONCURRENTLY ")
                                                 : QStringLiteral("DROP INDEX ")) +
                                     joinedName(name);
                locks.push_back(makeLock(statement, table.isEmpty() ? joinedName(name) : table,
                                         concurrent ? ShareUpdateExclusive : AccessExclusive,
                                         what));
            } else if (relationKeywords.contains(removeType)) {
                locks.push_back(
                    makeLock(statement, joinedName(name), AccessExclusive,
                             QStringLiteral("DROP ") + relationKeywords.value(removeType)));
            } else if (childKeywords.contains(removeType) && name.size() > 1) {
                // The last name is the trigger, rule or policy; the rest is its table.
                locks.push_back(makeLock(statement, joinedName(name.mid(0, name.size() - 1)),
                                         AccessExclusive,
                                         QStringLiteral("DROP %1 %2")
                                             .arg(childKeywords.value(removeType), name.last())));
            }
        }
    } else if (type == QLatin1String("RenameStmt")) {
        const QString renameType = text(node, "renameType");
        const QString relation = relationName(object(node, "relation"));
        if (relation.isEmpty())
            return locks;
        // Renaming an index takes SHARE UPDATE EXCLUSIVE since PostgreSQL 12.
        const bool index = renameType == QLatin1String("OBJECT_INDEX");
        const QString subname = text(node, "subname");
        locks.push_back(
            makeLock(statement, relation,
                     index && m_serverVersionNum >= 120000 ? ShareUpdateExclusive : AccessExclusive,
                     subname.isEmpty()
                         ? QStringLiteral("RENAME TO %1").arg(text(node, "newname"))
                         : QStringLiteral("RENAME %1 TO %2").arg(subname, text(node, "newname"))));
    } else if (type == QLatin1String("AlterObjectSchemaStmt")) {
        const QString relation = relationName(object(node, "relation"));
        if (!relation.isEmpty())
            locks.push_back(
                makeLock(statement, relation, AccessExclusive, QStringLiteral("SET SCHEMA")));
    } else if (type == QLatin1String("TruncateStmt")) {
        for (const QJsonValue& relation : array(node, "relations"))
            locks.push_back(makeLock(statement, relationName(fieldsOf(relation, "RangeVar")),
                                     AccessExclusive, QStringLiteral("TRUNCATE")));
    } else if (type == QLatin1String("VacuumStmt")) {
        const bool vacuum = flag(node, "is_vacuumcmd");
        const bool full = vacuum && optionEnabled(array(node, "options"), "full");
        for (const QJsonValue& relation : array(node, "rels")) {
            const QString name =
                relationName(object(fieldsOf(relation, "VacuumRelation"), "relation"));
            if (full)
                locks.push_back(makeLock(statement, name, AccessExclusive,
                                         QStringLiteral("VACUUM FULL"), true));
            else
                locks.push_back(makeLock(
                    statement, name, ShareUpdateExclusive,
                    vacuum ? QStringLiteral("VACUUM") : QStringLiteral("ANALYZE"), false, true));
        }
    } else if (type == QLatin1String("ClusterStmt")) {
        const QString relation = relationName(object(node, "relation"));
        if (!relation.isEmpty())
            locks.push_back(
                makeLock(statement, relation, AccessExclusive, QStringLiteral("CLUSTER"), true));
    } else if (type == QLatin1String("ReindexStmt")) {
        const bool concurrent = optionEnabled(array(node, "params"), "concurrently");
        const QString kind = text(node, "kind");
        const int tableMode = concurrent ? ShareUpdateExclusive : Share;
        const QString prefix =
            concurrent ? QStringLiteral("REINDEX CONCURRENTLY") : QStringLiteral("REINDEX");
        if (kind == QLatin1String("REINDEX_OBJECT_INDEX")) {
            const QString index = relationName(object(node, "relation"));
            locks.push_back(makeLock(statement, index,
                                     concurrent ? ShareUpdateExclusive : AccessExclusive,
                                     prefix + QStringLiteral(" INDEX")));
            const QString table = tableOfIndex(text(object(node, "relation"), "relname"));
            if (!table.isEmpty())
                locks.push_back(makeLock(statement, table, tableMode,
                                         prefix + QStringLiteral(" INDEX ") + index, false, true));
        } else if (kind == QLatin1String("REINDEX_OBJECT_TABLE")) {
            // Each index of the table is held ACCESS EXCLUSIVE while it is rebuilt.
            locks.push_back(makeLock(statement, relationName(object(node, "relation")), tableMode,
                                     prefix + QStringLiteral(" TABLE"), false, true));
        } else {
            locks.push_back(makeLock(statement, text(node, "name"), tableMode,
                                     prefix + QStringLiteral(" (every table in it)"), false, true));
        }
    } else if (type == QLatin1String("CreateTrigStmt")) {
        locks.push_back(makeLock(statement, relationName(object(node, "relation")),
                                 ShareRowExclusive, QStringLiteral("CREATE TRIGGER")));
    } else if (type == QLatin1String("CommentStmt")) {
        const QString objtype = text(node, "objtype");
        QStringList name = strings(array(fieldsOf(get(node, "object"), "List"), "items"));
        if (objtype == QLatin1String("OBJECT_COLUMN") ||
            objtype == QLatin1String("OBJECT_TABCONSTRAINT") ||
            objtype == QLatin1String("OBJECT_TRIGGER"))
            name.removeLast();
        else if (objtype != QLatin1String("OBJECT_TABLE") &&
                 objtype != QLatin1String("OBJECT_INDEX") &&
                 objtype != QLatin1String("OBJECT_VIEW") &&
                 objtype != QLatin1String("OBJECT_MATVIEW"))
            name.clear();
        if (!name.isEmpty())
            locks.push_back(makeLock(statement, joinedName(name), ShareUpdateExclusive,
                                     QStringLiteral("COMMENT ON")));
    } else if (type == QLatin1String("LockStmt")) {
        const int mode = number(node, "mode");
        for (const QJsonValue& relation : array(node, "relations"))
            locks.push_back(makeLock(statement, relationName(fieldsOf(relation, "RangeVar")),
                                     mode > 0 ? mode : AccessExclusive,
                                     QStringLiteral("LOCK TABLE")));
    } else if (type == QLatin1String("RefreshMatViewStmt")) {
        const bool concurrent = flag(node, "concurrent");
        locks.push_back(makeLock(statement, relationName(object(node, "relation")),
                                 concurrent ? Exclusive : AccessExclusive,
                                 concurrent ? QStringLiteral("REFRESH MATERIALIZED VIEW "
                                                             "CONCURRENTLY")
                                            : QStringLiteral("REFRESH MATERIALIZED VIEW"),
                                 !concurrent, true));
    } else if (type == QLatin1String("CreateStmt")) {
        // The new table is nobody else's yet; the tables it points at or hangs under are.
        for (const QJsonValue& parent : array(node, "inhRelations")) {
            const QString name = relationName(fieldsOf(parent, "RangeVar"));
            if (get(node, "partbound").isUndefined())
                locks.push_back(makeLock(statement, name, ShareUpdateExclusive,
                                         QStringLiteral("CREATE TABLE ... INHERITS")));
            else
                locks.push_back(makeLock(statement, name, AccessExclusive,
                                         QStringLiteral("CREATE TABLE ... PARTITION OF")));
        }
        auto foreignKey = [&](const QJsonObject& constraint) {
            if (is(constraint, "contype", "CONSTR_FOREIGN"))
                locks.push_back(makeLock(statement, relationName(object(constraint, "pktable")),
                                         ShareRowExclusive,
                                         QStringLiteral("CREATE TABLE ... REFERENCES")));
        };
        for (const QJsonValue& element : array(node, "tableElts")) {
            foreignKey(fieldsOf(element, "Constraint"));
            for (const QJsonValue& constraint :
                 array(fieldsOf(element, "ColumnDef"), "constraints"))
                foreignKey(fieldsOf(constraint, "Constraint"));
        }
    } else if (type == QLatin1String("CreatePolicyStmt") ||
               type == QLatin1String("AlterPolicyStmt")) {
        locks.push_back(makeLock(statement, relationName(object(node, "table")), AccessExclusive,
                                 QStringLiteral("POLICY")));
    } else if (type == QLatin1String("CreateStatsStmt")) {
        for (const QJsonValue& relation : array(node, "relations"))
            locks.push_back(makeLock(statement, relationName(fieldsOf(relation, "RangeVar")),
                                     ShareUpdateExclusive, QStringLiteral("CREATE STATISTICS")));
    } else if (type == QLatin1String("AlterDomainStmt") && is(node, "subtype", "C")) {
        // Every column of this domain type is checked, its table held in SHARE mode.
        const bool notValid = flag(fieldsOf(get(node, "def"), "Constraint"), "skip_validation");
        locks.push_back(makeLock(statement, joinedName(strings(array(node, "typeName"))), Share,
                                 QStringLiteral("ALTER DOMAIN ADD CONSTRAINT (every table "
                                                "using the domain)"),
                                 false, !notValid));
    } else if (type == QLatin1String("InsertStmt") || type == QLatin1String("MergeStmt")) {
        locks.push_back(makeLock(statement, relationName(object(node, "relation")), RowExclusive,
                                 type == QLatin1String("InsertStmt") ? QStringLiteral("INSERT")
                                                                     : QStringLiteral("MERGE")));
    } else if (type == QLatin1String("UpdateStmt") || type == QLatin1String("DeleteStmt")) {
        // Without WHERE every row is visited (and written); with one, the planner decides.
        const bool everyRow = get(node, "whereClause").isUndefined();
        locks.push_back(makeLock(statement, relationName(object(node, "relation")), RowExclusive,
                                 type == QLatin1String("UpdateStmt") ? QStringLiteral("UPDATE")
                                                                     : QStringLiteral("DELETE"),
                                 false, everyRow));
    }
    return locks;
}

void LockLevels::alterTableLocks(const QJsonObject& node, const SqlLintSource::Statement& statement,
                                 std::vector<StatementLock>& locks) const
{
    const QJsonObject relation = object(node, "relation");
    const QString table = text(relation, "relname");
    std::vector<StatementLock> extra;
    Effect total;
    QStringList what;
    for (const QJsonValue& value : array(node, "cmds")) {
        const Effect effect =
            alterTableCommand(table, fieldsOf(value, "AlterTableCmd"), statement, extra);
        // The statement holds the strongest lock any of its sub-commands needs.
        total.mode = std::max(total.mode, effect.mode);
        total.rewrites = total.rewrites || effect.rewrites;
        total.scans = total.scans || effect.scans;
        what << effect.what;
    }
    QString keyword = QStringLiteral("ALTER TABLE ");
    const QString objtype = text(node, "objtype");
    if (objtype == QLatin1String("OBJECT_INDEX"))
        keyword = QStringLiteral("ALTER INDEX ");
    else if (objtype == QLatin1String("OBJECT_VIEW"))
        keyword = QStringLiteral("ALTER VIEW ");
    else if (objtype == QLatin1String("OBJECT_MATVIEW"))
        keyword = QStringLiteral("ALTER MATERIALIZED VIEW ");
    else if (objtype == QLatin1String("OBJECT_SEQUENCE"))
        keyword = QStringLiteral("ALTER SEQUENCE ");
    locks.push_back(makeLock(
        statement, relationName(relation), total.mode > 0 ? total.mode : AccessExclusive,
        keyword + relationName(relation) + QLatin1Char(' ') + what.join(QStringLiteral(", ")),
        total.rewrites, total.scans));
    locks.insert(locks.end(), extra.begin(), extra.end());
}

LockLevels::Effect LockLevels::alterTableCommand(const QString& table, const QJsonObject& command,
                                                 const SqlLintSource::Statement& statement,
                                                 std::vector<StatementLock>& extra) const
{
    const QString subtype = text(command, "subtype");
    const QString name = text(command, "name");
    const auto sub = [&subtype](const char* candidate) {
        return subtype == QLatin1String(candidate);
    };
    Effect effect;
    effect.mode = AccessExclusive;
    effect.what = subtype.mid(3); // "AT_AddColumn" -> "AddColumn" unless refined below

    if (sub("AT_AddColumn")) {
        return addColumn(fieldsOf(get(command, "def"), "ColumnDef"), statement, extra);
    }
    if (sub("AT_AddConstraint")) {
        return addConstraint(fieldsOf(get(command, "def"), "Constraint"), statement, extra);
    }
    if (sub("AT_AlterColumnType")) {
        QString reason;
        const QJsonObject columnDef = fieldsOf(get(command, "def"), "ColumnDef");
        effect.rewrites = typeChangeRewrites(table, name, columnDef, &reason);
        effect.what = QStringLiteral("ALTER COLUMN %1 TYPE %2")
                          .arg(name, typeDisplay(object(columnDef, "typeName")));
        if (!reason.isEmpty())
            effect.what += QStringLiteral(" (") + reason + QLatin1Char(')');
        return effect;
    }
    if (sub("AT_SetNotNull")) {
        // PostgreSQL 12+ skips the scan when a validated CHECK (col IS NOT NULL) proves it.
        const bool proven = m_serverVersionNum >= 120000 && notNullProven(table, name);
        effect.scans = !proven;
        effect.what = QStringLiteral("ALTER COLUMN %1 SET NOT NULL").arg(name);
        if (proven)
            effect.what += QStringLiteral(" (proven by a validated CHECK)");
        return effect;
    }
    if (sub("AT_ValidateConstraint")) {
        effect.mode = ShareUpdateExclusive;
        effect.scans = true;
        effect.what = QStringLiteral("VALIDATE CONSTRAINT ") + name;
        return effect;
    }
    if (sub("AT_SetStatistics") || sub("AT_ClusterOn") || sub("AT_DropCluster") ||
        sub("AT_SetOptions") || sub("AT_ResetOptions") || sub("AT_DetachPartitionFinalize")) {
        effect.mode = ShareUpdateExclusive;
        return effect;
    }
    if (sub("AT_SetRelOptions") || sub("AT_ResetRelOptions")) {
        effect.mode = ShareUpdateExclusive;
        for (const QJsonValue& option : array(fieldsOf(get(command, "def"), "List"), "items")) {
            if (relOptionNeedsAccessExclusive(text(fieldsOf(option, "DefElem"), "defname")))
                effect.mode = AccessExclusive;
        }
        return effect;
    }
    if (sub("AT_EnableTrig") || sub("AT_EnableAlwaysTrig") || sub("AT_EnableReplicaTrig") ||
        sub("AT_EnableTrigAll") || sub("AT_EnableTrigUser") || sub("AT_DisableTrig") ||
        sub("AT_DisableTrigAll") || sub("AT_DisableTrigUser")) {
        effect.mode = ShareRowExclusive;
        return effect;
    }
    if (sub("AT_AttachPartition") || sub("AT_DetachPartition")) {
        const QJsonObject partition = fieldsOf(get(command, "def"), "PartitionCmd");
        const QString child = relationName(object(partition, "name"));
        if (sub("AT_AttachPartition")) {
            // The parent only needs SHARE UPDATE EXCLUSIVE; the new partition is locked
            // ACCESS EXCLUSIVE and scanned against its bound unless a constraint proves it.
            effect.mode = ShareUpdateExclusive;
            effect.what = QStringLiteral("ATTACH PARTITION ") + child;
            extra.push_back(makeLock(statement, child, AccessExclusive,
                                     QStringLiteral("ATTACH PARTITION (rows checked against "
                                                    "the partition bound)"),
                                     false, true));
        } else {
            const bool concurrent = flag(partition, "concurrent");
            effect.mode = concurrent ? ShareUpdateExclusive : AccessExclusive;
            effect.what = QStringLiteral("DETACH PARTITION ") + child;
            extra.push_back(
                makeLock(statement, child, effect.mode, QStringLiteral("DETACH PARTITION")));
        }
        return effect;
    }
    if (sub("AT_SetLogged") || sub("AT_SetUnLogged") || sub("AT_SetTableSpace") ||
        sub("AT_SetAccessMethod")) {
        effect.rewrites = true;
        return effect;
    }
    if (sub("AT_CheckNotNull")) {
        effect.mode = AccessShare;
        return effect;
    }
    if (sub("AT_DropColumn"))
        effect.what = QStringLiteral("DROP COLUMN ") + name;
    else if (sub("AT_DropNotNull"))
        effect.what = QStringLiteral("ALTER COLUMN %1 DROP NOT NULL").arg(name);
    else if (sub("AT_ColumnDefault"))
        effect.what = QStringLiteral("ALTER COLUMN %1 SET/DROP DEFAULT").arg(name);
    else if (sub("AT_DropConstraint"))
        effect.what = QStringLiteral("DROP CONSTRAINT ") + name;
    // Everything else (DROP COLUMN, DROP NOT NULL, defaults, DROP CONSTRAINT, owner, RLS,
    // replica identity, identity, storage, inheritance, rules) is ACCESS EXCLUSIVE and quick.
    return effect;
}

LockLevels::Effect LockLevels::addColumn(const QJsonObject& columnDef,
                                         const SqlLintSource::Statement& statement,
                                         std::vector<StatementLock>& extra) const
{
    Effect effect;
    effect.mode = AccessExclusive;
    const QString column = text(columnDef, "colname");
    const QString base = typeBaseName(object(columnDef, "typeName"));
    effect.what = QStringLiteral("ADD COLUMN ") + column;
    bool hasDefault = false;
    bool notNull = false;
    if (isSerialType(base)) {
        // serial is a nextval() default: volatile, every existing row gets its own value.
        effect.rewrites = true;
        effect.what += QStringLiteral(" ") + base + QStringLiteral(" (nextval() default)");
        hasDefault = true;
    }
    for (const QJsonValue& value : array(columnDef, "constraints")) {
        const QJsonObject constraint = fieldsOf(value, "Constraint");
        const QString contype = text(constraint, "contype");
        if (contype == QLatin1String("CONSTR_DEFAULT")) {
            hasDefault = true;
            const QJsonValue expression = get(constraint, "raw_expr");
            const bool isNull = typeOf(expression) == QLatin1String("A_Const") &&
                                flag(fieldsOf(expression), "isnull");
            // Before PostgreSQL 11 any non-null default rewrote the table; from 11 on only a
            // volatile one does.
            const bool rewrite = m_serverVersionNum < 110000 ? !isNull : !isNonVolatile(expression);
            if (rewrite) {
                effect.rewrites = true;
                effect.what += m_serverVersionNum < 110000
                                   ? QStringLiteral(" DEFAULT (before PostgreSQL 11)")
                                   : QStringLiteral(" DEFAULT volatile()");
            }
        } else if (contype == QLatin1String("CONSTR_IDENTITY") ||
                   contype == QLatin1String("CONSTR_GENERATED")) {
            hasDefault = true;
            effect.rewrites = true;
            effect.what += contype == QLatin1String("CONSTR_IDENTITY")
                               ? QStringLiteral(" GENERATED AS IDENTITY")
                               : QStringLiteral(" GENERATED ALWAYS AS (...) STORED");
        } else if (contype == QLatin1String("CONSTR_NOTNULL")) {
            notNull = true;
        } else if (contype == QLatin1String("CONSTR_CHECK") ||
                   contype == QLatin1String("CONSTR_UNIQUE") ||
                   contype == QLatin1String("CONSTR_PRIMARY")) {
            // The new column's check is verified, its unique index built, over all rows.
            effect.scans = true;
        } else if (contype == QLatin1String("CONSTR_FOREIGN")) {
            effect.scans = true;
            extra.push_back(makeLock(statement, relationName(object(constraint, "pktable")),
                                     ShareRowExclusive,
                                     QStringLiteral("ADD COLUMN ... REFERENCES (referenced "
                                                    "table)")));
        }
    }
    // NOT NULL without a default: every existing row is checked (and fails unless empty).
    if (notNull && !hasDefault)
        effect.scans = true;
    return effect;
}

LockLevels::Effect LockLevels::addConstraint(const QJsonObject& constraint,
                                             const SqlLintSource::Statement& statement,
                                             std::vector<StatementLock>& extra) const
{
    Effect effect;
    effect.mode = AccessExclusive;
    const QString contype = text(constraint, "contype");
    const bool notValid = flag(constraint, "skip_validation");
    const QString name = text(constraint, "conname");
    effect.what = QStringLiteral("ADD CONSTRAINT ") + name;
    if (contype == QLatin1String("CONSTR_FOREIGN")) {
        // Triggers go on both tables, so both are locked like CREATE TRIGGER does.
        effect.mode = ShareRowExclusive;
        effect.scans = !notValid;
        effect.what += QStringLiteral(" FOREIGN KEY");
        extra.push_back(
            makeLock(statement, relationName(object(constraint, "pktable")), ShareRowExclusive,
                     QStringLiteral("ADD CONSTRAINT %1 FOREIGN KEY (referenced table)").arg(name)));
    } else if (contype == QLatin1String("CONSTR_CHECK")) {
        effect.scans = !notValid;
        effect.what += QStringLiteral(" CHECK");
    } else if (contype == QLatin1String("CONSTR_UNIQUE") ||
               contype == QLatin1String("CONSTR_PRIMARY") ||
               contype == QLatin1String("CONSTR_EXCLUSION")) {
        // USING INDEX adopts an index built before; otherwise the index is built right here.
        effect.scans = text(constraint, "indexname").isEmpty();
        effect.what +=
            contype == QLatin1String("CONSTR_PRIMARY")
                ? QStringLiteral(" PRIMARY KEY")
                : (contype == QLatin1String("CONSTR_UNIQUE") ? QStringLiteral(" UNIQUE")
                                                             : QStringLiteral(" EXCLUDE"));
    }
    if (notValid)
        effect.what += QStringLiteral(" NOT VALID");
    return effect;
}

bool LockLevels::typeChangeRewrites(const QString& table, const QString& column,
                                    const QJsonObject& columnDef, QString* reason) const
{
    const QJsonObject typeName = object(columnDef, "typeName");
    const ColumnType target{typeBaseName(typeName), typeModifiers(typeName),
                            int(array(typeName, "arrayBounds").size())};

    // USING col or USING col::newtype is the plain conversion; anything else computes values.
    const QJsonValue usingExpression = get(columnDef, "raw_default");
    if (!usingExpression.isUndefined()) {
        QJsonValue inner = usingExpression;
        if (typeOf(inner) == QLatin1String("TypeCast"))
            inner = get(fieldsOf(inner), "arg");
        const QStringList fields = strings(array(fieldsOf(inner, "ColumnRef"), "fields"));
        if (fields.isEmpty() || fields.last() != column) {
            *reason = QStringLiteral("USING expression");
            return true;
        }
    }

    const auto known = m_columnTypes.constFind(key(table, column));
    if (known == m_columnTypes.constEnd()) {
        *reason = QStringLiteral("current type not in the script: assumed rewrite");
        return true;
    }
    const ColumnType& old = *known;
    if (old.arrayDimensions != target.arrayDimensions)
        return true;

    const auto widens = [&] {
        // Dropping the limit, or raising it, needs neither rewrite nor check.
        if (target.modifiers.isEmpty())
            return true;
        if (old.modifiers.isEmpty())
            return false;
        return target.modifiers.first() >= old.modifiers.first();
    };
    if (old.base == target.base) {
        if (old.modifiers == target.modifiers)
            return false;
        if (old.base == QLatin1String("varchar") || old.base == QLatin1String("varbit") ||
            old.base == QLatin1String("timestamp") || old.base == QLatin1String("timestamptz") ||
            old.base == QLatin1String("time") || old.base == QLatin1String("timetz") ||
            old.base == QLatin1String("interval")) {
            if (widens()) {
                *reason = QStringLiteral("widening, no rewrite");
                return false;
            }
            return true;
        }
        if (old.base == QLatin1String("numeric")) {
            // Same scale and at least the old precision keeps every stored value valid.
            const bool sameScale = target.modifiers.value(1, 0) == old.modifiers.value(1, 0);
            if (target.modifiers.isEmpty() || (widens() && sameScale)) {
                *reason = QStringLiteral("widening, no rewrite");
                return false;
            }
            return true;
        }
        return true;
    }
    // Binary-coercible pairs PostgreSQL converts without touching the rows.
    const bool toText = target.base == QLatin1String("text") ||
                        (target.base == QLatin1String("varchar") && target.modifiers.isEmpty());
    if ((old.base == QLatin1String("varchar") || old.base == QLatin1String("text")) && toText) {
        *reason = QStringLiteral("binary-compatible, no rewrite");
        return false;
    }
    if (old.base == QLatin1String("cidr") && target.base == QLatin1String("inet")) {
        *reason = QStringLiteral("binary-compatible, no rewrite");
        return false;
    }
    return true;
}

void LockLevels::recordColumn(const QString& table, const QJsonObject& columnDef)
{
    const QJsonObject typeName = object(columnDef, "typeName");
    m_columnTypes.insert(key(table, text(columnDef, "colname")),
                         {typeBaseName(typeName), typeModifiers(typeName),
                          int(array(typeName, "arrayBounds").size())});
}

void LockLevels::record(const SqlLintSource::Statement& statement)
{
    const QJsonObject& node = statement.node;
    if (statement.type == QLatin1String("CreateStmt")) {
        const QString table = text(object(node, "relation"), "relname");
        for (const QJsonValue& element : array(node, "tableElts")) {
            const QJsonObject columnDef = fieldsOf(element, "ColumnDef");
            if (!columnDef.isEmpty())
                recordColumn(table, columnDef);
        }
    } else if (statement.type == QLatin1String("IndexStmt")) {
        const QJsonObject relation = object(node, "relation");
        const QString index = text(node, "idxname");
        if (!index.isEmpty())
            m_indexTables.insert(index, relationName(relation));
    } else if (statement.type == QLatin1String("AlterTableStmt")) {
        const QString table = text(object(node, "relation"), "relname");
        for (const QJsonValue& value : array(node, "cmds")) {
            const QJsonObject command = fieldsOf(value, "AlterTableCmd");
            const QString subtype = text(command, "subtype");
            const QString name = text(command, "name");
            if (subtype == QLatin1String("AT_AddColumn")) {
                recordColumn(table, fieldsOf(get(command, "def"), "ColumnDef"));
            } else if (subtype == QLatin1String("AT_AlterColumnType")) {
                QJsonObject columnDef = fieldsOf(get(command, "def"), "ColumnDef");
                columnDef.insert(QLatin1String("colname"), name);
                recordColumn(table, columnDef);
            } else if (subtype == QLatin1String("AT_AddConstraint")) {
                const QJsonObject constraint = fieldsOf(get(command, "def"), "Constraint");
                const QString column = notNullCheckColumn(constraint);
                const QString constraintName = text(constraint, "conname");
                if (!column.isEmpty() && !constraintName.isEmpty()) {
                    m_notNullChecks.insert(constraintName,
                                           {table, column, !flag(constraint, "skip_validation")});
                }
            } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
                auto check = m_notNullChecks.find(name);
                if (check != m_notNullChecks.end() && check->table == table)
                    check->validated = true;
            } else if (subtype == QLatin1String("AT_DropConstraint")) {
                m_notNullChecks.remove(name);
            }
        }
    } else if (statement.type == QLatin1String("RenameStmt") &&
               is(node, "renameType", "OBJECT_INDEX")) {
        const QString index = text(object(node, "relation"), "relname");
        if (m_indexTables.contains(index))
            m_indexTables.insert(text(node, "newname"), m_indexTables.take(index));
    }
}

} // namespace migdesk::core
