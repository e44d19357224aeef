// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmigrationsmodel.h"

#include "common/units.h"

#include <QBrush>
#include <QLocale>

namespace migdesk::models {

namespace {

QString outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("applied"))
        return RunMigrationsModel::tr("applied");
    if (outcome == QLatin1String("reverted"))
        return RunMigrationsModel::tr("reverted");
    if (outcome == QLatin1String("failed"))
        return RunMigrationsModel::tr("failed");
    if (outcome == QLatin1String("cancelled"))
        return RunMigrationsModel::tr("cancelled");
    if (outcome == QLatin1String("planned"))
        return RunMigrationsModel::tr("not run");
    return outcome;
}

} // namespace

RunMigrationsModel::RunMigrationsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunMigrationsModel::setMigrations(std::vector<core::RunMigrationRecord> migrations)
{
    beginResetModel();
    m_migrations = std::move(migrations);
    endResetModel();
}

const core::RunMigrationRecord* RunMigrationsModel::migration(int row) const
{
    return row >= 0 && row < rowCount() ? &m_migrations[std::size_t(row)] : nullptr;
}

QString RunMigrationsModel::nameOf(const core::RunMigrationRecord& migration)
{
    return migration.app.isEmpty() ? migration.name
                                   : migration.app + QLatin1Char('.') + migration.name;
}

int RunMigrationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_migrations.size());
}

int RunMigrationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunMigrationsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::RunMigrationRecord& m = m_migrations[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Migration:
            return nameOf(m);
        case Direction:
            return m.direction == QLatin1String("backward") ? tr("backward") : tr("forward");
        case Outcome:
            return outcomeText(m.outcome);
        case Duration:
            return m.startedAt.isValid() ? core::formatDuration(m.seconds) : QString();
        case LockWait:
            return m.lockWaitSeconds > 0 ? core::formatDuration(m.lockWaitSeconds) : QString();
        case MaxBlocked:
            return m.maxBlocked > 0 ? QLocale().toString(m.maxBlocked) : QString();
        case Retries:
            return m.retries > 0 ? QLocale().toString(m.retries) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (!m.error.isEmpty())
            return m.error;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome && m.outcome == QLatin1String("failed"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case SqlRole:
        return m.sql;
    case ErrorRole:
        return m.error;
    }
    return {};
}

QVariant RunMigrationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Migration:
        return tr("Migration");
    case Direction:
        return tr("Direction");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case LockWait:
        return tr("Lock wait");
    case MaxBlocked:
        return tr("Most blocked");
    case Retries:
        return tr("Retries");
    }
    return {};
}

} // namespace migdesk::models
