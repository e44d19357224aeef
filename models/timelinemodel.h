// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/timelineentry.h"

#include <QAbstractTableModel>
#include <QColor>

#include <vector>

namespace migdesk::models {

// The merged history of a database, newest first: migdesk's runs (local and mirrored) and the
// migrations django_migrations and the SQL-folder history recorded. A migration applied
// outside migdesk is marked in words and in colour; otherwise only failed and interrupted
// runs are coloured. DisplayRole shows human units, SortRole raw values.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        When,
        Source,
        Kind,
        What,
        Outcome,
        Duration,
        Environment,
        Profile,
        Who,
        ColumnCount
    };
    // KindRole, OutcomeRole, EnvironmentRole: the stored keys ("migrate", "failed",
    // "production"); AtRole: the UTC QDateTime; SecondsRole: the raw duration; SearchTextRole:
    // every text of the row, for the free-text filter.
    enum Role {
        SortRole = Qt::UserRole,
        KindRole,
        OutcomeRole,
        EnvironmentRole,
        ProfileRole,
        AppRole,
        AtRole,
        SecondsRole,
        SearchTextRole
    };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEntries(std::vector<core::TimelineEntry> entries);
    const std::vector<core::TimelineEntry>& entries() const { return m_entries; }
    const core::TimelineEntry* entry(int row) const;

    // The distinct values present, sorted, for the filter bar's choices.
    QStringList environments() const;
    QStringList profiles() const;
    QStringList apps() const;
    QStringList kinds() const;
    QStringList outcomes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Translated names of the stored keys; an unknown key as it is.
    static QString kindLabel(const QString& kind);
    static QString outcomeLabel(const QString& outcome);
    static QString environmentLabel(const QString& environment);
    // Red for failed, amber for interrupted and cancelled, violet for outside migdesk; else none.
    static QColor attentionColor(const core::TimelineEntry& entry);

private:
    QString what(const core::TimelineEntry& e) const;
    QStringList distinct(QString core::TimelineEntry::*field) const;

    std::vector<core::TimelineEntry> m_entries;
};

} // namespace migdesk::models
