// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstepsmodel.h"

#include "common/units.h"
#include "stepresultsmodel.h"
#include "timelinemodel.h"

#include <QBrush>
#include <QLocale>

namespace migdesk::models {

namespace {

QColor stepOutcomeColor(const QString& outcome)
{
    if (outcome == QLatin1String("failed"))
        return outcomeColor(core::StepResult::Outcome::Failed);
    if (outcome == QLatin1String("cancelled"))
        return outcomeColor(core::StepResult::Outcome::Cancelled);
    if (outcome == QLatin1String("succeeded"))
        return outcomeColor(core::StepResult::Outcome::Succeeded);
    return {};
}

} // namespace

RunStepsModel::RunStepsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunStepsModel::setSteps(std::vector<core::RunStepRecord> steps)
{
    beginResetModel();
    m_steps = std::move(steps);
    endResetModel();
}

const core::RunStepRecord* RunStepsModel::step(int row) const
{
    return row >= 0 && row < rowCount() ? &m_steps[std::size_t(row)] : nullptr;
}

int RunStepsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int RunStepsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunStepsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RunStepRecord& s = m_steps[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Step:
            return StepResultsModel::stepLabel(s.step);
        case Outcome:
            return TimelineModel::outcomeLabel(s.outcome);
        case Started:
            return s.startedAt.isValid() ? QLocale().toString(s.startedAt.toLocalTime().time(),
                                                              QStringLiteral("HH:mm:ss"))
                                         : QString();
        case Duration:
            return core::formatDuration(s.seconds);
        case Sentence:
            return s.sentence;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sentence)
            return s.sentence;
        if (index.column() == Started && s.startedAt.isValid())
            return QLocale().toString(s.startedAt.toLocalTime(), QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome) {
            const QColor colour = stepOutcomeColor(s.outcome);
            if (colour.isValid())
                return QBrush(colour);
        }
        break;
    }
    return {};
}

QVariant RunStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return tr("Step");
    case Outcome:
        return tr("Outcome");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Sentence:
        return tr("What happened");
    }
    return {};
}

} // namespace migdesk::models
