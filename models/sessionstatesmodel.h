// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/databaseoverview.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// Client sessions by state (active, idle, idle in transaction...). "idle in transaction"
// carries a warning colour: such sessions hold locks and block vacuum.
class SessionStatesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, Sessions, ColumnCount };
    enum Role { CountRole = Qt::UserRole };

    explicit SessionStatesModel(QObject* parent = nullptr);

    void setStates(std::vector<core::SessionStateCount> states);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::SessionStateCount> m_states;
};

} // namespace migdesk::models
