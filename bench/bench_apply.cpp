// SPDX-License-Identifier: GPL-3.0-or-later
// What timing every statement of a SQL-folder script costs. migdesk sends a script's statements
// one at a time inside its transaction (so each has its own time), as `psql -1 -f` sends them;
// the reference points are psql itself and the whole script in one message (untimed, how
// migdesk ran scripts before). Three scripts: a few heavy statements (a real schema migration),
// 1,000 one-row INSERTs (one round trip each), and 10,000 (past 1,000 the rest go in one
// message). Each variant runs on a fresh database, in turns, RUNS times (default 5, the first
// argument); medians and their ratio to psql are printed as a Markdown table.
#include "benchsupport.h"
#include "connection/libpqenvironment.h"
#include "migrations/sqlfolderapplier.h"
#include "migrations/sqlfolderhistory.h"
#include "migrations/sqlfoldersource.h"
#include "migrations/statementtiming.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace migdesk;

namespace {

const QString kDatabase = QStringLiteral("apply_bench");

struct Script
{
    QString title;
    QByteArray sql;
};

QByteArray heavyMigration()
{
    return "CREATE TABLE ledger (id bigint PRIMARY KEY, account int NOT NULL, amount numeric NOT "
           "NULL,\n"
           "                     posted_at timestamptz NOT NULL DEFAULT now());\n"
           "INSERT INTO ledger (id, account, amount)\n"
           "  SELECT g, g % 997, g * 0.01 FROM generate_series(1, 300000) g;\n"
           "CREATE INDEX ledger_account ON ledger (account);\n"
           "ALTER TABLE ledger ADD COLUMN note text;\n"
           "UPDATE ledger SET note = 'n' || id WHERE id % 10 = 0;\n"
           "CREATE INDEX ledger_posted ON ledger (posted_at);\n";
}

QByteArray smallStatements(int count)
{
    QByteArray sql = "CREATE TABLE note (id int PRIMARY KEY, body text);\n";
    for (int i = 1; i < count; ++i)
        sql += "INSERT INTO note VALUES (" + QByteArray::number(i) + ", 'row " +
               QByteArray::number(i) + "');\n";
    return sql;
}

void freshDatabase(core::ThrowawayCluster& cluster)
{
    QString error;
    if (!cluster.execute(QStringLiteral("DROP DATABASE IF EXISTS ") + kDatabase, &error) ||
        !cluster.execute(QStringLiteral("CREATE DATABASE ") + kDatabase, &error))
        bench::fail(error);
}

void openWriter(core::PgConnection& connection, const core::ThrowawayCluster& cluster)
{
    core::SessionPolicy policy = core::SessionPolicy::inspection();
    policy.readOnly = false;
    policy.statementTimeoutMs = 0;
    if (auto failed = connection.open(cluster.connInfo(kDatabase), std::nullopt, policy))
        bench::fail(failed->sentence());
    // Both migdesk variants find their history table in place, as on a second migration.
    if (auto failed = core::SqlFolderHistory::create(connection))
        bench::fail(failed->sentence());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    core::ThrowawayCluster cluster({QStringLiteral("bench_apply"), false, {}});
    QString error;
    if (!cluster.start(&error))
        bench::fail(error);
    const QString psql = core::ThrowawayCluster::serverBinDir() + QStringLiteral("/psql");

    const std::vector<Script> scripts{
        {QStringLiteral("schema migration: 6 statements, 300,000 rows"), heavyMigration()},
        {QStringLiteral("1,000 one-row INSERTs"), smallStatements(1000)},
        {QStringLiteral("10,000 one-row INSERTs"), smallStatements(10000)},
    };
    std::printf("| script (median of %d) | psql -1 -f | migdesk, each statement timed | ratio | "
                "one message, untimed | ratio |\n|---|---|---|---|---|---|\n",
                runs);
    for (const Script& script : scripts) {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("V1__bench.sql")));
        if (!file.open(QIODevice::WriteOnly) || file.write(script.sql) != script.sql.size())
            bench::fail(QStringLiteral("cannot write the script"));
        file.close();
        const core::SqlFolderScan scan = core::SqlFolderSource::scan(folder.path());
        if (scan.scripts.size() != 1)
            bench::fail(QStringLiteral("the script was not found"));

        std::vector<double> byPsql, byMigdesk, byMessage;
        std::size_t timed = 0;
        for (int run = 0; run < runs; ++run) {
            freshDatabase(cluster);
            byPsql.push_back(bench::medianMs(1, [&] {
                QProcess process;
                process.setStandardOutputFile(QProcess::nullDevice());
                process.start(psql,
                              {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-1"),
                               QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                               QStringLiteral("-d"), cluster.connInfo(kDatabase).toConninfoString(),
                               QStringLiteral("-f"), file.fileName()});
                if (!process.waitForFinished(-1) || process.exitCode() != 0)
                    bench::fail(QStringLiteral("psql failed"));
            }));

            freshDatabase(cluster);
            core::PgConnection connection;
            openWriter(connection, cluster);
            byMigdesk.push_back(bench::medianMs(1, [&] {
                std::vector<core::StatementTiming> timings;
                const auto applied =
                    core::SqlFolderApplier::apply(connection, scan.scripts.front(), {}, &timings);
                if (!applied)
                    bench::fail(applied.error().sentence());
                timed = timings.size();
            }));
            connection.close();

            freshDatabase(cluster);
            core::PgConnection whole;
            openWriter(whole, cluster);
            byMessage.push_back(bench::medianMs(1, [&] {
                const QString sql =
                    QStringLiteral("BEGIN;\n%1\nCOMMIT;").arg(QString::fromUtf8(script.sql));
                if (const auto ran = whole.execScript(sql); !ran)
                    bench::fail(ran.error().sentence());
            }));
        }
        const double p = bench::median(byPsql), m = bench::median(byMigdesk),
                     w = bench::median(byMessage);
        std::printf("| %s (%zu timing rows) | %.0f ms | %.0f ms | %.2f× | %.0f ms | %.2f× |\n",
                    qPrintable(script.title), timed, p, m, m / p, w, w / p);
    }
    return 0;
}
