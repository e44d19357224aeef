// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/djangoproject.h"

#include "common/parserthreadpool.h"
#include "migrations/djangomigrationreader.h"
#include "migrations/pythonmodule.h"
#include "migrations/pythonsourcefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace migdesk::core {

namespace {

bool isSkippedDirectory(const QFileInfo& info)
{
    const QString name = info.fileName();
    return info.isSymLink() || name.startsWith(QLatin1Char('.')) ||
           name == QLatin1String("__pycache__") || name == QLatin1String("node_modules") ||
           name == QLatin1String("site-packages") || name == QLatin1String("dist-packages") ||
           QFileInfo::exists(info.absoluteFilePath() + QLatin1String("/pyvenv.cfg"));
}

bool isSettingsModule(const QFileInfo& file)
{
    return file.fileName().contains(QLatin1String("settings")) ||
           file.dir().dirName().contains(QLatin1String("settings"));
}

struct Walk
{
    QStringList appDirectories; // directories holding apps.py or a migrations package
    QStringList settingsFiles;
};

void walk(const QString& directory, Walk& found)
{
    const QDir dir(directory);
    bool isApp = QFileInfo::exists(dir.filePath(QStringLiteral("apps.py")));
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        if (isSettingsModule(file))
            found.settingsFiles << file.absoluteFilePath();
    }
    const QFileInfoList subdirectories =
        dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo& sub : subdirectories) {
        if (isSkippedDirectory(sub))
            continue;
        if (sub.fileName() == QLatin1String("migrations") &&
            QFileInfo::exists(sub.absoluteFilePath() + QLatin1String("/__init__.py"))) {
            isApp = true; // its modules are migrations, not code to search further
            continue;
        }
        walk(sub.absoluteFilePath(), found);
    }
    if (isApp)
        found.appDirectories << dir.absolutePath();
}

// The literal values the settings modules give each of `names`, with where they are set.
struct SettingValue
{
    QString value;
    QString file;
    int line = 0;
};

} // namespace

QString DjangoProject::appLabel(const QString& appDirectory, std::vector<SourceProblem>* problems)
{
    const QString fallback = QDir(appDirectory).dirName();
    const QString path = QDir(appDirectory).filePath(QStringLiteral("apps.py"));
    if (!QFileInfo::exists(path))
        return fallback;
    QString error;
    const std::optional<QString> source = PythonSourceFile::read(path, &error);
    if (!source) {
        if (problems)
            problems->push_back({path, 0, error});
        return fallback;
    }
    const PythonModule module = PythonModule::parse(*source);
    if (module.failed()) {
        if (problems)
            problems->push_back({path, module.errorLine(),
                                 tr("The app configuration is not valid Python: %1; the app is "
                                    "labelled %2 after its directory.")
                                     .arg(module.errorMessage(), fallback)});
        return fallback;
    }
    QString label;
    for (const PythonClassDefinition& definition : module.classes()) {
        const PythonAssignment* labelled = definition.attribute(QLatin1String("label"));
        if (!labelled || !labelled->value.isString())
            continue;
        const PythonAssignment* isDefault = definition.attribute(QLatin1String("default"));
        if (isDefault && isDefault->value.isTrue())
            return labelled->value.text;
        if (label.isEmpty())
            label = labelled->value.text;
    }
    return label.isEmpty() ? fallback : label;
}

DjangoProject::Scan DjangoProject::scan(const QString& projectDirectory)
{
    Scan scan;
    Walk found;
    walk(QFileInfo(projectDirectory).absoluteFilePath(), found);

    std::map<QString, QString> directoryOfLabel;
    for (const QString& directory : std::as_const(found.appDirectories)) {
        App app;
        app.directory = directory;
        app.label = appLabel(directory, &scan.problems);
        const QString migrations = directory + QLatin1String("/migrations");
        if (QFileInfo::exists(migrations + QLatin1String("/__init__.py")))
            app.migrationsDirectory = migrations;
        const auto [at, inserted] = directoryOfLabel.emplace(app.label, directory);
        if (!inserted) {
            // Django refuses to start with two apps of one label; the first one found is kept.
            scan.problems.push_back(
                {directory + QLatin1String("/apps.py"), 0,
                 tr("The apps in %1 and %2 both have the label %3, which Django does not "
                    "allow; only the first is read.")
                     .arg(at->second, directory, app.label)});
            continue;
        }
        scan.apps.push_back(app);
    }
    std::sort(scan.apps.begin(), scan.apps.end(),
              [](const App& a, const App& b) { return a.label < b.label; });

    // Every module is read and parsed on its own, on every core; the results are taken in the
    // order of the apps and file names, so problems come out as a sequential read gives them.
    struct Module
    {
        QString path;
        QString appLabel;
    };
    struct ReadModule
    {
        DjangoMigrationReader::Outcome outcome;
        std::vector<SourceProblem> warnings;
    };
    std::vector<Module> modules;
    for (const App& app : scan.apps) {
        if (app.migrationsDirectory.isEmpty())
            continue;
        const QFileInfoList files =
            QDir(app.migrationsDirectory)
                .entryInfoList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
        for (const QFileInfo& file : files) {
            const QString name = file.fileName();
            if (name.startsWith(QLatin1Char('_')) || name.startsWith(QLatin1Char('~')))
                continue;
            modules.push_back({file.absoluteFilePath(), app.label});
        }
    }
    const std::function<ReadModule(const Module&)> readModule = [](const Module& module) {
        ReadModule read;
        read.outcome = DjangoMigrationReader::read(module.path, module.appLabel, &read.warnings);
        return read;
    };
    QList<ReadModule> read = QtConcurrent::blockingMapped<QList<ReadModule>>(
        parserThreadPool(), modules.begin(), modules.end(), readModule);

    QSet<QString> settingNames;
    for (ReadModule& module : read) {
        std::move(module.warnings.begin(), module.warnings.end(),
                  std::back_inserter(scan.problems));
        if (auto* problem = std::get_if<SourceProblem>(&module.outcome)) {
            scan.problems.push_back(std::move(*problem));
            continue;
        }
        Migration& migration = std::get<Migration>(module.outcome);
        for (const MigrationKey& dependency : migration.dependencies) {
            if (dependency.first == QLatin1String("__setting__"))
                settingNames.insert(dependency.second);
        }
        scan.migrations.push_back(std::move(migration));
    }
    std::sort(scan.migrations.begin(), scan.migrations.end(),
              [](const Migration& a, const Migration& b) { return a.key() < b.key(); });

    if (settingNames.isEmpty())
        return scan;
    std::map<QString, std::vector<SettingValue>> values;
    for (const QString& path : std::as_const(found.settingsFiles)) {
        QString error;
        const std::optional<QString> source = PythonSourceFile::read(path, &error);
        if (!source)
            continue; // not a migration source; Django would fail on it before migdesk does
        const PythonModule module = PythonModule::parse(*source);
        for (const PythonAssignment& assignment : module.assignments()) {
            if (!settingNames.contains(assignment.target) || !assignment.value.isString())
                continue;
            const SettingValue value{assignment.value.text, path, assignment.line};
            values[assignment.target].push_back(value);
        }
    }
    for (const auto& [name, settings] : values) {
        QStringList distinct;
        for (const SettingValue& setting : settings) {
            if (!distinct.contains(setting.value))
                distinct << setting.value;
        }
        if (distinct.size() == 1) {
            scan.settings[name] = distinct.front();
            continue;
        }
        scan.problems.push_back({settings.back().file, settings.back().line,
                                 tr("The settings modules set %1 to different models (%2), so "
                                    "migdesk assumes Django's default for it.")
                                     .arg(name, distinct.join(QLatin1String(", ")))});
    }
    return scan;
}

} // namespace migdesk::core
