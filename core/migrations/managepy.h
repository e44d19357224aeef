// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"
#include "migrations/migration.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>
#include <utility>

namespace migdesk::core {

// The project's own Django, when the user points migdesk at manage.py and an interpreter: the
// plan as Django prints it (to cross-check the static reader) and each migration's real SQL
// (for the linter). Runs `python manage.py ...` through QProcess with an argument list; the
// target database's libpq options are passed as PG* variables, which settings that read them
// (as the runbook's do) pick up. Blocking: call from a worker thread or the command line.
class ManagePy
{
    Q_DECLARE_TR_FUNCTIONS(ManagePy)
public:
    struct PlanEntry
    {
        MigrationKey key;
        bool applied = false;
    };

    // applicationName, when given, is the child's application_name (PGAPPNAME), so that its
    // connections are found in pg_stat_activity like the executor's own.
    ManagePy(QString managePy, QString python, const ConnInfo& target,
             const std::optional<QString>& password, const QString& applicationName = {});

    // Every session Django opens for these commands starts read-only (PGOPTIONS): they only
    // read, and a project's own code run at start-up (a signal, a check) cannot write either.
    // Only for a direct connection: a transaction pooler refuses start-up options or would
    // hand them to the server connection other clients share; the caller knows which it is
    // (PgConnection::behindPooler()).
    void makeSessionsReadOnly();

    // `showmigrations --plan`; on failure nullopt and a sentence in *error.
    std::optional<std::vector<PlanEntry>> showMigrationsPlan(QString* error) const;
    // `sqlmigrate APP NAME`: the SQL Django would run.
    std::optional<QString> sqlMigrate(const MigrationKey& migration, QString* error) const;
    // `sqlmigrate --backwards APP NAME`: the SQL Django would run to unapply it. Fails for a
    // migration with an operation that has no reverse.
    std::optional<QString> sqlMigrateBackwards(const MigrationKey& migration, QString* error) const;

    static std::vector<PlanEntry> parsePlan(const QString& output);

    // Where Django's own default connection lands: database name, the server's start time
    // (epoch with microseconds) and version number, read through `manage.py shell -c`. Two
    // servers never share a start time to the microsecond, so equal values mean the same
    // server and database as migdesk's connection, whatever the settings read (DATABASE_URL, a
    // literal host). Needs no privilege beyond connecting.
    struct DatabaseIdentity
    {
        QString database;
        QString serverStarted; // extract(epoch FROM pg_postmaster_start_time())
        QString serverVersionNum;

        bool operator==(const DatabaseIdentity&) const = default;
    };
    std::optional<DatabaseIdentity> databaseIdentity(QString* error) const;
    // The query both sides run.
    static QString identityQuery();

    // What `check --database default` found. Django exits non-zero only for errors (and
    // criticals); warnings and infos leave it passing.
    struct CheckReport
    {
        bool passed = false;
        QStringList errors;   // "catalog.Product.sku: (fields.E120) CharFields must ..."
        QStringList warnings; // the same for warnings and infos, a hint appended after " — "
    };
    // Django's system checks, the database ones included. nullopt and a sentence in *error when
    // Django could not run them at all (no interpreter, an import error, no database).
    std::optional<CheckReport> check(QString* error) const;
    // exitCode and the combined output of `check`; nullopt when it holds no check result.
    static std::optional<CheckReport> parseCheck(int exitCode, const QString& output);

private:
    std::optional<QString> run(const QStringList& arguments, QString* error) const;
    // Runs to the end and hands back the exit code with stdout and stderr together, for
    // commands such as `check` that report on stderr even when they succeed.
    std::optional<std::pair<int, QString>> runCombined(const QStringList& arguments,
                                                       QString* error) const;

    QString m_managePy;
    QString m_python;
    QProcessEnvironment m_environment;
};

} // namespace migdesk::core
