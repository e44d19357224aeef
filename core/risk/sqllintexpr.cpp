// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/sqllintexpr.h"

#include "risk/sqllintnode.h"

#include <QSet>

namespace migdesk::core::sqllint {

namespace {

// Built-in functions that are IMMUTABLE or STABLE in PostgreSQL 15's pg_proc and turn up in
// column defaults. random(), gen_random_uuid(), uuid_generate_v4(), clock_timestamp(),
// timeofday() and nextval() are VOLATILE and deliberately missing.
const QSet<QString>& nonVolatileFunctions()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char* name : {"now",
                                 "transaction_timestamp",
                                 "statement_timestamp",
                                 "current_timestamp",
                                 "localtimestamp",
                                 "current_date",
                                 "current_time",
                                 "localtime",
                                 "current_user",
                                 "session_user",
                                 "current_schema",
                                 "current_database",
                                 "current_setting",
                                 "version",
                                 "pg_backend_pid",
                                 "inet_client_addr",
                                 "lower",
                                 "upper",
                                 "initcap",
                                 "length",
                                 "char_length",
                                 "character_length",
                                 "octet_length",
                                 "btrim",
                                 "ltrim",
                                 "rtrim",
                                 "lpad",
                                 "rpad",
                                 "substr",
                                 "substring",
                                 "replace",
                                 "concat",
                                 "concat_ws",
                                 "format",
                                 "left",
                                 "right",
                                 "repeat",
                                 "md5",
                                 "sha256",
                                 "encode",
                                 "decode",
                                 "abs",
                                 "round",
                                 "floor",
                                 "ceil",
                                 "ceiling",
                                 "trunc",
                                 "mod",
                                 "power",
                                 "sqrt",
                                 "to_char",
                                 "to_date",
                                 "to_timestamp",
                                 "to_number",
                                 "to_json",
                                 "to_jsonb",
                                 "json_build_object",
                                 "jsonb_build_object",
                                 "json_build_array",
                                 "jsonb_build_array",
                                 "json_object",
                                 "jsonb_object",
                                 "array_fill",
                                 "cardinality",
                                 "date_trunc",
                                 "date_part",
                                 "extract",
                                 "timezone",
                                 "make_date",
                                 "make_time",
                                 "make_timestamp",
                                 "make_timestamptz",
                                 "make_interval",
                                 "age",
                                 "uuid_nil",
                                 "numeric",
                                 "int4",
                                 "int8",
                                 "text",
                                 "bool",
                                 "float8",
                                 "jsonb"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return names;
}

bool allNonVolatile(const QJsonArray& expressions)
{
    for (const QJsonValue& expression : expressions) {
        if (!isNonVolatile(expression))
            return false;
    }
    return true;
}

} // namespace

bool isNonVolatile(const QJsonValue& expression)
{
    const QString type = typeOf(expression);
    const QJsonObject fields = fieldsOf(expression);
    if (type == QLatin1String("A_Const") || type == QLatin1String("SQLValueFunction"))
        return true;
    if (type == QLatin1String("TypeCast") || type == QLatin1String("CollateClause"))
        return isNonVolatile(get(fields, "arg"));
    if (type == QLatin1String("A_Expr")) {
        // Operators between constants: 2 + 2, 'a' || 'b', -interval '1 day'.
        const QJsonValue left = get(fields, "lexpr");
        const QJsonValue right = get(fields, "rexpr");
        return (left.isUndefined() || isNonVolatile(left)) &&
               (right.isUndefined() || isNonVolatile(right));
    }
    if (type == QLatin1String("BoolExpr") || type == QLatin1String("RowExpr") ||
        type == QLatin1String("CoalesceExpr") || type == QLatin1String("MinMaxExpr"))
        return allNonVolatile(array(fields, "args"));
    if (type == QLatin1String("A_ArrayExpr"))
        return allNonVolatile(array(fields, "elements"));
    if (type == QLatin1String("NullTest") || type == QLatin1String("BooleanTest"))
        return isNonVolatile(get(fields, "arg"));
    if (type == QLatin1String("FuncCall")) {
        const QStringList name = strings(array(fields, "funcname"));
        const bool builtIn =
            name.size() == 1 || (name.size() == 2 && name.first() == QLatin1String("pg_catalog"));
        return builtIn && nonVolatileFunctions().contains(name.last().toLower()) &&
               allNonVolatile(array(fields, "args"));
    }
    return false;
}

} // namespace migdesk::core::sqllint
