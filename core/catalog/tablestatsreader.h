// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/tablestats.h"
#include "common/result.h"

namespace migdesk::core {

class PgConnection;

// Reads the TableInventory in a single query, whatever the number of tables: no per-table round
// trips, and no size function called on a relation that an ACCESS EXCLUSIVE lock covers.
class TableStatsReader
{
public:
    static Result<TableInventory> read(PgConnection& connection);
};

} // namespace migdesk::core
