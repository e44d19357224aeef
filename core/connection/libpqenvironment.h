// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"

#include <QProcessEnvironment>

#include <optional>

namespace migdesk::core {

// The environment for a child process that connects with libpq, so that it reaches the server
// migdesk's own connection reaches, the way it does. Every keyword of the target travels: as
// the variable libpq itself names for it (PQconndefaults: PGHOST, PGTARGETSESSIONATTRS,
// PGCHANNELBINDING...), and the few libpq reads from no variable (sslpassword, keepalives...)
// in a private service file (PGSERVICEFILE, PGSERVICE=migdesk, 0600 in a 0700 folder) unless
// the target names a service of its own. Never on a command line, where `ps` would show a
// secret. PGAPPNAME and PGOPTIONS are set when given, so that the child's backend can be found
// in pg_stat_activity and runs with the executor's timeouts.

// For PostgreSQL's own programs (pg_dump, pg_restore, psql): only what they need of the
// caller's environment (PATH, HOME, locale, TZ, TMPDIR, Kerberos and the user's own PG*
// variables, which migdesk's connection reads too); nothing else (DATABASE_URL, cloud
// credentials, migdesk's webhook) reaches them.
QProcessEnvironment libpqEnvironment(const ConnInfo& target, const std::optional<QString>& password,
                                     const QString& applicationName = {},
                                     const QString& options = {});

// For the project's manage.py: its settings read the environment (DJANGO_SETTINGS_MODULE, its
// own secrets, often DATABASE_URL), so it keeps the caller's, without migdesk's own MIGDESK_*
// variables (the webhook URL). DjangoTargetGuard checks that Django reaches migdesk's database.
QProcessEnvironment djangoEnvironment(const ConnInfo& target,
                                      const std::optional<QString>& password,
                                      const QString& applicationName = {},
                                      const QString& options = {});

} // namespace migdesk::core
