// SPDX-License-Identifier: GPL-3.0-or-later
// The history timeline's merge of migdesk's runs, mirrored runs, django_migrations and the SQL
// folder's history, and the run reports (HTML, Markdown, JSON) over recorded runs.
#include "history/runreport.h"
#include "history/statementsummary.h"
#include "history/timeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace migdesk::core;

namespace {

const QDateTime kNine = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);

RunRecord migrateRun(qint64 id, const QString& uuid, int startMinute, int minutes,
                     const QStringList& applied, const QString& source = QStringLiteral("django"))
{
    RunRecord run;
    run.id = id;
    run.uuid = uuid;
    run.kind = QStringLiteral("migrate");
    run.profile = QStringLiteral("prod-eu");
    run.environment = QStringLiteral("production");
    run.server = QStringLiteral("db1:5432/prs");
    run.database = QStringLiteral("prs");
    run.osUser = QStringLiteral("oncall");
    run.hostName = QStringLiteral("laptop-7");
    run.startedAt = kNine.addSecs(startMinute * 60);
    run.endedAt = run.startedAt.addSecs(minutes * 60);
    run.outcome = QStringLiteral("succeeded");
    int position = 0;
    for (const QString& label : applied) {
        RunMigrationRecord m;
        m.position = ++position;
        m.source = source;
        const bool backward = label.startsWith(QLatin1Char('-'));
        m.direction = backward ? QStringLiteral("backward") : QStringLiteral("forward");
        const QStringList parts = label.mid(backward ? 1 : 0).split(QLatin1Char('.'));
        if (source == QLatin1String("django")) {
            m.app = parts.value(0);
            m.name = parts.value(1);
        } else {
            m.name = label.mid(backward ? 1 : 0);
        }
        m.outcome = backward ? QStringLiteral("reverted") : QStringLiteral("applied");
        run.migrations.push_back(m);
    }
    return run;
}

AppliedMigrationsReader::Applied djangoRow(const QString& app, const QString& name, int minute)
{
    return {{app, name}, kNine.addSecs(minute * 60).toMSecsSinceEpoch() / 1000.0};
}

SqlFolderAppliedRow sqlRow(const QString& version, int minute, bool success)
{
    SqlFolderAppliedRow row;
    row.version = version;
    row.description = QStringLiteral("add invoice due date");
    row.installedBy = QStringLiteral("deploy");
    row.installedOn = kNine.addSecs(minute * 60);
    row.executionTimeMs = 1500;
    row.success = success;
    return row;
}

// "<source> <kind> [app.name] <link>" where link is "run=<id or uuid>" or "outside".
QStringList describe(const std::vector<TimelineEntry>& entries)
{
    QStringList lines;
    for (const TimelineEntry& e : entries) {
        QString line = TimelineEntry::sourceKey(e.source) + QLatin1Char(' ') + e.kind;
        if (!e.name.isEmpty())
            line +=
                QLatin1Char(' ') + (e.app.isEmpty() ? e.name : e.app + QLatin1Char('.') + e.name);
        if (e.outsideMigdesk)
            line += QStringLiteral(" outside");
        else
            line += QStringLiteral(" run=") + (e.runId ? QString::number(e.runId) : e.runUuid);
        lines << line;
    }
    return lines;
}

struct MergeCase
{
    std::vector<RunRecord> local;
    std::vector<RunRecord> mirrored;
    std::vector<AppliedMigrationsReader::Applied> django;
    std::vector<SqlFolderAppliedRow> sql;
};

// A migrate run with everything a report shows, including text that HTML must escape.
RunRecord reportedRun()
{
    RunRecord run =
        migrateRun(42, QStringLiteral("9f0c-42"), 0, 12, {QStringLiteral("billing.0003_due")});
    run.confirmedBy = QStringLiteral("oncall@laptop-7");
    run.walLsn = QStringLiteral("0/3000148");
    run.log =
        QStringLiteral("09:00:01 Backup of <prs> started\n09:00:40 applying billing.0003_due");
    run.details = QStringLiteral(
        R"({"step":"migrate","sentence":"Applied 1 migration.","details":{"checks":[)"
        R"({"check":"pending","title":"Pending migrations","status":"warn","figure":"1 pending",)"
        R"("sentence":"billing.0003_due is pending."}]}})");
    run.steps = {
        {QStringLiteral("preflight"), QStringLiteral("succeeded"), kNine, 4.2,
         QStringLiteral("All checks passed.")},
        {QStringLiteral("backup"), QStringLiteral("succeeded"), kNine.addSecs(5), 95.0,
         QStringLiteral("Backup written.")},
        {QStringLiteral("migrate"), QStringLiteral("failed"), kNine.addSecs(100), 310.0,
         QStringLiteral("billing.0003_due failed: lock timeout on \"invoice\" & <retries>.")}};
    run.backups = {{QStringLiteral("/backups/prs_20260314.dump"), QStringLiteral("custom"),
                    qint64(1536) * 1024 * 1024, QStringLiteral("ab12cd34")}};
    RunMigrationRecord& m = run.migrations.front();
    m.startedAt = kNine.addSecs(100);
    m.seconds = 310;
    m.lockWaitSeconds = 42.5;
    m.maxBlocked = 7;
    m.retries = 2;
    m.outcome = QStringLiteral("failed");
    m.sql = QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;");
    m.error = QStringLiteral("canceling statement due to lock timeout");
    run.outcome = QStringLiteral("failed");
    return run;
}

SchemaChange addedColumn()
{
    SchemaChange change;
    change.kind = SchemaChange::Kind::Added;
    change.objectType = QStringLiteral("column");
    change.object = QStringLiteral("public.invoice.due");
    change.table = QStringLiteral("public.invoice");
    change.after = QStringLiteral("date");
    return change;
}

} // namespace

Q_DECLARE_METATYPE(MergeCase)

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void merge_data()
    {
        QTest::addColumn<MergeCase>("input");
        QTest::addColumn<QStringList>("expected");

        const RunRecord run7 =
            migrateRun(7, QStringLiteral("u-7"), 0, 10, {QStringLiteral("billing.0003_due")});
        QTest::addRow("django row applied by a local run")
            << MergeCase{{run7},
                         {},
                         {djangoRow(QStringLiteral("billing"), QStringLiteral("0003_due"), 4)},
                         {}}
            << QStringList{QStringLiteral("django migration billing.0003_due run=7"),
                           QStringLiteral("migdesk migrate run=7")};
        QTest::addRow("django row with psql, no run")
            << MergeCase{{},
                         {},
                         {djangoRow(QStringLiteral("billing"), QStringLiteral("0004_x"), 4)},
                         {}}
            << QStringList{QStringLiteral("django migration billing.0004_x outside")};
        QTest::addRow("same migration, applied again by hand after the run")
            << MergeCase{{run7},
                         {},
                         {djangoRow(QStringLiteral("billing"), QStringLiteral("0003_due"), 40)},
                         {}}
            << QStringList{QStringLiteral("django migration billing.0003_due outside"),
                           QStringLiteral("migdesk migrate run=7")};
        QTest::addRow("within the clock skew after the run's end")
            << MergeCase{{run7},
                         {},
                         {djangoRow(QStringLiteral("billing"), QStringLiteral("0003_due"), 10)},
                         {}}
            << QStringList{QStringLiteral("django migration billing.0003_due run=7"),
                           QStringLiteral("migdesk migrate run=7")};
        QTest::addRow("a run that reverted it did not apply it")
            << MergeCase{{migrateRun(8, QStringLiteral("u-8"), 0, 10,
                                     {QStringLiteral("-billing.0003_due")})},
                         {},
                         {djangoRow(QStringLiteral("billing"), QStringLiteral("0003_due"), 5)},
                         {}}
            << QStringList{QStringLiteral("django migration billing.0003_due outside"),
                           QStringLiteral("migdesk migrate run=8")};
        QTest::addRow("mirrored copy of a local run appears once")
            << MergeCase{{run7}, {migrateRun(0, QStringLiteral("u-7"), 0, 10, {})}, {}, {}}
            << QStringList{QStringLiteral("migdesk migrate run=7")};
        QTest::addRow("django row applied by a run from another machine")
            << MergeCase{{run7},
                         {migrateRun(0, QStringLiteral("u-remote"), 60, 5,
                                     {QStringLiteral("shop.0002_sku")})},
                         {djangoRow(QStringLiteral("shop"), QStringLiteral("0002_sku"), 62)},
                         {}}
            << QStringList{QStringLiteral("django migration shop.0002_sku run=u-remote"),
                           QStringLiteral("mirror migrate run=u-remote"),
                           QStringLiteral("migdesk migrate run=7")};
        QTest::addRow("sql rows: one by a run, one by hand")
            << MergeCase{{migrateRun(9, QStringLiteral("u-9"), 0, 10, {QStringLiteral("1.1")},
                                     QStringLiteral("sql"))},
                         {},
                         {},
                         {sqlRow(QStringLiteral("1.1"), 3, true),
                          sqlRow(QStringLiteral("1.2"), 30, true)}}
            << QStringList{QStringLiteral("sql migration 1.2 outside"),
                           QStringLiteral("sql migration 1.1 run=9"),
                           QStringLiteral("migdesk migrate run=9")};
        QTest::addRow("a failed sql row is not the run's applied one")
            << MergeCase{{migrateRun(9, QStringLiteral("u-9"), 0, 10, {QStringLiteral("1.1")},
                                     QStringLiteral("sql"))},
                         {},
                         {},
                         {sqlRow(QStringLiteral("1.1"), 3, false)}}
            << QStringList{QStringLiteral("sql migration 1.1 outside"),
                           QStringLiteral("migdesk migrate run=9")};
        QTest::addRow("nothing anywhere") << MergeCase{} << QStringList{};
    }

    void merge()
    {
        QFETCH(MergeCase, input);
        QFETCH(QStringList, expected);
        const auto entries = Timeline::merge(input.local, input.mirrored, input.django, input.sql);
        QCOMPARE(describe(entries), expected);
        for (std::size_t i = 1; i < entries.size(); ++i)
            QVERIFY(entries[i - 1].at >= entries[i].at);
    }

    void runEntryCarriesWhoAndDuration()
    {
        RunRecord run = migrateRun(7, QStringLiteral("u-7"), 0, 10, {});
        run.details = QStringLiteral(R"({"sentence":"Applied 3 migrations."})");
        const TimelineEntry entry = Timeline::fromRun(run, TimelineEntry::Source::Migdesk);
        QCOMPARE(entry.who, QStringLiteral("oncall@laptop-7"));
        QCOMPARE(entry.seconds, 600.0);
        QCOMPARE(entry.summary, QStringLiteral("Applied 3 migrations."));
        QCOMPARE(entry.at, kNine);
    }

    void sqlRowKeepsItsFigures()
    {
        const auto entries = Timeline::merge({}, {}, {}, {sqlRow(QStringLiteral("2"), 0, true)});
        QCOMPARE(entries.size(), std::size_t(1));
        QCOMPARE(entries[0].who, QStringLiteral("deploy"));
        QCOMPARE(entries[0].seconds, 1.5);
        QCOMPARE(entries[0].summary, QStringLiteral("add invoice due date"));
        QCOMPARE(entries[0].outcome, QStringLiteral("applied"));
    }

    void reportFormatsCarryTheRun_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("expected");
        const QStringList common{QStringLiteral("preflight"),
                                 QStringLiteral("backup"),
                                 QStringLiteral("migrate"),
                                 QStringLiteral("billing.0003_due"),
                                 QStringLiteral("/backups/prs_20260314.dump"),
                                 QStringLiteral("ab12cd34"),
                                 QStringLiteral("0/3000148"),
                                 QStringLiteral("oncall@laptop-7"),
                                 QStringLiteral("Pending migrations"),
                                 QStringLiteral("public.invoice.due"),
                                 QStringLiteral("ALTER TABLE invoice ADD COLUMN due date;"),
                                 QStringLiteral("canceling statement due to lock timeout")};
        QTest::addRow("html") << QStringLiteral("html")
                              << (common +
                                  QStringList{QStringLiteral("1.5 GB"),
                                              QStringLiteral("5 min 10 s"),
                                              QStringLiteral("1 min 35 s"), QStringLiteral("43 s"),
                                              QStringLiteral("&lt;prs&gt;"), QStringLiteral("<svg"),
                                              QStringLiteral("&amp; &lt;retries&gt;"),
                                              QStringLiteral("2026-03-14 09:00:00 UTC")});
        QTest::addRow("markdown") << QStringLiteral("md")
                                  << (common +
                                      QStringList{QStringLiteral("1.5 GB"),
                                                  QStringLiteral("5 min 10 s"),
                                                  QStringLiteral("Backup of <prs> started"),
                                                  QStringLiteral("| Step |")});
        QTest::addRow("json") << QStringLiteral("json") << common;
    }

    void reportFormatsCarryTheRun()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, expected);
        const std::vector<RunRecord> runs{reportedRun()};
        const std::vector<SchemaChange> diff{addedColumn()};
        QString text;
        if (format == QLatin1String("html"))
            text = RunReport::html(runs, diff);
        else if (format == QLatin1String("md"))
            text = RunReport::markdown(runs, diff);
        else
            text = QString::fromUtf8(QJsonDocument(RunReport::json(runs, diff)).toJson());
        for (const QString& piece : expected)
            QVERIFY2(text.contains(piece), qPrintable(QStringLiteral("missing: ") + piece));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = RunReport::html({reportedRun()});
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QCOMPARE(html.count(QStringLiteral("<svg")), 1);
        QVERIFY(!html.contains(QStringLiteral("<prs>")));
        QVERIFY(!html.contains(QStringLiteral("<retries>")));
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        // The failed step and migration are the ones in red.
        QVERIFY(html.contains(QStringLiteral("<span class=\"bad\">failed</span>")));
        QVERIFY(html.contains(QStringLiteral("fill=\"#c62828\"")));
    }

    void markdownFenceOutlastsBackticksInTheLog()
    {
        RunRecord run = reportedRun();
        run.log = QStringLiteral("psql said ```oops```\nnext line");
        const QString md = RunReport::markdown({run});
        QVERIFY(md.contains(QStringLiteral("````\npsql said ```oops```\nnext line\n````")));
    }

    void rangeReportCountsPerDay()
    {
        RunRecord first = reportedRun();
        RunRecord second =
            migrateRun(43, QStringLiteral("u-43"), 2 * 24 * 60, 3,
                       {QStringLiteral("shop.0002_sku"), QStringLiteral("shop.0003_price")});
        RunRecord third = migrateRun(44, QStringLiteral("u-44"), 2 * 24 * 60 + 30, 2, {});
        third.kind = QStringLiteral("verify");
        const std::vector<RunRecord> runs{third, second, first};
        const auto days = RunReport::perDay(runs);
        QCOMPARE(days.size(), std::size_t(3));
        QCOMPARE(days[0].runs, 1);
        QCOMPARE(days[0].appliedMigrations, 0); // its migration failed
        QCOMPARE(days[1].runs, 0);
        QCOMPARE(days[2].runs, 2);
        QCOMPARE(days[2].appliedMigrations, 2);
        QCOMPARE(days[2].seconds, 300.0);

        const QString html = RunReport::html(runs);
        QCOMPARE(html.count(QStringLiteral("<svg")),
                 2); // the day chart, the steps of the one run that has steps
        QVERIFY(html.contains(QStringLiteral("Runs and applied migrations per day")));
        QVERIFY(html.indexOf(QStringLiteral("billing.0003_due")) <
                html.indexOf(QStringLiteral("shop.0002_sku")));
        const QJsonObject json = RunReport::json(runs);
        QCOMPARE(json.value(QStringLiteral("runs")).toArray().size(), 3);
        QCOMPARE(json.value(QStringLiteral("per_day")).toArray().size(), 3);
        QVERIFY(
            RunReport::markdown(runs).contains(QStringLiteral("| 2026-03-16 | 2 | 2 | 5 min |")));
    }

    void runCarriesItsOwnSchemaChanges()
    {
        RunRecord run = reportedRun();
        run.schemaChanges = {addedColumn()};
        const RunRecord other = migrateRun(43, QStringLiteral("u-43"), 60, 3, {});
        for (const QString& text :
             {RunReport::html({run}), RunReport::markdown({run}), RunReport::html({run, other}),
              RunReport::markdown({run, other})})
            QVERIFY(text.contains(QStringLiteral("public.invoice.due")));
        QVERIFY(!RunReport::html({other}).contains(QStringLiteral("Schema changes")));
        QCOMPARE(RunReport::json({run}).value(QStringLiteral("schema_changes")).toArray().size(),
                 1);
    }

    void findingsFromNestedDetails()
    {
        RunRecord run;
        run.details = QStringLiteral(
            R"({"details":{"checks":[{"check":"pk","title":"Primary keys","status":"fail","figure":"1 table",)"
            R"("sentence":"public.log has no primary key."}],"assessment":{"pending":[{"findings":[)"
            R"({"rule":"add-column-default","severity":"warning","file":"0003.py","line":12,)"
            R"("message":"Rewrites the table.","fix":"Add the default later."}]}]}}})");
        const auto findings = RunReport::findings(run);
        QCOMPARE(findings.size(), std::size_t(2));
        const auto check = std::find_if(findings.begin(), findings.end(), [](const RunFinding& f) {
            return f.kind == QLatin1String("check");
        });
        const auto lint = std::find_if(findings.begin(), findings.end(), [](const RunFinding& f) {
            return f.kind == QLatin1String("lint");
        });
        QVERIFY(check != findings.end() && lint != findings.end());
        QCOMPARE(check->status, QStringLiteral("fail"));
        QCOMPARE(check->title, QStringLiteral("Primary keys"));
        QCOMPARE(lint->status, QStringLiteral("warning"));
        QCOMPARE(lint->figure, QStringLiteral("0003.py:12"));
        QCOMPARE(lint->sentence, QStringLiteral("Rewrites the table. Add the default later."));
    }

    // A report lists every statement of a short migration in order; of a long one, the slowest
    // (the failed one always among them) and says how many it leaves out.
    void statementSummary_data()
    {
        QTest::addColumn<int>("statements");
        QTest::addColumn<int>("summedCount");    // statements in a summed row after them; 0: none
        QTest::addColumn<int>("failedAt");       // 0-based index of the failed statement; -1: none
        QTest::addColumn<QList<int>>("numbers"); // the rows' numbers as shown
        QTest::addColumn<int>("omitted");
        QTest::addRow("three in order") << 3 << 0 << -1 << QList<int>{1, 2, 3} << 0;
        QTest::addRow("twenty, all shown")
            << 20 << 0 << 19
            << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
            << 0;
        // Statement i takes i ms: the slowest are the last ones, slowest first.
        QTest::addRow("thirty: the twenty slowest")
            << 30 << 0 << -1 << QList<int>{30, 29, 28, 27, 26, 25, 24, 23, 22, 21,
                                           20, 19, 18, 17, 16, 15, 14, 13, 12, 11}
            << 10;
        QTest::addRow("thirty: a quick failure stays in")
            << 30 << 0 << 0 << QList<int>{30, 29, 28, 27, 26, 25, 24, 23, 22, 21,
                                          20, 19, 18, 17, 16, 15, 14, 13, 12, 1}
            << 10;
        QTest::addRow("a summed row counts its statements")
            << 25 << 500 << -1 << QList<int>{0,  25, 24, 23, 22, 21, 20, 19, 18, 17,
                                             16, 15, 14, 13, 12, 11, 10, 9,  8,  7}
            << 6;
        // The failed statement after a summed row keeps its real position, as in the dialog.
        QTest::addRow("a failure after a summed row")
            << 3 << 500 << 3 << QList<int>{1, 2, 3, 0, 504} << 0;
    }

    void statementSummary()
    {
        QFETCH(int, statements);
        QFETCH(int, summedCount);
        QFETCH(int, failedAt);
        QFETCH(QList<int>, numbers);
        QFETCH(int, omitted);
        RunMigrationRecord migration;
        for (int i = 0; i < statements; ++i) {
            StatementTiming t;
            t.sql = QStringLiteral("-- why\nUPDATE t SET a = %1").arg(i);
            t.line = 2 * i + 1;
            t.seconds = (i + 1) / 1000.0;
            t.failed = i == failedAt;
            migration.statements.push_back(t);
        }
        if (summedCount > 0) {
            StatementTiming rest;
            rest.summed = true;
            rest.count = summedCount;
            rest.seconds = 1.0;
            migration.statements.push_back(rest);
        }
        if (failedAt == statements) {
            StatementTiming failed;
            failed.sql = QStringLiteral("ALTER TABLE t ALTER a SET NOT NULL");
            failed.seconds = 0.5;
            failed.failed = true;
            migration.statements.push_back(failed);
        }
        int left = -1;
        const auto rows = StatementSummary::rows(migration, &left);
        QList<int> shown;
        for (const StatementSummary::Row& r : rows)
            shown << r.number;
        QCOMPARE(shown, numbers);
        QCOMPARE(left, omitted);
        QCOMPARE(StatementSummary::caption(migration).isEmpty(), omitted == 0);
        for (const StatementSummary::Row& r : rows) {
            if (failedAt == statements) {
                QCOMPARE(r.failed, r.number == statements + summedCount + 1);
                continue;
            }
            QCOMPARE(r.failed, failedAt >= 0 && r.number == failedAt + 1);
            if (r.number > 0) {
                QCOMPARE(r.where, QStringLiteral("line %1").arg(2 * r.number - 1));
                QCOMPARE(r.text, QStringLiteral("UPDATE t SET a = %1").arg(r.number - 1));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
