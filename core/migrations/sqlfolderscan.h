// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "migrations/sqlfolderscript.h"

#include <vector>

namespace migdesk::core {

// What a SQL migration folder holds. Files with problems (bad names, duplicate versions,
// unreadable) are left out of `scripts` and reported; the rest is still usable.
struct SqlFolderScan
{
    QString folder;                       // absolute path
    std::vector<SqlFolderScript> scripts; // versioned (V) files, in version order
    std::vector<SqlFolderScript> undo;    // undo (U) files, in version order
    std::vector<SourceProblem> problems;

    std::vector<Migration> migrations() const
    {
        std::vector<Migration> out;
        out.reserve(scripts.size());
        for (const SqlFolderScript& script : scripts)
            out.push_back(script.migration);
        return out;
    }
};

} // namespace migdesk::core
