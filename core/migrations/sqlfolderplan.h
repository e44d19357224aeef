// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "migrations/sqlfolderscript.h"

#include <vector>

namespace migdesk::core {

// What applying a SQL migration folder would do: the scripts still to run, in version order,
// and what is wrong between the folder and the history table.
struct SqlFolderPlan
{
    std::vector<SqlFolderScript> pending; // with their text, loaded if the scan deferred it
    std::vector<SourceProblem> problems;
    // Pending scripts whose text could not be read when it was needed (changed since the
    // scan, gone, not UTF-8): nothing may run while there is one.
    std::vector<SourceProblem> unreadable;
};

} // namespace migdesk::core
