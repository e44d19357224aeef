// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::core {
struct TableStats;
}

namespace migdesk::models {

class TableSizeModel;

// The N largest tables of a TableSizeModel for the stacked bar chart: one row per table,
// largest first, with heap, indexes and TOAST in one unit chosen for the largest (MB, GB...).
// Follows the source model: a reset there recomputes here.
class TopTablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Heap, Indexes, Toast, ColumnCount };
    enum Role { OidRole = Qt::UserRole, BytesRole };

    TopTablesModel(TableSizeModel* source, QObject* parent = nullptr);

    void setCount(int count);
    int count() const { return m_count; }
    QString unitName() const { return m_unitName; }
    double unitBytes() const { return m_unitBytes; }
    quint32 oidAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void recompute(); // between beginResetModel() and endResetModel()

    TableSizeModel* m_source;
    int m_count = 10;
    std::vector<const core::TableStats*> m_tables;
    double m_unitBytes = 1024.0 * 1024.0;
    QString m_unitName;
};

} // namespace migdesk::models
