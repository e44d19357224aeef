// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupproofreport.h"

#include <QAbstractTableModel>

namespace migdesk::models {

// A backup's proof, one row per table: its rows in the source as the dump counted them, in the
// restored copy, and whether they are the same. Colour only on that verdict: green for the
// same, red for a difference or a table only one side has.
class BackupProofModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Table, SourceRows, RestoredRows, Same, ColumnCount };

    explicit BackupProofModel(QObject* parent = nullptr);

    void setTables(std::vector<core::BackupProofReport::Table> tables);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::BackupProofReport::Table> m_tables;
};

} // namespace migdesk::models
