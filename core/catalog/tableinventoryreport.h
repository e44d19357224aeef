// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/tablestats.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace migdesk::core {

// The tables pane's data as files and command output: CSV and JSON with raw numbers (bytes,
// epoch seconds) for tools, text with human units for people. Rows are ordered by total size.
class TableInventoryReport
{
    Q_DECLARE_TR_FUNCTIONS(TableInventoryReport)
public:
    static QJsonObject toJson(const TableInventory& inventory,
                              const std::vector<TableStats>& tables);
    static QString toCsv(const std::vector<TableStats>& tables, qint64 databaseBytes);
    static QString toText(const TableInventory& inventory, const std::vector<TableStats>& tables);

    // The tables a report shows, largest first (ties by name): top-level tables, and partitions
    // as rows of their own when includePartitions; the first `top` when top > 0.
    static std::vector<TableStats> largestFirst(const TableInventory& inventory, int top,
                                                bool includePartitions);

    static QString kindKey(TableStats::Kind kind);
};

} // namespace migdesk::core
