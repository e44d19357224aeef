// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace migdesk::models {

// Sorts a TableSizeModel by raw values and filters it by schema and by a name fragment; a
// partition that matches keeps its parent visible.
class TableFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TableFilterModel(QObject* parent = nullptr);

    void setSchema(const QString& schema); // empty: every schema
    QString schema() const { return m_schema; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_schema;
};

} // namespace migdesk::models
