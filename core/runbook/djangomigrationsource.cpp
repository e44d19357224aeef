// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/djangomigrationsource.h"

#include "runbook/djangomigrateprocess.h"

namespace migdesk::core {

DjangoMigrationSource::DjangoMigrationSource(RunbookTarget target, QString applicationName,
                                             WritePolicy policy, std::vector<MigrationKey> targets)
    : m_target(std::move(target)), m_applicationName(std::move(applicationName)),
      m_policy(std::move(policy)), m_targets(std::move(targets))
{
}

MigrationAttempt DjangoMigrationSource::attempt(std::size_t index, PgConnection&,
                                                const StepContext& ctx)
{
    return DjangoMigrateProcess::run(m_target, m_targets.at(index), m_applicationName, m_policy,
                                     ctx);
}

} // namespace migdesk::core
