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
    std::vector<SqlFolderScript> pending;
    std::vector<SourceProblem> problems;
};

} // namespace migdesk::core
