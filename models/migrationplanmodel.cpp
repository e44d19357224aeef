// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationplanmodel.h"

#include "common/units.h"
#include "pendingmigrationsmodel.h"

#include <QColor>

namespace migdesk::models {

namespace {

using Item = core::MigrationRunReport::Item;

QColor outcomeColor(Item::Outcome outcome)
{
    switch (outcome) {
    case Item::Outcome::Done:
        return levelColor(QStringLiteral("green"));
    case Item::Outcome::Failed:
        return levelColor(QStringLiteral("red"));
    case Item::Outcome::Cancelled:
        return levelColor(QStringLiteral("yellow"));
    case Item::Outcome::Planned:
    case Item::Outcome::NotAttempted:
        break;
    }
    return {};
}

} // namespace

MigrationPlanModel::MigrationPlanModel(QObject* parent) : QAbstractTableModel(parent) {}

QString MigrationPlanModel::outcomeLabel(Item::Outcome outcome)
{
    switch (outcome) {
    case Item::Outcome::Planned:
        return tr("planned");
    case Item::Outcome::Done:
        return tr("applied");
    case Item::Outcome::Failed:
        return tr("failed");
    case Item::Outcome::Cancelled:
        return tr("cancelled");
    case Item::Outcome::NotAttempted:
        return tr("not attempted");
    }
    return {};
}

void MigrationPlanModel::setReport(core::MigrationRunReport report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

const Item* MigrationPlanModel::item(int row) const
{
    return row >= 0 && row < rowCount() ? &m_report.items[std::size_t(row)] : nullptr;
}

int MigrationPlanModel::stoppedRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        const Item::Outcome outcome = m_report.items[std::size_t(row)].outcome;
        if (outcome == Item::Outcome::Failed || outcome == Item::Outcome::Cancelled)
            return row;
    }
    return -1;
}

bool MigrationPlanModel::attempted(const Item& item) const
{
    return !m_report.dryRun &&
           (item.outcome == Item::Outcome::Done || item.outcome == Item::Outcome::Failed ||
            item.outcome == Item::Outcome::Cancelled);
}

int MigrationPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_report.items.size());
}

int MigrationPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& m = m_report.items[std::size_t(index.row())];
    const QString level = m.risk ? core::RunbookScore::levelKey(m.risk->level) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Order:
            return index.row() + 1;
        case Migration:
            return m_report.django ? m_report.label(m) : tr("V%1 %2").arg(m.name, m.description);
        case Risk:
            return m.risk ? tr("%1 (%2)").arg(levelName(level)).arg(m.risk->score) : tr("—");
        case Outcome:
            return outcomeLabel(m.outcome);
        case Time:
            return attempted(m) ? core::formatDuration(m.seconds) : QString();
        case Retries:
            return attempted(m) ? QString::number(m.retries) : QString();
        case Rollback:
            return m.rollbackWay;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Rollback)
            return m.rollbackWay;
        if (index.column() == Outcome && !m.error.isEmpty())
            return m.error;
        break;
    case Qt::ForegroundRole:
        if (index.column() == Risk && !level.isEmpty())
            return levelColor(level);
        if (index.column() == Rollback && m.rollbackKey == QLatin1String("restore"))
            return levelColor(QStringLiteral("yellow"));
        if (index.column() == Outcome) {
            const QColor color = outcomeColor(m.outcome);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Time || index.column() == Retries || index.column() == Order)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant MigrationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Order:
        return tr("#");
    case Migration:
        return tr("Migration");
    case Risk:
        return tr("Risk");
    case Outcome:
        return tr("Outcome");
    case Time:
        return tr("Time");
    case Retries:
        return tr("Retries");
    case Rollback:
        return tr("Way back");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace migdesk::models
