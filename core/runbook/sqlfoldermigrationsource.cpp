// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/sqlfoldermigrationsource.h"

#include "connection/pgconnection.h"
#include "migrations/sqlfolderapplier.h"

namespace migdesk::core {

SqlFolderMigrationSource::SqlFolderMigrationSource(Way way, std::vector<SqlFolderScript> scripts)
    : m_way(way), m_scripts(std::move(scripts))
{
}

MigrationAttempt SqlFolderMigrationSource::attempt(std::size_t index, PgConnection& connection,
                                                   const StepContext& ctx)
{
    const SqlFolderScript& script = m_scripts.at(index);
    const CancelToken::ActionScope cancelScope(
        ctx.cancel, [handle = connection.cancelHandle()] { handle->cancel(); });
    std::vector<StatementTiming> timings;
    const auto done = m_way == Way::Apply
                          ? SqlFolderApplier::apply(connection, script, {}, &timings)
                          : SqlFolderApplier::undo(connection, script, &timings);
    return MigrationAttempt::fromResult(done, std::move(timings), connection.isBroken(),
                                        ctx.cancel.isCancelled());
}

} // namespace migdesk::core
