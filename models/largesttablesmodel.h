// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/databaseoverview.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// The overview's largest tables. Display shows human units; SortRole gives raw numbers so that
// "900 MB" sorts below "1.2 GB".
class LargestTablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Table, TotalSize, EstimatedRows, ShareOfDatabase, ColumnCount };
    enum Role { SortRole = Qt::UserRole, LockedRole };

    explicit LargestTablesModel(QObject* parent = nullptr);

    void setTables(std::vector<core::TableSize> tables, qint64 databaseBytes);
    const core::TableSize& table(int row) const { return m_tables.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::TableSize> m_tables;
    qint64 m_databaseBytes = 0;
};

} // namespace migdesk::models
