// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbooktarget.h"

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

class PgConnection;

// Django migrates through its own connection, which the project's settings choose: migdesk
// passes the target as PG* variables, but settings that read DATABASE_URL or name a host of
// their own migrate whatever that is, while the backup, the WAL position, the schema snapshots
// and the typed confirmation describe migdesk's target. Before a Django migrate or rollback,
// Django is asked where its default connection lands (ManagePy::databaseIdentity) and the
// answer must be migdesk's own: same database, same server start time and version.
class DjangoTargetGuard
{
    Q_DECLARE_TR_FUNCTIONS(DjangoTargetGuard)
public:
    // Empty when Django reaches the database `connection` is on; otherwise the sentence that
    // refuses `step` ("the migration") before anything runs.
    static QString refusal(const RunbookTarget& target, PgConnection& connection,
                           const QString& step);
};

} // namespace migdesk::core
