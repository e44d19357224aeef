// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/schemacapture.h"

#include "catalog/tablestatsreader.h"
#include "connection/pgconnection.h"
#include "history/schemasnapshotreader.h"
#include "runbook/runlog.h"

namespace migdesk::core {

std::optional<SchemaCapture::Capture> SchemaCapture::read(const ConnectionTarget& target,
                                                          const QString& phase, RunLog& log)
{
    const QString when =
        phase == QLatin1String("before") ? tr("before the run") : tr("after the run");
    PgConnection connection;
    if (const auto error =
            connection.open(target.info, target.password, SessionPolicy::inspection())) {
        log.write(
            tr("The schema %1 was not recorded for the history: %2").arg(when, error->sentence()));
        return std::nullopt;
    }
    const auto snapshot = SchemaSnapshotReader::read(connection);
    if (!snapshot) {
        log.write(tr("The schema %1 was not recorded for the history: %2")
                      .arg(when, snapshot.error().sentence()));
        return std::nullopt;
    }
    Capture capture{*snapshot, {}};
    // Sizes are worth having, not worth failing for: without them the run keeps its schema.
    if (const auto inventory = TableStatsReader::read(connection)) {
        for (const TableStats& table : inventory->tables)
            if (table.kind == TableStats::Kind::Table ||
                table.kind == TableStats::Kind::PartitionedTable)
                capture.tableBytes[table.qualifiedName()] = table.totalBytes;
    } else {
        log.write(tr("The table sizes %1 were not recorded for the history: %2")
                      .arg(when, inventory.error().sentence()));
    }
    log.write(tr("Schema %1 recorded for the history: %n table(s).", nullptr,
                 int(snapshot->tables.size()))
                  .arg(when));
    return capture;
}

} // namespace migdesk::core
