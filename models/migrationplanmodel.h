// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/migrationrunreport.h"

#include <QAbstractTableModel>

namespace migdesk::models {

// The migrations of a migrate step, planned or run, one row each: order, migration, runbook
// risk, outcome, time, retries and way back. Colour only where it means something: the risk
// level, a way back that is a restore (amber), an outcome (applied green, failed red, cancelled
// amber). Time and retries are shown for what a live run attempted.
class MigrationPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Migration, Risk, Outcome, Time, Retries, Rollback, ColumnCount };

    explicit MigrationPlanModel(QObject* parent = nullptr);

    void setReport(core::MigrationRunReport report);
    const core::MigrationRunReport& report() const { return m_report; }
    const core::MigrationRunReport::Item* item(int row) const;
    // The row that stopped a live run (failed or cancelled), or -1.
    int stoppedRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString outcomeLabel(core::MigrationRunReport::Item::Outcome outcome);

private:
    bool attempted(const core::MigrationRunReport::Item& item) const;

    core::MigrationRunReport m_report;
};

} // namespace migdesk::models
