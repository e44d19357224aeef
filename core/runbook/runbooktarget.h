// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"

#include <QString>

namespace migdesk::core {

// The database a runbook run works on and where its migrations come from. Exactly one of
// djangoProject and sqlFolder is set. With managePy, Django itself applies and reverts the
// migrations; without it a Django project can be assessed and backed up but not migrated.
struct RunbookTarget
{
    ConnectionTarget connection;
    QString djangoProject;
    QString sqlFolder;
    QString managePy;
    QString python = QStringLiteral("/usr/bin/python3");
    QString pgBinDir; // where pg_dump and pg_restore are; empty: found (PgTools)

    QString database() const { return connection.info.value(QStringLiteral("dbname")); }
    bool isProduction() const { return connection.profile.environment == Environment::Production; }
};

} // namespace migdesk::core
