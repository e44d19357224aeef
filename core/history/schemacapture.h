// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "history/schemasnapshot.h"

#include <QCoreApplication>

#include <map>
#include <optional>

namespace migdesk::core {

class RunLog;

// The schema snapshots the history keeps before and after every migrate and rollback run. Each
// is read on a short read-only connection of its own, so that it sees what is committed and
// never the run's open transaction. A schema that cannot be read costs the snapshot, not the
// run: the log says why, and the run goes on. Runs on the step's thread, never the GUI's.
class SchemaCapture
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCapture)
public:
    struct Capture
    {
        SchemaSnapshot schema;
        // Total size of every table (partitioned tables with their partitions), by
        // "schema.table": the run's table sizes before and after.
        std::map<QString, qint64> tableBytes;
    };

    // `phase` is "before" or "after", as the store keeps it.
    static std::optional<Capture> read(const ConnectionTarget& target, const QString& phase,
                                       RunLog& log);
};

} // namespace migdesk::core
