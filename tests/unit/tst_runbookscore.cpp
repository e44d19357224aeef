// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook's impact assessment kept exactly: points per operation class, levels and their
// boundaries, safety colours, migration types, the time estimate and the recommendations.
#include "migrations/migration.h"
#include "risk/liveimpact.h"
#include "risk/runbookscore.h"
#include "risk/runbooksql.h"

#include <QTest>

using namespace migdesk::core;
using Operations = std::vector<MigrationOperation>;

Q_DECLARE_METATYPE(migdesk::core::MigrationOperation)
Q_DECLARE_METATYPE(Operations)

namespace {

MigrationOperation op(const QString& className, const QString& model = {})
{
    MigrationOperation o;
    o.className = className;
    o.qualifiedName = QStringLiteral("migrations.") + className;
    o.modelName = model;
    return o;
}

MigrationOperation addField(const QString& fieldClass, std::optional<bool> null, bool hasDefault)
{
    MigrationOperation o = op(QStringLiteral("AddField"), QStringLiteral("invoice"));
    o.name = QStringLiteral("field");
    o.fieldClass = fieldClass;
    o.fieldNull = null;
    o.fieldHasDefault = hasDefault;
    return o;
}

MigrationOperation runSql(const QStringList& sql)
{
    MigrationOperation o = op(QStringLiteral("RunSQL"));
    o.sql = sql;
    return o;
}

Migration migration(const QString& app, const QString& name, Operations operations)
{
    Migration m;
    m.app = app;
    m.name = name;
    m.operations = std::move(operations);
    return m;
}

// The pending migrations of the demo project (resources/demo/prs), in `migrate --plan` order,
// as a Django source reads them.
std::vector<Migration> demoPending()
{
    MigrationOperation rename = op(QStringLiteral("RenameField"), QStringLiteral("account"));
    rename.oldName = QStringLiteral("branch_code");
    rename.newName = QStringLiteral("sort_code");

    MigrationOperation alterStatus = op(QStringLiteral("AlterField"), QStringLiteral("invoice"));
    alterStatus.name = QStringLiteral("status");
    alterStatus.fieldClass = QStringLiteral("models.CharField");
    alterStatus.fieldHasDefault = true;
    MigrationOperation statusIndex = op(QStringLiteral("AddIndex"), QStringLiteral("invoice"));
    statusIndex.name = QStringLiteral("billing_inv_status_due_idx");

    MigrationOperation language = addField(QStringLiteral("models.CharField"), true, false);
    language.modelName = QStringLiteral("customer");
    language.name = QStringLiteral("preferred_language");

    MigrationOperation methodIndex =
        runSql({QStringLiteral(R"(CREATE INDEX CONCURRENTLY IF NOT EXISTS )"
                               R"("payments_payment_method_id_77087a63" ON "payments_payment" )"
                               R"(("method_id");)")});
    methodIndex.reverseSql = {QStringLiteral(
        R"(DROP INDEX CONCURRENTLY IF EXISTS "payments_payment_method_id_77087a63";)")};
    Migration payments =
        migration(QStringLiteral("payments"),
                  QStringLiteral("0003_payment_method_index_concurrently"), {methodIndex});
    payments.atomic = false;

    MigrationOperation receipt = addField(QStringLiteral("models.ForeignKey"), true, false);
    receipt.modelName = QStringLiteral("ledgerentry");
    receipt.name = QStringLiteral("receipt");
    const MigrationOperation backfill = runSql({QStringLiteral(R"(
UPDATE "ledger_ledgerentry" AS le
   SET "receipt_id" = r."id"
  FROM "receipts_receipt" AS r
 WHERE r."payment_id" = le."payment_id"
   AND le."payment_id" IS NOT NULL
   AND le."receipt_id" IS NULL;
)")});
    MigrationOperation dropBatch = op(QStringLiteral("RemoveField"), QStringLiteral("ledgerentry"));
    dropBatch.name = QStringLiteral("legacy_batch_code");

    return {
        migration(QStringLiteral("accounts"), QStringLiteral("0003_rename_branch_code_sort_code"),
                  {rename}),
        migration(QStringLiteral("billing"), QStringLiteral("0003_invoice_status_due_idx"),
                  {alterStatus, statusIndex}),
        migration(QStringLiteral("customers"), QStringLiteral("0003_customer_preferred_language"),
                  {language}),
        payments,
        migration(QStringLiteral("ledger"),
                  QStringLiteral("0003_ledgerentry_receipt_drop_legacy_batch"),
                  {receipt, backfill, op(QStringLiteral("RunPython")), dropBatch}),
        migration(QStringLiteral("receipts"), QStringLiteral("0002_alter_receipt_ordering"),
                  {op(QStringLiteral("AlterModelOptions"), QStringLiteral("receipt"))}),
    };
}

// resources/demo/README.md, "Tables (after data.sql)".
std::map<QString, qint64> demoRows()
{
    return {{QStringLiteral("ledger_ledgerentry"), 1'015'682},
            {QStringLiteral("payments_payment"), 298'845},
            {QStringLiteral("billing_invoice"), 200'000},
            {QStringLiteral("payments_gatewayevent"), 7'223},
            {QStringLiteral("receipts_receipt"), 99'809},
            {QStringLiteral("customers_customer"), 20'000},
            {QStringLiteral("accounts_account"), 2'000},
            {QStringLiteral("ledger_fiscalperiod"), 19},
            {QStringLiteral("accounts_bank"), 7},
            {QStringLiteral("payments_paymentmethod"), 7},
            {QStringLiteral("core_currency"), 8},
            {QStringLiteral("django_migrations"), 12}};
}

} // namespace

class TestRunbookScore : public QObject
{
    Q_OBJECT
private slots:
    void pointsPerOperationClass_data()
    {
        QTest::addColumn<QString>("className");
        QTest::addColumn<int>("points");
        QTest::addRow("CreateModel") << QStringLiteral("CreateModel") << 1;
        QTest::addRow("AddField") << QStringLiteral("AddField") << 1;
        QTest::addRow("AlterField") << QStringLiteral("AlterField") << 2;
        QTest::addRow("RenameField") << QStringLiteral("RenameField") << 2;
        QTest::addRow("AddIndex") << QStringLiteral("AddIndex") << 2;
        QTest::addRow("RemoveField") << QStringLiteral("RemoveField") << 3;
        QTest::addRow("DeleteModel") << QStringLiteral("DeleteModel") << 3;
        QTest::addRow("RunSQL") << QStringLiteral("RunSQL") << 3;
        QTest::addRow("RunPython") << QStringLiteral("RunPython") << 4;
        QTest::addRow("AddIndexConcurrently is not AddIndex")
            << QStringLiteral("AddIndexConcurrently") << 0;
        QTest::addRow("RemoveIndex") << QStringLiteral("RemoveIndex") << 0;
        QTest::addRow("RenameModel") << QStringLiteral("RenameModel") << 0;
        QTest::addRow("AddConstraint") << QStringLiteral("AddConstraint") << 0;
        QTest::addRow("AlterModelOptions") << QStringLiteral("AlterModelOptions") << 0;
        QTest::addRow("SeparateDatabaseAndState")
            << QStringLiteral("SeparateDatabaseAndState") << 0;
        QTest::addRow("qualified name is not a class name")
            << QStringLiteral("migrations.AddField") << 0;
        QTest::addRow("case matters") << QStringLiteral("addfield") << 0;
        QTest::addRow("empty") << QString() << 0;
    }

    void pointsPerOperationClass()
    {
        QFETCH(QString, className);
        QFETCH(int, points);
        QCOMPARE(RunbookScore::points(className), points);
        // A migration of that one operation scores the same.
        QCOMPARE(RunbookScore::score(
                     migration(QStringLiteral("a"), QStringLiteral("0001"), {op(className)}))
                     .score,
                 points);
    }

    void migrationLevelBoundaries_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        QTest::addRow("0 low") << 0 << QStringLiteral("low");
        QTest::addRow("2 low") << 2 << QStringLiteral("low");
        QTest::addRow("3 medium") << 3 << QStringLiteral("medium");
        QTest::addRow("5 medium") << 5 << QStringLiteral("medium");
        QTest::addRow("6 high") << 6 << QStringLiteral("high");
        QTest::addRow("11 high") << 11 << QStringLiteral("high");
    }

    void migrationLevelBoundaries()
    {
        QFETCH(int, score);
        QFETCH(QString, level);
        QCOMPARE(RunbookScore::levelKey(RunbookScore::migrationLevel(score)), level);
    }

    void migrationLevelFromOperations_data()
    {
        QTest::addColumn<Operations>("operations");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        const MigrationOperation create = op(QStringLiteral("CreateModel"));
        const MigrationOperation alter = op(QStringLiteral("AlterField"));
        const MigrationOperation python = op(QStringLiteral("RunPython"));
        QTest::addRow("2: two CreateModel, low")
            << Operations{create, create} << 2 << QStringLiteral("low");
        QTest::addRow("3: CreateModel + AlterField, medium")
            << Operations{create, alter} << 3 << QStringLiteral("medium");
        QTest::addRow("5: RunPython + CreateModel, medium")
            << Operations{python, create} << 5 << QStringLiteral("medium");
        QTest::addRow("6: three AlterField, high")
            << Operations{alter, alter, alter} << 6 << QStringLiteral("high");
        QTest::addRow("no operations, low") << Operations{} << 0 << QStringLiteral("low");
    }

    void migrationLevelFromOperations()
    {
        QFETCH(Operations, operations);
        QFETCH(int, score);
        QFETCH(QString, level);
        const auto scored =
            RunbookScore::score(migration(QStringLiteral("a"), QStringLiteral("0002"), operations));
        QCOMPARE(scored.score, score);
        QCOMPARE(RunbookScore::levelKey(scored.level), level);
        QCOMPARE(scored.operations.size(), operations.size());
    }

    void overallLevelBoundaries_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("recommendations");
        QTest::addRow("0 low") << 0 << QStringLiteral("low") << 2;
        QTest::addRow("5 low") << 5 << QStringLiteral("low") << 2;
        QTest::addRow("6 medium") << 6 << QStringLiteral("medium") << 3;
        QTest::addRow("15 medium") << 15 << QStringLiteral("medium") << 3;
        QTest::addRow("16 high") << 16 << QStringLiteral("high") << 5;
        QTest::addRow("21 high") << 21 << QStringLiteral("high") << 5;
    }

    void overallLevelBoundaries()
    {
        QFETCH(int, total);
        QFETCH(QString, level);
        QFETCH(int, recommendations);
        QCOMPARE(RunbookScore::levelKey(RunbookScore::overallLevel(total)), level);
        // The same through overall(): `total` migrations of one AddField each.
        std::vector<RunbookScore::MigrationScore> scores;
        for (int i = 0; i < std::max(total, 1); ++i) {
            scores.push_back(RunbookScore::score(
                migration(QStringLiteral("a"), QString::number(i),
                          total == 0 ? Operations{} : Operations{op(QStringLiteral("AddField"))})));
        }
        const auto overall = RunbookScore::overall(scores);
        QCOMPARE(overall.total, total);
        QCOMPARE(RunbookScore::levelKey(overall.level), level);
        QCOMPARE(overall.recommendations.size(), recommendations);
    }

    void safetyPerOperation_data()
    {
        QTest::addColumn<MigrationOperation>("operation");
        QTest::addColumn<QString>("safety");
        QTest::addColumn<int>("reason");
        using R = RunbookScore::Reason;
        const auto row = [](const char* tag, const MigrationOperation& o, const char* safety,
                            R reason) {
            QTest::addRow("%s", tag) << o << QString::fromLatin1(safety) << int(reason);
        };
        row("CreateModel: new table", op(QStringLiteral("CreateModel")), "green", R::NewTable);
        row("AddField null=True", addField(QStringLiteral("models.CharField"), true, false),
            "green", R::NullableColumn);
        row("AddField NOT NULL with default",
            addField(QStringLiteral("models.IntegerField"), false, true), "yellow",
            R::NotNullWithDefault);
        row("AddField null not written, default",
            addField(QStringLiteral("models.BooleanField"), std::nullopt, true), "yellow",
            R::NotNullWithDefault);
        row("AddField NOT NULL without default",
            addField(QStringLiteral("models.IntegerField"), false, false), "red",
            R::NotNullWithoutDefault);
        row("AddField ManyToManyField",
            addField(QStringLiteral("models.ManyToManyField"), std::nullopt, false), "green",
            R::NewJoinTable);
        row("AddField OneToOneField is unique",
            addField(QStringLiteral("models.OneToOneField"), true, false), "red",
            R::UniqueConstraint);
        row("AlterField: compatible by default", op(QStringLiteral("AlterField")), "yellow",
            R::CompatibleTypeChange);
        row("RenameField", op(QStringLiteral("RenameField")), "yellow", R::Rename);
        row("RenameModel", op(QStringLiteral("RenameModel")), "yellow", R::Rename);
        row("AddIndex blocks writes", op(QStringLiteral("AddIndex")), "yellow",
            R::BlockingIndexBuild);
        row("AddIndexConcurrently", op(QStringLiteral("AddIndexConcurrently")), "green",
            R::ConcurrentIndex);
        row("RemoveIndex", op(QStringLiteral("RemoveIndex")), "yellow", R::DropIndex);
        row("RemoveField", op(QStringLiteral("RemoveField")), "red", R::DropColumn);
        row("DeleteModel", op(QStringLiteral("DeleteModel")), "red", R::DropTable);
        row("RunPython", op(QStringLiteral("RunPython")), "red", R::DataMigration);
        MigrationOperation unique = op(QStringLiteral("AddConstraint"));
        unique.fieldClass = QStringLiteral("models.UniqueConstraint");
        row("AddConstraint UniqueConstraint", unique, "red", R::UniqueConstraint);
        MigrationOperation check = op(QStringLiteral("AddConstraint"));
        check.fieldClass = QStringLiteral("models.CheckConstraint");
        row("AddConstraint CheckConstraint", check, "yellow", R::ValidatedConstraint);
        row("AddConstraintNotValid", op(QStringLiteral("AddConstraintNotValid")), "green",
            R::ConstraintNotValidated);
        row("AlterUniqueTogether", op(QStringLiteral("AlterUniqueTogether")), "red",
            R::UniqueConstraint);
        row("AlterModelOptions: state only", op(QStringLiteral("AlterModelOptions")), "green",
            R::NoDataChange);
        row("HStoreExtension", op(QStringLiteral("HStoreExtension")), "green", R::NewObjects);
        row("unknown operation", op(QStringLiteral("MyOwnOperation")), "yellow", R::NotRated);
        row("RunSQL CREATE INDEX CONCURRENTLY",
            runSql({QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a);")}), "green",
            R::ConcurrentIndex);
        row("RunSQL NOT VALID constraint",
            runSql({QStringLiteral("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID")}),
            "green", R::ConstraintNotValidated);
        row("RunSQL not a literal", runSql({}), "red", R::UnreadableSql);
    }

    void safetyPerOperation()
    {
        QFETCH(MigrationOperation, operation);
        QFETCH(QString, safety);
        QFETCH(int, reason);
        const auto scored = RunbookScore::scoreOperation(operation);
        QCOMPARE(RunbookScore::safetyKey(scored.safety), safety);
        QCOMPARE(int(scored.reason), reason);
        QVERIFY(!RunbookScore::reasonText(scored.reason).isEmpty());
    }

    void runSqlStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("safety");
        QTest::addColumn<bool>("changesData");
        QTest::addColumn<bool>("drops");
        QTest::addColumn<bool>("onlyAdds");
        const auto row = [](const char* tag, const char* sql, const char* safety, bool data,
                            bool drops, bool adds) {
            QTest::addRow("%s", tag)
                << QString::fromUtf8(sql) << QString::fromLatin1(safety) << data << drops << adds;
        };
        row("create table", "CREATE TABLE t (id int PRIMARY KEY)", "green", false, false, true);
        row("add nullable column", "ALTER TABLE t ADD COLUMN c text", "green", false, false, true);
        row("add NOT NULL with default", "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0",
            "yellow", false, false, true);
        row("add NOT NULL without default", "ALTER TABLE t ADD COLUMN c int NOT NULL", "red", false,
            false, true);
        row("plain index", "CREATE INDEX i ON t (a)", "yellow", false, false, true);
        row("concurrent index", "CREATE INDEX CONCURRENTLY i ON t (a)", "green", false, false,
            true);
        row("unique index, even concurrent", "CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)", "red",
            false, false, true);
        row("unique constraint", "ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)", "red", false, false,
            true);
        row("foreign key NOT VALID",
            "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u NOT VALID", "green", false,
            false, true);
        row("validate constraint", "ALTER TABLE t VALIDATE CONSTRAINT f", "green", false, false,
            false);
        row("compatible type change", "ALTER TABLE t ALTER COLUMN a TYPE varchar(24)", "yellow",
            false, false, false);
        row("incompatible type change (USING)",
            "ALTER TABLE t ALTER COLUMN a TYPE int USING a::int", "red", false, false, false);
        row("rename column", "ALTER TABLE t RENAME COLUMN a TO b", "yellow", false, false, false);
        row("drop index", "DROP INDEX CONCURRENTLY IF EXISTS i", "yellow", false, true, false);
        row("drop column", "ALTER TABLE t DROP COLUMN a", "red", false, true, false);
        row("drop table", "DROP TABLE t", "red", false, true, false);
        row("truncate", "TRUNCATE t", "red", false, true, false);
        row("update is a data migration", "UPDATE t SET a = 1 WHERE b IS NULL", "red", true, false,
            false);
        row("insert", "INSERT INTO t VALUES (1)", "red", true, false, false);
        row("DO block", "DO $$ BEGIN UPDATE t SET a = 1; END $$", "red", true, false, false);
        row("keywords in a string are not statements",
            "COMMENT ON TABLE t IS 'DROP TABLE t; UPDATE t SET a = 1'", "green", false, false,
            false);
        row("SET is neutral beside an addition",
            "SET lock_timeout = '1s'; CREATE INDEX CONCURRENTLY i ON t (a);", "green", false, false,
            true);
        row("worst statement wins", "CREATE TABLE n (id int); ALTER TABLE t DROP COLUMN a;", "red",
            false, true, false);
        row("empty (RunSQL.noop)", "", "green", false, false, false);
        row("syntax error", "CREAT TABLE t (id int)", "red", false, false, false);
    }

    void runSqlStatements()
    {
        QFETCH(QString, sql);
        QFETCH(QString, safety);
        QFETCH(bool, changesData);
        QFETCH(bool, drops);
        QFETCH(bool, onlyAdds);
        const RunbookSql::Verdict verdict = RunbookSql::classify({sql});
        QCOMPARE(RunbookScore::safetyKey(verdict.safety), safety);
        QCOMPARE(verdict.changesData, changesData);
        QCOMPARE(verdict.drops, drops);
        QCOMPARE(verdict.onlyAdds, onlyAdds);
    }

    void migrationType_data()
    {
        QTest::addColumn<Operations>("operations");
        QTest::addColumn<QString>("type");
        const MigrationOperation create = op(QStringLiteral("CreateModel"));
        const MigrationOperation add = addField(QStringLiteral("models.CharField"), true, false);
        const MigrationOperation remove = op(QStringLiteral("RemoveField"));
        const MigrationOperation python = op(QStringLiteral("RunPython"));
        const MigrationOperation options = op(QStringLiteral("AlterModelOptions"));
        QTest::addRow("CreateModel + AddField: additive")
            << Operations{create, add} << QStringLiteral("additive");
        QTest::addRow("AddIndex: additive")
            << Operations{op(QStringLiteral("AddIndex"))} << QStringLiteral("additive");
        QTest::addRow("state-only beside AddField: additive")
            << Operations{add, options} << QStringLiteral("additive");
        QTest::addRow("AddField + RemoveField: destructive")
            << Operations{add, remove} << QStringLiteral("destructive");
        QTest::addRow("DeleteModel: destructive")
            << Operations{op(QStringLiteral("DeleteModel"))} << QStringLiteral("destructive");
        QTest::addRow("RemoveIndex: destructive")
            << Operations{op(QStringLiteral("RemoveIndex"))} << QStringLiteral("destructive");
        QTest::addRow("RunSQL DROP TABLE: destructive")
            << Operations{runSql({QStringLiteral("DROP TABLE legacy")})}
            << QStringLiteral("destructive");
        QTest::addRow("RunPython: data") << Operations{python} << QStringLiteral("data");
        QTest::addRow("RunPython wins over RemoveField")
            << Operations{add, python, remove} << QStringLiteral("data");
        QTest::addRow("RunSQL UPDATE: data")
            << Operations{runSql({QStringLiteral("UPDATE t SET a = 0")})} << QStringLiteral("data");
        QTest::addRow("RunSQL CREATE INDEX CONCURRENTLY: additive")
            << Operations{runSql({QStringLiteral("CREATE INDEX CONCURRENTLY i ON t (a)")})}
            << QStringLiteral("additive");
        QTest::addRow("RunSQL not a literal: schema-only")
            << Operations{runSql({})} << QStringLiteral("schema-only");
        QTest::addRow("AlterField: schema-only")
            << Operations{op(QStringLiteral("AlterField"))} << QStringLiteral("schema-only");
        QTest::addRow("AlterField + AddIndex: schema-only")
            << Operations{op(QStringLiteral("AlterField")), op(QStringLiteral("AddIndex"))}
            << QStringLiteral("schema-only");
        QTest::addRow("RenameField: schema-only")
            << Operations{op(QStringLiteral("RenameField"))} << QStringLiteral("schema-only");
        QTest::addRow("state only: schema-only")
            << Operations{options} << QStringLiteral("schema-only");
        QTest::addRow("no operations: schema-only")
            << Operations{} << QStringLiteral("schema-only");
    }

    void migrationType()
    {
        QFETCH(Operations, operations);
        QFETCH(QString, type);
        const auto scored =
            RunbookScore::score(migration(QStringLiteral("a"), QStringLiteral("0003"), operations));
        QCOMPARE(RunbookScore::typeKey(scored.type), type);
    }

    void migrationSafetyIsTheWorstOperation()
    {
        const auto scored = RunbookScore::score(
            migration(QStringLiteral("a"), QStringLiteral("0004"),
                      {op(QStringLiteral("CreateModel")), op(QStringLiteral("RenameField")),
                       op(QStringLiteral("AddIndexConcurrently"))}));
        QCOMPARE(scored.safety, RunbookScore::Safety::Yellow);
        QCOMPARE(scored.operations.at(0).safety, RunbookScore::Safety::Green);
        QCOMPARE(scored.operations.at(1).safety, RunbookScore::Safety::Yellow);
        QCOMPARE(scored.operations.at(2).safety, RunbookScore::Safety::Green);
    }

    void demoPendingMigrations_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("safety");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("tables");
        QTest::addRow("accounts.0003 RenameField")
            << 0 << 2 << QStringLiteral("low") << QStringLiteral("yellow")
            << QStringLiteral("schema-only") << QStringList{QStringLiteral("accounts_account")};
        QTest::addRow("billing.0003 AlterField, AddIndex")
            << 1 << 4 << QStringLiteral("medium") << QStringLiteral("yellow")
            << QStringLiteral("schema-only") << QStringList{QStringLiteral("billing_invoice")};
        QTest::addRow("customers.0003 nullable AddField")
            << 2 << 1 << QStringLiteral("low") << QStringLiteral("green")
            << QStringLiteral("additive") << QStringList{QStringLiteral("customers_customer")};
        QTest::addRow("payments.0003 RunSQL CREATE INDEX CONCURRENTLY")
            << 3 << 3 << QStringLiteral("medium") << QStringLiteral("green")
            << QStringLiteral("additive") << QStringList{QStringLiteral("payments_payment")};
        QTest::addRow("ledger.0003 AddField, RunSQL, RunPython, RemoveField")
            << 4 << 11 << QStringLiteral("high") << QStringLiteral("red") << QStringLiteral("data")
            << QStringList{QStringLiteral("ledger_ledgerentry"),
                           QStringLiteral("receipts_receipt")};
        QTest::addRow("receipts.0002 AlterModelOptions")
            << 5 << 0 << QStringLiteral("low") << QStringLiteral("green")
            << QStringLiteral("schema-only") << QStringList{QStringLiteral("receipts_receipt")};
    }

    void demoPendingMigrations()
    {
        QFETCH(int, index);
        QFETCH(int, score);
        QFETCH(QString, level);
        QFETCH(QString, safety);
        QFETCH(QString, type);
        QFETCH(QStringList, tables);
        const auto scored = RunbookScore::score(demoPending().at(std::size_t(index)));
        QCOMPARE(scored.score, score);
        QCOMPARE(RunbookScore::levelKey(scored.level), level);
        QCOMPARE(RunbookScore::safetyKey(scored.safety), safety);
        QCOMPARE(RunbookScore::typeKey(scored.type), type);
        QCOMPARE(scored.tables, tables);
    }

    void demoOverallIsHigh()
    {
        std::vector<RunbookScore::MigrationScore> scores;
        for (const Migration& m : demoPending())
            scores.push_back(RunbookScore::score(m));
        const auto overall = RunbookScore::overall(scores, demoRows());
        QCOMPARE(overall.migrations, 6);
        QCOMPARE(overall.total, 21);
        QCOMPARE(overall.level, RunbookScore::Level::High);
        QCOMPARE(overall.safety, RunbookScore::Safety::Red);
        QCOMPARE(overall.recommendations, RunbookScore::recommendations(RunbookScore::Level::High));
        QCOMPARE(overall.recommendations.first(), QStringLiteral("HIGH RISK: Plan carefully"));
        // 1,643,612 rows in the demo database: the runbook's "5-30 minutes".
        QCOMPARE(overall.estimate.totalRows, 1'643'612);
        QCOMPARE(overall.estimate.bracket,
                 RunbookScore::TimeEstimate::Bracket::FiveToThirtyMinutes);
        QCOMPARE(overall.estimate.text, QStringLiteral("5-30 minutes"));
        QCOMPARE(overall.estimate.seconds, 1800);
        QVERIFY(overall.estimate.advice.isEmpty());
        // Beside it: the six tables the migrations name, without django_migrations and the
        // four small lookup tables and the webhook log.
        QCOMPARE(overall.estimate.touchedRows, 1'636'336);
    }

    void ledgerBackfillNotALiteralStillScoresTheSame()
    {
        // The Django source may not resolve BACKFILL_RECEIPT_SQL (a module constant): RunSQL
        // without literals still scores 3 and is red.
        Migration ledger = demoPending().at(4);
        ledger.operations[1].sql.clear();
        const auto scored = RunbookScore::score(ledger);
        QCOMPARE(scored.score, 11);
        QCOMPARE(scored.operations.at(1).reason, RunbookScore::Reason::UnreadableSql);
        QCOMPARE(scored.type, RunbookScore::MigrationType::Data);
    }

    void noPendingMigrationsNoRecommendations()
    {
        const auto overall = RunbookScore::overall({}, demoRows());
        QCOMPARE(overall.total, 0);
        QCOMPARE(overall.level, RunbookScore::Level::Low);
        QVERIFY(overall.recommendations.isEmpty());
        QCOMPARE(overall.estimate.totalRows, 1'643'612); // the runbook estimates regardless
    }

    void timeEstimateBrackets_data()
    {
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minSeconds");
        QTest::addColumn<int>("maxSeconds"); // -1: open
        QTest::addColumn<bool>("advice");
        QTest::addRow("empty database")
            << qint64(0) << QStringLiteral("< 1 minute") << 0 << 60 << false;
        QTest::addRow("99,999") << qint64(99'999) << QStringLiteral("< 1 minute") << 0 << 60
                                << false;
        QTest::addRow("100,000") << qint64(100'000) << QStringLiteral("1-5 minutes") << 60 << 300
                                 << false;
        QTest::addRow("999,999") << qint64(999'999) << QStringLiteral("1-5 minutes") << 60 << 300
                                 << false;
        QTest::addRow("1,000,000")
            << qint64(1'000'000) << QStringLiteral("5-30 minutes") << 300 << 1800 << false;
        QTest::addRow("9,999,999")
            << qint64(9'999'999) << QStringLiteral("5-30 minutes") << 300 << 1800 << false;
        QTest::addRow("10,000,000")
            << qint64(10'000'000) << QStringLiteral("30+ minutes") << 1800 << -1 << true;
        QTest::addRow("3 billion")
            << qint64(3'000'000'000) << QStringLiteral("30+ minutes") << 1800 << -1 << true;
    }

    void timeEstimateBrackets()
    {
        QFETCH(qint64, rows);
        QFETCH(QString, text);
        QFETCH(int, minSeconds);
        QFETCH(int, maxSeconds);
        QFETCH(bool, advice);
        // Split over two tables: the runbook sums the whole database.
        const auto estimate = RunbookScore::estimate(
            {{QStringLiteral("a"), rows / 2}, {QStringLiteral("b"), rows - rows / 2}});
        QCOMPARE(estimate.totalRows, rows);
        QCOMPARE(estimate.text, text);
        QCOMPARE(estimate.minSeconds, minSeconds);
        QCOMPARE(estimate.maxSeconds.value_or(-1), maxSeconds);
        QCOMPARE(!estimate.advice.isEmpty(), advice);
    }

    void djangoTableNames_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("table");
        QTest::addRow("lower-cased model")
            << QStringLiteral("ledger") << QStringLiteral("LedgerEntry")
            << QStringLiteral("ledger_ledgerentry");
        QTest::addRow("already lower case")
            << QStringLiteral("payments") << QStringLiteral("payment")
            << QStringLiteral("payments_payment");
        // Django's truncate_name(name, 63) of a 65-character name: its first 59 characters and
        // the first four hex digits of the MD5 of the whole name (checked with Python).
        QTest::addRow("longer than 63: hashed")
            << QStringLiteral("reconciliation")
            << QStringLiteral("VeryLongModelNameThatGoesOnAndOnForeverAndEverMore")
            << QStringLiteral("reconciliation_verylongmodelnamethatgoesonandonforeverandev"
                              "5126");
        QTest::addRow("exactly 63 kept") << QStringLiteral("abc") << QString(59, QLatin1Char('M'))
                                         << QStringLiteral("abc_") + QString(59, QLatin1Char('m'));
    }

    void djangoTableNames()
    {
        QFETCH(QString, app);
        QFETCH(QString, model);
        QFETCH(QString, table);
        QCOMPARE(RunbookScore::djangoTableName(app, model), table);
        QVERIFY(RunbookScore::djangoTableName(app, model).size() <= 63);
    }

    void keys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addRow("low") << RunbookScore::levelKey(RunbookScore::Level::Low)
                             << QStringLiteral("low");
        QTest::addRow("medium") << RunbookScore::levelKey(RunbookScore::Level::Medium)
                                << QStringLiteral("medium");
        QTest::addRow("high") << RunbookScore::levelKey(RunbookScore::Level::High)
                              << QStringLiteral("high");
        QTest::addRow("green") << RunbookScore::safetyKey(RunbookScore::Safety::Green)
                               << QStringLiteral("green");
        QTest::addRow("yellow") << RunbookScore::safetyKey(RunbookScore::Safety::Yellow)
                                << QStringLiteral("yellow");
        QTest::addRow("red") << RunbookScore::safetyKey(RunbookScore::Safety::Red)
                             << QStringLiteral("red");
        QTest::addRow("schema-only")
            << RunbookScore::typeKey(RunbookScore::MigrationType::SchemaOnly)
            << QStringLiteral("schema-only");
        QTest::addRow("additive") << RunbookScore::typeKey(RunbookScore::MigrationType::Additive)
                                  << QStringLiteral("additive");
        QTest::addRow("destructive")
            << RunbookScore::typeKey(RunbookScore::MigrationType::Destructive)
            << QStringLiteral("destructive");
        QTest::addRow("data") << RunbookScore::typeKey(RunbookScore::MigrationType::Data)
                              << QStringLiteral("data");
    }

    void keys()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QCOMPARE(key, expected);
    }

    void recommendationsAreTheRunbooks_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QStringList>("texts");
        QTest::addRow("low") << int(RunbookScore::Level::Low)
                             << QStringList{QStringLiteral("Safe to apply during normal "
                                                           "maintenance window"),
                                            QStringLiteral("Minimal downtime expected")};
        QTest::addRow("medium") << int(RunbookScore::Level::Medium)
                                << QStringList{QStringLiteral("Schedule during low-traffic "
                                                              "period"),
                                               QStringLiteral("Prepare rollback plan"),
                                               QStringLiteral("Consider extended maintenance "
                                                              "window")};
        QTest::addRow("high") << int(RunbookScore::Level::High)
                              << QStringList{QStringLiteral("HIGH RISK: Plan carefully"),
                                             QStringLiteral("Test thoroughly in staging "
                                                            "environment"),
                                             QStringLiteral("Prepare detailed rollback "
                                                            "procedures"),
                                             QStringLiteral("Consider breaking into smaller "
                                                            "migrations"),
                                             QStringLiteral("Schedule during extended "
                                                            "maintenance window")};
    }

    void recommendationsAreTheRunbooks()
    {
        QFETCH(int, level);
        QFETCH(QStringList, texts);
        QCOMPARE(RunbookScore::recommendations(RunbookScore::Level(level)), texts);
    }

    // A lock's impact says where the rate it counts the queued queries with comes from.
    void impactSaysWhereItsRateComesFrom_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<double>("window");
        QTest::addColumn<QString>("says");
        QTest::addRow("measured over five seconds")
            << int(RateSource::Measured) << 5.0
            << QStringLiteral("(about 200 queries at the rate measured over 5.0 s)");
        QTest::addRow("averaged over three days")
            << int(RateSource::SinceStatsReset) << 3 * 86400.0
            << QStringLiteral("(about 200 queries at the average rate since the statistics were "
                              "reset 3 d 0 h ago)");
        QTest::addRow("statistics never reset")
            << int(RateSource::SinceStart) << 2 * 86400.0 + 5400
            << QStringLiteral("(about 200 queries at the average rate since the server started "
                              "2 d 1 h ago)");
        QTest::addRow("since the tables pane's sample")
            << int(RateSource::SinceSample) << 3 * 3600.0 + 600
            << QStringLiteral("(about 200 queries at the rate since the tables pane's sample "
                              "3 h 10 min ago)");
        QTest::addRow("no counters")
            << int(RateSource::Unknown) << 0.0
            << QStringLiteral("(how many queries would queue is unknown: the statistics cover "
                              "less than an hour; measure with assess --sample-seconds)");
    }

    void impactSaysWhereItsRateComesFrom()
    {
        QFETCH(int, source);
        QFETCH(double, window);
        QFETCH(QString, says);
        StatementLock lock;
        lock.relation = QStringLiteral("public.ledger");
        lock.mode = QStringLiteral("AccessExclusiveLock");
        lock.rewritesTable = true;
        TableLoad table;
        table.name = lock.relation;
        table.qualifiedName = lock.relation;
        table.found = true;
        table.totalBytes = 1000LL * 1024 * 1024; // 10 s at 100 MB/s
        table.rateSource = RateSource(source);
        table.rateWindowSeconds = window;
        if (table.rateSource != RateSource::Unknown) {
            table.queriesPerSecond = 15;
            table.writesPerSecond = 5;
        }
        const LockImpact impact = LiveImpact::assess(lock, table, LiveImpact::Throughput{});
        QVERIFY2(impact.sentence.contains(says), qPrintable(impact.sentence));
        QCOMPARE(impact.queuedQueries, table.rateSource == RateSource::Unknown ? 0.0 : 200.0);
    }

    // Counters kept in the history rate a table's traffic since then, when they can.
    void ratesSinceAStoredSample_data()
    {
        QTest::addColumn<double>("secondsAgo");
        QTest::addColumn<qint64>("storedWrites");
        QTest::addColumn<QString>("storedName");
        QTest::addColumn<int>("source");
        QTest::addColumn<double>("writesPerSecond");
        QTest::addRow("two hours ago") << 7200.0 << qint64(2800) << QStringLiteral("public.ledger")
                                       << int(RateSource::SinceSample) << 1.0;
        QTest::addRow("half a minute ago: too short to tell")
            << 30.0 << qint64(9970) << QStringLiteral("public.ledger")
            << int(RateSource::SinceStatsReset) << 0.5;
        QTest::addRow("counters went back: statistics reset since")
            << 7200.0 << qint64(50'000) << QStringLiteral("public.ledger")
            << int(RateSource::SinceStatsReset) << 0.5;
        QTest::addRow("another table's sample")
            << 7200.0 << qint64(2800) << QStringLiteral("public.invoice")
            << int(RateSource::SinceStatsReset) << 0.5;
    }

    void ratesSinceAStoredSample()
    {
        QFETCH(double, secondsAgo);
        QFETCH(qint64, storedWrites);
        QFETCH(QString, storedName);
        QFETCH(int, source);
        QFETCH(double, writesPerSecond);
        TableLoad now;
        now.name = QStringLiteral("ledger");
        now.qualifiedName = QStringLiteral("public.ledger");
        now.found = true;
        now.writesTotal = 10'000;
        now.readsTotal = 30'000;
        now.sampledAtEpoch = 1.8e9;
        now.writesPerSecond = 0.5; // the average since the reset, as sample() gives it
        now.queriesPerSecond = 1.5;
        now.rateSource = RateSource::SinceStatsReset;
        std::vector<TableLoad> loads{now};
        LiveImpact::ratesSince(
            {{storedName, storedWrites, 16'000, now.sampledAtEpoch - secondsAgo}}, loads);
        QCOMPARE(int(loads.front().rateSource), source);
        QCOMPARE(loads.front().writesPerSecond, writesPerSecond);
        if (RateSource(source) == RateSource::SinceSample) {
            QCOMPARE(loads.front().queriesPerSecond, (30'000.0 - 16'000.0) / secondsAgo);
            QCOMPARE(loads.front().rateWindowSeconds, secondsAgo);
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookScore)
#include "tst_runbookscore.moc"
