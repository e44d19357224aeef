// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"

#include <QCoreApplication>
#include <QString>

#include <map>
#include <vector>

namespace migdesk::core {

// A Django project on disk, found without importing it: every app's migrations package below
// the project directory and the migrations in it, read statically (DjangoMigrationReader).
class DjangoProject
{
    Q_DECLARE_TR_FUNCTIONS(DjangoProject)
public:
    struct App
    {
        QString label;
        QString directory;           // absolute
        QString migrationsDirectory; // absolute; empty when the app has no migrations package
    };

    struct Scan
    {
        std::vector<Migration> migrations; // sorted by (app, name)
        std::vector<SourceProblem> problems;
        std::vector<App> apps; // sorted by label
        // Swappable settings that migrations depend on, as the project's settings modules set
        // them ("AUTH_USER_MODEL" -> "accounts.User"). Unset or ambiguous ones are absent.
        std::map<QString, QString> settings;
    };

    // A migrations package is a directory named `migrations` holding __init__.py; its app is
    // the directory above. Hidden directories, __pycache__, node_modules, site-packages,
    // dist-packages, virtual environments (pyvenv.cfg) and symlinked directories are not
    // entered. Like Django, every .py module in the package whose name does not start with
    // '_' or '~' is a migration.
    static Scan scan(const QString& projectDirectory);

    // The app's label: `label = "..."` of the AppConfig in its apps.py (the one with
    // `default = True` when there are several), else the directory's name.
    static QString appLabel(const QString& appDirectory,
                            std::vector<SourceProblem>* problems = nullptr);
};

} // namespace migdesk::core
