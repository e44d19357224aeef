// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepresult.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace migdesk::models {

// The steps of one run in the order they ran: step, outcome, start, duration and the step's
// sentence, for the wizard's summary. A step run twice (a retried backup) has two rows.
class StepResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Outcome, Started, Duration, Sentence, ColumnCount };
    // OutcomeKeyRole: "succeeded", "failed", "cancelled", "skipped"; SecondsRole: the raw
    // duration; StepKeyRole: "backup", "migrate"...
    enum Role { OutcomeKeyRole = Qt::UserRole, SecondsRole, StepKeyRole };

    explicit StepResultsModel(QObject* parent = nullptr);

    void add(const core::StepResult& result);
    const std::vector<core::StepResult>& results() const { return m_results; }
    const core::StepResult* result(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Preflight", "Backup"... translated; an unknown key as it is.
    static QString stepLabel(const QString& key);

private:
    std::vector<core::StepResult> m_results;
};

// Green succeeded, red failed, amber cancelled; no colour for skipped.
QColor outcomeColor(core::StepResult::Outcome outcome);

} // namespace migdesk::models
