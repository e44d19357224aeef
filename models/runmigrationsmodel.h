// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// The migrations a recorded run applied or reverted, in order, with their time, lock wait,
// the most sessions queued behind them and their retries; SqlRole holds the statements.
class RunMigrationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Migration,
        Direction,
        Outcome,
        Duration,
        LockWait,
        MaxBlocked,
        Retries,
        ColumnCount
    };
    enum Role { SqlRole = Qt::UserRole, ErrorRole };

    explicit RunMigrationsModel(QObject* parent = nullptr);

    void setMigrations(std::vector<core::RunMigrationRecord> migrations);
    const core::RunMigrationRecord* migration(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString nameOf(const core::RunMigrationRecord& migration); // "app.name" or the version

private:
    std::vector<core::RunMigrationRecord> m_migrations;
};

} // namespace migdesk::models
