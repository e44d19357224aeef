// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "runbook/migrationsource.h"
#include "runbook/runbooktarget.h"
#include "runbook/writepolicy.h"

#include <QString>

#include <vector>

namespace migdesk::core {

// A Django project's migrations, run one `manage.py migrate APP NAME` per item (so that Django
// records each one), forward to the migration itself or backward to the one an app goes back
// to: `targets[i]` is what item i migrates to.
class DjangoMigrationSource final : public MigrationSource
{
public:
    DjangoMigrationSource(RunbookTarget target, QString applicationName, WritePolicy policy,
                          std::vector<MigrationKey> targets);

    bool writesOnOwnConnection() const override { return false; }
    MigrationAttempt attempt(std::size_t index, PgConnection& connection,
                             const StepContext& ctx) override;

private:
    RunbookTarget m_target;
    QString m_applicationName;
    WritePolicy m_policy;
    std::vector<MigrationKey> m_targets;
};

} // namespace migdesk::core
