// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendingmigrationsmodel.h"

#include "common/units.h"
#include "risk/runbookscore.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace migdesk::models {

QColor levelColor(const QString& key)
{
    if (key == QLatin1String("high") || key == QLatin1String("red"))
        return QColor(0xc6, 0x28, 0x28);
    if (key == QLatin1String("medium") || key == QLatin1String("yellow"))
        return QColor(0xb3, 0x6b, 0x00);
    if (key == QLatin1String("low") || key == QLatin1String("green"))
        return QColor(0x2e, 0x7d, 0x32);
    return {};
}

QString levelName(const QString& key)
{
    using S = core::RunbookScore;
    if (key == QLatin1String("high"))
        return S::levelName(S::Level::High);
    if (key == QLatin1String("medium"))
        return S::levelName(S::Level::Medium);
    return S::levelName(S::Level::Low);
}

QString safetyName(const QString& key)
{
    using S = core::RunbookScore;
    if (key == QLatin1String("red"))
        return S::safetyName(S::Safety::Red);
    if (key == QLatin1String("yellow"))
        return S::safetyName(S::Safety::Yellow);
    return S::safetyName(S::Safety::Green);
}

PendingMigrationsModel::PendingMigrationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PendingMigrationsModel::setAssessment(const core::Assessment& assessment)
{
    beginResetModel();
    m_assessment = assessment;
    endResetModel();
}

const core::AssessedMigration* PendingMigrationsModel::migration(int row) const
{
    return row >= 0 && row < rowCount() ? &m_assessment.pending[std::size_t(row)] : nullptr;
}

int PendingMigrationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_assessment.pending.size());
}

int PendingMigrationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingMigrationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AssessedMigration& m = m_assessment.pending[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Order:
            return index.row() + 1;
        case Migration:
            return m.migration.label();
        case Operations:
            return m.operationNames().join(QStringLiteral(", "));
        case Score:
            return m.score;
        case Level:
            return levelName(m.combinedLevel);
        case Safety:
            return safetyName(m.safety);
        case Findings:
            return int(m.findings.size());
        case LockTime:
            return m.impacts.empty() ? QString() : core::formatDuration(m.lockSeconds);
        case Rollback:
            return m.reversibility.reversible && !m.reversibility.losesData ? tr("backwards")
                                                                            : tr("restore");
        case Phase:
            return core::MigrationCharacter::phaseKey(m.phase);
        }
        break;
    case KeyRole:
        if (index.column() == Level)
            return m.combinedLevel;
        if (index.column() == Safety)
            return m.safety;
        break;
    case SortRole:
        switch (index.column()) {
        case Order:
            return index.row();
        case Level:
        case Safety:
            return data(index, KeyRole);
        case LockTime:
            return m.lockSeconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == Level)
            return QBrush(levelColor(m.combinedLevel));
        if (index.column() == Safety)
            return QBrush(levelColor(m.safety));
        if (index.column() == Rollback &&
            !(m.reversibility.reversible && !m.reversibility.losesData))
            return QBrush(levelColor(QStringLiteral("medium")));
        break;
    case Qt::FontRole:
        if (index.column() == Level || index.column() == Safety) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Rollback)
            return m.reversibility.rollback;
        if (index.column() == Level)
            return tr("runbook level %1, live impact %2").arg(m.level, m.impactLevel);
        if (index.column() == Phase)
            return core::MigrationCharacter::phaseLabel(m.phase);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Order || index.column() == Score || index.column() == Findings ||
            index.column() == LockTime)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant PendingMigrationsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Order:
        return tr("#");
    case Migration:
        return tr("Migration");
    case Operations:
        return tr("Operations");
    case Score:
        return tr("Score");
    case Level:
        return tr("Level");
    case Safety:
        return tr("Safety");
    case Findings:
        return tr("Findings");
    case LockTime:
        return tr("Lock time");
    case Rollback:
        return tr("Rollback");
    case Phase:
        return tr("Phase");
    }
    return {};
}

} // namespace migdesk::models
