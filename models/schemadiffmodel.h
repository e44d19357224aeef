// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/schemachange.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// The differences between two schema snapshots: what kind of change, on which object, and the
// value before and after; the tooltip is the change's sentence.
class SchemaDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Change, ObjectType, Object, Before, After, ColumnCount };
    enum Role { KindKeyRole = Qt::UserRole };

    explicit SchemaDiffModel(QObject* parent = nullptr);

    void setChanges(std::vector<core::SchemaChange> changes);
    const std::vector<core::SchemaChange>& changes() const { return m_changes; }
    const core::SchemaChange* change(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString objectTypeLabel(const QString& objectType);

private:
    std::vector<core::SchemaChange> m_changes;
};

} // namespace migdesk::models
