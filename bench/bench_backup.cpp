// SPDX-License-Identifier: GPL-3.0-or-later
// The backup on the demo database scaled past 1 GB, side by side with what a DBA runs today,
// and the settings migdesk's default was chosen from:
//  - a bare `pg_dump -Fc -f FILE` at pg_dump's default compression and at -Z1;
//  - migdesk's BackupJob (one pg_dump, SHA-256 while writing, pg_restore --list, metadata) at
//    its default (custom, level 1), at levels 6 and 0, and in directory format with a job per core;
//  - the runbook's backup-database.sh: a plain dump (--clean --create --if-exists), a custom
//    dump at --compress=9, then md5sum of both.
// All run in turn, RUNS times (default 3, first argument), after one warm-up dump; medians are
// printed with their ratio to pg_dump's default and to a bare dump at migdesk's level. Targets:
// migdesk's default <= 0.2x the runbook and <= 1.2x a bare pg_dump at the same settings.
#include "benchsupport.h"
#include "cluster/demodatabase.h"
#include "common/units.h"
#include "connection/libpqenvironment.h"
#include "runbook/backupjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <functional>

using namespace migdesk;

namespace {

const QString kDatabase = QStringLiteral("prs");

// Doubles the ledger (new ids, a year later) until the database passes the target size; as the
// superuser with triggers off, so the foreign keys are not re-checked for rows copied from
// rows that satisfy them.
constexpr auto kDoubleLedger = R"(
SET session_replication_role = replica;
INSERT INTO ledger_ledgerentry (id, direction, amount, posted_at, description, legacy_batch_code,
                                account_id, currency_id, invoice_id, payment_id, period_id)
SELECT id + (SELECT max(id) FROM ledger_ledgerentry), direction, amount, posted_at + interval '1 year',
       description, legacy_batch_code, account_id, currency_id, invoice_id, payment_id, period_id
FROM ledger_ledgerentry;)";

qint64 databaseBytes(const core::ThrowawayCluster& cluster)
{
    core::PgConnection connection;
    if (auto failed = connection.open(cluster.connInfo(kDatabase), std::nullopt,
                                      core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    const auto rows =
        connection.exec(QStringLiteral("SELECT pg_database_size(current_database()) AS bytes"));
    if (!rows)
        bench::fail(rows.error().sentence());
    return rows->toInt64(0, QStringLiteral("bytes"));
}

void runProgram(const QString& program, const QStringList& arguments,
                const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        bench::fail(QStringLiteral("%1 %2 failed").arg(program, arguments.join(QLatin1Char(' '))));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    core::ThrowawayCluster cluster(
        {QStringLiteral("bench_backup"),
         false,
         {QStringLiteral("shared_buffers=512MB"), QStringLiteral("max_wal_size=8GB")}});
    QString error;
    if (!cluster.start(&error))
        bench::fail(error);
    std::printf("loading the demo database and doubling its ledger past 1 GB...\n");
    if (!core::DemoDatabase::create(cluster, &error))
        bench::fail(error);
    while (databaseBytes(cluster) < (qint64(1) << 30)) {
        if (!cluster.execute(QString::fromLatin1(kDoubleLedger), &error, kDatabase))
            bench::fail(error);
    }
    if (!cluster.execute(QStringLiteral("VACUUM ANALYZE"), &error, kDatabase))
        bench::fail(error);
    core::PgConnection inspection;
    if (auto failed = inspection.open(cluster.connInfo(kDatabase), std::nullopt,
                                      core::SessionPolicy::inspection()))
        bench::fail(failed->sentence());
    const auto tableBytes = core::BackupJob::estimateDumpBytes(inspection);
    if (!tableBytes)
        bench::fail(tableBytes.error().sentence());
    const qint64 totalBytes = databaseBytes(cluster);
    std::printf("database %s (tables without indexes %s), %d CPU cores, %d run(s) each\n",
                qPrintable(core::formatBytes(totalBytes)),
                qPrintable(core::formatBytes(*tableBytes)), QThread::idealThreadCount(), runs);

    const QString bin = core::ThrowawayCluster::serverBinDir();
    const QString pgDump = bin + QStringLiteral("/pg_dump");
    const QProcessEnvironment environment =
        core::libpqEnvironment(cluster.connInfo(kDatabase), std::nullopt);
    QTemporaryDir work;
    const auto file = [&](const QString& name) { return work.filePath(name); };

    core::RunbookTarget target;
    target.connection.info = cluster.connInfo(kDatabase);
    target.pgBinDir = bin;

    // What each variant runs once; it returns the bytes it wrote.
    struct Variant
    {
        QString name;
        std::function<qint64()> run;
        std::vector<double> ms;
        qint64 bytes = 0;
    };
    const auto bareDump = [&](const QStringList& extra) {
        return [&, extra] {
            const QString out = file(QStringLiteral("bare.backup"));
            QFile::remove(out);
            runProgram(pgDump,
                       QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), out} + extra,
                       environment);
            return QFileInfo(out).size();
        };
    };
    const auto migdeskBackup = [&](core::BackupOptions::Format format, int jobs, int compression) {
        return [&, format, jobs, compression] {
            core::BackupOptions options;
            options.directory = file(QStringLiteral("migdesk"));
            options.format = format;
            options.jobs = jobs;
            options.compression = compression;
            QDir(options.directory).removeRecursively();
            core::RunLog log;
            core::CancelToken cancel;
            const core::StepResult result =
                core::BackupJob::run(target, options, {log, cancel, {}});
            if (!result.ok())
                bench::fail(result.sentence);
            qint64 bytes = 0;
            for (const QJsonValue& f : result.details.value(QStringLiteral("metadata"))
                                           .toObject()
                                           .value(QStringLiteral("files"))
                                           .toArray())
                bytes += f.toObject().value(QStringLiteral("bytes")).toInteger();
            return bytes;
        };
    };
    const auto runbookBackup = [&] {
        const QString sql = file(QStringLiteral("runbook.sql"));
        const QString custom = file(QStringLiteral("runbook.backup"));
        QFile::remove(sql);
        QFile::remove(custom);
        runProgram(pgDump,
                   {QStringLiteral("--verbose"), QStringLiteral("--clean"),
                    QStringLiteral("--create"), QStringLiteral("--if-exists"),
                    QStringLiteral("--format=plain"), QStringLiteral("--file=%1").arg(sql),
                    QStringLiteral("--no-password")},
                   environment);
        runProgram(pgDump,
                   {QStringLiteral("--verbose"), QStringLiteral("--format=custom"),
                    QStringLiteral("--compress=9"), QStringLiteral("--file=%1").arg(custom),
                    QStringLiteral("--no-password")},
                   environment);
        runProgram(QStringLiteral("md5sum"), {sql}, environment);
        runProgram(QStringLiteral("md5sum"), {custom}, environment);
        return QFileInfo(sql).size() + QFileInfo(custom).size();
    };
    using Format = core::BackupOptions::Format;
    const int cores = std::max(2, QThread::idealThreadCount());
    std::vector<Variant> variants{
        {QStringLiteral("bare `pg_dump -Fc` (its default, gzip level 6)"), bareDump({}), {}, 0},
        {QStringLiteral("bare `pg_dump -Fc -Z1`"), bareDump({QStringLiteral("-Z1")}), {}, 0},
        {QStringLiteral("**migdesk backup, default: custom, `--compress 1`**"),
         migdeskBackup(Format::Custom, 1, 1),
         {},
         0},
        {QStringLiteral("migdesk backup `--compress 6` (pg_dump's level)"),
         migdeskBackup(Format::Custom, 1, 6),
         {},
         0},
        {QStringLiteral("migdesk backup `--compress 0`"),
         migdeskBackup(Format::Custom, 1, 0),
         {},
         0},
        {QStringLiteral("migdesk backup `--format directory --jobs %1` (level 1)").arg(cores),
         migdeskBackup(Format::Directory, cores, 1),
         {},
         0},
        {QStringLiteral("the runbook: plain + custom at `--compress=9`, `md5sum` of both"),
         runbookBackup,
         {},
         0},
    };

    variants.front().run(); // warm-up: the database in the page cache
    for (int run = 0; run < runs; ++run) {
        std::printf("run %d:", run + 1);
        for (Variant& variant : variants) {
            variant.ms.push_back(bench::medianMs(1, [&] { variant.bytes = variant.run(); }));
            std::printf(" %.1f s", variant.ms.back() / 1000);
            std::fflush(stdout);
        }
        std::printf("\n");
    }

    const double defaultS = bench::median(variants[0].ms) / 1000;
    const double levelOneS = bench::median(variants[1].ms) / 1000;
    std::printf(
        "\n| demo database, %s, %d cores | seconds (median of %d) | files | to pg_dump's default "
        "| to bare `-Z1` |\n|---|---|---|---|---|\n",
        qPrintable(core::formatBytes(totalBytes)), QThread::idealThreadCount(), runs);
    for (const Variant& variant : variants) {
        const double seconds = bench::median(variant.ms) / 1000;
        std::printf("| %s | %.1f | %s | %.2f× | %.2f× |\n", qPrintable(variant.name), seconds,
                    qPrintable(core::formatBytes(variant.bytes)), seconds / defaultS,
                    seconds / levelOneS);
    }
    return 0;
}
