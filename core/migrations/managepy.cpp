// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/managepy.h"

#include "connection/libpqenvironment.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace migdesk::core {

namespace {

constexpr int kTimeoutMs = 120'000;

} // namespace

ManagePy::ManagePy(QString managePy, QString python, const ConnInfo& target,
                   const std::optional<QString>& password, const QString& applicationName)
    : m_managePy(std::move(managePy)), m_python(std::move(python)),
      m_environment(djangoEnvironment(target, password, applicationName))
{
}

void ManagePy::makeSessionsReadOnly()
{
    const QString readOnly = QStringLiteral("-c default_transaction_read_only=on");
    const QString given = m_environment.value(QStringLiteral("PGOPTIONS"));
    m_environment.insert(QStringLiteral("PGOPTIONS"),
                         given.isEmpty() ? readOnly : given + QLatin1Char(' ') + readOnly);
    // read-write would now refuse every server, the primary too (its sessions start read-only);
    // "primary" picks the same server by whether it is in recovery.
    const QString attributes = QStringLiteral("PGTARGETSESSIONATTRS");
    if (m_environment.value(attributes) == QLatin1String("read-write"))
        m_environment.insert(attributes, QStringLiteral("primary"));
}

QString ManagePy::identityQuery()
{
    return QStringLiteral("SELECT current_database(), "
                          "extract(epoch FROM pg_postmaster_start_time())::text, "
                          "current_setting('server_version_num')");
}

std::optional<ManagePy::DatabaseIdentity> ManagePy::databaseIdentity(QString* error) const
{
    // One marked line of JSON, so that whatever the settings module prints is passed over.
    const QString code =
        QStringLiteral(
            "import json\n"
            "from django.db import connection\n"
            "with connection.cursor() as cursor:\n"
            "    cursor.execute(\"%1\")\n"
            "    print('MIGDESK-IDENTITY ' + json.dumps([str(v) for v in cursor.fetchone()]))\n")
            .arg(identityQuery());
    const auto output = run({QStringLiteral("shell"), QStringLiteral("-c"), code}, error);
    if (!output)
        return std::nullopt;
    for (const QString& line : output->split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("MIGDESK-IDENTITY ")))
            continue;
        const QJsonArray values =
            QJsonDocument::fromJson(line.mid(int(qstrlen("MIGDESK-IDENTITY "))).toUtf8()).array();
        if (values.size() == 3)
            return DatabaseIdentity{values[0].toString(), values[1].toString(),
                                    values[2].toString()};
    }
    *error = tr("manage.py shell did not say which database Django connects to.");
    return std::nullopt;
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
            plan.push_back(
                {{match.captured(2), match.captured(3)}, match.captured(1) == QLatin1String("X")});
    }
    return plan;
}

std::optional<std::vector<ManagePy::PlanEntry>> ManagePy::showMigrationsPlan(QString* error) const
{
    const auto output = run(
        {QStringLiteral("showmigrations"), QStringLiteral("--plan"), QStringLiteral("--no-color")},
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

std::optional<QString> ManagePy::sqlMigrateBackwards(const MigrationKey& migration,
                                                     QString* error) const
{
    return run({QStringLiteral("sqlmigrate"), QStringLiteral("--no-color"),
                QStringLiteral("--backwards"), migration.first, migration.second},
               error);
}

std::optional<std::pair<int, QString>> ManagePy::runCombined(const QStringList& arguments,
                                                             QString* error) const
{
    const QFileInfo script(m_managePy);
    if (!script.isFile()) {
        *error = tr("%1 does not exist. Point migdesk at the project's manage.py.").arg(m_managePy);
        return std::nullopt;
    }
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(script.absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
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
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return std::pair{exitCode, QString::fromUtf8(process.readAll())};
}

std::optional<ManagePy::CheckReport> ManagePy::parseCheck(int exitCode, const QString& output)
{
    // "catalog.Broken.code: (fields.E120) CharFields must define a 'max_length' attribute."
    // followed by an optional "\tHINT: ..." line; the closing line is "System check identified
    // no issues (0 silenced)." or "... identified 2 issues (0 silenced).".
    static const QRegularExpression issue(QStringLiteral(R"(^\S.*: \(\w+\.([A-Z])\d+\) .+$)"));
    static const QRegularExpression hint(QStringLiteral(R"(^\s+HINT: (.+)$)"));
    CheckReport report;
    report.passed = exitCode == 0;
    bool summarised = false;
    QStringList* last = nullptr;
    for (const QString& text : output.split(QLatin1Char('\n'))) {
        const QString line = text.trimmed().isEmpty() ? QString() : text;
        if (line.startsWith(QLatin1String("System check identified")))
            summarised = true;
        if (const auto match = issue.match(line); match.hasMatch()) {
            const QString level = match.captured(1);
            last = level == QLatin1String("E") || level == QLatin1String("C") ? &report.errors
                                                                              : &report.warnings;
            last->append(line.trimmed());
        } else if (const auto hinted = hint.match(line); hinted.hasMatch() && last) {
            last->last() += QStringLiteral(" — ") + hinted.captured(1).trimmed();
        } else {
            last = nullptr;
        }
    }
    // A traceback without a summary line means the checks never ran.
    if (!summarised && report.errors.isEmpty())
        return std::nullopt;
    return report;
}

std::optional<ManagePy::CheckReport> ManagePy::check(QString* error) const
{
    const QStringList arguments{QStringLiteral("check"), QStringLiteral("--database"),
                                QStringLiteral("default"), QStringLiteral("--no-color")};
    const auto output = runCombined(arguments, error);
    if (!output)
        return std::nullopt;
    if (auto report = parseCheck(output->first, output->second))
        return report;
    // The exception Python ends with is the part that says why: its "Type: message" line and
    // the indented lines that continue the message.
    static const QRegularExpression exceptionLine(QStringLiteral(R"(^[A-Za-z_][\w.]*: .+$)"));
    const QStringList lines = output->second.split(QLatin1Char('\n'));
    QString reason;
    for (int i = int(lines.size()) - 1; i >= 0 && reason.isEmpty(); --i) {
        if (!exceptionLine.match(lines.at(i)).hasMatch())
            continue;
        reason = lines.at(i).trimmed();
        for (int j = i + 1; j < lines.size() && lines.at(j).startsWith(QLatin1Char('\t')); ++j)
            reason += QLatin1Char(' ') + lines.at(j).trimmed();
    }
    if (reason.isEmpty()) {
        const QStringList nonEmpty =
            output->second.trimmed().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        reason =
            nonEmpty.isEmpty() ? tr("exit code %1").arg(output->first) : nonEmpty.last().trimmed();
    }
    *error = tr("manage.py %1 could not run the checks: %2")
                 .arg(arguments.mid(0, 3).join(QLatin1Char(' ')), reason);
    return std::nullopt;
}

} // namespace migdesk::core
