// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// The steps a recorded run went through, in order: step, outcome, start, duration and its
// sentence.
class RunStepsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Step, Outcome, Started, Duration, Sentence, ColumnCount };

    explicit RunStepsModel(QObject* parent = nullptr);

    void setSteps(std::vector<core::RunStepRecord> steps);
    const core::RunStepRecord* step(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::RunStepRecord> m_steps;
};

} // namespace migdesk::models
