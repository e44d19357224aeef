// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/migrationwatchsnapshot.h"

#include <QAbstractTableModel>

namespace migdesk::models {

// The sessions queued behind a running migration, longest waiting first, in the activity
// monitor's "waiting on a lock" colour. A poll that shows the same sessions updates the rows in
// place, so a selection survives the once-a-second refresh.
class MigrationWatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Pid, User, Application, Waiting, Wants, BlockedBy, Query, ColumnCount };
    enum Role { SortRole = Qt::UserRole, PidRole, DirectRole };

    explicit MigrationWatchModel(QObject* parent = nullptr);

    void setSnapshot(const core::MigrationWatchSnapshot& snapshot);

    const core::QueuedSession* session(int row) const;
    int rowOfPid(int pid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::QueuedSession> m_queued;
};

} // namespace migdesk::models
