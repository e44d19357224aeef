// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepresultsmodel.h"

#include "common/units.h"
#include "pendingmigrationsmodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace migdesk::models {

QColor outcomeColor(core::StepResult::Outcome outcome)
{
    using O = core::StepResult::Outcome;
    switch (outcome) {
    case O::Succeeded:
        return levelColor(QStringLiteral("green"));
    case O::Failed:
        return levelColor(QStringLiteral("red"));
    case O::Cancelled:
        return levelColor(QStringLiteral("yellow"));
    case O::Skipped:
        break;
    }
    return {};
}

StepResultsModel::StepResultsModel(QObject* parent) : QAbstractTableModel(parent) {}

QString StepResultsModel::stepLabel(const QString& key)
{
    if (key == QLatin1String("preflight"))
        return tr("Preflight");
    if (key == QLatin1String("backup"))
        return tr("Backup");
    if (key == QLatin1String("migrate"))
        return tr("Migrate");
    if (key == QLatin1String("verify"))
        return tr("Verify");
    if (key == QLatin1String("rollback"))
        return tr("Rollback");
    if (key == QLatin1String("notify"))
        return tr("Notification");
    return key;
}

void StepResultsModel::add(const core::StepResult& result)
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_results.push_back(result);
    endInsertRows();
}

const core::StepResult* StepResultsModel::result(int row) const
{
    return row >= 0 && row < rowCount() ? &m_results[std::size_t(row)] : nullptr;
}

int StepResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int StepResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::StepResult& r = m_results[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Step:
            return stepLabel(r.step);
        case Outcome:
            return core::StepResult::outcomeLabel(r.outcome);
        case Started:
            return QLocale().toString(r.started.time(), QStringLiteral("HH:mm:ss"));
        case Duration:
            return core::formatDuration(r.seconds);
        case Sentence:
            return r.sentence;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sentence)
            return r.sentence;
        if (index.column() == Started)
            return QLocale().toString(r.started, QLocale::LongFormat);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome) {
            const QColor color = outcomeColor(r.outcome);
            if (color.isValid())
                return QBrush(color);
        }
        break;
    case Qt::FontRole:
        if (index.column() == Outcome) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case OutcomeKeyRole:
        return core::StepResult::outcomeKey(r.outcome);
    case SecondsRole:
        return r.seconds;
    case StepKeyRole:
        return r.step;
    }
    return {};
}

QVariant StepResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
