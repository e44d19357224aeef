// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/tablestats.h"
#include "common/result.h"

namespace migdesk::core {

class PgConnection;

// Reads the TableInventory in two steps, each a single query whatever the number of tables:
// the list with the catalog's size estimates (fast, for the screen at once), then the exact
// sizes of the tables asked for. No size function is ever called on a relation that an ACCESS
// EXCLUSIVE lock covers.
class TableStatsReader
{
public:
    // The list, every size an estimate (TableStats::sizesEstimated).
    static Result<TableInventory> readList(PgConnection& connection);
    // Exact sizes of `oids`, and the database's size when asked (it walks the whole database).
    static Result<MeasuredSizes> readSizes(PgConnection& connection,
                                           const std::vector<quint32>& oids, bool withDatabaseSize);
    // The list with every size measured: readList, readSizes of all, applySizes.
    static Result<TableInventory> read(PgConnection& connection);
};

} // namespace migdesk::core
