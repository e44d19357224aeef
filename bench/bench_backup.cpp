// SPDX-License-Identifier: GPL-3.0-or-later
// The backup on the demo database scaled past 1 GB, side by side with what a DBA runs today:
//  1. migdesk's BackupJob: one custom-format pg_dump, SHA-256 while writing, pg_restore --list;
//  2. the runbook's backup-database.sh: a plain dump (--clean --create --if-exists), a custom
//     dump at --compress=9, then md5sum of both;
//  3. a bare `pg_dump -Fc -f FILE`.
// The three run in turn, RUNS times (default 3, first argument), after one warm-up dump;
// medians are printed with their ratio to the bare pg_dump. Target: migdesk <= 1.2x.
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
    core::BackupOptions options;
    options.directory = file(QStringLiteral("migdesk"));

    std::vector<double> bare, migdesk, runbook;
    qint64 bareBytes = 0, migdeskBytes = 0, runbookBytes = 0;
    const QStringList bareArguments{QStringLiteral("-Fc"), QStringLiteral("-f"),
                                    file(QStringLiteral("bare.backup"))};
    runProgram(pgDump, bareArguments, environment); // warm-up: the database in the page cache
    for (int run = 0; run < runs; ++run) {
        QFile::remove(file(QStringLiteral("bare.backup")));
        bare.push_back(bench::medianMs(1, [&] { runProgram(pgDump, bareArguments, environment); }));
        bareBytes = QFileInfo(file(QStringLiteral("bare.backup"))).size();

        QDir(options.directory).removeRecursively();
        migdesk.push_back(bench::medianMs(1, [&] {
            core::RunLog log;
            core::CancelToken cancel;
            const core::StepResult result =
                core::BackupJob::run(target, options, {log, cancel, {}});
            if (!result.ok())
                bench::fail(result.sentence);
            migdeskBytes = result.details.value(QStringLiteral("metadata")).toObject()
                               .value(QStringLiteral("files")).toArray().first().toObject()
                               .value(QStringLiteral("bytes")).toInteger();
        }));

        const QString sql = file(QStringLiteral("runbook.sql"));
        const QString custom = file(QStringLiteral("runbook.backup"));
        QFile::remove(sql);
        QFile::remove(custom);
        runbook.push_back(bench::medianMs(1, [&] {
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
        }));
        runbookBytes = QFileInfo(sql).size() + QFileInfo(custom).size();
        std::printf("run %d: bare %.1f s, migdesk %.1f s, runbook %.1f s\n", run + 1,
                    bare.back() / 1000, migdesk.back() / 1000, runbook.back() / 1000);
    }

    const double bareS = bench::median(bare) / 1000, migdeskS = bench::median(migdesk) / 1000,
                 runbookS = bench::median(runbook) / 1000;
    std::printf("\n| demo database, %s | seconds (median of %d) | files | ratio to bare pg_dump "
                "|\n|---|---|---|---|\n",
                qPrintable(core::formatBytes(totalBytes)), runs);
    std::printf("| bare `pg_dump -Fc -f FILE` | %.1f | %s | 1.00× |\n", bareS,
                qPrintable(core::formatBytes(bareBytes)));
    std::printf("| migdesk backup (custom, SHA-256 while written, pg_restore --list, metadata) | "
                "%.1f | %s | %.2f× |\n",
                migdeskS, qPrintable(core::formatBytes(migdeskBytes)), migdeskS / bareS);
    std::printf("| runbook: plain + custom at --compress=9, md5sum of both | %.1f | %s | %.2f× |\n",
                runbookS, qPrintable(core::formatBytes(runbookBytes)), runbookS / bareS);
    return 0;
}
