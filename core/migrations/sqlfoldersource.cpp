// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlfoldersource.h"

#include "migrations/sqlfolderhistory.h"
#include "migrations/sqlfolderstatements.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <map>

namespace migdesk::core {

namespace {

// Depth-first, each folder's entries in name order, so that problems come out in the same order
// on every run. Symbolic links to folders are not followed: they could loop.
void collectSqlFiles(const QDir& dir, QStringList& files)
{
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (entry.isDir()) {
            if (!entry.isSymLink())
                collectSqlFiles(QDir(entry.filePath()), files);
        } else if (entry.fileName().endsWith(QLatin1String(".sql"), Qt::CaseInsensitive)) {
            files << entry.absoluteFilePath();
        }
    }
}

QString when(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString shortChecksum(const QString& checksum)
{
    return checksum.left(12);
}

bool byVersion(const SqlFolderScript& a, const SqlFolderScript& b)
{
    return SqlFolderName::compareVersions(a.name.version, b.name.version) < 0;
}

// Sorts by version and takes every file of a version that appears more than once out of
// `scripts`, with a problem naming the files that share it.
void dropDuplicates(std::vector<SqlFolderScript>& scripts, std::vector<SourceProblem>& problems)
{
    std::stable_sort(scripts.begin(), scripts.end(), byVersion);
    std::vector<SqlFolderScript> unique;
    for (auto first = scripts.begin(); first != scripts.end();) {
        auto last = std::find_if(first, scripts.end(), [&first](const SqlFolderScript& s) {
            return SqlFolderName::compareVersions(s.name.version, first->name.version) != 0;
        });
        if (std::distance(first, last) == 1) {
            unique.push_back(std::move(*first));
        } else {
            // Every file of the group gets its own problem, since none of them runs.
            for (auto one = first; one != last; ++one) {
                QStringList others;
                for (auto other = first; other != last; ++other) {
                    if (other != one)
                        others << other->relativePath;
                }
                problems.push_back(
                    {one->migration.file, 0,
                     SqlFolderSource::tr("%1 has the same version (%2) as %3; rename one of "
                                         "them, none of them runs until then.")
                         .arg(one->relativePath, one->name.version,
                              others.join(QStringLiteral(", ")))});
            }
        }
        first = last;
    }
    scripts = std::move(unique);
}

} // namespace

SqlFolderScan SqlFolderSource::scan(const QString& folder)
{
    SqlFolderScan scan;
    const QFileInfo info(folder);
    scan.folder = QDir(folder).absolutePath(); // cleaned: no trailing "/", so dirName() works
    if (!info.isDir()) {
        scan.problems.push_back(
            {scan.folder, 0, tr("The migration folder %1 does not exist.").arg(scan.folder)});
        return scan;
    }
    QStringList files;
    collectSqlFiles(QDir(scan.folder), files);
    for (const QString& file : std::as_const(files)) {
        auto read = readScript(file, scan.folder);
        if (auto* problem = std::get_if<SourceProblem>(&read)) {
            scan.problems.push_back(std::move(*problem));
            continue;
        }
        auto& script = std::get<SqlFolderScript>(read);
        if (script.name.kind == SqlFolderName::Kind::Versioned)
            scan.scripts.push_back(std::move(script));
        else
            scan.undo.push_back(std::move(script));
    }
    dropDuplicates(scan.scripts, scan.problems);
    dropDuplicates(scan.undo, scan.problems);

    std::map<QString, const SqlFolderScript*> versioned;
    for (const SqlFolderScript& script : scan.scripts)
        versioned.emplace(SqlFolderName::canonicalVersion(script.name.version), &script);
    std::erase_if(scan.undo, [&](const SqlFolderScript& undo) {
        if (versioned.count(SqlFolderName::canonicalVersion(undo.name.version)))
            return false;
        scan.problems.push_back(
            {undo.migration.file, 0,
             tr("%1 undoes version %2, but the folder has no V file of that version.")
                 .arg(undo.relativePath, undo.name.version)});
        return true;
    });

    // A folder is one linear history: each version depends on the one before it.
    for (std::size_t i = 0; i < scan.scripts.size(); ++i) {
        Migration& migration = scan.scripts[i].migration;
        migration.initial = i == 0;
        if (i > 0)
            migration.dependencies = {scan.scripts[i - 1].migration.key()};
    }
    return scan;
}

std::variant<SqlFolderScript, SourceProblem> SqlFolderSource::readScript(const QString& file,
                                                                         const QString& folder)
{
    const QFileInfo info(file);
    const QString relative = QDir(folder).relativeFilePath(info.absoluteFilePath());
    const auto name = SqlFolderName::parse(info.fileName());
    if (!name) {
        if (info.fileName().startsWith(QLatin1String("R__"))) {
            return SourceProblem{info.absoluteFilePath(), 0,
                                 tr("%1 is a repeatable migration (R__), which migdesk does "
                                    "not run.")
                                     .arg(relative)};
        }
        return SourceProblem{info.absoluteFilePath(), 0,
                             tr("%1 is not named like a migration: expected "
                                "V<version>__<description>.sql or U<version>__<description>.sql, "
                                "such as V1.1__add_invoice_index.sql.")
                                 .arg(relative)};
    }
    QFile source(info.absoluteFilePath());
    if (!source.open(QIODevice::ReadOnly)) {
        return SourceProblem{info.absoluteFilePath(), 0,
                             tr("%1 cannot be read: %2.").arg(relative, source.errorString())};
    }
    SqlFolderScript script;
    script.name = *name;
    script.relativePath = relative;
    script.bytes = source.size();
    script.migration.app = QDir(folder).dirName();
    script.migration.name = name->baseName;
    script.migration.file = info.absoluteFilePath();
    if (script.bytes > kLargeScriptBytes) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QStringDecoder decoder(QStringDecoder::Utf8);
        for (QByteArray chunk = source.read(1 << 20); !chunk.isEmpty();
             chunk = source.read(1 << 20)) {
            hash.addData(chunk);
            decoder.decode(chunk);
        }
        if (decoder.hasError())
            return SourceProblem{info.absoluteFilePath(), 0,
                                 tr("%1 is not valid UTF-8 text.").arg(relative)};
        script.checksum = QString::fromLatin1(hash.result().toHex());
        script.deferred = true;
        return script;
    }
    if (auto problem = takeText(script, source.readAll(), false))
        return *problem;
    return script;
}

std::optional<SourceProblem> SqlFolderSource::takeText(SqlFolderScript& script,
                                                       const QByteArray& bytes, bool checked)
{
    const QString checksum =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (checked && checksum != script.checksum)
        return SourceProblem{script.migration.file, 0,
                             tr("%1 changed after migdesk read the folder; read it again before "
                                "running anything.")
                                 .arg(script.relativePath)};
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return SourceProblem{script.migration.file, 0,
                             tr("%1 is not valid UTF-8 text.").arg(script.relativePath)};
    script.checksum = checksum;
    script.migration.sql = std::move(text);
    script.deferred = false;
    const SqlFolderStatements statements = SqlFolderStatements::parse(script.migration.sql);
    if (const auto* outside = statements.firstOutsideTransaction()) {
        script.outsideTransaction = outside->outsideTransaction;
        script.outsideTransactionLine = outside->line;
        script.migration.atomic = false;
    }
    return std::nullopt;
}

std::optional<SourceProblem> SqlFolderSource::load(SqlFolderScript& script)
{
    if (!script.deferred)
        return std::nullopt;
    QFile source(script.migration.file);
    if (!source.open(QIODevice::ReadOnly))
        return SourceProblem{
            script.migration.file, 0,
            tr("%1 cannot be read: %2.").arg(script.relativePath, source.errorString())};
    return takeText(script, source.readAll(), true);
}

Result<std::vector<SqlFolderAppliedRow>> SqlFolderSource::readApplied(PgConnection& connection)
{
    return SqlFolderHistory::read(connection);
}

std::vector<SourceProblem> SqlFolderSource::verify(const SqlFolderScan& scan,
                                                   const std::vector<SqlFolderAppliedRow>& applied)
{
    std::map<QString, const SqlFolderScript*> byCanonical;
    for (const SqlFolderScript& script : scan.scripts)
        byCanonical.emplace(SqlFolderName::canonicalVersion(script.name.version), &script);

    std::vector<SourceProblem> problems;
    for (const SqlFolderAppliedRow& row : applied) {
        const auto found = byCanonical.find(SqlFolderName::canonicalVersion(row.version));
        const SqlFolderScript* script = found == byCanonical.end() ? nullptr : found->second;
        const QString file =
            script ? script->migration.file : QDir(scan.folder).filePath(row.script);
        const QString shown = script ? script->relativePath : row.script;
        if (!row.success) {
            problems.push_back({file, 0,
                                tr("%1 failed when it was applied on %2; it is pending again.")
                                    .arg(shown, when(row.installedOn))});
        } else if (!script) {
            problems.push_back({file, 0,
                                tr("%1 was applied on %2 but is no longer in the folder.")
                                    .arg(shown, when(row.installedOn))});
        } else if (script->checksum != row.checksum) {
            problems.push_back(
                {file, 0,
                 tr("%1 changed after it was applied on %2 (checksum %3 recorded, %4 now).")
                     .arg(shown, when(row.installedOn), shortChecksum(row.checksum),
                          shortChecksum(script->checksum))});
        }
    }
    return problems;
}

SqlFolderPlan SqlFolderSource::pending(const SqlFolderScan& scan,
                                       const std::vector<SqlFolderAppliedRow>& applied)
{
    SqlFolderPlan plan;
    plan.problems = verify(scan, applied);
    std::map<QString, const SqlFolderAppliedRow*> succeeded;
    const SqlFolderAppliedRow* newest = nullptr;
    for (const SqlFolderAppliedRow& row : applied) {
        if (!row.success)
            continue;
        succeeded.emplace(SqlFolderName::canonicalVersion(row.version), &row);
        if (!newest || SqlFolderName::compareVersions(row.version, newest->version) > 0)
            newest = &row;
    }
    for (const SqlFolderScript& script : scan.scripts) {
        if (succeeded.count(SqlFolderName::canonicalVersion(script.name.version)))
            continue;
        if (newest && SqlFolderName::compareVersions(script.name.version, newest->version) < 0) {
            plan.problems.push_back(
                {script.migration.file, 0,
                 tr("%1 is older than version %2, which is already applied; it will run out "
                    "of order.")
                     .arg(script.relativePath, newest->version)});
        }
        plan.pending.push_back(script);
        if (auto problem = load(plan.pending.back()))
            plan.unreadable.push_back(std::move(*problem));
    }
    return plan;
}

} // namespace migdesk::core
