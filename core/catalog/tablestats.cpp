// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/tablestats.h"

#include <QHash>

#include <algorithm>
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
        t.estimatedRows = t.inserts = t.updates = t.deletes = t.deadTuples = t.reads = 0;
        t.sizesEstimated = false;
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
            t.reads += c.reads;
            t.locked = t.locked || c.locked;
            t.sizesEstimated = t.sizesEstimated || c.sizesEstimated;
        }
    };
    for (std::size_t i = 0; i < tables.size(); ++i)
        if (tables[i].parentOid == 0 || !byOid.contains(tables[i].parentOid))
            sum(i, 0);
}

void applySizes(TableInventory& inventory, const MeasuredSizes& sizes)
{
    QHash<quint32, std::size_t> byOid;
    byOid.reserve(qsizetype(inventory.tables.size()));
    for (std::size_t i = 0; i < inventory.tables.size(); ++i)
        byOid.insert(inventory.tables[i].oid, i);
    for (const TableSizes& measured : sizes.tables) {
        const auto found = byOid.constFind(measured.oid);
        if (found == byOid.constEnd())
            continue; // created since the list was read; the next refresh shows it
        TableStats& t = inventory.tables[*found];
        t.sizesEstimated = false;
        if (measured.locked) {
            t.locked = true; // keeps the estimate, marked as read under a lock
            continue;
        }
        t.heapBytes = measured.heapBytes;
        t.indexBytes = measured.indexBytes;
        t.toastBytes = measured.toastBytes;
        t.totalBytes = t.heapBytes + t.indexBytes + t.toastBytes;
    }
    rollUpPartitions(inventory.tables);
    if (sizes.databaseBytes) {
        inventory.databaseBytes = *sizes.databaseBytes;
        inventory.databaseBytesEstimated = false;
    }
}

bool TableInventory::sizesEstimated() const
{
    return databaseBytesEstimated ||
           std::any_of(tables.begin(), tables.end(),
                       [](const TableStats& t) { return t.sizesEstimated; });
}

std::vector<quint32> tablesToMeasure(const TableInventory& inventory)
{
    std::vector<const TableStats*> waiting;
    for (const TableStats& t : inventory.tables) {
        if (t.sizesEstimated && !t.locked && t.kind != TableStats::Kind::PartitionedTable)
            waiting.push_back(&t);
    }
    std::stable_sort(waiting.begin(), waiting.end(), [](const TableStats* a, const TableStats* b) {
        return a->totalBytes > b->totalBytes;
    });
    std::vector<quint32> oids;
    oids.reserve(waiting.size());
    for (const TableStats* t : waiting)
        oids.push_back(t->oid);
    return oids;
}

} // namespace migdesk::core
