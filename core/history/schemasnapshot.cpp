// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/schemasnapshot.h"

#include "common/jsonlists.h"

#include <QJsonArray>

namespace migdesk::core {

namespace {

// Bumped when a field changes meaning; fromJson() reads every earlier format.
constexpr int kFormat = 1;

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool flag(const QJsonObject& o, const char* key, bool fallback)
{
    return o.value(QLatin1String(key)).toBool(fallback);
}

QJsonObject columnJson(const SchemaColumn& c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("nullable"), c.nullable},
            {QStringLiteral("default"), c.defaultValue}};
}

SchemaColumn columnFrom(const QJsonObject& o)
{
    return {text(o, "name"), text(o, "type"), flag(o, "nullable", true), text(o, "default")};
}

QJsonObject tableJson(const SchemaTable& t)
{
    QJsonArray columns;
    for (const SchemaColumn& column : t.columns)
        columns.append(columnJson(column));
    return {{QStringLiteral("schema"), t.schema},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("columns"), columns},
            {QStringLiteral("partition_of"), t.partitionOf},
            {QStringLiteral("partition_bound"), t.partitionBound}};
}

SchemaTable tableFrom(const QJsonObject& o)
{
    SchemaTable t{text(o, "schema"),
                  text(o, "name"),
                  {},
                  text(o, "partition_of"),
                  text(o, "partition_bound")};
    for (const QJsonValue& column : o.value(QStringLiteral("columns")).toArray())
        t.columns.push_back(columnFrom(column.toObject()));
    return t;
}

QJsonObject indexJson(const SchemaIndex& i)
{
    return {{QStringLiteral("schema"), i.schema},
            {QStringLiteral("table"), i.table},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("definition"), i.definition},
            {QStringLiteral("unique"), i.unique},
            {QStringLiteral("valid"), i.valid},
            {QStringLiteral("constraint"), i.constraint}};
}

SchemaIndex indexFrom(const QJsonObject& o)
{
    return {text(o, "schema"),     text(o, "table"),         text(o, "name"),
            text(o, "definition"), flag(o, "unique", false), flag(o, "valid", true),
            text(o, "constraint")};
}

QJsonObject constraintJson(const SchemaConstraint& c)
{
    return {{QStringLiteral("schema"), c.schema},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("definition"), c.definition},
            {QStringLiteral("validated"), c.validated}};
}

SchemaConstraint constraintFrom(const QJsonObject& o)
{
    return {text(o, "schema"), text(o, "table"),      text(o, "name"),
            text(o, "type"),   text(o, "definition"), flag(o, "validated", true)};
}

} // namespace

QJsonObject SchemaSnapshot::toJson() const
{
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("tables"), jsonArrayOf(tables, tableJson)},
            {QStringLiteral("indexes"), jsonArrayOf(indexes, indexJson)},
            {QStringLiteral("constraints"), jsonArrayOf(constraints, constraintJson)}};
}

SchemaSnapshot SchemaSnapshot::fromJson(const QJsonObject& json)
{
    SchemaSnapshot snapshot;
    snapshot.tables = vectorFromJson<SchemaTable>(json.value(QStringLiteral("tables")), tableFrom);
    snapshot.indexes =
        vectorFromJson<SchemaIndex>(json.value(QStringLiteral("indexes")), indexFrom);
    snapshot.constraints =
        vectorFromJson<SchemaConstraint>(json.value(QStringLiteral("constraints")), constraintFrom);
    return snapshot;
}

} // namespace migdesk::core
