// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "common/units.h"
#include "connection/connectionprofile.h"

#include <QBrush>
#include <QLocale>

#include <set>

namespace migdesk::models {

TimelineModel::TimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

void TimelineModel::setEntries(std::vector<core::TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const core::TimelineEntry* TimelineModel::entry(int row) const
{
    return row >= 0 && row < rowCount() ? &m_entries[std::size_t(row)] : nullptr;
}

QStringList TimelineModel::distinct(QString core::TimelineEntry::*field) const
{
    std::set<QString> values;
    for (const core::TimelineEntry& e : m_entries)
        if (!(e.*field).isEmpty())
            values.insert(e.*field);
    return QStringList(values.begin(), values.end());
}

QStringList TimelineModel::environments() const
{
    return distinct(&core::TimelineEntry::environment);
}

QStringList TimelineModel::profiles() const
{
    return distinct(&core::TimelineEntry::profile);
}

QStringList TimelineModel::apps() const
{
    return distinct(&core::TimelineEntry::app);
}

QStringList TimelineModel::kinds() const
{
    return distinct(&core::TimelineEntry::kind);
}

QStringList TimelineModel::outcomes() const
{
    return distinct(&core::TimelineEntry::outcome);
}

QString TimelineModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("assess"))
        return tr("Assessment");
    if (kind == QLatin1String("backup"))
        return tr("Backup");
    if (kind == QLatin1String("migrate"))
        return tr("Migrate");
    if (kind == QLatin1String("verify"))
        return tr("Verify");
    if (kind == QLatin1String("rollback"))
        return tr("Rollback");
    if (kind == QLatin1String("cancel"))
        return tr("Cancel query");
    if (kind == QLatin1String("terminate"))
        return tr("Terminate session");
    if (kind == QLatin1String("cycle"))
        return tr("Guided migration");
    if (kind == QLatin1String("migration"))
        return tr("Migration applied");
    return kind;
}

QString TimelineModel::outcomeLabel(const QString& outcome)
{
    if (outcome == QLatin1String("succeeded"))
        return tr("succeeded");
    if (outcome == QLatin1String("failed"))
        return tr("failed");
    if (outcome == QLatin1String("cancelled"))
        return tr("cancelled");
    if (outcome == QLatin1String("interrupted"))
        return tr("interrupted");
    if (outcome == QLatin1String("running"))
        return tr("running");
    if (outcome == QLatin1String("applied"))
        return tr("applied");
    return outcome;
}

QString TimelineModel::environmentLabel(const QString& environment)
{
    const auto known = core::environmentFromKey(environment);
    return known ? core::environmentLabel(*known) : environment;
}

QColor TimelineModel::attentionColor(const core::TimelineEntry& entry)
{
    if (entry.outcome == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    if (entry.outcome == QLatin1String("interrupted") ||
        entry.outcome == QLatin1String("cancelled"))
        return QColor(0xb3, 0x6b, 0x00);
    if (entry.outsideMigdesk)
        return QColor(0x6a, 0x1b, 0x9a);
    return {};
}

QString TimelineModel::what(const core::TimelineEntry& e) const
{
    QString text;
    if (!e.name.isEmpty())
        text = e.app.isEmpty() ? e.name : e.app + QLatin1Char('.') + e.name;
    else
        text = e.summary;
    if (e.outsideMigdesk)
        text = tr("%1 (outside migdesk)").arg(text);
    return text;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TimelineEntry& e = m_entries[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
        case Source:
            return core::TimelineEntry::sourceLabel(e.source);
        case Kind:
            return kindLabel(e.kind);
        case What:
            return what(e);
        case Outcome:
            return outcomeLabel(e.outcome);
        case Duration:
            return e.seconds > 0 ? core::formatDuration(e.seconds) : QString();
        case Environment:
            return environmentLabel(e.environment);
        case Profile:
            return e.profile;
        case Who:
            return e.who;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == When)
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == What || index.column() == Source) {
            QString tip = e.summary.isEmpty() ? what(e) : e.summary;
            if (e.outsideMigdesk)
                tip += QLatin1Char('\n') +
                       tr("No migdesk run recorded applying this migration: it was applied "
                          "with another tool or by hand.");
            if (!e.database.isEmpty())
                tip += QLatin1Char('\n') + tr("Database %1 on %2").arg(e.database, e.server);
            return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome || index.column() == What) {
            const QColor colour = attentionColor(e);
            if (colour.isValid())
                return QBrush(colour);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case When:
            return e.at;
        case Duration:
            return e.seconds;
        default:
            return data(index, Qt::DisplayRole);
        }
    case KindRole:
        return e.kind;
    case OutcomeRole:
        return e.outcome;
    case EnvironmentRole:
        return e.environment;
    case ProfileRole:
        return e.profile;
    case AppRole:
        return e.app;
    case AtRole:
        return e.at;
    case SecondsRole:
        return e.seconds;
    case SearchTextRole: {
        QStringList texts;
        for (int c = 0; c < ColumnCount; ++c)
            texts << index.siblingAtColumn(c).data().toString();
        texts << e.summary << e.server << e.database << e.name << e.runUuid;
        return texts.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Source:
        return tr("Source");
    case Kind:
        return tr("Kind");
    case What:
        return tr("What");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Environment:
        return tr("Environment");
    case Profile:
        return tr("Profile");
    case Who:
        return tr("Who");
    }
    return {};
}

} // namespace migdesk::models
