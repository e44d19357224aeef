// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reading libpg_query's JSON parse tree. A node is {"TypeName": {fields}}; protobuf JSON leaves
// out every field that has its default value (false, 0, "", empty list), so a missing field
// reads as exactly that default here.
namespace migdesk::core::sqllint {

// The node's type name ("Constraint") and its fields; empty when the value is not a node.
QString typeOf(const QJsonValue& node);
QJsonObject fieldsOf(const QJsonValue& node);
// The fields when the node has the given type, else empty.
QJsonObject fieldsOf(const QJsonValue& node, const char* type);

QJsonValue get(const QJsonObject& fields, const char* key);
QJsonObject object(const QJsonObject& fields, const char* key);
QJsonArray array(const QJsonObject& fields, const char* key);
QString text(const QJsonObject& fields, const char* key);
bool flag(const QJsonObject& fields, const char* key);
int number(const QJsonObject& fields, const char* key);
bool is(const QJsonObject& fields, const char* key, const char* value);

// [{"String": {"sval": "pg_catalog"}}, {"String": {"sval": "int4"}}] -> {"pg_catalog", "int4"}
QStringList strings(const QJsonArray& stringNodes);
// A RangeVar as written: "public.payments" or "payments".
QString relationName(const QJsonObject& rangeVar);
// An A_Const's value as text (integers, floats, strings, booleans), empty for NULL.
QString constantText(const QJsonValue& node);
// The lower-case last part of a type name: "int4" for pg_catalog.int4.
QString typeBaseName(const QJsonObject& typeName);
// A type as a DBA reads it: "varchar(20)", "numeric(10,2)[]".
QString typeDisplay(const QJsonObject& typeName);
// The integer type modifiers of a type name: {20} for varchar(20); -1 for a non-integer one.
QList<int> typeModifiers(const QJsonObject& typeName);
// A DefElem list option that is switched on: VACUUM (FULL), REINDEX (CONCURRENTLY).
bool optionEnabled(const QJsonArray& defElems, const char* name);

} // namespace migdesk::core::sqllint
