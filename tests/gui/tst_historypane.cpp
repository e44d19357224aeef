// SPDX-License-Identifier: GPL-3.0-or-later
// The history pane driven offscreen over a seeded history store and a throwaway database whose
// django_migrations holds one migration a recorded run applied and one applied by hand: the
// timeline and its filters, a run's detail with its steps, log search and schema diff, each
// statement's time, the HTML report and the PDF, two snapshots compared, the table growth chart.
#include "../support/testcluster.h"
#include "common/units.h"
#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"
#include "history/schemasnapshot.h"
#include "models/runmigrationsmodel.h"
#include "models/runstatementsmodel.h"
#include "models/runstepsmodel.h"
#include "models/schemadiffmodel.h"
#include "models/timelinefiltermodel.h"
#include "models/timelinemodel.h"
#include "ui/historychart.h"
#include "ui/historypane.h"
#include "ui/rundetaildialog.h"
#include "ui/tablegrowthchart.h"
#include "ui/tablespane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace migdesk;
using migdesk::tests::TestCluster;

namespace {

const QString kDatabase = QStringLiteral("history_target");

// Screenshots for docs/ are written when MIGDESK_SCREENSHOT_DIR is set (scripts/screenshots.sh).
void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MIGDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100); // charts lay out their scene on the next turns of the event loop
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

template <class T> T* child(QWidget* parent, const char* name)
{
    auto* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void choose(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

core::SchemaSnapshot accountsSchema(bool withNote)
{
    core::SchemaSnapshot snapshot;
    core::SchemaTable accounts{QStringLiteral("public"), QStringLiteral("accounts"), {}, {}, {}};
    accounts.columns.push_back({QStringLiteral("id"), QStringLiteral("bigint"), false, {}});
    accounts.columns.push_back(
        {QStringLiteral("email"), QStringLiteral("character varying(254)"), false, {}});
    if (withNote)
        accounts.columns.push_back(
            {QStringLiteral("note"), QStringLiteral("text"), false, QStringLiteral("''::text")});
    snapshot.tables.push_back(accounts);
    snapshot.constraints.push_back({QStringLiteral("public"), QStringLiteral("accounts"),
                                    QStringLiteral("accounts_pkey"), QStringLiteral("p"),
                                    QStringLiteral("PRIMARY KEY (id)"), true});
    snapshot.indexes.push_back(
        {QStringLiteral("public"), QStringLiteral("accounts"), QStringLiteral("accounts_pkey"),
         QStringLiteral("CREATE UNIQUE INDEX accounts_pkey ON public.accounts USING btree (id)"),
         true, true, QStringLiteral("accounts_pkey")});
    if (withNote)
        snapshot.indexes.push_back(
            {QStringLiteral("public"),
             QStringLiteral("accounts"),
             QStringLiteral("accounts_email_idx"),
             QStringLiteral(
                 "CREATE INDEX accounts_email_idx ON public.accounts USING btree (email)"),
             false,
             true,
             {}});
    return snapshot;
}

// The staging run that failed: a Django data migration that listed its first thousand
// statements (one ADD COLUMN, 999 UPDATEs of which one waited on a row lock), summed the next
// 1,234 and failed on the constraint after them; the migration after it never ran.
std::vector<core::RunMigrationRecord> plansMigrations(const QDateTime& at)
{
    core::RunMigrationRecord backfill;
    backfill.position = 1;
    backfill.direction = QStringLiteral("forward");
    backfill.source = QStringLiteral("django");
    backfill.app = QStringLiteral("accounts");
    backfill.name = QStringLiteral("0005_backfill_plans");
    backfill.outcome = QStringLiteral("failed");
    backfill.startedAt = at;
    backfill.seconds = 38;
    backfill.lockWaitSeconds = 15;
    backfill.maxBlocked = 4;
    backfill.retries = 3;
    backfill.error = QStringLiteral("canceling statement due to lock timeout");
    backfill.sql = QStringLiteral(
        "--\n-- Add field plan to account\n--\n"
        "ALTER TABLE \"accounts\" ADD COLUMN \"plan\" varchar(20) NULL;\n"
        "--\n-- Raw Python operation\n--\n-- THIS OPERATION CANNOT BE WRITTEN AS SQL\n"
        "--\n-- Create constraint accounts_plan_known on model account\n--\n"
        "ALTER TABLE \"accounts\" ADD CONSTRAINT \"accounts_plan_known\" "
        "CHECK (\"plan\" IN ('free', 'pro'));");
    const QString migration = QStringLiteral("accounts.0005_backfill_plans");
    const auto statement = [&migration](const QString& sql, double seconds) {
        core::StatementTiming t;
        t.migration = migration;
        t.sql = sql;
        t.seconds = seconds;
        return t;
    };
    backfill.statements.push_back(statement(
        QStringLiteral("ALTER TABLE \"accounts\" ADD COLUMN \"plan\" varchar(20) NULL"), 0.012));
    for (int i = 0; i < core::StatementTiming::kListedPerMigration - 1; ++i)
        backfill.statements.push_back(
            statement(QStringLiteral("UPDATE \"accounts\" SET \"plan\" = %s WHERE "
                                     "\"accounts\".\"id\" = %s"),
                      i == 417 ? 2.6 : 0.004 + 0.0005 * (i % 7)));
    core::StatementTiming summed = statement({}, 5.8);
    summed.summed = true;
    summed.count = 1234;
    backfill.statements.push_back(summed);
    core::StatementTiming failed =
        statement(QStringLiteral("ALTER TABLE \"accounts\" ADD CONSTRAINT \"accounts_plan_known\" "
                                 "CHECK (\"plan\" IN ('free', 'pro'))"),
                  5.0);
    failed.failed = true;
    backfill.statements.push_back(failed);

    core::RunMigrationRecord index;
    index.position = 2;
    index.direction = QStringLiteral("forward");
    index.source = QStringLiteral("django");
    index.app = QStringLiteral("accounts");
    index.name = QStringLiteral("0006_plan_index");
    index.outcome = QStringLiteral("planned");
    index.sql = QStringLiteral(
        "CREATE INDEX CONCURRENTLY \"accounts_plan_idx\" ON \"accounts\" (\"plan\");");
    return {backfill, index};
}

} // namespace

class TestHistoryPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    QDateTime m_migrateStarted;
    qint64 m_migrateRun = 0;

    QString storePath() const { return m_dir.filePath(QStringLiteral("history.sqlite")); }

    core::ConnectionTarget target() const
    {
        core::ConnectionProfile profile;
        profile.name = QStringLiteral("prs-production");
        profile.environment = core::Environment::Production;
        return {profile, TestCluster::start().connInfo(kDatabase), std::nullopt};
    }

    // One run as the recorder leaves it; ended_at set afterwards, since the store stamps it.
    qint64 addRun(core::HistoryStore& store, core::RunRecord run, const QString& outcome)
    {
        QString error;
        const qint64 id = store.beginRun(run, &error);
        if (!id)
            qFatal("cannot seed a run: %s", qPrintable(error));
        if (outcome != QLatin1String("running") && !store.finishRun(id, outcome, &error))
            qFatal("cannot finish a seeded run: %s", qPrintable(error));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(storePath());
        if (!db.open())
            qFatal("cannot open the seeded store");
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET ended_at = ?, outcome = ? WHERE id = ?"));
            q.addBindValue(run.endedAt.toString(Qt::ISODateWithMs));
            q.addBindValue(outcome);
            q.addBindValue(id);
            if (!q.exec())
                qFatal("cannot date a seeded run");
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        return id;
    }

    core::RunRecord runOf(const QString& kind, const QString& profile,
                          core::Environment environment, const QDateTime& started, double seconds,
                          const QString& sentence = {}) const
    {
        core::RunRecord run;
        run.kind = kind;
        run.profile = profile;
        run.environment = core::environmentKey(environment);
        run.server = target().info.displayName();
        run.database = kDatabase;
        run.osUser = QStringLiteral("dba");
        run.startedAt = started;
        run.endedAt = started.addMSecs(qint64(seconds * 1000));
        run.log = QStringLiteral("%1 started\n%1 done\n").arg(kind);
        if (!sentence.isEmpty())
            run.details =
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sentence"), sentence}})
                                      .toJson(QJsonDocument::Compact));
        return run;
    }

    void seed()
    {
        core::HistoryStore store;
        QString error;
        QVERIFY2(store.open(storePath(), &error), qPrintable(error));
        const auto day = [this](int daysAgo, int hour) {
            return QDateTime(m_now.toLocalTime().date().addDays(-daysAgo), QTime(hour, 0)).toUTC();
        };
        using E = core::Environment;

        core::RunRecord assess = runOf(QStringLiteral("assess"), QStringLiteral("prs-staging"),
                                       E::Staging, day(6, 10), 12.4);
        assess.details = QString::fromUtf8(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("sentence"),
                     QStringLiteral("2 migrations assessed: 1 warning, low risk.")},
                    {QStringLiteral("details"),
                     QJsonObject{
                         {QStringLiteral("findings"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("rule"), QStringLiteral("adding-field-with-default")},
                              {QStringLiteral("severity"), QStringLiteral("warning")},
                              {QStringLiteral("file"), QStringLiteral("accounts/0002_add_note.py")},
                              {QStringLiteral("line"), 12},
                              {QStringLiteral("message"),
                               QStringLiteral(
                                   "Adding a column with a volatile default rewrites the table.")},
                              {QStringLiteral("fix"),
                               QStringLiteral(
                                   "Add the column without a default, then backfill.")}}}}}}})
                .toJson(QJsonDocument::Compact));
        addRun(store, assess, QStringLiteral("succeeded"));
        addRun(store,
               runOf(QStringLiteral("backup"), QStringLiteral("prs-staging"), E::Staging, day(5, 9),
                     95, QStringLiteral("prs-staging.dump, 398 MB, restore proven.")),
               QStringLiteral("succeeded"));
        core::RunRecord failedMigrate = runOf(
            QStringLiteral("migrate"), QStringLiteral("prs-staging"), E::Staging, day(4, 14), 41,
            QStringLiteral("Lock timeout on public.accounts after 3 retries; nothing "
                           "was applied."));
        failedMigrate.migrations = plansMigrations(day(4, 14).addSecs(2));
        addRun(store, failedMigrate, QStringLiteral("failed"));
        addRun(store,
               runOf(QStringLiteral("verify"), QStringLiteral("prs-staging"), E::Staging,
                     day(4, 15), 7, QStringLiteral("Smoke queries passed.")),
               QStringLiteral("succeeded"));
        addRun(store,
               runOf(QStringLiteral("backup"), QStringLiteral("prs-production"), E::Production,
                     day(2, 22), 260),
               QStringLiteral("interrupted"));
        addRun(store,
               runOf(QStringLiteral("terminate"), QStringLiteral("prs-production"), E::Production,
                     day(1, 11), 0.2,
                     QStringLiteral("Terminated backend 4711 (idle in transaction for 2 h).")),
               QStringLiteral("succeeded"));

        // The guided migration on production: every step, the backup, two migrations, the
        // production confirmation, the WAL position, snapshots before and after.
        m_migrateStarted = day(1, 23);
        core::RunRecord cycle = runOf(QStringLiteral("cycle"), QStringLiteral("prs-production"),
                                      E::Production, m_migrateStarted, 431);
        cycle.confirmedBy = QStringLiteral("dba@review-host");
        cycle.walLsn = QStringLiteral("0/3A2F1C8");
        cycle.log = QStringLiteral(
            "Preflight: 9 checks passed\nBackup: prs.dump (412 MB)\n"
            "Migrating accounts.0002_add_note\nApplied accounts.0002_add_note in 2.1 s\n"
            "Migrating accounts.0003_email_index\nApplied accounts.0003_email_index in 58 s\n"
            "Verify: smoke queries passed\n");
        const struct
        {
            const char* step;
            double seconds;
            const char* sentence;
        } steps[] = {{"preflight", 6.2, "9 checks passed."},
                     {"backup", 301.5, "prs.dump, 412 MB, restore proven."},
                     {"migrate", 62.3, "2 migrations applied."},
                     {"verify", 61.0, "Smoke queries passed."}};
        QDateTime at = m_migrateStarted;
        for (const auto& s : steps) {
            cycle.steps.push_back({QString::fromLatin1(s.step), QStringLiteral("succeeded"), at,
                                   s.seconds, QString::fromLatin1(s.sentence)});
            at = at.addMSecs(qint64(s.seconds * 1000));
        }
        cycle.backups.push_back({QStringLiteral("/var/backups/prs/prs-20261124.dump"),
                                 QStringLiteral("custom"), 412LL * 1024 * 1024,
                                 QString(64, QLatin1Char('a'))});
        const QDateTime migrateAt = cycle.steps[2].startedAt;
        core::RunMigrationRecord note;
        note.position = 1;
        note.direction = QStringLiteral("forward");
        note.source = QStringLiteral("django");
        note.app = QStringLiteral("accounts");
        note.name = QStringLiteral("0002_add_note");
        note.outcome = QStringLiteral("applied");
        note.startedAt = migrateAt;
        note.seconds = 2.1;
        note.sql = QStringLiteral("ALTER TABLE accounts ADD COLUMN note text NOT NULL DEFAULT '';");
        core::RunMigrationRecord index = note;
        index.position = 2;
        index.name = QStringLiteral("0003_email_index");
        index.startedAt = migrateAt.addSecs(3);
        index.seconds = 58.4;
        index.lockWaitSeconds = 1.5;
        index.maxBlocked = 3;
        index.sql =
            QStringLiteral("CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);");
        cycle.migrations = {note, index};
        m_migrateRun = addRun(store, cycle, QStringLiteral("succeeded"));

        const QString server = target().info.displayName();
        QVERIFY(store.addSchemaSnapshot(m_migrateRun, QStringLiteral("before"), server, kDatabase,
                                        migrateAt, accountsSchema(false).toJson(), &error));
        QVERIFY(store.addSchemaSnapshot(m_migrateRun, QStringLiteral("after"), server, kDatabase,
                                        migrateAt.addSecs(62), accountsSchema(true).toJson(),
                                        &error));

        // A week of hourly-at-most size samples of three tables growing at different rates.
        for (int d = 7; d >= 0; --d) {
            std::vector<core::HistoryStore::TableSizeSample> samples;
            const QDateTime taken = m_now.addDays(-d).addSecs(-3600);
            const qint64 mb = 1024 * 1024;
            samples.push_back({taken,
                               QStringLiteral("public"),
                               QStringLiteral("events"),
                               (900 + 60 * (7 - d)) * mb,
                               9'000'000,
                               {},
                               {},
                               0});
            samples.push_back({taken,
                               QStringLiteral("public"),
                               QStringLiteral("accounts"),
                               (310 + 4 * (7 - d)) * mb,
                               2'000'000,
                               {},
                               {},
                               0});
            samples.push_back({taken,
                               QStringLiteral("public"),
                               QStringLiteral("sessions"),
                               (120 + 25 * ((7 - d) % 3)) * mb,
                               400'000,
                               {},
                               {},
                               0});
            QVERIFY2(store.addTableSizes(server, kDatabase, samples, &error), qPrintable(error));
        }

        // django_migrations: 0002 and 0003 applied by the run above, 0004 by hand with psql.
        TestCluster::exec(QStringLiteral("CREATE DATABASE %1").arg(kDatabase));
        TestCluster::exec(QStringLiteral(R"(
            CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL,
                                            name varchar(255) NOT NULL, applied timestamptz NOT NULL);
            INSERT INTO django_migrations (app, name, applied) VALUES
                ('accounts', '0001_initial', '%1'),
                ('accounts', '0002_add_note', '%2'),
                ('accounts', '0003_email_index', '%3'),
                ('accounts', '0004_backfill_note', '%4');)")
                              .arg(m_now.addDays(-9).toString(Qt::ISODate),
                                   migrateAt.addSecs(2).toString(Qt::ISODate),
                                   migrateAt.addSecs(62).toString(Qt::ISODate),
                                   m_now.addSecs(-2 * 3600).toString(Qt::ISODate)),
                          kDatabase);
    }

    void openPane(ui::HistoryPane& pane)
    {
        pane.resize(1280, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy refreshed(&pane, &ui::Pane::refreshed);
        pane.setStorePath(storePath());
        pane.setTarget(target());
        // Refreshes superseded by the next are dropped: wait for the one that saw the database.
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && pane.model()->rowCount() == 11, 20'000);
    }

    int rowOf(const ui::HistoryPane& pane, const QString& kind) const
    {
        for (int row = 0; row < pane.filter()->rowCount(); ++row)
            if (pane.filter()->index(row, 0).data(models::TimelineModel::KindRole).toString() ==
                kind)
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Nothing of the test reaches the user's real folders.
        qputenv("HOME", m_dir.path().toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QDir().mkpath(m_dir.filePath(QStringLiteral("runtime")));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QStringLiteral("runtime")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        auto* plurals = new QTranslator(this);
        QVERIFY(plurals->load(QStringLiteral(PLURAL_FORMS_QM)));
        QCoreApplication::installTranslator(plurals);
        m_now = QDateTime::currentDateTimeUtc();
        TestCluster::start();
        seed();
    }
    void cleanupTestCase() { TestCluster::stop(); }

    void timelineMergesAndFilters()
    {
        ui::HistoryPane pane;
        QAbstractItemModelTester timelineTester(pane.model());
        QAbstractItemModelTester filterTester(pane.filter());
        openPane(pane);

        // 7 runs recorded here and 4 django_migrations rows; 0001 and 0004 no run applied.
        int outside = 0;
        for (const core::TimelineEntry& e : pane.model()->entries())
            outside += e.outsideMigdesk ? 1 : 0;
        QCOMPARE(outside, 2);
        const int applied = rowOf(pane, QStringLiteral("migration"));
        QVERIFY(applied >= 0);

        auto* kind = child<QComboBox>(&pane, "historyKind");
        auto* outcome = child<QComboBox>(&pane, "historyOutcome");
        auto* environment = child<QComboBox>(&pane, "historyEnvironment");
        auto* search = child<QLineEdit>(&pane, "historySearch");
        choose(kind, QStringLiteral("backup"));
        QCOMPARE(pane.filter()->rowCount(), 2);
        choose(environment, QStringLiteral("production"));
        QCOMPARE(pane.filter()->rowCount(), 1);
        QCOMPARE(pane.filter()->index(0, models::TimelineModel::Outcome).data().toString(),
                 QStringLiteral("interrupted"));
        choose(environment, QString());
        choose(kind, QStringLiteral("migration"));
        QCOMPARE(pane.filter()->rowCount(), 4);
        choose(kind, QString());
        choose(outcome, QStringLiteral("failed"));
        QCOMPARE(pane.filter()->rowCount(), 1);
        QCOMPARE(pane.filter()->index(0, 0).data(models::TimelineModel::KindRole).toString(),
                 QStringLiteral("migrate"));
        choose(outcome, QString());
        QTest::keyClicks(search, QStringLiteral("outside migdesk"));
        QCOMPARE(pane.filter()->rowCount(), 2);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("0003_EMAIL"));
        QCOMPARE(pane.filter()->rowCount(), 1);
        search->clear();

        // The date range: the last three days hold the interrupted backup, the terminate, the
        // cycle and the 0002, 0003 and 0004 rows.
        child<QDateEdit>(&pane, "historyFrom")->setDate(QDate::currentDate().addDays(-2));
        QCOMPARE(pane.filter()->rowCount(), 6);
        child<QDateEdit>(&pane, "historyTo")->setDate(QDate::currentDate().addDays(-2));
        QCOMPARE(pane.filter()->rowCount(), 1);
        child<QDateEdit>(&pane, "historyFrom")->setDate(QDate(2000, 1, 1));
        child<QDateEdit>(&pane, "historyTo")->setDate(QDate(2000, 1, 1));
        QCOMPARE(pane.filter()->rowCount(), 11);

        // The chart follows the filter: 7 runs and 4 applied migrations within ten days.
        QTRY_VERIFY(!pane.chart()->days().empty());
        int runs = 0;
        int migrations = 0;
        for (const auto& day : pane.chart()->days()) {
            runs += day.runs;
            migrations += day.migrations;
        }
        QCOMPARE(runs, 7);
        QCOMPARE(migrations, 4);
        screenshot(&pane, QStringLiteral("history-pane"));
    }

    void runDetailShowsStepsDiffAndReport()
    {
        ui::HistoryPane pane;
        openPane(pane);
        QSignalSpy opened(&pane, &ui::HistoryPane::runDetailOpened);
        pane.openRow(rowOf(pane, QStringLiteral("cycle")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10'000);
        ui::RunDetailDialog* detail = pane.runDetail();
        QVERIFY(detail);
        QAbstractItemModelTester stepsTester(detail->stepsModel());
        QCOMPARE(detail->contents().run.id, m_migrateRun);
        models::RunStepsModel* steps = detail->stepsModel();
        QCOMPARE(steps->rowCount(), 4);
        QCOMPARE(steps->index(1, models::RunStepsModel::Step).data().toString(),
                 QStringLiteral("Backup"));
        QCOMPARE(steps->index(1, models::RunStepsModel::Duration).data().toString(),
                 core::formatDuration(301.5));
        QCOMPARE(detail->migrationsModel()->rowCount(), 2);
        QCOMPARE(detail->migrationsModel()
                     ->index(1, models::RunMigrationsModel::MaxBlocked)
                     .data()
                     .toString(),
                 QStringLiteral("3"));
        // The diff between the snapshots before and after: the new column and the new index.
        QVERIFY(detail->contents().hasDiff);
        QCOMPARE(detail->diffModel()->rowCount(), 2);
        QStringList objects;
        for (int row = 0; row < 2; ++row)
            objects << detail->diffModel()
                           ->index(row, models::SchemaDiffModel::Object)
                           .data()
                           .toString();
        QVERIFY2(objects.contains(QStringLiteral("public.accounts.note")),
                 qPrintable(objects.join(u',')));
        QCOMPARE(detail->searchLog(QStringLiteral("Applied")), 2);
        QCOMPARE(detail->searchLog(QStringLiteral("nowhere in the log")), 0);
        detail->resize(1100, 760);
        screenshot(detail, QStringLiteral("history-run-detail"));
        detail->tabs()->setCurrentIndex(detail->tabs()->count() - 1);
        screenshot(detail, QStringLiteral("history-run-schema-diff"));

        const QString html = m_dir.filePath(QStringLiteral("run.html"));
        QString error;
        QVERIFY2(detail->exportTo(html, ui::ReportExport::Format::Html, &error), qPrintable(error));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString report = QString::fromUtf8(file.readAll());
        for (const QString& expected :
             {QStringLiteral("preflight"), QStringLiteral("backup"), QStringLiteral("verify"),
              core::formatDuration(301.5), QStringLiteral("0003_email_index"),
              QStringLiteral("0/3A2F1C8"), QStringLiteral("dba@review-host"),
              QStringLiteral("prs-20261124.dump"), core::formatBytes(412LL * 1024 * 1024),
              QStringLiteral("public.accounts.note"), QStringLiteral("<svg")})
            QVERIFY2(report.contains(expected), qPrintable(expected));

        const QString pdf = m_dir.filePath(QStringLiteral("run.pdf"));
        QVERIFY2(detail->exportTo(pdf, ui::ReportExport::Format::Pdf, &error), qPrintable(error));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QVERIFY(printed.size() > 10'000);

        // The assessment: its lint finding, and no schema diff since it took no snapshots.
        pane.openRow(rowOf(pane, QStringLiteral("assess")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10'000);
        ui::RunDetailDialog* assessment = pane.runDetail();
        QCOMPARE(assessment->findingsView()->topLevelItemCount(), 1);
        QCOMPARE(assessment->findingsView()->topLevelItem(0)->text(2),
                 QStringLiteral("adding-field-with-default"));
        QVERIFY(!assessment->contents().hasDiff);
        QVERIFY(!assessment->contents().diffNote.isEmpty());

        // A report of a range: the runs the filter shows, logs included.
        choose(child<QComboBox>(&pane, "historyProfile"), QStringLiteral("prs-staging"));
        const QString range = m_dir.filePath(QStringLiteral("range.json"));
        QSignalSpy written(&pane, &ui::HistoryPane::reportWritten);
        pane.exportShown(range, ui::ReportExport::Format::Json);
        QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 10'000);
        QVERIFY2(written.front().front().toBool(), qPrintable(written.front().back().toString()));
        QFile json(range);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray runs = QJsonDocument::fromJson(json.readAll())
                                    .object()
                                    .value(QStringLiteral("runs"))
                                    .toArray();
        QCOMPARE(runs.size(), 4);
        for (const QJsonValue& run : runs)
            QVERIFY(run.toObject()
                        .value(QStringLiteral("log"))
                        .toString()
                        .endsWith(QStringLiteral(" done\n")));
    }

    void runDetailShowsStatementTimings()
    {
        using S = models::RunStatementsModel;
        ui::HistoryPane pane;
        openPane(pane);
        QSignalSpy opened(&pane, &ui::HistoryPane::runDetailOpened);
        pane.openRow(rowOf(pane, QStringLiteral("migrate")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10'000);
        ui::RunDetailDialog* detail = pane.runDetail();
        QVERIFY(detail);
        QAbstractItemModelTester tester(detail->statementsModel());
        detail->resize(1100, 760);
        detail->tabs()->setCurrentIndex(1);
        QCOMPARE(detail->migrationsModel()->rowCount(), 2);
        QTableView* statements = child<QTableView>(detail, "runStatements");
        auto* note = child<QLabel>(detail, "statementsNote");
        QSortFilterProxyModel* sorted = detail->sortedStatements();
        QTabWidget* below = detail->migrationTabs();
        const auto shown = [below](QWidget* widget) { return widget->isVisibleTo(below); };

        // The failed data migration, selected on opening: its statements as they ran, the
        // summed row and the failed statement last.
        QCOMPARE(detail->migrationsView()->currentIndex().row(), 0);
        QCOMPARE(below->currentIndex(), 0);
        QCOMPARE(below->tabText(0),
                 QStringLiteral("Statements (%1)").arg(QLocale().toString(2235)));
        QVERIFY(shown(statements));
        QVERIFY(!shown(note));
        QCOMPARE(sorted->rowCount(), 1002);
        const auto cell = [sorted](int row, int column, int role = Qt::DisplayRole) {
            return sorted->index(row, column).data(role);
        };
        QCOMPARE(cell(0, S::Number).toString(), QStringLiteral("1"));
        QVERIFY(cell(0, S::Statement).toString().startsWith(QStringLiteral("ALTER TABLE")));
        QCOMPARE(cell(0, S::Duration).toString(), core::formatDuration(0.012));
        double total = 0;
        for (const core::StatementTiming& t : detail->contents().run.migrations[0].statements)
            total += t.seconds;
        QCOMPARE(detail->statementsModel()->totalSeconds(), total);
        QCOMPARE(cell(1000, S::Number).toString(), QStringLiteral("%1–%2").arg(1001).arg(2234));
        QVERIFY2(cell(1000, S::Statement).toString().contains(QLocale().toString(1234)),
                 qPrintable(cell(1000, S::Statement).toString()));
        QCOMPARE(cell(1000, S::Duration).toString(), core::formatDuration(5.8));
        QCOMPARE(cell(1000, S::Share).toString(), S::shareText(5.8 / total));
        QCOMPARE(cell(1001, S::Number).toString(), QStringLiteral("2235"));
        QCOMPARE(cell(1001, S::Duration).toString(),
                 QStringLiteral("failed after %1").arg(core::formatDuration(5.0)));
        QCOMPARE(cell(1001, S::Duration, Qt::ToolTipRole).toString(),
                 QStringLiteral("canceling statement due to lock timeout"));
        for (int column = 0; column < S::ColumnCount; ++column) {
            QCOMPARE(cell(1001, column, Qt::ForegroundRole).isValid(), column == S::Duration);
            QVERIFY(!cell(1000, column, Qt::ForegroundRole).isValid());
        }
        // Django names no script line, and every statement is this migration's own.
        QVERIFY(statements->isColumnHidden(S::Line));
        QVERIFY(statements->isColumnHidden(S::Migration));
        // The failed statement, a thousand rows down, is brought into view.
        QTRY_VERIFY(statements->viewport()->rect().intersects(
            statements->visualRect(sorted->index(1001, S::Statement))));

        // Sorted by duration, the statements that took the time come first: the summed
        // UPDATEs, the constraint that waited for its lock, the UPDATE that waited on a row.
        statements->sortByColumn(S::Duration, Qt::DescendingOrder);
        QCOMPARE(cell(0, S::Number).toString(), QStringLiteral("1001–2234"));
        QCOMPARE(cell(1, S::Number).toString(), QStringLiteral("2235"));
        QCOMPARE(cell(2, S::Number).toString(), QStringLiteral("419"));
        QCOMPARE(cell(2, S::Duration).toString(), core::formatDuration(2.6));
        for (int row = 1; row < sorted->rowCount(); ++row)
            QVERIFY(cell(row - 1, S::Duration, S::SortRole).toDouble() >=
                    cell(row, S::Duration, S::SortRole).toDouble());
        statements->scrollToTop();
        screenshot(detail, QStringLiteral("history-run-statements"));
        statements->sortByColumn(S::Number, Qt::AscendingOrder);
        QCOMPARE(cell(0, S::Number).toString(), QStringLiteral("1"));
        QCOMPARE(cell(1001, S::Number).toString(), QStringLiteral("2235"));

        // The SQL stays one tab away.
        auto* sql = child<QPlainTextEdit>(detail, "migrationSql");
        QVERIFY(sql->toPlainText().contains(QStringLiteral("accounts_plan_known")));
        QVERIFY(sql->toPlainText().startsWith(QStringLiteral("-- failed: ")));

        // The migration that never ran: a sentence instead of a table, no figures.
        detail->migrationsView()->selectRow(1);
        QCOMPARE(sorted->rowCount(), 0);
        QVERIFY(!shown(statements));
        QVERIFY(shown(note));
        QVERIFY2(note->text().contains(QStringLiteral("accounts.0006_plan_index")),
                 qPrintable(note->text()));
        QVERIFY(note->text().contains(QStringLiteral("did not run")));
        QCOMPARE(below->tabText(0), QStringLiteral("Statements"));
        QVERIFY(sql->toPlainText().contains(QStringLiteral("accounts_plan_idx")));

        // A run recorded before statements were timed says so for each migration.
        pane.openRow(rowOf(pane, QStringLiteral("cycle")));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10'000);
        ui::RunDetailDialog* older = pane.runDetail();
        QVERIFY(older != detail);
        QCOMPARE(older->statementsModel()->rowCount(), 0);
        auto* olderNote = child<QLabel>(older, "statementsNote");
        QVERIFY2(olderNote->text().contains(QStringLiteral("No statement timings were recorded")),
                 qPrintable(olderNote->text()));
        QVERIFY(olderNote->isVisibleTo(older->migrationTabs()));
    }

    void migrationRowOpensTheRunThatAppliedIt()
    {
        ui::HistoryPane pane;
        openPane(pane);
        QTest::keyClicks(child<QLineEdit>(&pane, "historySearch"), QStringLiteral("0002_add_note"));
        QCOMPARE(pane.filter()->rowCount(), 1);
        QSignalSpy opened(&pane, &ui::HistoryPane::runDetailOpened);
        pane.view()->setFocus();
        pane.view()->selectRow(0);
        QTest::keyClick(pane.view(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10'000);
        QCOMPARE(pane.runDetail()->contents().run.id, m_migrateRun);

        // A migration applied by hand has no run to open.
        child<QLineEdit>(&pane, "historySearch")->clear();
        QTest::keyClicks(child<QLineEdit>(&pane, "historySearch"), QStringLiteral("0004_backfill"));
        pane.openRow(0);
        QTest::qWait(200);
        QCOMPARE(opened.count(), 1);
        QVERIFY(child<QLabel>(&pane, "historyStatus")
                    ->text()
                    .contains(QStringLiteral("outside migdesk")));
    }

    void snapshotsCompare()
    {
        ui::HistoryPane pane;
        openPane(pane);
        QCOMPARE(pane.snapshots().size(), std::size_t(2));
        pane.tabs()->setCurrentIndex(1);
        QSignalSpy compared(&pane, &ui::HistoryPane::compared);
        QTest::mouseClick(child<QPushButton>(&pane, "compareSnapshots"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 10'000);
        QCOMPARE(pane.compareModel()->rowCount(), 2); // older → newer: added column and index
        QCOMPARE(
            pane.compareModel()->index(0, 0).data(models::SchemaDiffModel::KindKeyRole).toString(),
            QStringLiteral("added"));
        screenshot(&pane, QStringLiteral("history-compare-snapshots"));
        // Reversed, the same changes read as removals.
        pane.snapshotBefore()->setCurrentIndex(0);
        pane.snapshotAfter()->setCurrentIndex(1);
        pane.compareSnapshots();
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 2, 10'000);
        QCOMPARE(
            pane.compareModel()->index(0, 0).data(models::SchemaDiffModel::KindKeyRole).toString(),
            QStringLiteral("removed"));
    }

    void tableGrowthChartsTheLargestTables()
    {
        ui::HistoryPane pane;
        openPane(pane);
        QSignalSpy shown(&pane, &ui::HistoryPane::growthShown);
        pane.tabs()->setCurrentIndex(2);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10'000);
        QCOMPARE(pane.growthChart()->tables(),
                 QStringList({QStringLiteral("public.events"), QStringLiteral("public.accounts"),
                              QStringLiteral("public.sessions")}));
        QCOMPARE(pane.growthChart()->unitName(), QStringLiteral("GB"));
        child<QSpinBox>(&pane, "growthTop")->setValue(2);
        QCOMPARE(pane.growthChart()->tables().size(), 2);
        child<QSpinBox>(&pane, "growthTop")->setValue(8);
        screenshot(&pane, QStringLiteral("history-table-growth"));
    }

    // The tables pane feeds the growth chart: one sample per database and hour at most.
    void tablesPaneRecordsSizesOncePerHour()
    {
        const auto samples = [this] {
            core::HistoryStore store;
            QString error;
            if (!store.open(core::HistoryStore::defaultPath(), &error))
                qFatal("cannot open the default store: %s", qPrintable(error));
            return store.tableSizes(target().info.displayName(), kDatabase, m_now.addDays(-1));
        };
        ui::TablesPane tables;
        QSignalSpy refreshed(&tables, &ui::Pane::refreshed);
        tables.setTarget(target());
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 15'000);
        QTRY_COMPARE_WITH_TIMEOUT(samples().size(), std::size_t(1), 5'000);
        QCOMPARE(samples().front().table, QStringLiteral("django_migrations"));
        QVERIFY(samples().front().totalBytes > 0);
        tables.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 15'000);
        QTest::qWait(300);
        QCOMPARE(samples().size(), std::size_t(1));
    }

    // Last, since it changes the timeline: a run another machine made and mirrored into the
    // database shows as such, claims the migration it applied and opens with its schema diff.
    void mirroredRunFromAnotherMachine()
    {
        core::RunRecord run =
            runOf(QStringLiteral("migrate"), QStringLiteral("prs-production"),
                  core::Environment::Production, m_now.addSecs(-2 * 3600 - 30), 75);
        run.uuid = QStringLiteral("6f1c1d7e-93a2-4e0b-a1f7-2f4d3c9b8a10");
        run.osUser = QStringLiteral("deploy");
        run.hostName = QStringLiteral("ci-runner-2");
        run.outcome = QStringLiteral("succeeded");
        core::RunMigrationRecord backfill;
        backfill.direction = QStringLiteral("forward");
        backfill.source = QStringLiteral("django");
        backfill.app = QStringLiteral("accounts");
        backfill.name = QStringLiteral("0004_backfill_note");
        backfill.outcome = QStringLiteral("applied");
        backfill.startedAt = run.startedAt.addSecs(20);
        backfill.seconds = 40;
        run.migrations = {backfill};
        core::SchemaChange change;
        change.kind = core::SchemaChange::Kind::Changed;
        change.objectType = QStringLiteral("column");
        change.object = QStringLiteral("public.accounts.note");
        change.table = QStringLiteral("public.accounts");
        change.aspect = QStringLiteral("default");
        change.before = QStringLiteral("''::text");
        run.schemaChanges = {change};
        core::PgConnection writable;
        core::SessionPolicy policy = core::SessionPolicy::inspection();
        policy.readOnly = false;
        const auto failed =
            writable.open(TestCluster::start().connInfo(kDatabase), std::nullopt, policy);
        QVERIFY2(!failed, failed ? qPrintable(failed->sentence()) : "");
        const auto written = core::HistoryMirror::write(writable, run);
        QVERIFY2(!written, written ? qPrintable(written->sentence()) : "");

        ui::HistoryPane pane;
        pane.resize(1280, 820);
        pane.show();
        QSignalSpy refreshed(&pane, &ui::Pane::refreshed);
        pane.setStorePath(storePath());
        pane.setTarget(target());
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty() && pane.model()->rowCount() == 12, 20'000);
        int outside = 0;
        for (const core::TimelineEntry& e : pane.model()->entries())
            outside += e.outsideMigdesk ? 1 : 0;
        QCOMPARE(outside, 1); // only 0001 now
        choose(child<QComboBox>(&pane, "historyKind"), QStringLiteral("migrate"));
        choose(child<QComboBox>(&pane, "historyProfile"), QStringLiteral("prs-production"));
        QCOMPARE(pane.filter()->rowCount(), 1);
        QCOMPARE(pane.filter()->index(0, models::TimelineModel::Who).data().toString(),
                 QStringLiteral("deploy@ci-runner-2"));
        QSignalSpy opened(&pane, &ui::HistoryPane::runDetailOpened);
        pane.openRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10'000);
        ui::RunDetailDialog* detail = pane.runDetail();
        QVERIFY(detail->contents().run.fromMirror);
        QCOMPARE(detail->contents().run.uuid, run.uuid);
        QCOMPARE(detail->diffModel()->rowCount(), 1);
        QCOMPARE(detail->migrationsModel()->rowCount(), 1);
    }
};

QTEST_MAIN(TestHistoryPane)
#include "tst_historypane.moc"
