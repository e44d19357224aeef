// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/tablestats.h"

#include <QHash>

#include <functional>

namespace migdesk::core {

void rollUpPartitions(std::vector<TableStats>& tables)
{
    QHash<quint32, std::size_t> byOid;
    QHash<quint32, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        byOid.insert(tables[i].oid, i);
        if (tables[i].parentOid != 0)
            children[tables[i].parentOid].push_back(i);
    }
    // Depth-first so that a sub-partitioned partition is summed before its parent. The depth
    // guard keeps a corrupt catalog (a cycle) from recursing forever.
    std::function<void(std::size_t, int)> sum = [&](std::size_t index, int depth) {
        TableStats& t = tables[index];
        if (t.kind != TableStats::Kind::PartitionedTable || depth > 64)
            return;
        t.heapBytes = t.indexBytes = t.toastBytes = t.totalBytes = 0;
        t.estimatedRows = t.inserts = t.updates = t.deletes = t.deadTuples = 0;
        for (std::size_t child : children.value(t.oid)) {
            sum(child, depth + 1);
            const TableStats& c = tables[child];
            t.heapBytes += c.heapBytes;
            t.indexBytes += c.indexBytes;
            t.toastBytes += c.toastBytes;
            t.totalBytes += c.totalBytes;
            t.estimatedRows += std::max<qint64>(c.estimatedRows, 0);
            t.inserts += c.inserts;
            t.updates += c.updates;
            t.deletes += c.deletes;
            t.deadTuples += c.deadTuples;
            t.locked = t.locked || c.locked;
        }
    };
    for (std::size_t i = 0; i < tables.size(); ++i)
        if (tables[i].parentOid == 0 || !byOid.contains(tables[i].parentOid))
            sum(i, 0);
}

} // namespace migdesk::core
