// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace migdesk::core {

class PgConnection;

// The server's current write-ahead-log position, recorded before the first migration of a run:
// the point-in-time-recovery target a DBA restores to when a run must be undone by recovery
// rather than by migrations or a backup.
class WalPosition
{
public:
    // pg_current_wal_lsn() as text ("0/16B3F40"). Fails on a standby, which no run writes to.
    static Result<QString> current(PgConnection& connection);
};

} // namespace migdesk::core
