// SPDX-License-Identifier: GPL-3.0-or-later
// Schema snapshots, their diff and the run mirror against a real PostgreSQL: what the catalog
// reader sees, what a migration's typical DDL reads as, and who may write and read the mirror.
#include "../support/testcluster.h"
#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"
#include "history/recordedrun.h"
#include "history/runschemachanges.h"
#include "history/schemadiff.h"
#include "history/schemasnapshotreader.h"
#include "history/timelinereader.h"
#include "migrations/sqlfolderhistory.h"
#include "runbook/runlog.h"

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace migdesk;
using migdesk::tests::TestCluster;

Q_DECLARE_METATYPE(migdesk::core::SchemaChange)

namespace {

// A role that may log in and nothing else: no CREATE on any database, no table privileges.
constexpr auto kReviewer = "history_reviewer";

// "added column public.t.c: text", "changed column public.t.c type: integer -> bigint",
// "added index t_idx on public.t: CREATE INDEX ...": one line per change, for comparing.
QString line(const core::SchemaChange& change)
{
    QString text = core::SchemaChange::kindKey(change.kind) + QLatin1Char(' ') + change.objectType +
                   QLatin1Char(' ') + change.object;
    if (change.objectType == QLatin1String("index") ||
        change.objectType == QLatin1String("constraint")) {
        text += QStringLiteral(" on ") + change.table;
    }
    switch (change.kind) {
    case core::SchemaChange::Kind::Added:
        return text + QStringLiteral(": ") + change.after;
    case core::SchemaChange::Kind::Removed:
        return text + QStringLiteral(": ") + change.before;
    case core::SchemaChange::Kind::Changed:
        break;
    }
    return text + QLatin1Char(' ') + change.aspect + QStringLiteral(": ") + change.before +
           QStringLiteral(" -> ") + change.after;
}

QByteArray pretty(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

core::RunRecord sampleRun()
{
    core::RunRecord run;
    run.id = 42;
    run.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run.kind = QStringLiteral("migrate");
    run.profile = QStringLiteral("shop production");
    run.environment = QStringLiteral("production");
    run.server = QStringLiteral("db1.example.com:5432");
    run.database = QStringLiteral("shop");
    run.osUser = QStringLiteral("alice");
    run.hostName = QStringLiteral("ops-laptop");
    run.startedAt = QDateTime(QDate(2026, 11, 20), QTime(22, 0, 1, 250), Qt::UTC);
    run.outcome = QStringLiteral("running");
    run.log = QStringLiteral("22:00:01 migrate: applying orders.0042_add_status\n");
    run.details = QStringLiteral(R"({"plan":["orders.0042_add_status"]})");
    run.confirmedBy = QStringLiteral("alice@ops-laptop");
    run.walLsn = QStringLiteral("0/3000148");
    run.steps.push_back({QStringLiteral("backup"), QStringLiteral("succeeded"), run.startedAt, 12.5,
                         QStringLiteral("Backup written.")});
    run.backups.push_back({QStringLiteral("/var/backups/shop.dump"), QStringLiteral("custom"),
                           1234567, QStringLiteral("ab12")});
    core::RunMigrationRecord migration;
    migration.position = 1;
    migration.direction = QStringLiteral("forward");
    migration.source = QStringLiteral("django");
    migration.app = QStringLiteral("orders");
    migration.name = QStringLiteral("0042_add_status");
    migration.outcome = QStringLiteral("applied");
    migration.startedAt = run.startedAt.addSecs(13);
    migration.seconds = 0.75;
    migration.lockWaitSeconds = 0.25;
    migration.maxBlocked = 3;
    migration.sql = QStringLiteral("ALTER TABLE orders ADD COLUMN status text;");
    run.migrations.push_back(migration);
    run.schemaChanges.push_back({core::SchemaChange::Kind::Added, QStringLiteral("column"),
                                 QStringLiteral("public.orders.status"),
                                 QStringLiteral("public.orders"), QString(), QString(),
                                 QStringLiteral("text"), QString()});
    return run;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private:
    static QString freshDatabase(const QString& name)
    {
        TestCluster::exec(QStringLiteral("CREATE DATABASE ") + name);
        return name;
    }

    static void open(core::PgConnection& connection, const QString& database, bool writable,
                     const QString& user = {})
    {
        core::ConnInfo info = TestCluster::start().connInfo(database);
        if (!user.isEmpty())
            info.set(QStringLiteral("user"), user);
        core::SessionPolicy policy = core::SessionPolicy::inspection();
        policy.readOnly = !writable;
        const auto error = connection.open(info, std::nullopt, policy);
        QVERIFY2(!error, error ? qPrintable(error->sentence()) : "");
    }

    static core::SchemaSnapshot snapshot(core::PgConnection& connection)
    {
        const auto read = core::SchemaSnapshotReader::read(connection);
        if (!read)
            qFatal("snapshot failed: %s", qPrintable(read.error().sentence()));
        return *read;
    }

    static core::SchemaSnapshot snapshot(const QString& database)
    {
        core::PgConnection connection;
        open(connection, database, false);
        return snapshot(connection);
    }

    static void run(core::PgConnection& connection, const QString& sql)
    {
        const auto done = connection.execScript(sql);
        QVERIFY2(done, done ? "" : qPrintable(done.error().sentence() + QLatin1Char('\n') + sql));
    }

    static qint64 count(const QString& database, const QString& sql)
    {
        core::PgConnection connection;
        open(connection, database, false);
        const auto result = connection.exec(sql);
        return result ? result->toInt64(0, result->columns().value(0)) : -1;
    }

private slots:
    void initTestCase()
    {
        TestCluster::start();
        TestCluster::exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(QLatin1String(kReviewer)));
    }
    void cleanupTestCase() { TestCluster::stop(); }

    // Every kind of object, in two schemas, with migdesk's own tables left out and the
    // application's django_migrations kept.
    void snapshotIsExact()
    {
        const QString database = freshDatabase(QStringLiteral("snapshot_exact"));
        TestCluster::exec(QStringLiteral(R"(
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email varchar(200) NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    note text);
CREATE UNIQUE INDEX accounts_email_lower ON accounts (lower(email));
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id serial PRIMARY KEY,
    account_id bigint,
    amount numeric CONSTRAINT invoices_amount_positive CHECK (amount >= 0));
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_account_fk
    FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
CREATE TABLE django_migrations (app varchar(255) NOT NULL);
CREATE TABLE migdesk_schema_history (version text PRIMARY KEY);
CREATE SCHEMA migdesk;
CREATE TABLE migdesk.runs (uuid uuid PRIMARY KEY);
)"),
                          database);

        core::SchemaSnapshot expected;
        expected.tables = {
            {QStringLiteral("billing"),
             QStringLiteral("invoices"),
             {{QStringLiteral("id"), QStringLiteral("integer"), false,
               QStringLiteral("nextval('billing.invoices_id_seq'::regclass)")},
              {QStringLiteral("account_id"), QStringLiteral("bigint"), true, {}},
              {QStringLiteral("amount"), QStringLiteral("numeric"), true, {}}},
             {},
             {}},
            {QStringLiteral("public"),
             QStringLiteral("accounts"),
             {{QStringLiteral("id"), QStringLiteral("bigint"), false,
               QStringLiteral("GENERATED ALWAYS AS IDENTITY")},
              {QStringLiteral("email"), QStringLiteral("character varying(200)"), false, {}},
              {QStringLiteral("balance"), QStringLiteral("numeric(12,2)"), false,
               QStringLiteral("0")},
              {QStringLiteral("note"), QStringLiteral("text"), true, {}}},
             {},
             {}},
            {QStringLiteral("public"),
             QStringLiteral("django_migrations"),
             {{QStringLiteral("app"), QStringLiteral("character varying(255)"), false, {}}},
             {},
             {}},
        };
        expected.indexes = {
            {QStringLiteral("billing"), QStringLiteral("invoices"), QStringLiteral("invoices_pkey"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX invoices_pkey ON billing.invoices USING btree (id)"),
             true, true, QStringLiteral("invoices_pkey")},
            {QStringLiteral("public"),
             QStringLiteral("accounts"),
             QStringLiteral("accounts_email_lower"),
             QStringLiteral("CREATE UNIQUE INDEX accounts_email_lower ON public.accounts USING "
                            "btree (lower((email)::text))"),
             true,
             true,
             {}},
            {QStringLiteral("public"), QStringLiteral("accounts"), QStringLiteral("accounts_pkey"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX accounts_pkey ON public.accounts USING btree (id)"),
             true, true, QStringLiteral("accounts_pkey")},
        };
        expected.constraints = {
            {QStringLiteral("billing"), QStringLiteral("invoices"),
             QStringLiteral("invoices_account_fk"), QStringLiteral("f"),
             QStringLiteral("FOREIGN KEY (account_id) REFERENCES public.accounts(id)"), false},
            {QStringLiteral("billing"), QStringLiteral("invoices"),
             QStringLiteral("invoices_amount_positive"), QStringLiteral("c"),
             QStringLiteral("CHECK ((amount >= (0)::numeric))"), true},
            {QStringLiteral("billing"), QStringLiteral("invoices"), QStringLiteral("invoices_pkey"),
             QStringLiteral("p"), QStringLiteral("PRIMARY KEY (id)"), true},
            {QStringLiteral("public"), QStringLiteral("accounts"), QStringLiteral("accounts_pkey"),
             QStringLiteral("p"), QStringLiteral("PRIMARY KEY (id)"), true},
        };

        const core::SchemaSnapshot actual = snapshot(database);
        QCOMPARE(pretty(actual.toJson()), pretty(expected.toJson()));
        QVERIFY(actual == expected);
        QVERIFY(core::SchemaSnapshot::fromJson(actual.toJson()) == actual);
        QVERIFY(core::SchemaDiff::compare(actual, snapshot(database)).empty());
    }

    void diff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("migration");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("firstSentence");
        const QString table = QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, n integer);");
        const QString withUser =
            table + QStringLiteral("CREATE TABLE u (id integer PRIMARY KEY);"
                                   "ALTER TABLE t ADD COLUMN user_id integer;");
        const QString fk = QStringLiteral(
            "ALTER TABLE t ADD CONSTRAINT t_user_fk FOREIGN KEY (user_id) REFERENCES u (id) "
            "NOT VALID;");

        QTest::addRow("add column NOT NULL DEFAULT")
            << table
            << QStringLiteral("ALTER TABLE t ADD COLUMN status text NOT NULL DEFAULT 'new'")
            << QStringList{QStringLiteral(
                   "added column public.t.status: text NOT NULL DEFAULT 'new'::text")}
            << QStringLiteral("Added column public.t.status (text NOT NULL DEFAULT 'new'::text).");
        QTest::addRow("drop column")
            << table << QStringLiteral("ALTER TABLE t DROP COLUMN n")
            << QStringList{QStringLiteral("removed column public.t.n: integer")}
            << QStringLiteral("Dropped column public.t.n (integer).");
        QTest::addRow("create index")
            << table << QStringLiteral("CREATE INDEX t_n_idx ON t (n)")
            << QStringList{QStringLiteral(
                   "added index t_n_idx on public.t: CREATE INDEX t_n_idx ON public.t USING btree "
                   "(n)")}
            << QStringLiteral(
                   "Added index t_n_idx on public.t: CREATE INDEX t_n_idx ON public.t USING btree "
                   "(n).");
        QTest::addRow("add foreign key NOT VALID")
            << withUser << fk
            << QStringList{QStringLiteral("added constraint t_user_fk on public.t: FOREIGN KEY "
                                          "(user_id) REFERENCES public.u(id) NOT VALID")}
            << QStringLiteral("Added foreign key t_user_fk on public.t: FOREIGN KEY (user_id) "
                              "REFERENCES public.u(id) NOT VALID.");
        QTest::addRow("validate foreign key")
            << withUser + fk << QStringLiteral("ALTER TABLE t VALIDATE CONSTRAINT t_user_fk")
            << QStringList{QStringLiteral(
                   "changed constraint t_user_fk on public.t validated: false -> true")}
            << QStringLiteral(
                   "Validated foreign key t_user_fk on public.t: existing rows now satisfy it.");
        QTest::addRow("column type")
            << table << QStringLiteral("ALTER TABLE t ALTER COLUMN n TYPE bigint")
            << QStringList{QStringLiteral("changed column public.t.n type: integer -> bigint")}
            << QStringLiteral("Changed the type of column public.t.n from integer to bigint.");
        QTest::addRow("NOT NULL and default")
            << table
            << QStringLiteral(
                   "ALTER TABLE t ALTER COLUMN n SET DEFAULT 0, ALTER COLUMN n SET NOT NULL")
            << QStringList{QStringLiteral("changed column public.t.n nullable: true -> false"),
                           QStringLiteral("changed column public.t.n default:  -> 0")}
            << QStringLiteral("Made column public.t.n NOT NULL.");
        QTest::addRow("primary key added to a table without one")
            << QStringLiteral("CREATE TABLE t (id integer NOT NULL);")
            << QStringLiteral("ALTER TABLE t ADD PRIMARY KEY (id)")
            << QStringList{QStringLiteral("added constraint t_pkey on public.t: PRIMARY KEY (id)")}
            << QStringLiteral("Added primary key t_pkey on public.t: PRIMARY KEY (id).");
        QTest::addRow("new table")
            << table
            << QStringLiteral("CREATE TABLE audit (id bigint PRIMARY KEY, "
                              "at timestamptz NOT NULL DEFAULT now())")
            << QStringList{QStringLiteral("added table public.audit: id bigint NOT NULL, at "
                                          "timestamp with time zone NOT NULL DEFAULT now()")}
            << QStringLiteral("Added table public.audit (id bigint NOT NULL, at timestamp with "
                              "time zone NOT NULL DEFAULT now()).");
        QTest::addRow("dropped table")
            << table << QStringLiteral("DROP TABLE t")
            << QStringList{QStringLiteral("removed table public.t: id integer NOT NULL, n integer")}
            << QStringLiteral("Dropped table public.t (id integer NOT NULL, n integer).");
        const QString events = QStringLiteral(
            "CREATE TABLE events (at date NOT NULL, kind text) PARTITION BY RANGE (at);"
            "CREATE INDEX events_at_idx ON events (at);"
            "CREATE TABLE events_2026_11 PARTITION OF events "
            "FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');");
        QTest::addRow("new partition")
            << events
            << QStringLiteral("CREATE TABLE events_2026_12 PARTITION OF events "
                              "FOR VALUES FROM ('2026-12-01') TO ('2027-01-01')")
            << QStringList{QStringLiteral(
                   "added table public.events_2026_12: partition of public.events FOR VALUES "
                   "FROM ('2026-12-01') TO ('2027-01-01')")}
            << QStringLiteral("Added table public.events_2026_12 (partition of public.events "
                              "FOR VALUES FROM ('2026-12-01') TO ('2027-01-01')).");
        QTest::addRow("column of a partitioned table is reported once")
            << events << QStringLiteral("ALTER TABLE events ADD COLUMN note text")
            << QStringList{QStringLiteral("added column public.events.note: text")}
            << QStringLiteral("Added column public.events.note (text).");
        QTest::addRow("detached partition")
            << events << QStringLiteral("ALTER TABLE events DETACH PARTITION events_2026_11")
            << QStringList{QStringLiteral(
                   "changed table public.events_2026_11 partition: public.events FOR VALUES "
                   "FROM ('2026-11-01') TO ('2026-12-01') -> ")}
            << QStringLiteral("Detached table public.events_2026_11 from public.events FOR VALUES "
                              "FROM ('2026-11-01') TO ('2026-12-01'): it is a table of its own "
                              "now.");
        QTest::addRow("data only")
            << table << QStringLiteral("INSERT INTO t VALUES (1, 2)") << QStringList() << QString();
    }

    void diff()
    {
        QFETCH(QString, before);
        QFETCH(QString, migration);
        QFETCH(QStringList, expected);
        QFETCH(QString, firstSentence);

        // One database for all rows, its public schema made anew for each: much faster than a
        // database per row.
        static const QString database = freshDatabase(QStringLiteral("diff"));
        core::PgConnection connection;
        open(connection, database, true);
        run(connection, QStringLiteral("SET client_min_messages = warning;"
                                       "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"));
        run(connection, before);
        const core::SchemaSnapshot old = snapshot(connection);
        run(connection, migration);
        const core::SchemaSnapshot now = snapshot(connection);

        const std::vector<core::SchemaChange> changes = core::SchemaDiff::compare(old, now);
        QStringList lines;
        for (const core::SchemaChange& change : changes)
            lines << line(change);
        QCOMPARE(lines, expected);
        if (!changes.empty())
            QCOMPARE(changes.front().sentence(), firstSentence);
        // The way back reads as the opposite changes.
        QCOMPARE(core::SchemaDiff::compare(now, old).size(), changes.size());
        // Snapshots stored as JSON compare the same as the ones just read.
        QVERIFY(core::SchemaDiff::compare(core::SchemaSnapshot::fromJson(old.toJson()),
                                          core::SchemaSnapshot::fromJson(now.toJson())) == changes);
    }

    // A unique index built concurrently over duplicates fails and stays behind, invalid.
    void invalidIndexFromFailedConcurrentBuild()
    {
        const QString database = freshDatabase(QStringLiteral("invalid_index"));
        TestCluster::exec(
            QStringLiteral("CREATE TABLE t (n integer); INSERT INTO t VALUES (1), (1);"), database);
        const core::SchemaSnapshot old = snapshot(database);
        {
            core::PgConnection writable;
            open(writable, database, true);
            QVERIFY(!writable.exec(
                QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY t_n_key ON t (n)")));
        }
        const std::vector<core::SchemaChange> changes =
            core::SchemaDiff::compare(old, snapshot(database));
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(line(changes.front()),
                 QStringLiteral("added index t_n_key on public.t: CREATE UNIQUE INDEX t_n_key ON "
                                "public.t USING btree (n) INVALID"));
        QCOMPARE(changes.front().sentence(),
                 QStringLiteral("Added index t_n_key on public.t, but it is invalid and queries do "
                                "not use it (a failed CREATE INDEX CONCURRENTLY leaves it so): "
                                "CREATE UNIQUE INDEX t_n_key ON public.t USING btree (n). Drop it "
                                "and create it again."));
    }

    // The sentences no DDL above produces.
    void sentences_data()
    {
        QTest::addColumn<core::SchemaChange>("change");
        QTest::addColumn<QString>("sentence");
        using Kind = core::SchemaChange::Kind;
        const QString t = QStringLiteral("public.t");
        const auto changed = [&](const char* type, const char* object, const char* aspect,
                                 const char* before, const char* after, const char* contype = "") {
            return core::SchemaChange{Kind::Changed,
                                      QString::fromLatin1(type),
                                      QString::fromLatin1(object),
                                      t,
                                      QString::fromLatin1(aspect),
                                      QString::fromLatin1(before),
                                      QString::fromLatin1(after),
                                      QString::fromLatin1(contype)};
        };
        QTest::addRow("column allows NULL")
            << changed("column", "public.t.n", "nullable", "false", "true")
            << QStringLiteral("Column public.t.n now allows NULL.");
        QTest::addRow("default changed")
            << changed("column", "public.t.n", "default", "0", "1")
            << QStringLiteral("Changed the default of column public.t.n from 0 to 1.");
        QTest::addRow("default dropped")
            << changed("column", "public.t.n", "default", "0", "")
            << QStringLiteral("Dropped the default of column public.t.n (was 0).");
        QTest::addRow("index became valid")
            << changed("index", "t_n_key", "valid", "false", "true")
            << QStringLiteral("Index t_n_key on public.t is now valid.");
        QTest::addRow("index definition")
            << changed("index", "t_n_idx", "definition",
                       "CREATE INDEX t_n_idx ON public.t USING btree (n)",
                       "CREATE INDEX t_n_idx ON public.t USING hash (n)")
            << QStringLiteral("Changed index t_n_idx on public.t from CREATE INDEX t_n_idx ON "
                              "public.t USING btree (n) to CREATE INDEX t_n_idx ON public.t USING "
                              "hash (n).");
        QTest::addRow("check constraint definition")
            << changed("constraint", "t_n_check", "definition", "CHECK ((n > 0))",
                       "CHECK ((n >= 0))", "c")
            << QStringLiteral("Changed check constraint t_n_check on public.t from CHECK ((n > 0)) "
                              "to CHECK ((n >= 0)).");
        QTest::addRow("unique constraint dropped")
            << core::SchemaChange{Kind::Removed,
                                  QStringLiteral("constraint"),
                                  QStringLiteral("t_n_key"),
                                  t,
                                  QString(),
                                  QStringLiteral("UNIQUE (n)"),
                                  QString(),
                                  QStringLiteral("u")}
            << QStringLiteral("Dropped unique constraint t_n_key on public.t.");
        QTest::addRow("index dropped")
            << core::SchemaChange{Kind::Removed,
                                  QStringLiteral("index"),
                                  QStringLiteral("t_n_idx"),
                                  t,
                                  QString(),
                                  QStringLiteral("CREATE INDEX t_n_idx ON public.t "
                                                 "USING btree (n)"),
                                  QString(),
                                  QString()}
            << QStringLiteral("Dropped index t_n_idx on public.t.");
        QTest::addRow("attached partition")
            << changed("table", "public.t_2026", "partition", "",
                       "public.t FOR VALUES FROM (2026) TO (2027)")
            << QStringLiteral("Attached table public.t_2026 as a partition of public.t FOR VALUES "
                              "FROM (2026) TO (2027).");
    }

    void sentences()
    {
        QFETCH(core::SchemaChange, change);
        QFETCH(QString, sentence);
        QCOMPARE(change.sentence(), sentence);
    }

    // Written when the run starts and again when it ends: one row, the last state, and read
    // back exactly as written.
    void mirrorRoundTrip()
    {
        const QString database = freshDatabase(QStringLiteral("mirror_round_trip"));
        core::PgConnection writable;
        open(writable, database, true);

        const auto none = core::HistoryMirror::read(writable);
        QVERIFY2(none, none ? "" : qPrintable(none.error().sentence()));
        QVERIFY(none->empty());

        core::RunRecord run = sampleRun();
        auto error = core::HistoryMirror::write(writable, run);
        QVERIFY2(!error, error ? qPrintable(error->sentence()) : "");
        run.outcome = QStringLiteral("succeeded");
        run.endedAt = run.startedAt.addSecs(95);
        run.steps.push_back({QStringLiteral("migrate"), QStringLiteral("succeeded"),
                             run.startedAt.addSecs(13), 80.0, QStringLiteral("1 applied.")});
        error = core::HistoryMirror::write(writable, run);
        QVERIFY2(!error, error ? qPrintable(error->sentence()) : "");

        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM migdesk.runs")), 1);
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM migdesk.runs WHERE "
                                                "outcome = 'succeeded' AND ended_at IS NOT NULL")),
                 1);

        core::PgConnection reader;
        open(reader, database, false);
        const auto runs = core::HistoryMirror::read(reader);
        QVERIFY2(runs, runs ? "" : qPrintable(runs.error().sentence()));
        QCOMPARE(runs->size(), std::size_t(1));
        core::RunRecord expected = run;
        expected.id = 0;
        expected.fromMirror = true;
        expected.mirror = QStringLiteral("mirrored");
        QCOMPARE(pretty(runs->front().toJson()), pretty(expected.toJson()));

        const auto later = core::HistoryMirror::read(reader, run.startedAt.addSecs(1));
        QVERIFY(later);
        QVERIFY(later->empty());
    }

    // Another session creates the schema while the first run's write waits for it: the write
    // loses the race to create it, finds it made and writes its run.
    void mirrorCreatedMeanwhile()
    {
        const QString database = freshDatabase(QStringLiteral("mirror_race"));
        core::PgConnection other;
        open(other, database, true);
        QVERIFY(other.exec(QStringLiteral("BEGIN")));
        QVERIFY(other.exec(QStringLiteral("CREATE SCHEMA migdesk")));

        const core::RunRecord run = sampleRun();
        std::optional<core::DbError> error;
        std::thread writer([&] {
            core::PgConnection writable;
            core::SessionPolicy policy;
            policy.readOnly = false;
            policy.lockTimeoutMs = 60'000;
            if (auto failed =
                    writable.open(TestCluster::start().connInfo(database), std::nullopt, policy))
                error = failed;
            else
                error = core::HistoryMirror::write(writable, run);
        });
        {
            // Committed and joined however the wait ends.
            const auto finish = qScopeGuard([&] {
                other.exec(QStringLiteral("COMMIT"));
                writer.join();
            });
            // The writer's CREATE SCHEMA waits on the uncommitted one.
            QTRY_COMPARE_WITH_TIMEOUT(
                count(database, QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                               "WHERE wait_event_type = 'Lock' "
                                               "AND query LIKE 'CREATE SCHEMA%'")),
                1, 30'000);
        }
        QVERIFY2(!error, error ? qPrintable(error->sentence()) : "");
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM migdesk.runs")), 1);
    }

    // A role without CREATE on the database cannot start the mirror; an inspection connection
    // cannot write at all. Neither leaves anything behind, and the sentence says why and what
    // to grant.
    // A role that may create in the database plants migdesk's table (or a trigger on it) with a
    // trigger function that would run with the DBA's rights on the next write. The write is
    // refused, naming the planting role, and the trigger never fires.
    void plantedTableIsRefusedAndNeverFires_data()
    {
        QTest::addColumn<QString>("asSuperuser"); // set up by the DBA first
        QTest::addColumn<QString>("asPlanter");
        QTest::addColumn<bool>("sqlFolder"); // migdesk_schema_history instead of migdesk.runs
        const QString function = QStringLiteral(
            "CREATE FUNCTION public.planted() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN INSERT INTO public.fired VALUES (current_user); RETURN NEW; END$$;");
        QTest::newRow("the mirror's schema and table planted")
            << QString() << function + QStringLiteral(R"(
                CREATE SCHEMA migdesk;
                CREATE TABLE migdesk.runs (
                    uuid uuid PRIMARY KEY, kind text NOT NULL, profile text NOT NULL,
                    environment text NOT NULL, server text NOT NULL, database text NOT NULL,
                    os_user text NOT NULL, host_name text NOT NULL, started_at timestamptz NOT NULL,
                    ended_at timestamptz, outcome text NOT NULL, record jsonb NOT NULL,
                    written_by text NOT NULL DEFAULT current_user,
                    written_at timestamptz NOT NULL DEFAULT now());
                GRANT ALL ON SCHEMA migdesk TO PUBLIC;
                GRANT ALL ON migdesk.runs TO PUBLIC;
                CREATE TRIGGER planted BEFORE INSERT OR UPDATE ON migdesk.runs
                    FOR EACH ROW EXECUTE FUNCTION public.planted();)")
            << false;
        QTest::newRow("a trigger planted on the DBA's own mirror table")
            << QStringLiteral("GRANT USAGE ON SCHEMA migdesk TO planter; GRANT TRIGGER ON "
                              "migdesk.runs TO planter;")
            << function +
                   QStringLiteral("CREATE TRIGGER planted BEFORE INSERT OR UPDATE ON migdesk.runs "
                                  "FOR EACH ROW EXECUTE FUNCTION public.planted();")
            << false;
        QTest::newRow("a SQL folder's history table planted")
            << QString() << function + QStringLiteral(R"(
                CREATE TABLE public.migdesk_schema_history (version text PRIMARY KEY);
                GRANT ALL ON public.migdesk_schema_history TO PUBLIC;
                CREATE TRIGGER planted BEFORE INSERT ON public.migdesk_schema_history
                    FOR EACH ROW EXECUTE FUNCTION public.planted();)")
            << true;
    }

    void plantedTableIsRefusedAndNeverFires()
    {
        QFETCH(QString, asSuperuser);
        QFETCH(QString, asPlanter);
        QFETCH(bool, sqlFolder);
        static int round = 0;
        const QString database = freshDatabase(QStringLiteral("planted_%1").arg(++round));
        if (round == 1)
            TestCluster::exec(QStringLiteral("CREATE ROLE planter LOGIN"));
        TestCluster::exec(QStringLiteral("CREATE TABLE public.fired (who text);"
                                         "GRANT INSERT ON public.fired TO PUBLIC;"
                                         "GRANT CREATE ON DATABASE %1 TO planter;"
                                         "GRANT CREATE ON SCHEMA public TO planter;")
                              .arg(database),
                          database);
        core::PgConnection dba;
        open(dba, database, true);
        if (!asSuperuser.isEmpty()) {
            QVERIFY(!core::HistoryMirror::write(dba, sampleRun()));
            run(dba, asSuperuser);
        }
        {
            core::PgConnection planter;
            open(planter, database, true, QStringLiteral("planter"));
            run(planter, asPlanter);
        }

        const auto refused = sqlFolder ? core::SqlFolderHistory::create(dba)
                                       : core::HistoryMirror::write(dba, sampleRun());
        QVERIFY(refused);
        QVERIFY2(refused->message().contains(QStringLiteral("Refused to write")) &&
                     refused->message().contains(QStringLiteral("owned by planter")),
                 qPrintable(refused->message()));
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM public.fired")), 0);
        // The session is still usable after the refusal.
        QVERIFY(dba.exec(QStringLiteral("SELECT 1")));
    }

    void mirrorRefused()
    {
        const QString database = freshDatabase(QStringLiteral("mirror_refused"));
        const core::RunRecord run = sampleRun();

        core::PgConnection reviewer;
        open(reviewer, database, true, QLatin1String(kReviewer));
        const auto denied = core::HistoryMirror::write(reviewer, run);
        QVERIFY(denied);
        QCOMPARE(denied->kind(), core::DbError::Kind::PermissionDenied);
        const QString sentence = core::HistoryMirror::refusalSentence(*denied, database);
        QVERIFY2(sentence.startsWith(QStringLiteral(
                     "The run is recorded locally but not mirrored to mirror_refused")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("grant the role CREATE on the database")),
                 qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("SELECT, INSERT, UPDATE on migdesk.runs")),
                 qPrintable(sentence));
        // The failed transaction was rolled back: the connection is usable again.
        const auto after = core::HistoryMirror::read(reviewer);
        QVERIFY2(after, after ? "" : qPrintable(after.error().sentence()));
        QVERIFY(after->empty());

        core::PgConnection inspection;
        open(inspection, database, false);
        const auto readOnly = core::HistoryMirror::write(inspection, run);
        QVERIFY(readOnly);
        QCOMPARE(readOnly->kind(), core::DbError::Kind::ReadOnly);
        QVERIFY(core::HistoryMirror::refusalSentence(*readOnly).contains(
            QStringLiteral("not mirrored to the target database: the session there is read-only")));

        QCOMPARE(
            count(database,
                  QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'migdesk'")),
            0);
    }

    // A reviewer's role with SELECT on an existing mirror reads it, and still may not write.
    void mirrorReadBySelectOnlyRole()
    {
        const QString database = freshDatabase(QStringLiteral("mirror_select_only"));
        const core::RunRecord run = sampleRun();
        {
            core::PgConnection writable;
            open(writable, database, true);
            const auto error = core::HistoryMirror::write(writable, run);
            QVERIFY2(!error, error ? qPrintable(error->sentence()) : "");
        }
        {
            // Before the grants, the timeline says which two the reviewer's role needs.
            core::PgConnection ungranted;
            open(ungranted, database, false, QLatin1String(kReviewer));
            const core::TimelineReader::Sources sources = core::TimelineReader::read(ungranted);
            QVERIFY(sources.mirrored.empty());
            QCOMPARE(sources.problems.size(), 1);
            const QString& problem = sources.problems.front();
            QVERIFY2(problem.contains(QStringLiteral("GRANT USAGE ON SCHEMA migdesk")) &&
                         problem.contains(QStringLiteral("GRANT SELECT ON migdesk.runs")),
                     qPrintable(problem));
        }
        TestCluster::exec(QStringLiteral("GRANT USAGE ON SCHEMA migdesk TO %1;"
                                         "GRANT SELECT ON migdesk.runs TO %1;")
                              .arg(QLatin1String(kReviewer)),
                          database);

        core::PgConnection reviewer;
        open(reviewer, database, false, QLatin1String(kReviewer));
        const auto runs = core::HistoryMirror::read(reviewer);
        QVERIFY2(runs, runs ? "" : qPrintable(runs.error().sentence()));
        QCOMPARE(runs->size(), std::size_t(1));
        QCOMPARE(runs->front().uuid, run.uuid);
        QVERIFY(runs->front().fromMirror);

        core::PgConnection reviewerWriting;
        open(reviewerWriting, database, true, QLatin1String(kReviewer));
        const auto denied = core::HistoryMirror::write(reviewerWriting, run);
        QVERIFY(denied);
        QCOMPARE(denied->kind(), core::DbError::Kind::PermissionDenied);
    }

    // A run whose role may not write the mirror: the run is still recorded here in full (steps,
    // log, schema before and after), and the run itself says the mirror was refused.
    void refusedMirrorLeavesACompleteLocalRecord()
    {
        const QString database = freshDatabase(QStringLiteral("mirror_refused_run"));
        TestCluster::exec(QStringLiteral("CREATE TABLE ledger (id bigint PRIMARY KEY)"), database);
        QTemporaryDir folder;
        const QString storePath = folder.filePath(QStringLiteral("history.sqlite"));
        core::ConnectionTarget target;
        target.profile.name = QStringLiteral("prs-review");
        target.info = TestCluster::start().connInfo(database);
        target.info.set(QStringLiteral("user"), QLatin1String(kReviewer));
        core::RunRecord record;
        record.kind = QStringLiteral("migrate");
        record.database = database;
        core::RunLog log;
        QString mirror;
        qint64 id = 0;
        {
            core::RecordedRun run(storePath, record, log);
            const core::StepResult step = run.aroundSchemaChange(target, core::WritePolicy{}, [&] {
                TestCluster::exec(QStringLiteral("ALTER TABLE ledger ADD COLUMN note text"),
                                  database);
                core::StepResult result;
                result.step = QStringLiteral("migrate");
                result.started = QDateTime::currentDateTime();
                result.seconds = 0.5;
                result.sentence = QStringLiteral("Applied 1 migration.");
                return result;
            });
            run.addStep(step);
            run.finish(QStringLiteral("succeeded"), step.toJson());
            mirror = run.mirror(target, core::WritePolicy{});
            run.recorder().wait();
            id = run.recorder().runId();
        }
        QVERIFY2(mirror.startsWith(QStringLiteral("The run is recorded locally but not mirrored")),
                 qPrintable(mirror));
        core::HistoryStore store;
        QString error;
        QVERIFY2(store.open(storePath, &error), qPrintable(error));
        const auto recorded = store.run(id).value();
        QVERIFY(recorded);
        QCOMPARE(recorded->outcome, QStringLiteral("succeeded"));
        QCOMPARE(recorded->mirror, mirror);
        QCOMPARE(int(recorded->steps.size()), 1);
        QVERIFY2(recorded->log.contains(mirror), qPrintable(recorded->log));
        QStringList changes;
        for (const core::SchemaChange& change : core::RunSchemaChanges::of(store, *recorded))
            changes << change.sentence();
        QCOMPARE(changes, QStringList{QStringLiteral("Added column public.ledger.note (text).")});
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
