// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/assessment.h"

#include <QAbstractTableModel>

namespace migdesk::models {

// The pending migrations of an assessment, in plan order: operations, runbook score, level,
// safety colour, findings, estimated lock time, and how to roll it back.
class PendingMigrationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Order,
        Migration,
        Operations,
        Score,
        Level,
        Safety,
        Findings,
        LockTime,
        Rollback,
        Phase,
        ColumnCount
    };
    // KeyRole: the stable key behind a Level or Safety cell ("high", "yellow").
    enum Role { SortRole = Qt::UserRole, KeyRole };

    explicit PendingMigrationsModel(QObject* parent = nullptr);

    void setAssessment(const core::Assessment& assessment);
    const core::Assessment& assessment() const { return m_assessment; }
    const core::AssessedMigration* migration(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::Assessment m_assessment;
};

// Text colour of a level or safety key: green, amber, red. Only these carry colour.
QColor levelColor(const QString& key);
// The runbook's words for a level or safety key, translated: "High", "Caution".
QString levelName(const QString& key);
QString safetyName(const QString& key);

} // namespace migdesk::models
