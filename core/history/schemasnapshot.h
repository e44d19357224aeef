// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace migdesk::core {

// One column as the catalog describes it.
struct SchemaColumn
{
    QString name;
    QString type; // format_type(): "character varying(200)", "numeric(12,2)"
    bool nullable = true;
    QString defaultValue; // pg_get_expr() of the default; "GENERATED ALWAYS AS IDENTITY" and
                          // "GENERATED ALWAYS AS (expr) STORED" for identity and generated
                          // columns; empty when there is none

    friend bool operator==(const SchemaColumn&, const SchemaColumn&) = default;
};

// An ordinary, partitioned or partition table and its columns in attnum order.
struct SchemaTable
{
    QString schema;
    QString name;
    std::vector<SchemaColumn> columns;
    QString partitionOf;    // "schema.table" of the partitioned table; empty for other tables
    QString partitionBound; // "FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')" for a partition

    friend bool operator==(const SchemaTable&, const SchemaTable&) = default;
};

struct SchemaIndex
{
    QString schema;
    QString table;
    QString name;
    QString definition; // pg_get_indexdef()
    bool unique = false;
    bool valid = true;  // false after a failed CREATE INDEX CONCURRENTLY
    QString constraint; // the primary key, unique or exclusion constraint it enforces, if any

    friend bool operator==(const SchemaIndex&, const SchemaIndex&) = default;
};

struct SchemaConstraint
{
    QString schema;
    QString table;
    QString name;
    QString type;       // pg_constraint.contype: "p", "f", "u", "c" or "x"
    QString definition; // pg_get_constraintdef() without its " NOT VALID" suffix
    bool validated = true;

    friend bool operator==(const SchemaConstraint&, const SchemaConstraint&) = default;
};

// The shape of a database's user schemas at one moment: tables with their columns, indexes and
// constraints. Tables, indexes and constraints are ordered by schema, table and name (code-point
// order), so equal databases give equal snapshots and equal JSON.
struct SchemaSnapshot
{
    std::vector<SchemaTable> tables;
    std::vector<SchemaIndex> indexes;
    std::vector<SchemaConstraint> constraints;

    // {"format": 1, "tables": [...], "indexes": [...], "constraints": [...]}, as stored with runs.
    QJsonObject toJson() const;
    static SchemaSnapshot fromJson(const QJsonObject& json);

    friend bool operator==(const SchemaSnapshot&, const SchemaSnapshot&) = default;
};

} // namespace migdesk::core
