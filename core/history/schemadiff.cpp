// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/schemadiff.h"

#include <QStringList>

#include <map>
#include <set>

namespace migdesk::core {

namespace {

// "schema.table": the key tables, their indexes and their constraints are grouped by.
QString qualified(const QString& schema, const QString& table)
{
    return schema + QLatin1Char('.') + table;
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// "bigint NOT NULL DEFAULT 0", as the column would be declared.
QString describe(const SchemaColumn& column)
{
    QString text = column.type;
    if (!column.nullable)
        text += QStringLiteral(" NOT NULL");
    if (column.defaultValue.startsWith(QLatin1String("GENERATED ")))
        text += QLatin1Char(' ') + column.defaultValue;
    else if (!column.defaultValue.isEmpty())
        text += QStringLiteral(" DEFAULT ") + column.defaultValue;
    return text;
}

// "public.events FOR VALUES FROM (...) TO (...)"; empty for a table that is no partition.
QString partition(const SchemaTable& table)
{
    if (table.partitionOf.isEmpty())
        return {};
    return table.partitionBound.isEmpty()
               ? table.partitionOf
               : table.partitionOf + QLatin1Char(' ') + table.partitionBound;
}

// The columns as declared, or for a partition what it is a partition of: its columns are its
// parent's.
QString describe(const SchemaTable& table)
{
    if (!table.partitionOf.isEmpty())
        return SchemaChange::tr("partition of %1").arg(partition(table));
    QStringList columns;
    for (const SchemaColumn& column : table.columns)
        columns << column.name + QLatin1Char(' ') + describe(column);
    return columns.join(QStringLiteral(", "));
}

QString describe(const SchemaConstraint& constraint)
{
    return constraint.validated ? constraint.definition
                                : constraint.definition + QStringLiteral(" NOT VALID");
}

// The definition, marked when the index is invalid (the SchemaChange contract).
QString describe(const SchemaIndex& index)
{
    return index.valid ? index.definition : index.definition + QStringLiteral(" INVALID");
}

template <typename T> using ByTable = std::map<QString, std::map<QString, const T*>>;

template <typename T> ByTable<T> byTable(const std::vector<T>& items)
{
    ByTable<T> grouped;
    for (const T& item : items)
        grouped[qualified(item.schema, item.table)][item.name] = &item;
    return grouped;
}

template <typename T>
const std::map<QString, const T*>& of(const ByTable<T>& grouped, const QString& table)
{
    static const std::map<QString, const T*> none;
    const auto found = grouped.find(table);
    return found == grouped.end() ? none : found->second;
}

// An object of one name on either side of the comparison; null on the side without it.
template <typename T> struct Paired
{
    QString name;
    const T* before;
    const T* after;
};

// Every name on either side, in name order.
template <typename T>
std::vector<Paired<T>> paired(const std::map<QString, const T*>& before,
                              const std::map<QString, const T*>& after)
{
    std::set<QString> names;
    for (const auto& [name, item] : before)
        names.insert(name);
    for (const auto& [name, item] : after)
        names.insert(name);
    std::vector<Paired<T>> pairs;
    pairs.reserve(names.size());
    for (const QString& name : names) {
        const auto b = before.find(name);
        const auto a = after.find(name);
        pairs.push_back({name, b == before.end() ? nullptr : b->second,
                         a == after.end() ? nullptr : a->second});
    }
    return pairs;
}

class Collector
{
public:
    std::vector<SchemaChange> changes;

    void add(SchemaChange::Kind kind, const char* objectType, const QString& object,
             const QString& table, const QString& before, const QString& after,
             const QString& constraintType = {})
    {
        changes.push_back({kind, QString::fromLatin1(objectType), object, table, QString(), before,
                           after, constraintType});
    }

    void changed(const char* objectType, const QString& object, const QString& table,
                 const char* aspect, const QString& before, const QString& after,
                 const QString& constraintType = {})
    {
        if (before == after)
            return;
        changes.push_back({SchemaChange::Kind::Changed, QString::fromLatin1(objectType), object,
                           table, QString::fromLatin1(aspect), before, after, constraintType});
    }

    void columns(const QString& table, const SchemaTable& before, const SchemaTable& after)
    {
        std::map<QString, const SchemaColumn*> old;
        for (const SchemaColumn& column : before.columns)
            old[column.name] = &column;
        for (const SchemaColumn& column : after.columns) {
            const QString object = table + QLatin1Char('.') + column.name;
            const auto found = old.find(column.name);
            if (found == old.end()) {
                add(SchemaChange::Kind::Added, "column", object, table, {}, describe(column));
                continue;
            }
            const SchemaColumn& was = *found->second;
            changed("column", object, table, "type", was.type, column.type);
            changed("column", object, table, "nullable", flag(was.nullable), flag(column.nullable));
            changed("column", object, table, "default", was.defaultValue, column.defaultValue);
            old.erase(found);
        }
        for (const SchemaColumn& column : before.columns) {
            if (old.count(column.name) != 0) {
                add(SchemaChange::Kind::Removed, "column", table + QLatin1Char('.') + column.name,
                    table, describe(column), {});
            }
        }
    }

    void constraints(const QString& table, const std::map<QString, const SchemaConstraint*>& before,
                     const std::map<QString, const SchemaConstraint*>& after)
    {
        for (const auto& [name, b, a] : paired(before, after)) {
            if (!b) {
                add(SchemaChange::Kind::Added, "constraint", name, table, {}, describe(*a),
                    a->type);
            } else if (!a) {
                add(SchemaChange::Kind::Removed, "constraint", name, table, describe(*b), {},
                    b->type);
            } else {
                changed("constraint", name, table, "definition", b->definition, a->definition,
                        a->type);
                changed("constraint", name, table, "validated", flag(b->validated),
                        flag(a->validated), a->type);
            }
        }
    }

    void indexes(const QString& table, const std::map<QString, const SchemaIndex*>& before,
                 const std::map<QString, const SchemaIndex*>& after)
    {
        for (const auto& [name, b, a] : paired(before, after)) {
            if (!b) {
                if (a->constraint.isEmpty())
                    add(SchemaChange::Kind::Added, "index", name, table, {}, describe(*a));
            } else if (!a) {
                if (b->constraint.isEmpty())
                    add(SchemaChange::Kind::Removed, "index", name, table, describe(*b), {});
            } else {
                changed("index", name, table, "definition", b->definition, a->definition);
                changed("index", name, table, "valid", flag(b->valid), flag(a->valid));
            }
        }
    }
};

} // namespace

std::vector<SchemaChange> SchemaDiff::compare(const SchemaSnapshot& before,
                                              const SchemaSnapshot& after)
{
    std::map<QString, const SchemaTable*> beforeTables;
    for (const SchemaTable& table : before.tables)
        beforeTables[qualified(table.schema, table.name)] = &table;
    std::map<QString, const SchemaTable*> afterTables;
    for (const SchemaTable& table : after.tables)
        afterTables[qualified(table.schema, table.name)] = &table;
    const auto beforeIndexes = byTable(before.indexes);
    const auto afterIndexes = byTable(after.indexes);
    const auto beforeConstraints = byTable(before.constraints);
    const auto afterConstraints = byTable(after.constraints);

    Collector collect;
    for (const auto& [table, b, a] : paired(beforeTables, afterTables)) {
        if (!b) {
            collect.add(SchemaChange::Kind::Added, "table", table, table, {}, describe(*a));
            continue;
        }
        if (!a) {
            collect.add(SchemaChange::Kind::Removed, "table", table, table, describe(*b), {});
            continue;
        }
        collect.changed("table", table, table, "partition", partition(*b), partition(*a));
        if (!b->partitionOf.isEmpty() && !a->partitionOf.isEmpty())
            continue;
        collect.columns(table, *b, *a);
        collect.constraints(table, of(beforeConstraints, table), of(afterConstraints, table));
        collect.indexes(table, of(beforeIndexes, table), of(afterIndexes, table));
    }
    return std::move(collect.changes);
}

} // namespace migdesk::core
