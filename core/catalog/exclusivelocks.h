// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace migdesk::core {

// Two CTEs shared by every size query. `exclusive`: relations of this database on which an
// ACCESS EXCLUSIVE lock is granted or awaited. `covered`: the tables whose size functions would
// wait behind such a lock, because it is on the table itself, its TOAST table or one of its
// indexes. A size query must not call pg_*_size() on a covered table: inspection would join the
// queue behind a migration's lock and lengthen the pile-up it is watching. Follow with a comma
// and the caller's own CTEs, or with the final SELECT.
inline constexpr char kExclusivelyLockedTablesCte[] = R"(
exclusive AS (
    SELECT DISTINCT relation
    FROM pg_locks
    WHERE locktype = 'relation' AND mode = 'AccessExclusiveLock'
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
),
covered AS (
    SELECT relation AS oid FROM exclusive
    UNION SELECT c.oid FROM pg_class c JOIN exclusive e ON e.relation = c.reltoastrelid
    UNION SELECT i.indrelid FROM pg_index i JOIN exclusive e ON e.relation = i.indexrelid
))";

} // namespace migdesk::core
