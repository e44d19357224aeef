// SPDX-License-Identifier: GPL-3.0-or-later
// scripts/install-deps.sh installs everything the build, the demo and the tests load on a fresh
// Debian 12. CI runs on a machine where earlier sessions installed packages by hand, so a missing
// install step stays green there; this test asks dpkg instead. Every file under /usr that the
// configured build names (CMakeCache.txt) or that the demo and the tests run must belong to a
// package the script lists, one that the list pulls in through Depends, or one of Priority
// required/important (on every Debian system).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(MIGDESK_SOURCE_DIR);
const QString kBuildDir = QStringLiteral(MIGDESK_BUILD_DIR);

// Cache entries that CTest fills in when it happens to find a tool, for features the suite never
// uses (ctest -T memcheck / coverage, and the git that fetched the sources).
const QSet<QString> kOptionalProbes{QStringLiteral("MEMORYCHECK_COMMAND"),
                                    QStringLiteral("COVERAGE_COMMAND"),
                                    QStringLiteral("GITCOMMAND")};

// What the demo (scripts/demo.sh) and the suite run or load besides the build itself.
const QStringList kRuntimePrograms{QStringLiteral("pg_config"),
                                   QStringLiteral("pgbouncer"),
                                   QStringLiteral("dbus-run-session"),
                                   QStringLiteral("gnome-keyring-daemon"),
                                   QStringLiteral("secret-tool"),
                                   QStringLiteral("setpriv"),
                                   QStringLiteral("cpack"),
                                   QStringLiteral("dpkg-shlibdeps"),
                                   QStringLiteral("file"),
                                   QStringLiteral("xvfb-run"),
                                   QStringLiteral("clang-format-14")};
// The suite's Django is Debian's, on Debian's interpreter, whatever python3 comes first on PATH.
const QStringList kRuntimeFiles{
    QStringLiteral("/usr/bin/python3"),
    QStringLiteral("/usr/lib/postgresql/15/bin/initdb"),
    QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
    QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
    QStringLiteral("/usr/lib/postgresql/15/bin/pg_restore"),
    QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
    QStringLiteral("/usr/lib/python3/dist-packages/django/__init__.py"),
    QStringLiteral("/usr/lib/python3/dist-packages/psycopg2/__init__.py"),
    QStringLiteral("/usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlpsql.so"),
    QStringLiteral("/usr/lib/x86_64-linux-gnu/qt6/plugins/sqldrivers/libqsqlite.so")};

struct NamedFile
{
    QString path;
    QString namedBy; // the cache entry, or "the demo and the tests"
};

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120'000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutArchitecture(QString package)
{
    return package.section(QLatin1Char(':'), 0, 0).trimmed();
}

// The words of the `packages=( ... )` array in the install script.
QStringList installList()
{
    QFile script(kSourceDir + QStringLiteral("/scripts/install-deps.sh"));
    if (!script.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(script.fileName()));
    const QString text = QString::fromUtf8(script.readAll());
    const auto match = QRegularExpression(QStringLiteral(R"(\npackages=\(([^)]*)\))")).match(text);
    if (!match.hasMatch())
        qFatal("no packages=( ... ) list in %s", qPrintable(script.fileName()));
    return match.captured(1).split(QRegularExpression(QStringLiteral(R"(\s+)")),
                                   Qt::SkipEmptyParts);
}

// For a package folder (Qt6Charts_DIR) the folder may be shared by several packages: its
// <Name>Config.cmake is what find_package loaded.
QString configFile(const QString& variable, const QString& dir)
{
    const QString name = variable.chopped(int(qstrlen("_DIR")));
    for (const QString& candidate : QStringList{name + QStringLiteral("Config.cmake"),
                                                name.toLower() + QStringLiteral("-config.cmake")}) {
        if (QFile::exists(dir + QLatin1Char('/') + candidate))
            return dir + QLatin1Char('/') + candidate;
    }
    return dir;
}

QList<NamedFile> filesTheBuildNames()
{
    QFile cache(kBuildDir + QStringLiteral("/CMakeCache.txt"));
    if (!cache.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: configure the build first", qPrintable(cache.fileName()));
    const QRegularExpression entry(
        QStringLiteral(R"(^([A-Za-z0-9_]+):(PATH|FILEPATH)=(/usr/.+)$)"));
    QList<NamedFile> files;
    while (!cache.atEnd()) {
        const QString line = QString::fromUtf8(cache.readLine()).trimmed();
        const auto match = entry.match(line);
        if (!match.hasMatch())
            continue;
        const QString variable = match.captured(1);
        const QString value = match.captured(3);
        if (kOptionalProbes.contains(variable) ||
            variable.startsWith(QStringLiteral("CMAKE_INSTALL_")) ||
            value.endsWith(QStringLiteral("-NOTFOUND")) || !QFileInfo::exists(value))
            continue;
        files.append(
            {variable.endsWith(QStringLiteral("_DIR")) ? configFile(variable, value) : value,
             variable});
    }
    return files;
}

QList<NamedFile> filesTheSuiteRuns()
{
    QList<NamedFile> files;
    const QString named = QStringLiteral("the demo and the tests");
    for (const QString& program : kRuntimePrograms) {
        const QString path = QStandardPaths::findExecutable(program);
        // A program nothing installed is as much a finding as one from the wrong package.
        files.append({path.isEmpty() ? QStringLiteral("/usr/bin/") + program : path, named});
    }
    for (const QString& file : kRuntimeFiles)
        files.append({file, named});
    return files;
}

// dpkg's owners of each path; a path dpkg does not know is looked up again with symbolic links
// resolved (/usr/bin/c++ is an alternative) and without the merged /usr prefix.
QHash<QString, QStringList> owners(const QList<NamedFile>& files)
{
    QHash<QString, QStringList> result;
    const auto ask = [&](const QStringList& paths) {
        int exitCode = 0;
        const QString output =
            run(QStringLiteral("dpkg"), QStringList{QStringLiteral("-S")} + paths, &exitCode);
        for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("diversion ")))
                continue;
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            if (colon < 0)
                continue;
            QStringList packages;
            for (const QString& package : line.left(colon).split(QLatin1Char(',')))
                packages << withoutArchitecture(package);
            result[line.mid(colon + 2)] += packages;
        }
    };
    QStringList paths;
    for (const NamedFile& file : files)
        paths << file.path;
    ask(paths);
    const auto alternatives = [](const QString& path) {
        const QString resolved = QFileInfo(path).canonicalFilePath();
        QStringList names;
        for (const QString& name :
             QStringList{resolved, QString(resolved).remove(0, 4), QString(path).remove(0, 4)}) {
            if (!name.isEmpty() && name != path)
                names << name;
        }
        return names;
    };
    QStringList again;
    for (const NamedFile& file : files) {
        if (!result.contains(file.path))
            again << alternatives(file.path);
    }
    if (!again.isEmpty())
        ask(again);
    for (const NamedFile& file : files) {
        if (result.contains(file.path))
            continue;
        for (const QString& alternative : alternatives(file.path)) {
            if (result.contains(alternative)) {
                result[file.path] = result.value(alternative);
                break;
            }
        }
    }
    return result;
}

// The list and everything it pulls in through Depends and Pre-Depends, as apt-get install
// --no-install-recommends would.
QSet<QString> closure(const QStringList& listed)
{
    int exitCode = 0;
    const QString output =
        run(QStringLiteral("apt-cache"),
            QStringList{QStringLiteral("depends"), QStringLiteral("--recurse"),
                        QStringLiteral("--no-recommends"), QStringLiteral("--no-suggests"),
                        QStringLiteral("--no-conflicts"), QStringLiteral("--no-breaks"),
                        QStringLiteral("--no-replaces"), QStringLiteral("--no-enhances")} +
                listed,
            &exitCode);
    QSet<QString> packages;
    for (const QString& line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.front().isSpace() && !line.startsWith(QLatin1Char('<')))
            packages.insert(withoutArchitecture(line));
    }
    if (exitCode != 0 || packages.isEmpty())
        qFatal("apt-cache depends failed (exit %d): run apt-get update first", exitCode);
    return packages;
}

bool everywhere(const QString& package)
{
    static QHash<QString, bool> known;
    if (!known.contains(package)) {
        const QString priority =
            run(QStringLiteral("dpkg-query"),
                {QStringLiteral("-W"), QStringLiteral("-f=${Priority}"), package})
                .trimmed();
        known[package] =
            priority == QStringLiteral("required") || priority == QStringLiteral("important");
    }
    return known.value(package);
}

// One sentence per file whose package the list does not bring, naming the package to add.
QStringList findings(const QStringList& listed)
{
    QList<NamedFile> files = filesTheBuildNames() + filesTheSuiteRuns();
    const QHash<QString, QStringList> owned = owners(files);
    const QSet<QString> installed = closure(listed);
    QStringList sentences;
    for (const NamedFile& file : files) {
        const QStringList packages = owned.value(file.path);
        if (packages.isEmpty()) {
            sentences << QStringLiteral(
                             "%1 (named by %2) belongs to no installed package: "
                             "add the package that provides it to scripts/install-deps.sh")
                             .arg(file.path, file.namedBy);
            continue;
        }
        const bool brought = std::any_of(packages.begin(), packages.end(), [&](const QString& p) {
            return installed.contains(p) || everywhere(p);
        });
        if (!brought) {
            sentences << QStringLiteral(
                             "%1 (named by %2) belongs to %3, which scripts/install-deps.sh "
                             "neither lists nor pulls in: add %3 to its list")
                             .arg(file.path, file.namedBy, packages.first());
        }
    }
    sentences.removeDuplicates();
    return sentences;
}

} // namespace

class tst_InstallDeps : public QObject
{
    Q_OBJECT

private slots:
    void listCoversWhatTheBuildAndSuiteLoad_data();
    void listCoversWhatTheBuildAndSuiteLoad();
};

void tst_InstallDeps::listCoversWhatTheBuildAndSuiteLoad_data()
{
    QTest::addColumn<QString>("removed");
    QTest::newRow("the script as written") << QString();
    // Each package the build or the suite needs and that nothing else in the list depends on:
    // without it the check must fail and name it.
    for (const char* package : {"libqt6opengl6-dev", "qt6-charts-dev", "libpg-query-dev",
                                "qtkeychain-qt6-dev", "pgbouncer", "python3-django", "ninja-build"})
        QTest::newRow(package) << QString::fromLatin1(package);
}

void tst_InstallDeps::listCoversWhatTheBuildAndSuiteLoad()
{
    QFETCH(QString, removed);
    QStringList listed = installList();
    if (removed.isEmpty()) {
        const QStringList problems = findings(listed);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        return;
    }
    QVERIFY2(listed.removeAll(removed) == 1,
             qPrintable(QStringLiteral("%1 is no longer in the install list").arg(removed)));
    const QStringList problems = findings(listed);
    const bool named = std::any_of(problems.begin(), problems.end(), [&](const QString& sentence) {
        return sentence.endsWith(QStringLiteral("add %1 to its list").arg(removed));
    });
    QVERIFY2(named, qPrintable(QStringLiteral("without %1 the check found only:\n%2")
                                   .arg(removed, problems.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(tst_InstallDeps)
#include "tst_installdeps.moc"
