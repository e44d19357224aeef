// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/finding.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// The linter's findings for one migration (or one file): where, which rule, what, and the fix.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Severity, Line, Rule, Message, Fix, ColumnCount };
    enum Role { LineRole = Qt::UserRole };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(std::vector<core::Finding> findings);
    const core::Finding* finding(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::Finding> m_findings;
};

} // namespace migdesk::models
