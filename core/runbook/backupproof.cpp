// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupproof.h"

#include "cluster/throwawaycluster.h"
#include "common/units.h"
#include "connection/pgconnection.h"
#include "runbook/backupverifier.h"
#include "runbook/restorejob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonValue>
#include <QThread>

#include <map>

namespace migdesk::core {

namespace {

const QString kProofDatabase = QStringLiteral("migdesk_proof");
constexpr int kMaxProofJobs = 4;

// Every table of the restored copy, named as BackupMetadata::rowCounts names them
// ("schema.table") and quoted by the server for the count statement. The same tables BackupJob
// counts: plain tables and partitions, not partitioned parents, whose rows are their
// partitions' and would be counted twice.
const QString kRestoredTables = QStringLiteral(R"(
SELECT n.nspname || '.' || c.relname AS name,
       format('%I.%I', n.nspname, c.relname) AS quoted
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
ORDER BY 1
)");

// The exact row count of one table; the name comes quoted from kRestoredTables (format %I), so
// it is an identifier the server itself escaped, never user text.
QString countRowsSql(const QString& quotedTable)
{
    return QStringLiteral("SELECT count(*) AS row_count FROM ") + quotedTable;
}

StepResult finished(StepResult result, const QElapsedTimer& clock, const StepContext& ctx)
{
    result.seconds = double(clock.elapsed()) / 1000.0;
    ctx.log.write(result.sentence);
    return result;
}

} // namespace

StepResult BackupProof::run(const QString& metadataPath, const PgTools& tools,
                            const StepContext& ctx)
{
    QElapsedTimer clock;
    clock.start();
    StepResult result;
    result.step = QStringLiteral("proof");
    result.started = QDateTime::currentDateTime();
    const auto fail = [&](const QString& sentence) {
        result.outcome =
            ctx.cancel.isCancelled() ? StepResult::Outcome::Cancelled : StepResult::Outcome::Failed;
        result.sentence = ctx.cancel.isCancelled() ? tr("The proof was cancelled.") : sentence;
        return finished(result, clock, ctx);
    };

    QString error;
    const auto metadata = BackupVerifier::verify(metadataPath, tools, ctx, &error);
    if (!metadata)
        return fail(error);
    const QString archive = QFileInfo(BackupVerifier::metadataPathFor(metadataPath))
                                .absoluteDir()
                                .filePath(metadata->mainName());

    ctx.log.write(tr("Starting a throwaway PostgreSQL to restore the backup into."));
    ctx.report(StepProgress{-1, -1, tr("Starting a throwaway PostgreSQL"), 0, -1});
    // Owns the server for this scope only: it is stopped and its directory removed on every
    // return below.
    ThrowawayCluster cluster(ThrowawayCluster::Options{
        .name = QStringLiteral("proof"), .listenOnLocalhost = false, .settings = {}});
    if (!cluster.start(&error)) {
        return fail(tr("Cannot start a throwaway PostgreSQL to prove the backup (%1): install the "
                       "PostgreSQL server package, or take the backup without the proof.")
                        .arg(error));
    }
    if (!cluster.execute(QStringLiteral("CREATE DATABASE ") + kProofDatabase, &error))
        return fail(tr("Cannot create the proof database in the throwaway PostgreSQL (%1): "
                       "take the backup without the proof and report this.")
                        .arg(error));

    // Owners, grants and tablespaces name roles and paths of the source server that the
    // throwaway one does not have; the proof is about the data, so they are left out.
    const int jobs = qBound(1, QThread::idealThreadCount(), kMaxProofJobs);
    const StepResult restored = RestoreJob::restoreVerified(
        tools.find(QStringLiteral("pg_restore"), 0).path, cluster.connInfo(kProofDatabase),
        std::nullopt, archive,
        {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
         QStringLiteral("--no-tablespaces")},
        jobs, ctx);
    if (!restored.ok())
        return fail(tr("The backup did not restore into a throwaway PostgreSQL (%1), so it would "
                       "not restore in a rollback either: take a new backup.")
                        .arg(restored.sentence));

    PgConnection connection;
    SessionPolicy policy;
    policy.applicationName = QStringLiteral("migdesk-proof");
    policy.statementTimeoutMs = 0;
    if (const auto failed = connection.open(cluster.connInfo(kProofDatabase), std::nullopt, policy))
        return fail(tr("Cannot connect to the restored copy (%1): take the backup without the "
                       "proof and report this.")
                        .arg(failed->sentence()));
    CancelToken::ActionScope cancelCount(
        ctx.cancel, [handle = connection.cancelHandle()] { handle->cancel(); });
    const auto tables = connection.exec(kRestoredTables);
    if (!tables)
        return fail(tr("Cannot list the restored tables (%1).").arg(tables.error().sentence()));

    std::map<QString, qint64> restoredCounts;
    for (int row = 0; row < tables->rowCount(); ++row) {
        const QString name = tables->text(row, QStringLiteral("name"));
        ctx.report(StepProgress{row, tables->rowCount(), tr("Counting the rows of %1").arg(name),
                                double(clock.elapsed()) / 1000.0, -1});
        const auto counted =
            connection.exec(countRowsSql(tables->text(row, QStringLiteral("quoted"))));
        if (!counted)
            return fail(tr("Cannot count the rows of the restored %1 (%2).")
                            .arg(name, counted.error().sentence()));
        restoredCounts[name] = counted->toInt64(0, QStringLiteral("row_count"));
    }

    BackupProofReport report;
    report.database = metadata->database;
    QStringList mismatches;
    for (const auto& [name, source] : metadata->rowCounts) {
        const auto found = restoredCounts.find(name);
        const bool match = found != restoredCounts.end() && found->second == source;
        report.tables.push_back(
            {name, source,
             found != restoredCounts.end() ? std::optional(found->second) : std::nullopt, match});
        if (!match) {
            mismatches << (found == restoredCounts.end()
                               ? tr("%1 (%2 rows, not restored)").arg(name, formatCount(source))
                               : tr("%1 (%2 rows, %3 restored)")
                                     .arg(name, formatCount(source), formatCount(found->second)));
            ctx.log.write(tr("Row count differs: %1.").arg(mismatches.constLast()));
        }
    }
    for (const auto& [name, rows] : restoredCounts) {
        if (metadata->rowCounts.count(name) == 0)
            report.tables.push_back({name, std::nullopt, rows, std::nullopt});
    }
    report.mismatches = int(mismatches.size());
    result.report = report;

    if (metadata->rowCounts.empty()) {
        result.sentence =
            tr("The backup restored into a throwaway PostgreSQL (%n table(s)), but its row counts "
               "were not recorded when it was taken, so they could not be compared: take the "
               "backup with the proof option to record them.",
               nullptr, int(restoredCounts.size()));
        return finished(result, clock, ctx);
    }
    if (!mismatches.isEmpty()) {
        constexpr qsizetype kNamed = 3;
        result.outcome = StepResult::Outcome::Failed;
        result.sentence =
            tr("The restored copy differs from the source in %n table(s), %1: the backup does not "
               "hold what the database held when it was taken; take a new backup.",
               nullptr, int(mismatches.size()))
                .arg(mismatches.mid(0, kNamed).join(QStringLiteral(", ")) +
                     (mismatches.size() > kNamed ? QStringLiteral(", …") : QString()));
        return finished(result, clock, ctx);
    }
    result.sentence = tr("The backup restored into a throwaway PostgreSQL and all %n table(s) "
                         "have the row counts of the source.",
                         nullptr, int(metadata->rowCounts.size()));
    return finished(result, clock, ctx);
}

} // namespace migdesk::core
