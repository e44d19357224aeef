// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/djangomigrateprocess.h"

#include "connection/libpqenvironment.h"
#include "connection/pgconnection.h"
#include "runbook/writesession.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace migdesk::core {

namespace {

// Signals every backend of the run (found by its application_name) to cancel its statement.
// This connection itself carries migdesk's inspection name, so it is never among them.
constexpr auto kCancelRunBackends = R"(
SELECT pid, pg_cancel_backend(pid) AS signalled
FROM pg_stat_activity
WHERE application_name = $1 AND pid <> pg_backend_pid())";

// After the cancel, Django gets the error, rolls back and exits on its own; these are how long
// it is given before SIGTERM, and then before SIGKILL.
constexpr int kExitAfterCancelMs = 5'000;
constexpr int kExitAfterTerminateMs = 3'000;
constexpr int kReadPollMs = 100;

// Server and libpq messages that mean the connection went away (psycopg2 passes libpq's text).
const char* const kConnectionLost[] = {
    "server closed the connection unexpectedly",
    "terminating connection",
    "could not connect to server",
    "Connection refused",
    "SSL connection has been closed unexpectedly",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "no connection to the server",
};

// The timing runner shipped in the core library's resources (qt_add_resources in
// execute_sources.cmake links its object into every user of migdesk_core, so no
// Q_INIT_RESOURCE), and the variable that tells it where to write.
const auto kTimerResource = ":/runbook/djangostatementtimer.py";
const auto kStatementsFileVariable = "MIGDESK_STATEMENTS_FILE";

QString lineText(const QByteArray& raw)
{
    QString line = QString::fromUtf8(raw);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// The runner as a file Python can run, in `dir`; empty if it cannot be written.
QString writeTimer(const QTemporaryDir& dir)
{
    if (!dir.isValid())
        return {};
    const QString path = dir.filePath(QStringLiteral("djangostatementtimer.py"));
    if (!QFile::copy(QString::fromLatin1(kTimerResource), path))
        return {};
    return path;
}

// What the runner wrote, one JSON object a line. A process killed mid-write leaves its last
// line cut off, and that line is skipped like any other that does not parse.
std::vector<StatementTiming> readStatements(const QString& path)
{
    std::vector<StatementTiming> statements;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return statements;
    while (!file.atEnd()) {
        QJsonParseError error;
        const QJsonDocument line = QJsonDocument::fromJson(file.readLine(), &error);
        if (error.error != QJsonParseError::NoError || !line.isObject())
            continue;
        StatementTiming timing = StatementTiming::fromJson(line.object());
        timing.sql = StatementTiming::clipped(timing.sql);
        timing.line = 0;
        StatementTiming::append(statements, std::move(timing));
    }
    return statements;
}

} // namespace

int DjangoMigrateProcess::cancelBackends(const ConnectionTarget& target,
                                         const QString& applicationName, QString* error)
{
    PgConnection connection;
    if (const auto failed =
            connection.open(target.info, target.password, SessionPolicy::inspection())) {
        *error = failed->sentence();
        return -1;
    }
    const auto result = connection.exec(QString::fromLatin1(kCancelRunBackends), {applicationName});
    if (!result) {
        *error = result.error().sentence();
        return -1;
    }
    int signalled = 0;
    for (int i = 0; i < result->rowCount(); ++i)
        signalled += result->toBool(i, QStringLiteral("signalled")) ? 1 : 0;
    return signalled;
}

MigrationAttempt DjangoMigrateProcess::classify(const QStringList& output)
{
    // The last line of a Python traceback names the exception and says why:
    // "django.db.utils.OperationalError: canceling statement due to lock timeout".
    static const QRegularExpression exception(
        QStringLiteral(R"(^([A-Za-z_][\w.]*(Error|Exception)|CommandError)\b.*:\s*\S)"));
    QString reason;
    for (auto line = output.crbegin(); line != output.crend(); ++line) {
        if (exception.match(*line).hasMatch()) {
            reason = line->trimmed();
            break;
        }
    }
    if (reason.isEmpty()) {
        for (auto line = output.crbegin(); line != output.crend() && reason.isEmpty(); ++line)
            reason = line->trimmed();
    }
    const QString all = output.join(QLatin1Char('\n'));
    if (all.contains(QLatin1String("due to lock timeout")) ||
        all.contains(QLatin1String("LockNotAvailable")))
        return {MigrationAttempt::Kind::LockTimeout, reason, {}};
    for (const char* text : kConnectionLost) {
        if (all.contains(QLatin1String(text)))
            return {MigrationAttempt::Kind::ConnectionLost, reason, {}};
    }
    return {MigrationAttempt::Kind::Failed, reason, {}};
}

MigrationAttempt DjangoMigrateProcess::run(const RunbookTarget& target, const MigrationKey& to,
                                           const QString& applicationName,
                                           const WritePolicy& policy, const StepContext& ctx)
{
    const QFileInfo managePy(target.managePy);
    if (!managePy.isFile()) {
        return {
            MigrationAttempt::Kind::Failed,
            tr("%1 does not exist. Point migdesk at the project's manage.py.").arg(target.managePy),
            {}};
    }
    QProcessEnvironment environment =
        djangoEnvironment(target.connection.info, target.connection.password, applicationName,
                          WriteSession::processOptions(policy));
    // Unbuffered, so that each line reaches the log when Django prints it, not at exit.
    environment.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));

    QStringList arguments{managePy.absoluteFilePath(),
                          QStringLiteral("migrate"),
                          to.first,
                          to.second,
                          QStringLiteral("--verbosity"),
                          QStringLiteral("2"),
                          QStringLiteral("--no-input"),
                          QStringLiteral("--no-color")};
    // manage.py runs inside migdesk's runner, which hooks Django's cursor to time each
    // statement of the migration and write it to `statementsFile`. The directory holds both
    // for this run only and goes with them when the run returns.
    const QTemporaryDir timerDir;
    const QString timer = writeTimer(timerDir);
    QString statementsFile;
    if (!timer.isEmpty()) {
        statementsFile = timerDir.filePath(QStringLiteral("statements.jsonl"));
        environment.insert(QString::fromLatin1(kStatementsFileVariable), statementsFile);
        arguments.prepend(timer);
        ctx.log.write(tr("Running %1 manage.py migrate %2 %3 --verbosity 2 --no-input, through "
                         "migdesk's wrapper, which times each SQL statement Django sends")
                          .arg(target.python, to.first, to.second));
    } else {
        ctx.log.write(tr("Running %1 manage.py migrate %2 %3 --verbosity 2 --no-input (its "
                         "statements are not timed: migdesk's wrapper could not be written to "
                         "a temporary folder)")
                          .arg(target.python, to.first, to.second));
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(managePy.absolutePath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(target.python, arguments);
    if (!process.waitForStarted()) {
        return {MigrationAttempt::Kind::Failed,
                tr("Cannot run %1: %2. Check the Python interpreter's path.")
                    .arg(target.python, process.errorString()),
                {}};
    }

    QStringList output;
    const auto drain = [&](bool all) {
        while (process.canReadLine() || (all && process.bytesAvailable() > 0)) {
            const QString line =
                lineText(process.canReadLine() ? process.readLine() : process.readAll());
            output << line;
            if (!line.trimmed().isEmpty())
                ctx.log.write(QStringLiteral("manage.py: %1").arg(line));
        }
    };
    bool cancelled = false;
    bool terminated = false;
    QDeadlineTimer escalate(QDeadlineTimer::Forever);
    while (process.state() != QProcess::NotRunning) {
        if (!cancelled && ctx.cancel.isCancelled()) {
            cancelled = true;
            QString error;
            const int signalled = cancelBackends(target.connection, applicationName, &error);
            if (signalled < 0) {
                ctx.log.write(tr("Cancelling: the backend could not be signalled (%1); stopping "
                                 "manage.py instead.")
                                  .arg(error));
                escalate.setRemainingTime(0);
            } else {
                ctx.log.write(tr("Cancelling: pg_cancel_backend() sent to %n session(s) of %1.",
                                 nullptr, signalled)
                                  .arg(applicationName));
                escalate.setRemainingTime(kExitAfterCancelMs);
            }
        }
        if (cancelled && escalate.hasExpired()) {
            if (!terminated) {
                ctx.log.write(tr("manage.py is still running; terminating it (the server rolls "
                                 "back its open transaction)."));
                process.terminate();
                terminated = true;
                escalate.setRemainingTime(kExitAfterTerminateMs);
            } else {
                process.kill();
                escalate = QDeadlineTimer(QDeadlineTimer::Forever);
            }
        }
        process.waitForReadyRead(kReadPollMs);
        drain(false);
    }
    process.waitForFinished();
    drain(true);

    // Read whichever way the process ended: a failed, cancelled or killed run leaves the
    // statements up to the one it stopped on.
    std::vector<StatementTiming> statements = readStatements(statementsFile);
    const bool exitedCleanly =
        process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    // The slowest statement is logged by the executor and the reverter, for SQL folders and
    // Django alike, once the attempt that counted is known.
    if (exitedCleanly)
        return {MigrationAttempt::Kind::Succeeded, {}, std::move(statements)};
    if (cancelled)
        return {MigrationAttempt::Kind::Cancelled, classify(output).reason, std::move(statements)};
    MigrationAttempt attempt = classify(output);
    attempt.statements = std::move(statements);
    if (attempt.reason.isEmpty()) {
        attempt.reason = process.exitStatus() == QProcess::NormalExit
                             ? tr("manage.py exited with code %1").arg(process.exitCode())
                             : tr("manage.py crashed");
    }
    return attempt;
}

} // namespace migdesk::core
