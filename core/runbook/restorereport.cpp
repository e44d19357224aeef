// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/restorereport.h"

namespace migdesk::core {

QJsonObject RestoreReport::toJson() const
{
    QJsonObject o{{QStringLiteral("jobs"), jobs}};
    if (!backup.isEmpty())
        o[QStringLiteral("backup")] = backup;
    if (!database.isEmpty())
        o[QStringLiteral("database")] = database;
    if (!metadataPath.isEmpty())
        o[QStringLiteral("metadata_path")] = metadataPath;
    if (tocEntries)
        o[QStringLiteral("toc_entries")] = *tocEntries;
    return o;
}

} // namespace migdesk::core
