// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"

#include <QProcessEnvironment>

#include <optional>

namespace migdesk::core {

// The environment for a child process that connects with libpq (pg_dump, pg_restore, psql,
// Django through psycopg2): the caller's environment plus the target as PG* variables. The
// password goes into PGPASSWORD, never onto a command line where `ps` would show it; an
// sslpassword, for which libpq has no variable, into a private service file (PGSERVICEFILE,
// PGSERVICE=migdesk) unless the target names a service of its own.
// PGAPPNAME and PGOPTIONS are set when given, so that the child's backend can be found in
// pg_stat_activity and runs with the executor's timeouts.
QProcessEnvironment libpqEnvironment(const ConnInfo& target, const std::optional<QString>& password,
                                     const QString& applicationName = {},
                                     const QString& options = {});

} // namespace migdesk::core
