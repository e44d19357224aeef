// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace migdesk::core {

// One line of the history timeline: a migdesk run (recorded here or read from the target's
// mirror), or one migration as the target database's own records show it applied (Django's
// django_migrations, the SQL folder's migdesk_schema_history).
struct TimelineEntry
{
    Q_DECLARE_TR_FUNCTIONS(TimelineEntry)
public:
    enum class Source { Migdesk, Mirror, Django, SqlFolder };

    Source source = Source::Migdesk;
    QDateTime at;      // UTC: when the run started, or when the migration was applied
    QString kind;      // the run kind, or "migration"
    QString app, name; // a migration's Django app (empty for SQL folders) and name or version
    QString profile, environment, server, database;
    QString outcome;    // the run's outcome; "applied" or "failed" for a migration
    QString who;        // "os user@host" of the run; installed_by for a SQL-folder row
    QString summary;    // one line: the run's sentence, or the SQL file's description
    double seconds = 0; // the run's duration, or the SQL file's execution time
    qint64 runId = 0;   // the local run, or the run that applied this migration (0: none known)
    QString runUuid;    // the run, or the run that applied this migration
    bool outsideMigdesk = false; // a migration that no recorded migdesk run applied

    // For `migdesk history --json`: every field, the time as ISO 8601 UTC.
    QJsonObject toJson() const;

    static QString sourceKey(Source source);   // "migdesk", "mirror", "django", "sql"
    static QString sourceLabel(Source source); // translated, for tables
};

} // namespace migdesk::core
