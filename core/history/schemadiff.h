// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/schemachange.h"
#include "history/schemasnapshot.h"

#include <vector>

namespace migdesk::core {

// What a migration did to the schema, from the snapshots before and after it.
class SchemaDiff
{
public:
    // Table by table in schema and name order; within a table: the table itself, its columns
    // (the after order, then the dropped ones), constraints, then indexes. An added or dropped
    // table is one change: its columns, indexes and constraints are not listed again. An index
    // that enforces a constraint is reported through the constraint only. A partition's columns,
    // indexes and constraints are not compared: they follow its partitioned table's, where they
    // are reported (an index created on one partition alone is therefore not listed); attaching
    // and detaching are. Columns, indexes and constraints are matched by name, so a rename reads
    // as a removal and an addition.
    static std::vector<SchemaChange> compare(const SchemaSnapshot& before,
                                             const SchemaSnapshot& after);
};

} // namespace migdesk::core
