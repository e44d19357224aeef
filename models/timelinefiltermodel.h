// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace migdesk::models {

// Filters a TimelineModel by environment, profile, app, kind and outcome (stored keys; empty
// means any), by a date range (local days, inclusive; an invalid date leaves that end open)
// and by free text over every column (setFilterFixedString, case-insensitive). Sorts by raw
// values.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject* parent = nullptr);

    void setEnvironment(const QString& environment);
    void setProfile(const QString& profile);
    void setApp(const QString& app);
    void setKind(const QString& kind);
    void setOutcome(const QString& outcome);
    void setDateRange(const QDate& from, const QDate& to);

    QString environment() const { return m_environment; }
    QString profile() const { return m_profile; }
    QString app() const { return m_app; }
    QString kind() const { return m_kind; }
    QString outcome() const { return m_outcome; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void setKey(QString& key, const QString& value);

    QString m_environment;
    QString m_profile;
    QString m_app;
    QString m_kind;
    QString m_outcome;
    QDate m_from;
    QDate m_to;
};

} // namespace migdesk::models
