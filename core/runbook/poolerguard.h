// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

class PgConnection;

// Steps that write (migrate, rollback, backup, restore) need one server session from start to
// end: the run's advisory lock, statements that refuse a transaction (CREATE INDEX CONCURRENTLY)
// with their timeouts, pg_dump's and pg_restore's session-level settings. PgBouncer in
// transaction pooling hands the server session to other clients between transactions, so
// through a pooler none of that is safe: such a step is refused before it changes anything.
// Inspection through a pooler stays safe (PgConnection keeps its settings per transaction).
class PoolerGuard
{
    Q_DECLARE_TR_FUNCTIONS(PoolerGuard)
public:
    // Empty when `connection` reaches the server directly; otherwise the sentence that refuses
    // `step` ("the migration", "the backup") and says what to do.
    static QString refusal(const PgConnection& connection, const QString& step);
};

} // namespace migdesk::core
