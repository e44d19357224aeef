// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/assessment.h"

namespace migdesk::core {

QStringList AssessedMigration::operationNames() const
{
    QStringList names;
    for (const MigrationOperation& op : migration.operations)
        names << op.className;
    return names;
}

} // namespace migdesk::core
