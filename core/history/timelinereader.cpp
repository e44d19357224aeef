// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/timelinereader.h"

#include "history/historymirror.h"
#include "migrations/sqlfolderhistory.h"

namespace migdesk::core {

TimelineReader::Sources TimelineReader::read(PgConnection& connection, const QDateTime& since)
{
    Sources sources;
    if (auto mirrored = HistoryMirror::read(connection, since))
        sources.mirrored = std::move(mirrored.value());
    else if (mirrored.error().kind() == DbError::Kind::PermissionDenied)
        // Nothing is granted to PUBLIC on purpose (records hold logs and SQL), so a reviewer's
        // role meets this first; name the two grants rather than the bare server message.
        sources.problems << tr("The runs mirrored in %1 could not be read: this role may not "
                               "read them (server said: %2). Runs made from other machines are "
                               "missing here until the table's owner runs GRANT USAGE ON SCHEMA "
                               "%3 TO this role and GRANT SELECT ON %1 TO this role.")
                                .arg(HistoryMirror::tableName(), mirrored.error().message(),
                                     HistoryMirror::schemaName());
    else
        sources.problems << tr("The runs mirrored in %1 could not be read: %2")
                                .arg(HistoryMirror::tableName(), mirrored.error().sentence());
    if (auto django = AppliedMigrationsReader::read(connection))
        sources.django = std::move(django.value());
    else
        sources.problems
            << tr("django_migrations could not be read: %1").arg(django.error().sentence());
    if (auto sql = SqlFolderHistory::read(connection))
        sources.sqlFolder = std::move(sql.value());
    else
        sources.problems << tr("%1 could not be read: %2")
                                .arg(SqlFolderHistory::tableName(), sql.error().sentence());
    return sources;
}

} // namespace migdesk::core
