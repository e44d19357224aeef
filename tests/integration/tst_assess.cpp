// SPDX-License-Identifier: GPL-3.0-or-later
// The assessment against real Django: a test project partly migrated on the throwaway cluster by
// Django itself, whose pending plan and operations migdesk must read the same way without
// Python; the SQL-folder source; and the lint command.
#include "../support/migdeskprocess.h"
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "history/historystore.h"
#include "migrations/managepy.h"
#include "risk/assessmentbuilder.h"
#include "risk/assessmentreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace migdesk;
using migdesk::tests::MigdeskRun;
using migdesk::tests::runMigdesk;
using migdesk::tests::TestCluster;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// `migdesk history --json` for the database, as a reviewer reads it.
QJsonArray historyEntries(const core::ConnInfo& info)
{
    const MigdeskRun run = runMigdesk({QStringLiteral("history"), QStringLiteral("--dsn"),
                                       info.toConninfoString(), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qFatal("migdesk history failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("entries"))
        .toArray();
}

QString shopProject()
{
    return QStringLiteral(MIGDESK_SOURCE_DIR "/tests/data/shop");
}

QProcessEnvironment djangoEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto& cluster = TestCluster::start();
    env.insert(QStringLiteral("PGHOST"), cluster.socketDir());
    env.insert(QStringLiteral("PGPORT"), QString::number(cluster.port()));
    env.insert(QStringLiteral("PGUSER"), QStringLiteral("postgres"));
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("shop"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return env;
}

// Runs Python with the project's settings; fails the test on a non-zero exit.
QString python(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(djangoEnvironment());
    process.setWorkingDirectory(shopProject());
    process.start(kPython, arguments);
    if (!process.waitForFinished(120'000) || process.exitCode() != 0)
        qFatal("python %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
               process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Django's own view of every migration's operations, by loading the modules.
QJsonObject djangoOperations()
{
    const QString script = QStringLiteral(R"(
import json, django
django.setup()
from django.db.migrations.loader import MigrationLoader
loader = MigrationLoader(None, ignore_no_migrations=True)
print(json.dumps({"%s.%s" % key: [type(op).__name__ for op in m.operations]
                  for key, m in loader.disk_migrations.items()}))
)");
    QProcessEnvironment env = djangoEnvironment();
    env.insert(QStringLiteral("DJANGO_SETTINGS_MODULE"), QStringLiteral("shop.settings"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(shopProject());
    process.start(kPython, {QStringLiteral("-c"), script});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        qFatal("django loader failed: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// A fresh, empty database for the shop project.
void recreateShop()
{
    TestCluster::exec(QStringLiteral("DROP DATABASE IF EXISTS shop WITH (FORCE)"));
    TestCluster::exec(QStringLiteral("CREATE DATABASE shop"));
}

} // namespace

class TestAssess : public QObject
{
    Q_OBJECT

    // The history the migdesk binary writes to: AppDataLocation (organisation and application
    // "migdesk") under a sandboxed XDG_DATA_HOME that every child process inherits, so that no
    // run of this test lands in the user's own history.
    QTemporaryDir m_data;
    QString storePath() const
    {
        return m_data.filePath(QStringLiteral("migdesk/migdesk/history.sqlite"));
    }
    std::vector<core::RunRecord> assessRuns() const
    {
        core::HistoryStore store;
        QString error;
        if (!store.open(storePath(), &error))
            qFatal("cannot open the sandbox history: %s", qPrintable(error));
        core::HistoryStore::RunQuery query;
        query.kind = QStringLiteral("assess");
        return store.runs(query).value();
    }
    // Two V<version> files, the second an index built without CONCURRENTLY.
    static QString writeSqlFolder(const QTemporaryDir& dir)
    {
        const QString folder = dir.filePath(QStringLiteral("billing_sql"));
        QDir().mkpath(folder);
        const auto write = [&](const char* name, const char* sql) {
            QFile file(folder + QLatin1Char('/') + QLatin1String(name));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", name);
            file.write(sql);
        };
        write("V1__create_invoice.sql",
              "CREATE TABLE invoice (id bigint PRIMARY KEY, total numeric);\n");
        write("V2__index_total.sql", "CREATE INDEX invoice_total ON invoice (total);\n");
        write("U2__index_total.sql", "DROP INDEX invoice_total;\n");
        return folder;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        TestCluster::start();
        TestCluster::exec(QStringLiteral("CREATE DATABASE shop"));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void pendingPlanMatchesDjango_data()
    {
        // In order: "manage.py migrate" arguments, or "record APP NAME" for a row an older
        // deploy left in django_migrations (before the squash existed).
        QTest::addColumn<QStringList>("migrate");
        QTest::addRow("nothing applied: the squashed migration stands in") << QStringList{};
        QTest::addRow("part of the squash applied: the replaced ones are used") << QStringList{
            QStringLiteral("catalog 0001"), QStringLiteral("record sales 0001_initial")};
        QTest::addRow("catalog up to 0002") << QStringList{QStringLiteral("catalog 0002")};
        QTest::addRow("everything applied") << QStringList{QStringLiteral("")};
    }

    void pendingPlanMatchesDjango()
    {
        QFETCH(QStringList, migrate);
        // A fresh database for each row, migrated by Django itself.
        recreateShop();
        for (const QString& step : migrate) {
            const QStringList words = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.value(0) == QLatin1String("record"))
                TestCluster::exec(
                    QStringLiteral("INSERT INTO django_migrations (app, name, applied) "
                                   "VALUES ('%1', '%2', now())")
                        .arg(words.at(1), words.at(2)),
                    QStringLiteral("shop"));
            else
                python(QStringList{QStringLiteral("manage.py"), QStringLiteral("migrate")} + words);
        }

        const core::ConnInfo info = TestCluster::start().connInfo(QStringLiteral("shop"));
        core::PgConnection connection;
        QVERIFY(!connection.open(info, std::nullopt, core::SessionPolicy::inspection()));
        core::AssessOptions options;
        options.djangoProject = shopProject();
        options.rateSampleSeconds = 0;
        const auto assessment = core::AssessmentBuilder::build(connection, options);
        QVERIFY2(assessment, assessment ? "" : qPrintable(assessment.error().sentence()));
        QVERIFY(assessment->problems.empty());

        // Django's plan, as `showmigrations --plan` prints it on the same database.
        const auto django = core::ManagePy::parsePlan(
            python({QStringLiteral("manage.py"), QStringLiteral("showmigrations"),
                    QStringLiteral("--plan")}));
        QStringList theirs;
        for (const auto& entry : django)
            if (!entry.applied)
                theirs << entry.key.first + QLatin1Char('.') + entry.key.second;
        QStringList ours;
        for (const core::AssessedMigration& m : assessment->pending)
            ours << m.migration.label();
        QCOMPARE(ours, theirs);

        // And the operations of each pending migration, class by class.
        const QJsonObject operations = djangoOperations();
        for (const core::AssessedMigration& m : assessment->pending) {
            QStringList expected;
            for (const QJsonValue& v : operations.value(m.migration.label()).toArray())
                expected << v.toString();
            QCOMPARE(m.operationNames(), expected);
        }
    }

    void scoresFindingsAndRollbackOnTheShop()
    {
        recreateShop();
        python({QStringLiteral("manage.py"), QStringLiteral("migrate"), QStringLiteral("catalog"),
                QStringLiteral("0002")});
        TestCluster::exec(
            QStringLiteral("INSERT INTO catalog_product (sku, title, price_cents) "
                           "SELECT 'sku' || g, 'title ' || g, g FROM generate_series(1, 5000) g;"
                           "ANALYZE catalog_product;"),
            QStringLiteral("shop"));
        const core::ConnInfo info = TestCluster::start().connInfo(QStringLiteral("shop"));
        const MigdeskRun run =
            runMigdesk({QStringLiteral("assess"), QStringLiteral("--dsn"), info.toConninfoString(),
                        QStringLiteral("--django"), shopProject(), QStringLiteral("--manage-py"),
                        shopProject() + QStringLiteral("/manage.py"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("django_cross_check")).toString().left(7),
                 QStringLiteral("matches"));
        QJsonObject titleText;
        for (const QJsonValue& v : json.value(QStringLiteral("pending")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() ==
                QLatin1String("0003_product_title_text"))
                titleText = v.toObject();
        QVERIFY(!titleText.isEmpty());
        // AlterField (2) + RunPython (4) = 6: high; RunPython without reverse means a restore.
        QCOMPARE(titleText.value(QStringLiteral("score")).toInt(), 6);
        QCOMPARE(titleText.value(QStringLiteral("level")).toString(), QStringLiteral("high"));
        QCOMPARE(titleText.value(QStringLiteral("reversible")).toBool(), false);
        QVERIFY(titleText.value(QStringLiteral("rollback"))
                    .toString()
                    .contains(QStringLiteral("RunPython")));
        bool typeChange = false;
        for (const QJsonValue& f : titleText.value(QStringLiteral("findings")).toArray())
            typeChange = typeChange || f.toObject().value(QStringLiteral("rule")).toString() ==
                                           QLatin1String("changing-column-type");
        QVERIFY2(typeChange, qPrintable(run.out));
        const QJsonObject impact =
            titleText.value(QStringLiteral("impact")).toArray().first().toObject();
        QCOMPARE(impact.value(QStringLiteral("relation")).toString().section(QLatin1Char('.'), -1),
                 QStringLiteral("catalog_product"));
        QVERIFY(impact.value(QStringLiteral("table_bytes")).toDouble() > 0);
        QVERIFY(json.value(QStringLiteral("total_score")).toInt() > 0);
        QVERIFY(!json.value(QStringLiteral("recommendations")).toArray().isEmpty());
        QVERIFY(json.contains(QStringLiteral("time_estimate")));
        QVERIFY(json.value(QStringLiteral("blockers")).isArray());
    }

    void sqlFolderUsesItsFolderNameAsApp()
    {
        QTemporaryDir dir;
        const QString folder = writeSqlFolder(dir);
        const MigdeskRun run =
            runMigdesk({QStringLiteral("assess"), QStringLiteral("--dsn"),
                        TestCluster::start().connInfo(QStringLiteral("shop")).toConninfoString(),
                        QStringLiteral("--sql-dir"), folder, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        const QJsonArray pending = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("pending"))
                                       .toArray();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].toObject().value(QStringLiteral("app")).toString(),
                 QStringLiteral("billing_sql"));
        QCOMPARE(pending[1].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("V2__index_total"));
        QCOMPARE(pending[1].toObject().value(QStringLiteral("reversible")).toBool(), true);
        QCOMPARE(pending[0].toObject().value(QStringLiteral("reversible")).toBool(), false);
        bool concurrent = false;
        for (const QJsonValue& f :
             pending[1].toObject().value(QStringLiteral("findings")).toArray())
            concurrent = concurrent || f.toObject().value(QStringLiteral("rule")).toString() ==
                                           QLatin1String("require-concurrent-index-creation");
        QVERIFY(concurrent);
    }

    // Every assessment is a run in the history: who, where, the report as its log and the
    // findings as its details; one that could not be made is a failed run saying why.
    void assessCommandRecordsARun()
    {
        QTemporaryDir dir;
        const QString folder = writeSqlFolder(dir);
        const core::ConnInfo info = TestCluster::start().connInfo(QStringLiteral("shop"));
        const std::size_t before = assessRuns().size();
        MigdeskRun run =
            runMigdesk({QStringLiteral("assess"), QStringLiteral("--dsn"), info.toConninfoString(),
                        QStringLiteral("--sql-dir"), folder, QStringLiteral("--environment"),
                        QStringLiteral("staging"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("history")), qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QString uuid = json.value(QStringLiteral("history_uuid")).toString();
        QVERIFY2(!uuid.isEmpty(), qPrintable(run.out));

        std::vector<core::RunRecord> runs = assessRuns();
        QCOMPARE(runs.size(), before + 1);
        core::RunRecord recorded = runs.front();
        QCOMPARE(recorded.uuid, uuid);
        QCOMPARE(recorded.id, qint64(json.value(QStringLiteral("history_id")).toInteger()));
        QCOMPARE(recorded.kind, QStringLiteral("assess"));
        QCOMPARE(recorded.outcome, QStringLiteral("succeeded"));
        QCOMPARE(recorded.profile, QString());
        QCOMPARE(recorded.environment, QStringLiteral("staging"));
        QCOMPARE(recorded.server, info.displayName());
        QCOMPARE(recorded.database, QStringLiteral("shop"));
        QCOMPARE(recorded.osUser, core::HistoryStore::currentOsUser());
        QVERIFY(recorded.endedAt.isValid());
        QVERIFY2(recorded.log.contains(folder), qPrintable(recorded.log));
        QVERIFY2(recorded.log.contains(QStringLiteral("V2__index_total")),
                 qPrintable(recorded.log));
        // The details are the findings exactly as --json printed them.
        QJsonObject details = QJsonDocument::fromJson(recorded.details.toUtf8()).object();
        QJsonObject printed = json;
        printed.remove(QStringLiteral("history_id"));
        printed.remove(QStringLiteral("history_uuid"));
        QCOMPARE(details, printed);
        const QJsonArray pending = details.value(QStringLiteral("pending")).toArray();
        QCOMPARE(pending.size(), 2);
        bool concurrent = false;
        for (const QJsonValue& f :
             pending[1].toObject().value(QStringLiteral("findings")).toArray())
            concurrent = concurrent || f.toObject().value(QStringLiteral("rule")).toString() ==
                                           QLatin1String("require-concurrent-index-creation");
        QVERIFY(concurrent);

        // The history's timeline shows the assessment's sentence as the run's summary.
        const QString expected = QStringLiteral("2 pending, overall %1, %2 points")
                                     .arg(details.value(QStringLiteral("overall")).toString())
                                     .arg(details.value(QStringLiteral("total_score")).toInt());
        QVERIFY2(details.value(QStringLiteral("sentence")).toString().startsWith(expected),
                 qPrintable(recorded.details));
        const QJsonArray timeline = historyEntries(info);
        const auto entry = std::find_if(timeline.begin(), timeline.end(), [&](const QJsonValue& e) {
            return e.toObject().value(QStringLiteral("run_uuid")).toString() == uuid;
        });
        QVERIFY2(entry != timeline.end(), QJsonDocument(timeline).toJson().constData());
        QCOMPARE(entry->toObject().value(QStringLiteral("summary")).toString(),
                 details.value(QStringLiteral("sentence")).toString());

        // A folder that is not there: no assessment, a failed run with the sentence.
        run =
            runMigdesk({QStringLiteral("assess"), QStringLiteral("--dsn"), info.toConninfoString(),
                        QStringLiteral("--sql-dir"), dir.filePath(QStringLiteral("missing"))});
        QCOMPARE(run.exitCode, 1);
        runs = assessRuns();
        QCOMPARE(runs.size(), before + 2);
        recorded = runs.front();
        QCOMPARE(recorded.outcome, QStringLiteral("failed"));
        QCOMPARE(recorded.environment, QStringLiteral("production")); // the commands' default
        QVERIFY2(recorded.log.contains(QStringLiteral("does not exist")), qPrintable(recorded.log));
        QVERIFY2(run.err.contains(QStringLiteral("does not exist")), qPrintable(run.err));
        const QJsonArray after = historyEntries(info);
        const auto failed = std::find_if(after.begin(), after.end(), [&](const QJsonValue& e) {
            return e.toObject().value(QStringLiteral("run_uuid")).toString() == recorded.uuid;
        });
        QVERIFY(failed != after.end());
        QVERIFY2(failed->toObject()
                     .value(QStringLiteral("summary"))
                     .toString()
                     .contains(QStringLiteral("does not exist")),
                 QJsonDocument(failed->toObject()).toJson().constData());
    }

    // Without --sample-seconds assess does not wait: a table's rates are its averages since the
    // statistics began, labelled so; with it they are measured over that time.
    void ratesSayWhereTheyComeFrom_data()
    {
        QTest::addColumn<QString>("sampleSeconds"); // empty: the default
        QTest::addColumn<QString>("source");
        // The test's server started moments ago: an average over so short a time would count
        // the test's own setup as traffic, so the rate stays unknown.
        QTest::addRow("default: no wait") << QString() << QStringLiteral("unknown");
        QTest::addRow("--sample-seconds 1") << QStringLiteral("1") << QStringLiteral("measured");
        // The tables pane's hourly sample in the history, two hours old: the rates are the
        // traffic since then, at once.
        QTest::addRow("default with a stored sample")
            << QStringLiteral("stored") << QStringLiteral("since_sample");
    }

    void ratesSayWhereTheyComeFrom()
    {
        QFETCH(QString, sampleSeconds);
        QFETCH(QString, source);
        TestCluster::exec(
            QStringLiteral("DROP TABLE IF EXISTS busy; "
                           "CREATE TABLE busy (id int PRIMARY KEY, n int); "
                           "INSERT INTO busy SELECT i, 0 FROM generate_series(1, 1000) i; "
                           "UPDATE busy SET n = 1;"),
            QStringLiteral("shop"));
        const core::ConnInfo shop = TestCluster::start().connInfo(QStringLiteral("shop"));
        const bool stored = sampleSeconds == QLatin1String("stored");
        {
            core::HistoryStore store;
            QString error;
            QVERIFY2(store.open(storePath(), &error), qPrintable(error));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (stored) {
                QVERIFY2(store.addTableSizes(
                             shop.displayName(), QStringLiteral("shop"),
                             {{now.addSecs(-7200), QStringLiteral("public"), QStringLiteral("busy"),
                               0, 0, 1000, 0, double(now.toSecsSinceEpoch() - 7200)}},
                             &error),
                         qPrintable(error));
                sampleSeconds.clear(); // no --sample-seconds
            }
        }
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("busy_sql"));
        QDir().mkpath(folder);
        QFile script(folder + QStringLiteral("/V1__busy_total.sql"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("ALTER TABLE busy ALTER COLUMN n TYPE bigint;\n");
        script.close();
        QStringList arguments{QStringLiteral("assess"),
                              QStringLiteral("--dsn"),
                              shop.toConninfoString(),
                              QStringLiteral("--sql-dir"),
                              folder,
                              QStringLiteral("--json")};
        if (!sampleSeconds.isEmpty())
            arguments << QStringLiteral("--sample-seconds") << sampleSeconds;
        const MigdeskRun run = runMigdesk(arguments);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        const QJsonArray impacts = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("pending"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("impact"))
                                       .toArray();
        QVERIFY2(!impacts.isEmpty(), qPrintable(run.out));
        const QJsonObject impact = impacts.first().toObject();
        QCOMPARE(impact.value(QStringLiteral("rate_source")).toString(), source);
        const double window = impact.value(QStringLiteral("rate_window_seconds")).toDouble();
        if (stored) {
            QVERIFY2(window >= 7190 && window < 7300, qPrintable(run.out));
            // 1,000 rows inserted and 1,000 updated since; the sample counted the inserts.
            const double writes = impact.value(QStringLiteral("writes_per_second")).toDouble();
            QVERIFY2(std::abs(writes - 1000.0 / window) < 1e-6, qPrintable(run.out));
        } else if (sampleSeconds.isEmpty()) {
            QCOMPARE(window, 0.0);
            QCOMPARE(impact.value(QStringLiteral("writes_per_second")).toDouble(), -1.0);
            QVERIFY2(impact.value(QStringLiteral("sentence"))
                         .toString()
                         .contains(QStringLiteral("how many queries would queue is unknown")),
                     qPrintable(run.out));
        } else {
            QVERIFY2(window >= 0.9 && window < 5, qPrintable(run.out));
            // Nothing wrote during the second it watched.
            QCOMPARE(impact.value(QStringLiteral("writes_per_second")).toDouble(), 0.0);
        }
    }

    void badSourcesSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::addRow("no source")
            << QStringList{} << 2 << QStringLiteral("--django PATH or --sql-dir PATH");
        QTest::addRow("missing folder")
            << QStringList{QStringLiteral("--django"), QStringLiteral("/nonexistent/x")} << 1
            << QStringLiteral("does not exist");
        QTest::addRow("not a django project")
            << QStringList{QStringLiteral("--django"), QStringLiteral(MIGDESK_SOURCE_DIR "/docs")}
            << 1 << QStringLiteral("No Django app");
    }

    void badSourcesSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const MigdeskRun run = runMigdesk(
            QStringList{QStringLiteral("assess"), QStringLiteral("--dsn"),
                        TestCluster::start().connInfo(QStringLiteral("shop")).toConninfoString()} +
            arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
    }

    void brokenMigrationFileIsAFindingNotACrash()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("shop/inventory/migrations"))));
        const QString pkg = dir.filePath(QStringLiteral("shop/inventory/migrations/"));
        QFile(pkg + QStringLiteral("__init__.py")).open(QIODevice::WriteOnly);
        QFile good(pkg + QStringLiteral("0001_initial.py"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("from django.db import migrations\n\nclass Migration(migrations.Migration):\n"
                   "    initial = True\n    dependencies = []\n    operations = []\n");
        good.close();
        QFile broken(pkg + QStringLiteral("0002_broken.py"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("from django.db import migrations\n\nclass Migration(migrations.Migration):\n"
                     "    dependencies = [('inventory', '0001_initial')]\n"
                     "    operations = [migrations.RunSQL(\"SELECT 1)]\n");
        broken.close();
        core::PgConnection connection;
        QVERIFY(!connection.open(TestCluster::start().connInfo(QStringLiteral("shop")),
                                 std::nullopt, core::SessionPolicy::inspection()));
        core::AssessOptions options;
        options.djangoProject = dir.filePath(QStringLiteral("shop"));
        options.rateSampleSeconds = 0;
        const auto assessment = core::AssessmentBuilder::build(connection, options);
        QVERIFY(assessment);
        QVERIFY(!assessment->problems.empty());
        QVERIFY(assessment->problems.front().file.endsWith(QStringLiteral("0002_broken.py")));
        QCOMPARE(assessment->problems.front().line, 5);
        QCOMPARE(assessment->pending.size(), std::size_t(1)); // the readable one still appears
    }

    void lintCommand()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.sql"));
        const QString good = dir.filePath(QStringLiteral("good.sql"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("-- add an index\nCREATE INDEX orders_created ON orders (created_at);\n"
                "ALTER TABLE orders ADD COLUMN note text DEFAULT random()::text;\n");
        b.close();
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("SET lock_timeout = '2s';\nSET statement_timeout = '5min';\n"
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created ON orders (created_at);\n");
        g.close();
        MigdeskRun run = runMigdesk({QStringLiteral("lint"), bad, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report =
            QJsonDocument::fromJson(run.out.toUtf8()).array().first().toObject();
        QStringList rules;
        for (const QJsonValue& f : report.value(QStringLiteral("findings")).toArray())
            rules << f.toObject().value(QStringLiteral("rule")).toString();
        QVERIFY2(rules.contains(QStringLiteral("require-concurrent-index-creation")),
                 qPrintable(run.out));
        QVERIFY(rules.contains(QStringLiteral("adding-field-with-default")));
        run = runMigdesk({QStringLiteral("lint"), good});
        QCOMPARE(run.exitCode, 0);
        run = runMigdesk({QStringLiteral("lint"), bad});
        QVERIFY(run.out.contains(QStringLiteral("bad.sql:2:")));
        run = runMigdesk({QStringLiteral("lint"), dir.filePath(QStringLiteral("missing.sql"))});
        QCOMPARE(run.exitCode, 2);
        run = runMigdesk(
            {QStringLiteral("lint"), bad, QStringLiteral("--severity"), QStringLiteral("loud")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestAssess)
#include "tst_assess.moc"
