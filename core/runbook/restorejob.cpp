// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/restorejob.h"

#include "common/units.h"
#include "connection/libpqenvironment.h"
#include "connection/pgconnection.h"
#include "runbook/backupverifier.h"
#include "runbook/databaserunlock.h"
#include "runbook/pgtools.h"
#include "runbook/poolerguard.h"
#include "runbook/streamedprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace migdesk::core {

namespace {

const QString kApplicationName = QStringLiteral("migdesk-restore");

StepResult finished(StepResult result, const QElapsedTimer& clock)
{
    result.seconds = double(clock.elapsed()) / 1000.0;
    return result;
}

// Every user schema of the target as DROP SCHEMA ... CASCADE statements, identifiers quoted by
// the server (format %I), plus the public schema recreated empty, since a dump of PostgreSQL 15
// assumes it exists. Read before the restore; the drops run inside its transaction. migdesk's
// run history mirror stays: backups leave it out, and a rollback must not erase what was run.
constexpr auto kDropUserSchemas = R"(
SELECT coalesce(string_agg(format('DROP SCHEMA %I CASCADE;', nspname), ' ' ORDER BY nspname), '')
       || ' CREATE SCHEMA IF NOT EXISTS public;'
  FROM pg_namespace
 WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' AND nspname <> 'migdesk'
)";

bool isPlainDump(const QString& path)
{
    const QFileInfo info(path);
    return info.isFile() && info.suffix().compare(QLatin1String("sql"), Qt::CaseInsensitive) == 0;
}

} // namespace

StepResult RestoreJob::restoreVerified(const QString& pgRestore, const ConnInfo& info,
                                       const std::optional<QString>& password,
                                       const QString& archive, const QStringList& options, int jobs,
                                       const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("restore");
    result.started = QDateTime::currentDateTime();
    jobs = qMax(1, jobs);

    QString error;
    const auto entries = BackupVerifier::tableOfContents(pgRestore, archive, ctx, &error);
    if (!entries) {
        result.outcome =
            ctx.cancel.isCancelled() ? StepResult::Outcome::Cancelled : StepResult::Outcome::Failed;
        ctx.log.write(error);
        result.sentence = tr("pg_restore cannot read %1").arg(archive);
        return finished(result, clock);
    }
    const qint64 total = entries->size();
    result.report = RestoreReport{{}, {}, jobs, {}, total};

    QStringList arguments = options;
    arguments << QStringLiteral("--no-password") << QStringLiteral("--verbose")
              << QStringLiteral("--exit-on-error");
    if (jobs == 1) {
        // One transaction: when anything fails (or the restore is cancelled) the server rolls
        // everything back, the objects --clean dropped included, so a failed restore leaves the
        // database exactly as it was.
        arguments << QStringLiteral("--single-transaction");
    } else {
        arguments << QStringLiteral("--jobs") << QString::number(jobs);
    }
    // The conninfo puts pg_restore into "restore into a database" mode; it never holds the
    // password (toConninfoString leaves it out), which travels in PGPASSWORD.
    arguments << QStringLiteral("--dbname") << info.toConninfoString() << archive;
    ctx.log.write(QStringLiteral("%1 %2").arg(pgRestore, arguments.join(QLatin1Char(' '))));

    // Each TOC entry pg_restore works through prints one of these in --verbose; "dropping"
    // (from --clean) and the parallel leader's "launching item" lines repeat entries already
    // counted and are only logged.
    static const QRegularExpression entryLine(
        QStringLiteral("^pg_restore: (creating |processing data for table |executing )"));
    qint64 done = 0;
    QString firstError;
    const auto outcome = StreamedProcess::run(
        pgRestore, arguments, libpqEnvironment(info, password, kApplicationName), ctx.cancel,
        [&](StreamedProcess::Channel, const QString& line) {
            ctx.log.write(line);
            if (firstError.isEmpty() && line.contains(QLatin1String("error:")))
                firstError = line.section(QLatin1String("error:"), 1).trimmed();
            if (entryLine.match(line).hasMatch()) {
                done = qMin(done + 1, total);
                const double elapsed = double(clock.elapsed()) / 1000.0;
                ctx.report(StepProgress{
                    done, total, line.section(QLatin1String(": "), 1).trimmed(), elapsed,
                    done > 0 ? elapsed * double(total - done) / double(done) : -1});
            }
        });

    if (outcome.cancelled) {
        result.outcome = StepResult::Outcome::Cancelled;
        result.sentence = tr("pg_restore was stopped");
        return finished(result, clock);
    }
    if (!outcome.succeeded()) {
        result.outcome = StepResult::Outcome::Failed;
        result.sentence =
            !outcome.started
                ? tr("pg_restore at %1 did not start: %2").arg(pgRestore, outcome.startError)
            : !firstError.isEmpty() ? tr("pg_restore failed: %1").arg(firstError)
            : !outcome.lastErrorLine.isEmpty()
                ? tr("pg_restore failed: %1").arg(outcome.lastErrorLine)
                : tr("pg_restore failed with exit code %1").arg(outcome.exitCode);
        return finished(result, clock);
    }
    ctx.report(StepProgress{total, total, tr("Restored"), double(clock.elapsed()) / 1000.0, 0});
    return finished(result, clock);
}

StepResult RestoreJob::restoreReplacingSchemas(const PgTools& tools, const ConnInfo& info,
                                               const std::optional<QString>& password,
                                               const QString& archive, const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("restore");
    result.started = QDateTime::currentDateTime();
    auto failed = [&](const QString& sentence) {
        result.outcome =
            ctx.cancel.isCancelled() ? StepResult::Outcome::Cancelled : StepResult::Outcome::Failed;
        result.sentence = sentence;
        return finished(result, clock);
    };
    const PgTools::Tool pgRestore = tools.find(QStringLiteral("pg_restore"), 0);
    const PgTools::Tool psql = tools.find(QStringLiteral("psql"), 0);
    if (!psql.usable())
        return failed(psql.problem);
    QString preamble;
    {
        PgConnection connection;
        if (auto error = connection.open(info, password, SessionPolicy::inspection()))
            return failed(error->sentence());
        if (const QString refused = PoolerGuard::refusal(connection, tr("the restore"));
            !refused.isEmpty())
            return failed(refused);
        const auto drops = connection.exec(QString::fromLatin1(kDropUserSchemas));
        if (!drops)
            return failed(drops.error().sentence());
        preamble = drops->value(0, 0).toString();
    }
    QString tocError;
    const auto entries = BackupVerifier::tableOfContents(pgRestore.path, archive, ctx, &tocError);
    const qint64 total = entries ? qint64(entries->size()) : -1;
    result.report = RestoreReport{{}, {}, 1, {}, total};
    // psql runs the transaction and migdesk writes its input: BEGIN and the drops, then
    // pg_restore's script as it comes, and COMMIT only once pg_restore has exited 0. psql alone
    // (--single-transaction, or a pipe from pg_restore) would commit whatever it had read when
    // pg_restore died: a cut stream ends a COPY early and still commits, leaving the user
    // schemas dropped and half the backup loaded. On any failure or cancel psql is killed
    // first, so the server rolls the transaction back with the connection.
    const QStringList loadArguments{QStringLiteral("-X"),
                                    QStringLiteral("-q"),
                                    QStringLiteral("--no-password"),
                                    QStringLiteral("-v"),
                                    QStringLiteral("ON_ERROR_STOP=1"),
                                    QStringLiteral("-f"),
                                    QStringLiteral("-"),
                                    QStringLiteral("--dbname"),
                                    info.toConninfoString()};
    ctx.log.write(tr("In one transaction, committed only once pg_restore has exited 0: %1 then the "
                     "backup.")
                      .arg(preamble));
    ctx.log.write(
        QStringLiteral("%1 --clean --if-exists --verbose -f - %2 | %3 %4")
            .arg(pgRestore.path, archive, psql.path, loadArguments.join(QLatin1Char(' '))));

    const QProcessEnvironment environment = libpqEnvironment(info, password, kApplicationName);
    QProcess dump;
    QProcess load;
    dump.setProcessEnvironment(environment);
    load.setProcessEnvironment(environment);
    load.setProcessChannelMode(QProcess::MergedChannels);
    load.start(psql.path, loadArguments);
    dump.start(pgRestore.path,
               {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                QStringLiteral("--verbose"), QStringLiteral("-f"), QStringLiteral("-"), archive});
    const auto stopBoth = [&] {
        load.kill();
        load.waitForFinished();
        dump.kill();
        dump.waitForFinished();
    };
    if (!load.waitForStarted() || !dump.waitForStarted()) {
        const QString why = tr("psql or pg_restore did not start: %1 %2")
                                .arg(load.errorString(), dump.errorString());
        stopBoth();
        return failed(why);
    }
    load.write(QByteArrayLiteral("BEGIN;\n") + preamble.toUtf8() + '\n');
    QString firstError;
    QString buffer;
    auto readLines = [&] {
        buffer += QString::fromUtf8(load.readAll());
        qsizetype end;
        while ((end = buffer.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = buffer.left(end).trimmed();
            buffer.remove(0, end + 1);
            if (line.isEmpty())
                continue;
            ctx.log.write(line);
            if (firstError.isEmpty() && line.contains(QLatin1String("ERROR:")))
                firstError = line.section(QLatin1String("ERROR:"), 1).trimmed();
        }
    };
    // pg_restore's --verbose lines (stderr) say which TOC entry the script has reached.
    static const QRegularExpression entryLine(
        QStringLiteral("^pg_restore: (creating |processing data for table |executing )"));
    qint64 done = 0;
    QString dumpBuffer;
    QString dumpErrors;
    auto readDumpLines = [&] {
        dumpBuffer += QString::fromUtf8(dump.readAllStandardError());
        qsizetype end;
        while ((end = dumpBuffer.indexOf(QLatin1Char('\n'))) >= 0) {
            const QString line = dumpBuffer.left(end).trimmed();
            dumpBuffer.remove(0, end + 1);
            if (line.isEmpty())
                continue;
            ctx.log.write(line);
            if (line.contains(QLatin1String("error:")))
                dumpErrors = line;
            if (entryLine.match(line).hasMatch()) {
                done = total > 0 ? qMin(done + 1, total) : done + 1;
                const double elapsed = double(clock.elapsed()) / 1000.0;
                ctx.report(StepProgress{
                    done, total, line.section(QLatin1String(": "), 1).trimmed(), elapsed,
                    total > 0 && done > 0 ? elapsed * double(total - done) / double(done) : -1});
            }
        }
    };
    // psql's input is held to a few megabytes: pg_restore waits while psql catches up.
    constexpr qint64 kMaxPendingBytes = 8 << 20;
    const auto relay = [&] {
        const QByteArray script = dump.readAllStandardOutput();
        if (!script.isEmpty())
            load.write(script);
        while (load.bytesToWrite() > kMaxPendingBytes && load.state() == QProcess::Running &&
               !ctx.cancel.isCancelled()) {
            load.waitForBytesWritten(50);
            readLines();
        }
    };
    bool cancelled = false;
    bool committed = false;
    while (load.state() != QProcess::NotRunning) {
        if (ctx.cancel.isCancelled()) {
            cancelled = true;
            break;
        }
        // Without an event loop each process is read only while it is waited on.
        if (dump.state() != QProcess::NotRunning) {
            dump.waitForReadyRead(50);
            relay();
        } else if (!committed) {
            relay();
            if (dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0)
                break;
            load.write(QByteArrayLiteral("COMMIT;\n"));
            load.closeWriteChannel();
            committed = true;
        } else {
            load.waitForReadyRead(50);
        }
        readLines();
        readDumpLines();
    }
    // Killed before anything else: psql's connection ends and its transaction with it.
    if (load.state() != QProcess::NotRunning)
        load.kill();
    load.waitForFinished();
    if (dump.state() != QProcess::NotRunning)
        dump.kill();
    dump.waitForFinished();
    readLines();
    readDumpLines();
    if (cancelled)
        return failed(tr("pg_restore was stopped"));
    if (!committed || load.exitStatus() != QProcess::NormalExit || load.exitCode() != 0 ||
        dump.exitStatus() != QProcess::NormalExit || dump.exitCode() != 0) {
        const QString dumpEnd = dump.exitStatus() != QProcess::NormalExit
                                    ? tr("pg_restore was killed before the end of the backup")
                                    : tr("pg_restore exit code %1").arg(dump.exitCode());
        return failed(tr("pg_restore failed: %1")
                          .arg(!firstError.isEmpty()   ? firstError
                               : !dumpErrors.isEmpty() ? dumpErrors
                               : !committed            ? dumpEnd
                                            : tr("psql exit code %1").arg(load.exitCode())));
    }
    if (total > 0)
        ctx.report(StepProgress{total, total, tr("Restored"), double(clock.elapsed()) / 1000.0, 0});
    return finished(result, clock);
}

StepResult RestoreJob::run(const RunbookTarget& target, const QString& backupPath,
                           const RestoreOptions& options, const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("restore");
    result.started = QDateTime::currentDateTime();
    RestoreReport report{backupPath, target.database(), qMax(1, options.jobs), {}, {}};
    result.report = report;

    if (isPlainDump(backupPath)) {
        result.outcome = StepResult::Outcome::Failed;
        result.sentence = tr("%1 is a plain SQL dump, which pg_restore cannot read: restore it by "
                             "hand with psql, or choose the custom or directory-format backup "
                             "beside it.")
                              .arg(backupPath);
        return finished(result, clock);
    }

    const PgTools tools(target.pgBinDir);
    QString error;
    const auto metadata = BackupVerifier::verify(backupPath, tools, ctx, &error);
    if (!metadata) {
        result.outcome =
            ctx.cancel.isCancelled() ? StepResult::Outcome::Cancelled : StepResult::Outcome::Failed;
        result.sentence =
            ctx.cancel.isCancelled()
                ? tr("The restore was cancelled while the backup was checked; the database was not "
                     "touched.")
                : tr("Refused before touching the database: %1").arg(error);
        ctx.log.write(result.sentence);
        return finished(result, clock);
    }
    const QString metadataPath = BackupVerifier::metadataPathFor(backupPath);
    const QString archive = QFileInfo(metadataPath).absoluteDir().filePath(metadata->mainName());
    report.metadataPath = metadataPath;
    result.report = report;
    if (metadata->database != target.database()) {
        ctx.log.write(tr("The backup was taken of %1 and is restored into %2.")
                          .arg(metadata->database, target.database()));
    }

    DatabaseRunLock runLock;
    if (const QString refused =
            runLock.acquire(target.connection, tr("the restore"),
                            QStringLiteral("restore %1").arg(QCoreApplication::applicationPid()));
        !refused.isEmpty()) {
        result.outcome = StepResult::Outcome::Failed;
        result.sentence = refused;
        ctx.log.write(refused);
        return finished(result, clock);
    }
    const bool atomic = options.jobs <= 1;
    if (!atomic) {
        ctx.log.write(tr("A parallel restore (%n job(s)) is not atomic: if it fails or is "
                         "cancelled part way, the database is left partly restored.",
                         nullptr, options.jobs));
    }
    const PgTools::Tool pgRestore = tools.find(QStringLiteral("pg_restore"), 0);
    const StepResult restored =
        atomic
            ? restoreReplacingSchemas(tools, target.connection.info, target.connection.password,
                                      archive, ctx)
            : restoreVerified(pgRestore.path, target.connection.info, target.connection.password,
                              archive, {QStringLiteral("--clean"), QStringLiteral("--if-exists")},
                              options.jobs, ctx);
    result.outcome = restored.outcome;
    if (const RestoreReport* part = restored.restore())
        report.tocEntries = part->tocEntries;
    result.report = report;
    switch (restored.outcome) {
    case StepResult::Outcome::Succeeded:
    case StepResult::Outcome::Skipped:
        result.sentence =
            tr("Restored %1 (taken %2) into %3 in %4.")
                .arg(QFileInfo(archive).fileName(),
                     QLocale().toString(metadata->timestamp, QLocale::ShortFormat),
                     target.database(), formatDuration(double(clock.elapsed()) / 1000.0));
        break;
    case StepResult::Outcome::Cancelled:
        result.sentence =
            atomic ? tr("The restore was cancelled; it ran in one transaction, so %1 is as it was "
                        "before.")
                         .arg(target.database())
                   : tr("The restore was cancelled part way; a parallel restore is not atomic, so "
                        "%1 is "
                        "partly restored: restore again before using it.")
                         .arg(target.database());
        break;
    case StepResult::Outcome::Failed:
        result.sentence =
            atomic
                ? tr("%1; it ran in one transaction, so %2 was left as it was: fix the cause and "
                     "restore again.")
                      .arg(restored.sentence, target.database())
                : tr("%1; a parallel restore is not atomic, so %2 may be partly restored: fix the "
                     "cause and restore again, or restore with one job.")
                      .arg(restored.sentence, target.database());
        break;
    }
    ctx.log.write(result.sentence);
    return finished(result, clock);
}

} // namespace migdesk::core
