// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace migdesk::core {

// One difference between two schema snapshots, for the run detail, reports and `--json`.
struct SchemaChange
{
    Q_DECLARE_TR_FUNCTIONS(SchemaChange)
public:
    enum class Kind { Added, Removed, Changed };

    Kind kind = Kind::Changed;
    QString objectType; // "table", "column", "index" or "constraint"
    QString object;     // "schema.table", "schema.table.column", or the index or constraint name
    QString table;      // "schema.table" the object belongs to (the table itself for a table)
    // What changed, for Kind::Changed: "partition" (tables; before and after are
    // "schema.parent FOR VALUES ..." or empty), "type", "nullable", "default" (columns),
    // "definition" (indexes, constraints), "valid" (indexes), "validated" (constraints). Empty
    // otherwise.
    QString aspect;
    // Added: `after` describes the new object and `before` is empty; Removed: the reverse;
    // Changed: the aspect's value before and after ("true"/"false" for flags). A constraint's
    // description ends with " NOT VALID" when it is not validated, an index's with " INVALID"
    // when it is invalid.
    QString before;
    QString after;
    QString constraintType; // "p", "f", "u", "c" or "x" for a constraint

    // Plain DBA English: "Added column public.accounts.note (text NOT NULL DEFAULT ''::text)."
    QString sentence() const;
    static QString kindKey(Kind kind); // "added", "removed", "changed"
    // For runs, reports and the mirror; the sentence rides along for readers without migdesk.
    QJsonObject toJson() const;
    static SchemaChange fromJson(const QJsonObject& json);

    friend bool operator==(const SchemaChange&, const SchemaChange&) = default;
};

} // namespace migdesk::core
