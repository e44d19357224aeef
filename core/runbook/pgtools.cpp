// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/pgtools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace migdesk::core {

namespace {

QString newestInstalled(const QString& name)
{
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    const QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        const QString candidate = versions.filePath(entry + QStringLiteral("/bin/") + name);
        const auto version = QVersionNumber::fromString(entry);
        if (version > bestVersion && QFileInfo(candidate).isExecutable()) {
            bestVersion = version;
            best = candidate;
        }
    }
    return best;
}

} // namespace

PgTools::PgTools(QString binDir) : m_binDir(std::move(binDir)) {}

PgTools::Tool PgTools::find(const QString& name, int serverVersionNum) const
{
    Tool tool;
    tool.name = name;
    if (!m_binDir.isEmpty()) {
        const QString candidate = QDir(m_binDir).filePath(name);
        if (QFileInfo(candidate).isExecutable())
            tool.path = candidate;
    } else {
        tool.path = newestInstalled(name);
        if (tool.path.isEmpty())
            tool.path = QStandardPaths::findExecutable(name);
    }
    if (tool.path.isEmpty()) {
        tool.problem =
            m_binDir.isEmpty()
                ? tr("%1 was not found on PATH or under /usr/lib/postgresql: install the "
                     "PostgreSQL "
                     "client (postgresql-client-15 or newer).")
                      .arg(name)
                : tr("%1 was not found in %2: point the PostgreSQL programs setting at the folder "
                     "that has it, or install the PostgreSQL client.")
                      .arg(name, m_binDir);
        return tool;
    }
    QProcess process;
    process.start(tool.path, {QStringLiteral("--version")});
    if (!process.waitForFinished(10'000) || process.exitCode() != 0) {
        tool.problem = tr("%1 at %2 did not run (%3): reinstall the PostgreSQL client.")
                           .arg(name, tool.path, process.errorString());
        return tool;
    }
    // "pg_dump (PostgreSQL) 15.8 (Debian 15.8-0+deb12u1)"
    static const QRegularExpression versionPattern(QStringLiteral(R"(\)\s+(\d+)(?:\.(\d+))?)"));
    const auto match = versionPattern.match(QString::fromUtf8(process.readAllStandardOutput()));
    if (!match.hasMatch()) {
        tool.problem = tr("%1 at %2 did not print a version: is it really PostgreSQL's %1?")
                           .arg(name, tool.path);
        return tool;
    }
    tool.version = QVersionNumber(match.captured(1).toInt(), match.captured(2).toInt());
    const int serverMajor = serverVersionNum / 10000;
    if (serverVersionNum > 0 && tool.version.majorVersion() < serverMajor) {
        tool.problem = tr("%1 is version %2 but the server is PostgreSQL %3: an older %1 cannot "
                          "handle a newer server. Install postgresql-client-%3 or newer.")
                           .arg(name, tool.version.toString())
                           .arg(serverMajor);
    }
    return tool;
}

} // namespace migdesk::core
