// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/tablestats.h"

#include "flattreemodel.h"

#include <vector>

namespace migdesk::models {

// Every table of the database; partitions are children of their (rolled-up) partitioned table.
// DisplayRole shows human units, SortRole raw numbers.
class TableSizeModel : public FlatTreeModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Total,
        Heap,
        Indexes,
        Toast,
        Share,
        Rows,
        Activity,
        DeadTuples,
        LastVacuum,
        LastAnalyze,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole, OidRole, SchemaRole, LockedRole, EstimatedRole };

    explicit TableSizeModel(QObject* parent = nullptr);

    void setInventory(core::TableInventory inventory);
    // Exact sizes for some tables, in place: rows, selection and expansion stay; the sort proxy
    // (a layout change) and the top-N model (sizesApplied) follow the new figures.
    void applySizes(const core::MeasuredSizes& sizes);
    const core::TableInventory& inventory() const { return m_inventory; }
    const core::TableStats* stats(const QModelIndex& index) const;
    QModelIndex indexOfOid(quint32 oid, int column = 0) const;
    QStringList schemas() const;
    // The n largest top-level tables (partitioned tables with their partitions), largest first.
    std::vector<const core::TableStats*> largest(int n) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // After applySizes(): the figures changed, the rows did not.
    void sizesApplied();

private:
    core::TableInventory m_inventory;
    std::vector<std::size_t> m_tableOfNode; // node position -> index in m_inventory.tables
};

} // namespace migdesk::models
