// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/activitysnapshot.h"

#include <QAbstractTableModel>

namespace migdesk::models {

// The ungranted locks: the runbook's lock check, with what is wanted, on what, for how long.
class LockWaitModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Pid, Mode, Target, Waiting, ColumnCount };
    enum Role { SortRole = Qt::UserRole, PidRole };

    explicit LockWaitModel(QObject* parent = nullptr);

    void setSnapshot(const core::ActivitySnapshot& snapshot);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::LockEntry> m_locks;
};

} // namespace migdesk::models
