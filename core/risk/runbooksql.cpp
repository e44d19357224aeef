// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/runbooksql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pg_query.h>

namespace migdesk::core {

namespace {

using Safety = RunbookScore::Safety;
using Reason = RunbookScore::Reason;

// What one statement does, in the runbook's terms. `adds` statements make a migration
// additive; `neutral` ones (SET, COMMENT, ANALYZE, transaction control) count as neither.
struct StatementVerdict
{
    Safety safety = Safety::Yellow;
    Reason reason = Reason::NotRated;
    bool changesData = false;
    bool drops = false;
    bool adds = false;
    bool neutral = false;
};

StatementVerdict verdict(Safety safety, Reason reason)
{
    StatementVerdict v;
    v.safety = safety;
    v.reason = reason;
    return v;
}

StatementVerdict adding(Safety safety, Reason reason)
{
    StatementVerdict v = verdict(safety, reason);
    v.adds = true;
    return v;
}

StatementVerdict dropping(Safety safety, Reason reason)
{
    StatementVerdict v = verdict(safety, reason);
    v.drops = true;
    return v;
}

StatementVerdict neutral()
{
    StatementVerdict v = verdict(Safety::Green, Reason::NoDataChange);
    v.neutral = true;
    return v;
}

StatementVerdict changingData(Reason reason)
{
    StatementVerdict v = verdict(Safety::Red, reason);
    v.changesData = true;
    return v;
}

bool hasConstraint(const QJsonArray& constraints, QLatin1String contype)
{
    for (const QJsonValue& c : constraints) {
        if (c[QLatin1String("Constraint")][QLatin1String("contype")].toString() == contype)
            return true;
    }
    return false;
}

bool isUniqueKind(const QString& contype)
{
    return contype == QLatin1String("CONSTR_UNIQUE") ||
           contype == QLatin1String("CONSTR_PRIMARY") ||
           contype == QLatin1String("CONSTR_EXCLUSION");
}

// One ALTER TABLE subcommand, following the runbook's lists: ADD COLUMN nullable is green,
// NOT NULL with a default yellow (without one it fails on any table with rows: red); a type
// change is yellow when PostgreSQL converts by itself (no USING: compatible) and red when it
// needs USING (incompatible); a constraint is green when NOT VALID and red when unique (also
// when attached from an existing unique index); DROP COLUMN is red. A validated CHECK or
// foreign key and a dropped constraint are not in the runbook: yellow, as is anything else.
StatementVerdict alterTableCommand(const QJsonObject& cmd)
{
    const QString subtype = cmd.value(QLatin1String("subtype")).toString();
    const QJsonValue def = cmd.value(QLatin1String("def"));
    if (subtype == QLatin1String("AT_AddColumn")) {
        const QJsonArray constraints =
            def[QLatin1String("ColumnDef")][QLatin1String("constraints")].toArray();
        if (hasConstraint(constraints, QLatin1String("CONSTR_UNIQUE")) ||
            hasConstraint(constraints, QLatin1String("CONSTR_PRIMARY")))
            return adding(Safety::Red, Reason::UniqueConstraint);
        if (!hasConstraint(constraints, QLatin1String("CONSTR_NOTNULL")))
            return adding(Safety::Green, Reason::NullableColumn);
        if (hasConstraint(constraints, QLatin1String("CONSTR_DEFAULT")))
            return adding(Safety::Yellow, Reason::NotNullWithDefault);
        return adding(Safety::Red, Reason::NotNullWithoutDefault);
    }
    if (subtype == QLatin1String("AT_AddConstraint") ||
        subtype == QLatin1String("AT_AddIndexConstraint")) {
        const QJsonValue constraint = def[QLatin1String("Constraint")];
        if (subtype == QLatin1String("AT_AddIndexConstraint") ||
            isUniqueKind(constraint[QLatin1String("contype")].toString()))
            return adding(Safety::Red, Reason::UniqueConstraint);
        if (constraint[QLatin1String("skip_validation")].toBool())
            return adding(Safety::Green, Reason::ConstraintNotValidated);
        return adding(Safety::Yellow, Reason::ValidatedConstraint);
    }
    if (subtype == QLatin1String("AT_DropColumn"))
        return dropping(Safety::Red, Reason::DropColumn);
    if (subtype == QLatin1String("AT_DropConstraint"))
        return dropping(Safety::Yellow, Reason::DropConstraint);
    if (subtype == QLatin1String("AT_AlterColumnType")) {
        const bool usingClause =
            !def[QLatin1String("ColumnDef")][QLatin1String("raw_default")].isUndefined();
        return usingClause ? verdict(Safety::Red, Reason::IncompatibleTypeChange)
                           : verdict(Safety::Yellow, Reason::CompatibleTypeChange);
    }
    if (subtype == QLatin1String("AT_ValidateConstraint"))
        return verdict(Safety::Green, Reason::OnlineValidation);
    if (subtype == QLatin1String("AT_ColumnDefault"))
        return neutral(); // a new default changes the catalog only, no existing row
    return verdict(Safety::Yellow, Reason::NotRated);
}

StatementVerdict alterTable(const QJsonObject& body)
{
    StatementVerdict all = verdict(Safety::Green, Reason::NotRated);
    all.adds = true;
    all.neutral = true;
    bool any = false;
    for (const QJsonValue& cmd : body.value(QLatin1String("cmds")).toArray()) {
        const StatementVerdict one =
            alterTableCommand(cmd[QLatin1String("AlterTableCmd")].toObject());
        if (!any || one.safety > all.safety) {
            all.safety = one.safety;
            all.reason = one.reason;
        }
        any = true;
        all.drops = all.drops || one.drops;
        all.adds = all.adds && (one.adds || one.neutral);
        all.neutral = all.neutral && one.neutral;
    }
    return any ? all : verdict(Safety::Yellow, Reason::NotRated);
}

bool isOneOf(const QString& node, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (node == QLatin1String(name))
            return true;
    }
    return false;
}

// A statement by its parse-tree node. New tables and other new objects are green; a unique
// index is how a unique constraint is built, so it is red even when concurrent; a plain index
// build blocks writes for its duration (not green, not in the runbook's red list: yellow);
// INSERT/UPDATE/DELETE are the runbook's data migration (red), and so is a DO block, whose
// effect nothing here can see; statements the runbook does not mention are yellow.
StatementVerdict classifyStatement(const QString& node, const QJsonObject& body)
{
    const auto flag = [&body](const char* name) {
        return body.value(QLatin1String(name)).toBool();
    };
    if (node == QLatin1String("IndexStmt")) {
        if (flag("unique"))
            return adding(Safety::Red, Reason::UniqueConstraint);
        return flag("concurrent") ? adding(Safety::Green, Reason::ConcurrentIndex)
                                  : adding(Safety::Yellow, Reason::BlockingIndexBuild);
    }
    if (isOneOf(node, {"CreateStmt", "CreateTableAsStmt"}))
        return adding(Safety::Green, Reason::NewTable);
    if (isOneOf(node, {"CreateSeqStmt", "ViewStmt", "CreateFunctionStmt", "CreateExtensionStmt",
                       "CreateSchemaStmt", "CreateEnumStmt", "CompositeTypeStmt",
                       "CreateDomainStmt", "CreateTrigStmt"}))
        return adding(Safety::Green, Reason::NewObjects);
    if (isOneOf(node,
                {"VariableSetStmt", "TransactionStmt", "CommentStmt", "GrantStmt", "VacuumStmt"}))
        return neutral();
    if (node == QLatin1String("DropStmt")) {
        const QString type = body.value(QLatin1String("removeType")).toString();
        if (type == QLatin1String("OBJECT_INDEX"))
            return dropping(Safety::Yellow, Reason::DropIndex);
        return dropping(Safety::Red, type == QLatin1String("OBJECT_TABLE") ? Reason::DropTable
                                                                           : Reason::DropObjects);
    }
    if (node == QLatin1String("TruncateStmt"))
        return dropping(Safety::Red, Reason::TableEmptied);
    if (isOneOf(node, {"InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CopyStmt"}))
        return changingData(Reason::DataMigration);
    if (node == QLatin1String("DoStmt"))
        return changingData(Reason::ProceduralCode);
    if (node == QLatin1String("RenameStmt"))
        return verdict(Safety::Yellow, Reason::Rename);
    if (node == QLatin1String("AlterTableStmt"))
        return alterTable(body);
    return verdict(Safety::Yellow, Reason::NotRated);
}

void collectRelations(const QJsonValue& value, QStringList& tables)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectRelations(item, tables);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    // A RangeVar is a typed node ({"RangeVar": {...}}) in FROM lists and an untyped object as
    // a statement's "relation"; both carry relname, and nothing else does.
    const QString relname = object.value(QLatin1String("relname")).toString();
    if (!relname.isEmpty() && !tables.contains(relname))
        tables << relname;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        collectRelations(it.value(), tables);
}

struct ParseResult
{
    PgQueryParseResult result;
    ~ParseResult() { pg_query_free_parse_result(result); }
};

} // namespace

RunbookSql::Verdict RunbookSql::classify(const QStringList& sql)
{
    Verdict out;
    if (sql.isEmpty()) {
        out.readable = false;
        out.safety = Safety::Red;
        out.reason = Reason::UnreadableSql;
        return out;
    }
    bool any = false;     // a statement was classified
    bool allAdd = true;   // every non-neutral statement adds
    bool anyAdds = false; // at least one adds
    for (const QString& literal : sql) {
        const ParseResult parsed{pg_query_parse(literal.toUtf8().constData())};
        QJsonParseError jsonError{};
        const QJsonDocument tree =
            parsed.result.error
                ? QJsonDocument()
                : QJsonDocument::fromJson(QByteArray(parsed.result.parse_tree), &jsonError);
        if (parsed.result.error || jsonError.error != QJsonParseError::NoError) {
            out.readable = false;
            continue;
        }
        for (const QJsonValue& entry : tree[QLatin1String("stmts")].toArray()) {
            const QJsonObject stmt = entry[QLatin1String("stmt")].toObject();
            if (stmt.isEmpty())
                continue;
            const StatementVerdict one =
                classifyStatement(stmt.constBegin().key(), stmt.constBegin()->toObject());
            if (!any || one.safety > out.safety) {
                out.safety = one.safety;
                out.reason = one.reason;
            }
            any = true;
            out.changesData = out.changesData || one.changesData;
            out.drops = out.drops || one.drops;
            if (!one.neutral) {
                allAdd = allAdd && one.adds;
                anyAdds = anyAdds || one.adds;
            }
            collectRelations(stmt, out.tables);
        }
    }
    if (!out.readable) {
        out.safety = Safety::Red;
        out.reason = Reason::UnreadableSql;
    } else if (!any) {
        out.safety = Safety::Green; // RunSQL.noop, or only comments
        out.reason = Reason::NoDataChange;
    }
    out.onlyAdds = out.readable && anyAdds && allAdd && !out.changesData && !out.drops;
    return out;
}

} // namespace migdesk::core
