// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/appliedmigrationsreader.h"

#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// Where Django keeps its record: django_migrations in the first schema of the search_path that
// has it (as Django's own connection sees it). to_regclass() answers null instead of failing
// when the table does not exist.
constexpr auto kTableExists = R"(SELECT to_regclass('django_migrations') IS NOT NULL AS present)";

constexpr auto kAppliedMigrations = R"(
SELECT app, name, extract(epoch FROM applied) AS applied_at
FROM django_migrations
ORDER BY applied, id)";

} // namespace

Result<std::vector<AppliedMigrationsReader::Applied>>
AppliedMigrationsReader::read(PgConnection& connection)
{
    const auto exists = connection.exec(QString::fromLatin1(kTableExists));
    if (!exists)
        return exists.error();
    std::vector<Applied> applied;
    if (!exists->toBool(0, QStringLiteral("present")))
        return applied;
    const auto rows = connection.exec(QString::fromLatin1(kAppliedMigrations));
    if (!rows)
        return rows.error();
    applied.reserve(std::size_t(rows->rowCount()));
    for (int r = 0; r < rows->rowCount(); ++r)
        applied.push_back(
            {{rows->text(r, QStringLiteral("app")), rows->text(r, QStringLiteral("name"))},
             rows->toDouble(r, QStringLiteral("applied_at"))});
    return applied;
}

std::set<MigrationKey> AppliedMigrationsReader::keys(const std::vector<Applied>& applied)
{
    std::set<MigrationKey> set;
    for (const Applied& a : applied)
        set.insert(a.key);
    return set;
}

} // namespace migdesk::core
