// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/dberror.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace migdesk::core {

class PgConnection;

// migdesk writes its own tables in the target database (the run mirror migdesk.runs, a SQL
// folder's migdesk_schema_history) with the DBA's rights. A role that may create in the
// database could plant such a table first, with a trigger that would then run as the DBA. So
// before writing, the schema, the table and the functions of its triggers (and any rule on it)
// must belong to a role migdesk trusts: the role it is connected as, a superuser, or the
// database's owner. Anything else is refused with a sentence naming the owner.
class UntrustedObjectGuard
{
    Q_DECLARE_TR_FUNCTIONS(UntrustedObjectGuard)
public:
    // `schema` may be empty (the table is found through the search_path); `table` is a name
    // to_regclass() resolves. Nothing to check when neither exists yet.
    static std::optional<DbError> check(PgConnection& connection, const QString& schema,
                                        const QString& table);
};

} // namespace migdesk::core
