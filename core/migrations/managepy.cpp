// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/managepy.h"

#include "connection/libpqenvironment.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace migdesk::core {

namespace {

constexpr int kTimeoutMs = 120'000;

} // namespace

ManagePy::ManagePy(QString managePy, QString python, const ConnInfo& target,
                   const std::optional<QString>& password)
    : m_managePy(std::move(managePy)), m_python(std::move(python)),
      m_environment(libpqEnvironment(target, password))
{
}

std::optional<QString> ManagePy::run(const QStringList& arguments, QString* error) const
{
    const QFileInfo script(m_managePy);
    if (!script.isFile()) {
        *error = tr("%1 does not exist. Point migdesk at the project's manage.py.").arg(m_managePy);
        return std::nullopt;
    }
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(script.absolutePath());
    process.start(m_python, QStringList{script.absoluteFilePath()} + arguments);
    if (!process.waitForStarted()) {
        *error = tr("Cannot run %1: %2. Check the Python interpreter's path.")
                     .arg(m_python, process.errorString());
        return std::nullopt;
    }
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = tr("manage.py %1 did not finish within %2 s.")
                     .arg(arguments.join(QLatin1Char(' ')))
                     .arg(kTimeoutMs / 1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        // The last line of a Python traceback is the exception: the part that says why.
        const QStringList lines = QString::fromUtf8(process.readAllStandardError())
                                      .trimmed()
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        *error = tr("manage.py %1 failed: %2")
                     .arg(arguments.join(QLatin1Char(' ')),
                          lines.isEmpty() ? tr("exit code %1").arg(process.exitCode())
                                          : lines.last().trimmed());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

std::vector<ManagePy::PlanEntry> ManagePy::parsePlan(const QString& output)
{
    // "[X]  accounts.0001_initial" or "[ ]  ledger.0003_x" (dependencies, at verbosity 2, follow
    // after " ... (" and are ignored).
    static const QRegularExpression line(
        QStringLiteral(R"(^\[(X| )\]\s+([A-Za-z_][\w]*)\.([\w]+))"));
    std::vector<PlanEntry> plan;
    for (const QString& text : output.split(QLatin1Char('\n'))) {
        const auto match = line.match(text);
        if (match.hasMatch())
            plan.push_back({{match.captured(2), match.captured(3)},
                            match.captured(1) == QLatin1String("X")});
    }
    return plan;
}

std::optional<std::vector<ManagePy::PlanEntry>> ManagePy::showMigrationsPlan(QString* error) const
{
    const auto output = run({QStringLiteral("showmigrations"), QStringLiteral("--plan"),
                             QStringLiteral("--no-color")},
                            error);
    if (!output)
        return std::nullopt;
    return parsePlan(*output);
}

std::optional<QString> ManagePy::sqlMigrate(const MigrationKey& migration, QString* error) const
{
    return run({QStringLiteral("sqlmigrate"), QStringLiteral("--no-color"), migration.first,
                migration.second},
               error);
}

} // namespace migdesk::core
