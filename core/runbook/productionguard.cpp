// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/productionguard.h"

namespace migdesk::core {

QString ProductionGuard::refusal(const RunbookTarget& target, bool writes,
                                 const QString& typedDatabase)
{
    if (!writes || !target.isProduction())
        return {};
    const QString database = target.database();
    if (database.isEmpty())
        return tr("This is a production profile without a database name, so it cannot be "
                  "confirmed: name the database in the profile.");
    if (typedDatabase.isEmpty())
        return tr("This changes the production database %1: type its name to confirm "
                  "(on the command line: --confirm %1).")
            .arg(database);
    // Exact, case-sensitive: PostgreSQL database names are, and a near miss means the user is
    // not looking at the name they are about to change.
    if (typedDatabase != database)
        return tr("'%1' is not the name of the production database (%2): nothing was changed. "
                  "Type the name exactly.")
            .arg(typedDatabase, database);
    return {};
}

} // namespace migdesk::core
