// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runschemachanges.h"

#include "history/historystore.h"
#include "history/schemadiff.h"
#include "history/schemasnapshot.h"

namespace migdesk::core {

std::vector<SchemaChange> RunSchemaChanges::of(const HistoryStore& store, const RunRecord& run)
{
    if (!run.schemaChanges.empty() || run.id == 0)
        return run.schemaChanges;
    std::optional<qint64> before;
    std::optional<qint64> after;
    for (const HistoryStore::SnapshotInfo& info : store.schemaSnapshotsOfRun(run.id)) {
        if (info.phase == QLatin1String("before") && !before)
            before = info.id;
        else if (info.phase == QLatin1String("after"))
            after = info.id;
    }
    if (!before || !after)
        return {};
    const auto first = store.schemaSnapshot(*before);
    const auto last = store.schemaSnapshot(*after);
    if (!first || !last)
        return {};
    return SchemaDiff::compare(SchemaSnapshot::fromJson(*first), SchemaSnapshot::fromJson(*last));
}

} // namespace migdesk::core
