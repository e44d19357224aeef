// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/databaseoverview.h"
#include "common/result.h"

namespace migdesk::core {

class PgConnection;

// Reads one DatabaseOverview sample in three catalog queries. Works for any role: figures the
// role may not see (other users' sessions without pg_read_all_stats) show as state "unknown".
class OverviewReader
{
public:
    static constexpr int kDefaultTopTables = 10;
    static Result<DatabaseOverview> read(PgConnection& connection,
                                         int topTables = kDefaultTopTables);
};

} // namespace migdesk::core
