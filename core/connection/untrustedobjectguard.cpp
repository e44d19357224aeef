// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/untrustedobjectguard.h"

#include "connection/pgconnection.h"

#include <QHash>

namespace migdesk::core {

namespace {

// Every object migdesk's write would run or touch, with its owner, where the owner is neither
// the connected role, nor a superuser, nor the database's owner. (pg_has_role() is no help: a
// superuser is a member of every role.) Triggers count by their function's owner, since that
// is the code that runs; a rule other than a view's _RETURN by its table's owner.
constexpr auto kUntrustedObjects = R"(
WITH trusted AS (
    SELECT oid FROM pg_catalog.pg_roles
     WHERE rolsuper OR rolname = current_user
        OR oid = (SELECT datdba FROM pg_catalog.pg_database WHERE datname = current_database())),
target AS (SELECT pg_catalog.to_regclass($2) AS oid),
objects AS (
    SELECT 'schema' AS kind, n.nspname::text AS name, n.nspowner AS owner
      FROM pg_catalog.pg_namespace n WHERE n.nspname = $1
    UNION ALL
    SELECT 'table', c.oid::regclass::text, c.relowner
      FROM pg_catalog.pg_class c, target WHERE c.oid = target.oid
    UNION ALL
    SELECT 'trigger', t.tgname || ' (' || p.oid::regprocedure::text || ')', p.proowner
      FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_proc p ON p.oid = t.tgfoid, target
     WHERE t.tgrelid = target.oid AND NOT t.tgisinternal
    UNION ALL
    SELECT 'rule', r.rulename::text, c.relowner
      FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class, target
     WHERE r.ev_class = target.oid AND r.rulename <> '_RETURN')
SELECT o.kind, o.name, pg_catalog.pg_get_userbyid(o.owner) AS owner
  FROM objects o
 WHERE o.owner NOT IN (SELECT oid FROM trusted)
 ORDER BY 1, 2)";

} // namespace

std::optional<DbError> UntrustedObjectGuard::check(PgConnection& connection, const QString& schema,
                                                   const QString& table)
{
    const auto found = connection.exec(QString::fromLatin1(kUntrustedObjects), {schema, table});
    if (!found)
        return found.error();
    if (found->rowCount() == 0)
        return std::nullopt;
    const QHash<QString, QString> kinds{{QStringLiteral("schema"), tr("schema")},
                                        {QStringLiteral("table"), tr("table")},
                                        {QStringLiteral("trigger"), tr("trigger")},
                                        {QStringLiteral("rule"), tr("rule")}};
    QStringList objects;
    for (int i = 0; i < found->rowCount(); ++i) {
        objects << tr("%1 %2 owned by %3")
                       .arg(kinds.value(found->text(i, QStringLiteral("kind"))),
                            found->text(i, QStringLiteral("name")),
                            found->text(i, QStringLiteral("owner")));
    }
    return DbError(DbError::Kind::Other,
                   tr("Refused to write %1: %2, a role migdesk does not trust (not the connected "
                      "role, a superuser or the database's owner). Whatever it planted would run "
                      "with your rights. Check it, then drop it or hand it to a trusted role "
                      "(ALTER ... OWNER TO).")
                       .arg(table, objects.join(QStringLiteral("; "))));
}

} // namespace migdesk::core
