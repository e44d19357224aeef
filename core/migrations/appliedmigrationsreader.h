// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "migrations/migration.h"

#include <set>

namespace migdesk::core {

class PgConnection;

// The migrations Django has recorded as applied, from the django_migrations table. A database
// without that table (Django never ran) has applied nothing; that is not an error.
class AppliedMigrationsReader
{
public:
    struct Applied
    {
        MigrationKey key;
        double appliedAtEpoch = 0;
    };

    static Result<std::vector<Applied>> read(PgConnection& connection);
    static std::set<MigrationKey> keys(const std::vector<Applied>& applied);
};

} // namespace migdesk::core
