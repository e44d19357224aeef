// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/sqlfolderscript.h"
#include "runbook/migrationsource.h"

#include <vector>

namespace migdesk::core {

// A SQL folder's scripts applied (forward) or its undo files run (backward) through
// SqlFolderApplier on the run's write session, each recording or deleting its
// migdesk_schema_history row in its own transaction; `scripts[i]` is item i's file, loaded.
// Cancel stops the running statement (PQcancel).
class SqlFolderMigrationSource final : public MigrationSource
{
public:
    enum class Way { Apply, Undo };

    SqlFolderMigrationSource(Way way, std::vector<SqlFolderScript> scripts);

    bool writesOnOwnConnection() const override { return true; }
    MigrationAttempt attempt(std::size_t index, PgConnection& connection,
                             const StepContext& ctx) override;

private:
    Way m_way;
    std::vector<SqlFolderScript> m_scripts;
};

} // namespace migdesk::core
