// SPDX-License-Identifier: GPL-3.0-or-later
// The SQL migration linter on PostgreSQL's parser: every rule fires where it must and stays
// quiet where it must, the lock model matches PostgreSQL 15, lines survive comments, and ignore
// comments, syntax errors and empty scripts behave. No server needed.
#include "risk/lintreport.h"
#include "risk/sqllinter.h"
#include "risk/sqllintsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace migdesk::core;

namespace {

struct RuleCase
{
    const char* tag;
    const char* rule;
    const char* sql;
    bool fires;
    int serverVersionNum = 150000;
    bool assumeInTransaction = false;
};

// One row that must fire and one that must stay quiet for every rule, plus the corner cases
// squawk documents for the rules with state (transactions, NOT VALID, versions).
const std::vector<RuleCase>& ruleCases()
{
    static const std::vector<RuleCase> cases{
        {"plain CREATE INDEX", "require-concurrent-index-creation", "CREATE INDEX i ON t (a);",
         true},
        {"CREATE INDEX CONCURRENTLY", "require-concurrent-index-creation",
         "CREATE INDEX CONCURRENTLY i ON t (a);", false},
        {"index on a table created in the transaction", "require-concurrent-index-creation",
         "BEGIN; CREATE TABLE t (a bigint); CREATE INDEX i ON t (a); COMMIT;", false},
        {"index on a table the script creates further down", "require-concurrent-index-creation",
         "CREATE INDEX i ON t (a);\nBEGIN;\nCREATE TABLE t (a bigint);\nCOMMIT;", false},
        {"constraint on a table the script creates further down", "constraint-missing-not-valid",
         "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);\nBEGIN;\nCREATE TABLE t (a int);\nCOMMIT;",
         false},

        {"plain DROP INDEX", "require-concurrent-index-deletion", "DROP INDEX i;", true},
        {"DROP INDEX CONCURRENTLY", "require-concurrent-index-deletion",
         "DROP INDEX CONCURRENTLY IF EXISTS i;", false},

        {"CHECK without NOT VALID", "constraint-missing-not-valid",
         "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);", true},
        {"CHECK NOT VALID", "constraint-missing-not-valid",
         "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;", false},
        {"NOT VALID and VALIDATE in one transaction", "constraint-missing-not-valid",
         "BEGIN;\nALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID;\n"
         "ALTER TABLE t VALIDATE CONSTRAINT c;\nCOMMIT;",
         true},
        {"UNIQUE USING INDEX", "constraint-missing-not-valid",
         "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;", false},

        {"volatile default", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c integer DEFAULT random();", true},
        {"constant default on 15", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c integer DEFAULT 10;", false},
        {"constant default on 10", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c integer DEFAULT 10;", true, 100000},
        {"now() default", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();", false},
        {"CURRENT_TIMESTAMP default", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT CURRENT_TIMESTAMP;", false},
        {"unknown function default", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c jsonb DEFAULT myjsonb();", true},
        {"cast constant default", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c jsonb DEFAULT '{}'::jsonb;", false},
        {"stored generated column", "adding-field-with-default",
         "ALTER TABLE t ADD COLUMN c numeric GENERATED ALWAYS AS (a + b) STORED;", true},

        {"foreign key without NOT VALID", "adding-foreign-key-constraint",
         "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES u (id);", true},
        {"foreign key NOT VALID", "adding-foreign-key-constraint",
         "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES u (id) NOT VALID;", false},
        {"column REFERENCES", "adding-foreign-key-constraint",
         "ALTER TABLE t ADD COLUMN u bigint REFERENCES u (id);", true},

        {"ALTER TYPE", "changing-column-type", "ALTER TABLE t ALTER COLUMN a TYPE bigint;", true},
        {"SET DEFAULT", "changing-column-type", "ALTER TABLE t ALTER COLUMN a SET DEFAULT 0;",
         false},

        {"SET NOT NULL", "adding-not-nullable-field", "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
         true},
        {"SET NOT NULL after validated check", "adding-not-nullable-field",
         "ALTER TABLE t ADD CONSTRAINT a_nn CHECK (a IS NOT NULL) NOT VALID;\n"
         "ALTER TABLE t VALIDATE CONSTRAINT a_nn;\n"
         "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
         false},
        {"validated check before 12", "adding-not-nullable-field",
         "ALTER TABLE t ADD CONSTRAINT a_nn CHECK (a IS NOT NULL) NOT VALID;\n"
         "ALTER TABLE t VALIDATE CONSTRAINT a_nn;\n"
         "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
         true, 110000},
        {"helper validated from an earlier migration", "adding-not-nullable-field",
         "ALTER TABLE t VALIDATE CONSTRAINT t_a_not_null;\n"
         "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
         false},

        {"ADD PRIMARY KEY", "adding-serial-primary-key-field",
         "ALTER TABLE t ADD PRIMARY KEY (id);", true},
        {"PRIMARY KEY USING INDEX", "adding-serial-primary-key-field",
         "ALTER TABLE t ADD CONSTRAINT p PRIMARY KEY USING INDEX i;", false},

        {"RENAME COLUMN", "renaming-column", "ALTER TABLE t RENAME COLUMN a TO b;", true},
        {"RENAME CONSTRAINT", "renaming-column", "ALTER TABLE t RENAME CONSTRAINT a TO b;", false},

        {"RENAME TO", "renaming-table", "ALTER TABLE t RENAME TO u;", true},
        {"index rename", "renaming-table", "ALTER INDEX i RENAME TO j;", false},

        {"ADD UNIQUE", "disallowed-unique-constraint", "ALTER TABLE t ADD CONSTRAINT u UNIQUE (a);",
         true},
        {"UNIQUE USING INDEX", "disallowed-unique-constraint",
         "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;", false},

        {"DROP DATABASE", "ban-drop-database", "DROP DATABASE d;", true},
        {"DROP SCHEMA", "ban-drop-database", "DROP SCHEMA s;", false},

        {"integer column", "prefer-bigint-over-int", "CREATE TABLE t (id integer);", true},
        {"bigint column", "prefer-bigint-over-int", "CREATE TABLE t (id bigint);", false},

        {"smallint column", "prefer-bigint-over-smallint", "CREATE TABLE t (id smallint);", true},
        {"bigint column", "prefer-bigint-over-smallint", "CREATE TABLE t (id bigint);", false},

        {"bigserial column", "prefer-identity", "CREATE TABLE t (id bigserial);", true},
        {"identity column", "prefer-identity",
         "CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY);", false},

        {"ADD COLUMN outside a transaction", "prefer-robust-stmts",
         "ALTER TABLE t ADD COLUMN c text;", true},
        {"ADD COLUMN IF NOT EXISTS", "prefer-robust-stmts",
         "ALTER TABLE t ADD COLUMN IF NOT EXISTS c text;", false},
        {"ADD COLUMN in a transaction", "prefer-robust-stmts",
         "BEGIN; ALTER TABLE t ADD COLUMN c text; COMMIT;", false},
        {"ADD COLUMN assumed in a transaction", "prefer-robust-stmts",
         "ALTER TABLE t ADD COLUMN c text;", false, 150000, true},
        {"DROP then ADD CONSTRAINT", "prefer-robust-stmts",
         "ALTER TABLE t DROP CONSTRAINT IF EXISTS u;\n"
         "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;",
         false},

        {"varchar with limit", "prefer-text-field", "CREATE TABLE t (a varchar(100));", true},
        {"varchar without limit", "prefer-text-field", "CREATE TABLE t (a varchar);", false},

        {"timestamp", "prefer-timestamp-tz", "CREATE TABLE t (a timestamp);", true},
        {"timestamptz", "prefer-timestamp-tz", "CREATE TABLE t (a timestamptz);", false},

        {"char column", "ban-char-field", "CREATE TABLE t (a char(3));", true},
        {"text column", "ban-char-field", "CREATE TABLE t (a text);", false},

        {"DROP COLUMN", "ban-drop-column", "ALTER TABLE t DROP COLUMN a;", true},
        {"ADD COLUMN", "ban-drop-column", "ALTER TABLE t ADD COLUMN a text;", false},

        {"DROP TABLE", "ban-drop-table", "DROP TABLE t;", true},
        {"DROP VIEW", "ban-drop-table", "DROP VIEW v;", false},

        {"DROP NOT NULL", "ban-drop-not-null", "ALTER TABLE t ALTER COLUMN a DROP NOT NULL;", true},
        {"SET NOT NULL", "ban-drop-not-null", "ALTER TABLE t ALTER COLUMN a SET NOT NULL;", false},

        {"BEGIN twice", "transaction-nesting", "BEGIN; BEGIN; SELECT 1; COMMIT;", true},
        {"one transaction", "transaction-nesting", "BEGIN; SELECT 1; COMMIT;", false},
        {"BEGIN inside the tool's transaction", "transaction-nesting", "BEGIN; SELECT 1; COMMIT;",
         true, 150000, true},

        {"NOT NULL without default", "adding-required-field",
         "ALTER TABLE t ADD COLUMN a bigint NOT NULL;", true},
        {"NOT NULL with default", "adding-required-field",
         "ALTER TABLE t ADD COLUMN a bigint NOT NULL DEFAULT 0;", false},

        {"concurrent index in a transaction", "ban-concurrent-index-creation-in-transaction",
         "BEGIN; CREATE INDEX CONCURRENTLY i ON t (a); COMMIT;", true},
        {"lone concurrent index", "ban-concurrent-index-creation-in-transaction",
         "CREATE INDEX CONCURRENTLY i ON t (a);", false, 150000, true},

        {"domain with CHECK", "ban-create-domain-with-constraint",
         "CREATE DOMAIN d AS int CHECK (VALUE > 0);", true},
        {"plain domain", "ban-create-domain-with-constraint", "CREATE DOMAIN d AS int;", false},

        {"ALTER DOMAIN ADD CONSTRAINT", "ban-alter-domain-with-add-constraint",
         "ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0);", true},
        {"ALTER DOMAIN SET NOT NULL", "ban-alter-domain-with-add-constraint",
         "ALTER DOMAIN d SET NOT NULL;", false},

        {"TRUNCATE CASCADE", "ban-truncate-cascade", "TRUNCATE t CASCADE;", true},
        {"TRUNCATE", "ban-truncate-cascade", "TRUNCATE t;", false},

        {"BEGIN without COMMIT", "ban-uncommitted-transaction", "BEGIN; SELECT 1;", true},
        {"BEGIN and COMMIT", "ban-uncommitted-transaction", "BEGIN; SELECT 1; COMMIT;", false},

        {"ADD VALUE at the end", "require-enum-value-ordering", "ALTER TYPE e ADD VALUE 'x';",
         true},
        {"ADD VALUE AFTER", "require-enum-value-ordering", "ALTER TYPE e ADD VALUE 'x' AFTER 'y';",
         false},

        {"64-byte table name", "identifier-too-long",
         "CREATE TABLE IF NOT EXISTS "
         "table_very_long_very_long_very_long_very_long_very_long_very_long (id bigint);",
         true},
        {"63-byte table name", "identifier-too-long",
         "CREATE TABLE IF NOT EXISTS "
         "table_very_long_very_long_very_long_very_long_very_long_very_lo (id bigint);",
         false},

        {"REINDEX TABLE", "require-concurrent-reindex", "REINDEX TABLE t;", true},
        {"REINDEX TABLE CONCURRENTLY", "require-concurrent-reindex",
         "REINDEX TABLE CONCURRENTLY t;", false},

        {"DDL without lock_timeout", "require-lock-timeout",
         "ALTER TABLE t ADD COLUMN IF NOT EXISTS c text;", true},
        {"DDL after lock_timeout", "require-lock-timeout",
         "SET lock_timeout = '1s';\nALTER TABLE t ADD COLUMN IF NOT EXISTS c text;", false},
        {"DML only", "require-lock-timeout", "UPDATE t SET a = 1 WHERE id = 2;", false},

        {"DDL without statement_timeout", "require-statement-timeout",
         "ALTER TABLE t ADD COLUMN IF NOT EXISTS c text;", true},
        {"DDL after statement_timeout", "require-statement-timeout",
         "SET statement_timeout = '5s';\nALTER TABLE t ADD COLUMN IF NOT EXISTS c text;", false},

        {"UPDATE a twice", "ban-duplicate-column-assignments", "UPDATE t SET a = 1, a = 2;", true},
        {"UPDATE two fields of a", "ban-duplicate-column-assignments",
         "UPDATE t SET a.x = 1, a.y = 2;", false},

        {"foreign key without index", "foreign-key-without-index",
         "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;", true},
        {"foreign key with index later", "foreign-key-without-index",
         "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;\n"
         "CREATE INDEX CONCURRENTLY i ON t (u_id, created);",
         false},
        {"index not leading with the key", "foreign-key-without-index",
         "CREATE INDEX CONCURRENTLY i ON t (created, u_id);\n"
         "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;",
         true},

        {"SET NOT NULL without proof", "set-not-null-without-validated-check",
         "ALTER TABLE t ALTER COLUMN a SET NOT NULL;", true},
        {"SET NOT NULL after validated check", "set-not-null-without-validated-check",
         "ALTER TABLE t ADD CONSTRAINT a_nn CHECK (a IS NOT NULL) NOT VALID;\n"
         "ALTER TABLE t VALIDATE CONSTRAINT a_nn;\n"
         "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
         false},
        {"only a constraint name as proof", "set-not-null-without-validated-check",
         "ALTER TABLE t VALIDATE CONSTRAINT t_a_not_null;\n"
         "ALTER TABLE t ALTER COLUMN a SET NOT NULL;",
         true},

        {"VACUUM FULL", "ban-vacuum-full", "VACUUM FULL t;", true},
        {"VACUUM", "ban-vacuum-full", "VACUUM t;", false},

        {"CLUSTER", "ban-cluster", "CLUSTER t USING i;", true},
        {"VACUUM ANALYZE", "ban-cluster", "VACUUM ANALYZE t;", false},
    };
    return cases;
}

std::vector<StatementLock> locksOfLastStatement(const LintResult& result)
{
    std::vector<StatementLock> locks;
    for (const StatementLock& lock : result.locks) {
        if (lock.statement == result.statementCount - 1)
            locks.push_back(lock);
    }
    return locks;
}

QStringList rulesOf(const LintResult& result)
{
    QStringList rules;
    for (const Finding& finding : result.findings)
        rules << finding.rule;
    return rules;
}

} // namespace

class TestSqlLinter : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("fires");
        QTest::addColumn<int>("serverVersionNum");
        QTest::addColumn<bool>("assumeInTransaction");
        for (const RuleCase& c : ruleCases()) {
            QTest::addRow("%s: %s", c.rule, c.tag)
                << QString::fromLatin1(c.rule) << QString::fromLatin1(c.sql) << c.fires
                << c.serverVersionNum << c.assumeInTransaction;
        }
    }

    void rules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, sql);
        QFETCH(bool, fires);
        QFETCH(int, serverVersionNum);
        QFETCH(bool, assumeInTransaction);
        LintOptions options;
        options.serverVersionNum = serverVersionNum;
        options.assumeInTransaction = assumeInTransaction;
        options.file = QStringLiteral("0042_case.sql");
        const LintResult result = SqlLinter::lint(sql, options);
        QVERIFY2(!result.parseError,
                 qPrintable(result.parseError ? result.parseError->message : QString()));
        const QStringList found = rulesOf(result);
        QVERIFY2(found.contains(rule) == fires,
                 qPrintable(QStringLiteral("found: ") + found.join(QStringLiteral(", "))));
        for (const Finding& finding : result.findings) {
            QCOMPARE(finding.file, options.file);
            QVERIFY(finding.line >= 1);
            QVERIFY(!finding.statement.isEmpty());
            QVERIFY(!finding.message.isEmpty());
            QVERIFY(!finding.fix.isEmpty());
            QCOMPARE(finding.severity, SqlLinter::severityOf(finding.rule));
            QVERIFY2(SqlLinter::ruleIds().contains(finding.rule), qPrintable(finding.rule));
        }
    }

    void everyRuleHasAFiringAndAQuietCase()
    {
        QSet<QString> firing;
        QSet<QString> quiet;
        for (const RuleCase& c : ruleCases())
            (c.fires ? firing : quiet).insert(QString::fromLatin1(c.rule));
        for (const QString& rule : SqlLinter::ruleIds()) {
            QVERIFY2(firing.contains(rule), qPrintable(rule));
            QVERIFY2(quiet.contains(rule), qPrintable(rule));
        }
    }

    void ruleIds()
    {
        const QStringList ids = SqlLinter::ruleIds();
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
        for (const QString& id : ids)
            QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
        // squawk's rules that apply to PostgreSQL 15, under squawk's ids.
        for (const char* squawk : {"require-concurrent-index-creation",
                                   "require-concurrent-index-deletion",
                                   "constraint-missing-not-valid",
                                   "adding-field-with-default",
                                   "adding-foreign-key-constraint",
                                   "changing-column-type",
                                   "adding-not-nullable-field",
                                   "adding-serial-primary-key-field",
                                   "renaming-column",
                                   "renaming-table",
                                   "disallowed-unique-constraint",
                                   "ban-drop-database",
                                   "prefer-bigint-over-int",
                                   "prefer-bigint-over-smallint",
                                   "prefer-identity",
                                   "prefer-robust-stmts",
                                   "prefer-text-field",
                                   "prefer-timestamp-tz",
                                   "ban-char-field",
                                   "ban-drop-column",
                                   "ban-drop-table",
                                   "ban-drop-not-null",
                                   "transaction-nesting",
                                   "adding-required-field",
                                   "ban-concurrent-index-creation-in-transaction",
                                   "ban-create-domain-with-constraint",
                                   "ban-alter-domain-with-add-constraint",
                                   "ban-truncate-cascade",
                                   "ban-uncommitted-transaction",
                                   "require-enum-value-ordering",
                                   "identifier-too-long",
                                   "require-concurrent-reindex",
                                   "require-lock-timeout",
                                   "require-statement-timeout",
                                   "ban-duplicate-column-assignments"})
            QVERIFY2(ids.contains(QLatin1String(squawk)), squawk);
    }

    void severities_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<Finding::Severity>("severity");
        QTest::addRow("rewrite") << QStringLiteral("adding-field-with-default")
                                 << Finding::Severity::Error;
        QTest::addRow("blocking index build")
            << QStringLiteral("require-concurrent-index-creation") << Finding::Severity::Error;
        QTest::addRow("data loss") << QStringLiteral("ban-drop-table") << Finding::Severity::Error;
        QTest::addRow("style") << QStringLiteral("prefer-bigint-over-int")
                               << Finding::Severity::Warning;
        QTest::addRow("rerunnable")
            << QStringLiteral("prefer-robust-stmts") << Finding::Severity::Warning;
        QTest::addRow("VACUUM FULL")
            << QStringLiteral("ban-vacuum-full") << Finding::Severity::Error;
    }

    void severities()
    {
        QFETCH(QString, rule);
        QFETCH(Finding::Severity, severity);
        QCOMPARE(SqlLinter::severityOf(rule), severity);
    }

    void lockLevels_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("serverVersionNum");
        QTest::addColumn<int>("lockIndex"); // among the last statement's locks
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("rewrites");
        QTest::addColumn<bool>("scans");
        const QString ae = QStringLiteral("AccessExclusiveLock");
        const QString sue = QStringLiteral("ShareUpdateExclusiveLock");
        const QString sre = QStringLiteral("ShareRowExclusiveLock");
        const QString share = QStringLiteral("ShareLock");
        const QString t = QStringLiteral("t");
        const auto row = [](const char* tag, const char* sql, const QString& relation,
                            const QString& mode, bool rewrites, bool scans, int index = 0,
                            int version = 150000) {
            QTest::addRow("%s", tag) << QString::fromLatin1(sql) << version << index << relation
                                     << mode << rewrites << scans;
        };
        row("ADD COLUMN", "ALTER TABLE t ADD COLUMN c text;", t, ae, false, false);
        row("ADD COLUMN volatile default", "ALTER TABLE t ADD COLUMN c float8 DEFAULT random();", t,
            ae, true, true);
        row("ADD COLUMN constant default on 15", "ALTER TABLE t ADD COLUMN c int DEFAULT 0;", t, ae,
            false, false);
        row("ADD COLUMN constant default on 10", "ALTER TABLE t ADD COLUMN c int DEFAULT 0;", t, ae,
            true, true, 0, 100000);
        row("ADD COLUMN identity",
            "ALTER TABLE t ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY;", t, ae, true, true);
        row("ADD COLUMN NOT NULL without default", "ALTER TABLE t ADD COLUMN c int NOT NULL;", t,
            ae, false, true);
        row("DROP COLUMN", "ALTER TABLE t DROP COLUMN c;", t, ae, false, false);
        row("ALTER TYPE, old type unknown", "ALTER TABLE t ALTER COLUMN c TYPE bigint;", t, ae,
            true, true);
        row("ALTER TYPE int to bigint",
            "CREATE TABLE t (c int);\nALTER TABLE t ALTER COLUMN c TYPE bigint;", t, ae, true,
            true);
        row("ALTER TYPE varchar widening",
            "CREATE TABLE t (c varchar(100));\nALTER TABLE t ALTER COLUMN c TYPE varchar(200);", t,
            ae, false, false);
        row("ALTER TYPE varchar widening with Django's USING",
            "CREATE TABLE t (c varchar(100));\n"
            "ALTER TABLE t ALTER COLUMN c TYPE varchar(200) USING c::varchar(200);",
            t, ae, false, false);
        row("ALTER TYPE varchar narrowing",
            "CREATE TABLE t (c varchar(100));\nALTER TABLE t ALTER COLUMN c TYPE varchar(50);", t,
            ae, true, true);
        row("ALTER TYPE varchar to text",
            "CREATE TABLE t (c varchar(100));\nALTER TABLE t ALTER COLUMN c TYPE text;", t, ae,
            false, false);
        row("ALTER TYPE numeric precision up",
            "CREATE TABLE t (c numeric(10,2));\nALTER TABLE t ALTER COLUMN c TYPE numeric(12,2);",
            t, ae, false, false);
        row("ALTER TYPE numeric scale change",
            "CREATE TABLE t (c numeric(10,2));\nALTER TABLE t ALTER COLUMN c TYPE numeric(12,3);",
            t, ae, true, true);
        row("ALTER TYPE with computing USING",
            "CREATE TABLE t (c varchar(10));\n"
            "ALTER TABLE t ALTER COLUMN c TYPE varchar(20) USING upper(c);",
            t, ae, true, true);
        row("SET NOT NULL", "ALTER TABLE t ALTER COLUMN c SET NOT NULL;", t, ae, false, true);
        row("SET NOT NULL proven on 15",
            "ALTER TABLE t ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID;\n"
            "ALTER TABLE t VALIDATE CONSTRAINT c_nn;\n"
            "ALTER TABLE t ALTER COLUMN c SET NOT NULL;",
            t, ae, false, false);
        row("SET NOT NULL proven on 11",
            "ALTER TABLE t ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID;\n"
            "ALTER TABLE t VALIDATE CONSTRAINT c_nn;\n"
            "ALTER TABLE t ALTER COLUMN c SET NOT NULL;",
            t, ae, false, true, 0, 110000);
        row("DROP NOT NULL", "ALTER TABLE t ALTER COLUMN c DROP NOT NULL;", t, ae, false, false);
        row("SET DEFAULT", "ALTER TABLE t ALTER COLUMN c SET DEFAULT 1;", t, ae, false, false);
        row("SET STATISTICS", "ALTER TABLE t ALTER COLUMN c SET STATISTICS 500;", t, sue, false,
            false);
        row("SET fillfactor", "ALTER TABLE t SET (fillfactor = 70);", t, sue, false, false);
        row("ADD CONSTRAINT CHECK", "ALTER TABLE t ADD CONSTRAINT k CHECK (c > 0);", t, ae, false,
            true);
        row("ADD CONSTRAINT CHECK NOT VALID",
            "ALTER TABLE t ADD CONSTRAINT k CHECK (c > 0) NOT VALID;", t, ae, false, false);
        row("ADD CONSTRAINT FOREIGN KEY",
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES u (id);", t, sre, false,
            true);
        row("ADD CONSTRAINT FOREIGN KEY, referenced table",
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES public.u (id);",
            QStringLiteral("public.u"), sre, false, false, 1);
        row("ADD CONSTRAINT FOREIGN KEY NOT VALID",
            "ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (u_id) REFERENCES u (id) NOT VALID;", t,
            sre, false, false);
        row("VALIDATE CONSTRAINT", "ALTER TABLE t VALIDATE CONSTRAINT fk;", t, sue, false, true);
        row("ADD PRIMARY KEY", "ALTER TABLE t ADD PRIMARY KEY (id);", t, ae, false, true);
        row("ADD UNIQUE USING INDEX", "ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX i;", t, ae,
            false, false);
        row("strongest sub-command wins",
            "ALTER TABLE t ALTER COLUMN c SET STATISTICS 100, ADD COLUMN d text;", t, ae, false,
            false);
        row("ENABLE TRIGGER", "ALTER TABLE t ENABLE TRIGGER trg;", t, sre, false, false);
        row("SET LOGGED", "ALTER TABLE t SET LOGGED;", t, ae, true, true);
        row("ATTACH PARTITION, parent", "ALTER TABLE p ATTACH PARTITION p1 FOR VALUES IN (1);",
            QStringLiteral("p"), sue, false, false);
        row("ATTACH PARTITION, partition", "ALTER TABLE p ATTACH PARTITION p1 FOR VALUES IN (1);",
            QStringLiteral("p1"), ae, false, true, 1);
        row("DETACH PARTITION", "ALTER TABLE p DETACH PARTITION p1;", QStringLiteral("p"), ae,
            false, false);
        row("DETACH PARTITION CONCURRENTLY", "ALTER TABLE p DETACH PARTITION p1 CONCURRENTLY;",
            QStringLiteral("p"), sue, false, false);
        row("RENAME COLUMN", "ALTER TABLE t RENAME COLUMN c TO d;", t, ae, false, false);
        row("RENAME TABLE", "ALTER TABLE s.t RENAME TO u;", QStringLiteral("s.t"), ae, false,
            false);
        row("RENAME INDEX", "ALTER INDEX i RENAME TO j;", QStringLiteral("i"), sue, false, false);
        row("CREATE INDEX", "CREATE INDEX i ON t (c);", t, share, false, true);
        row("CREATE INDEX CONCURRENTLY", "CREATE INDEX CONCURRENTLY i ON t (c);", t, sue, false,
            true);
        row("DROP INDEX of a known table", "CREATE INDEX i ON t (c);\nDROP INDEX i;", t, ae, false,
            false);
        row("DROP INDEX CONCURRENTLY", "DROP INDEX CONCURRENTLY i;", QStringLiteral("i"), sue,
            false, false);
        row("DROP TABLE", "DROP TABLE t;", t, ae, false, false);
        row("TRUNCATE", "TRUNCATE t;", t, ae, false, false);
        row("VACUUM FULL", "VACUUM FULL t;", t, ae, true, true);
        row("VACUUM", "VACUUM t;", t, sue, false, true);
        row("CLUSTER", "CLUSTER t USING i;", t, ae, true, true);
        row("REINDEX TABLE", "REINDEX TABLE t;", t, share, false, true);
        row("REINDEX TABLE CONCURRENTLY", "REINDEX TABLE CONCURRENTLY t;", t, sue, false, true);
        row("REINDEX INDEX, the index", "CREATE INDEX i ON t (c);\nREINDEX INDEX i;",
            QStringLiteral("i"), ae, false, false);
        row("REINDEX INDEX, its table", "CREATE INDEX i ON t (c);\nREINDEX INDEX i;", t, share,
            false, true, 1);
        row("CREATE TRIGGER",
            "CREATE TRIGGER trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();", t, sre,
            false, false);
        row("COMMENT ON COLUMN", "COMMENT ON COLUMN t.c IS 'x';", t, sue, false, false);
        row("LOCK TABLE IN SHARE MODE", "LOCK TABLE t IN SHARE MODE;", t, share, false, false);
        row("LOCK TABLE", "LOCK TABLE t;", t, ae, false, false);
        row("REFRESH MATERIALIZED VIEW CONCURRENTLY", "REFRESH MATERIALIZED VIEW CONCURRENTLY t;",
            t, QStringLiteral("ExclusiveLock"), false, true);
        row("CREATE TABLE REFERENCES", "CREATE TABLE t2 (u_id bigint REFERENCES t (id));", t, sre,
            false, false);
        row("UPDATE without WHERE", "UPDATE t SET c = 0;", t, QStringLiteral("RowExclusiveLock"),
            false, true);
    }

    void lockLevels()
    {
        QFETCH(QString, sql);
        QFETCH(int, serverVersionNum);
        QFETCH(int, lockIndex);
        QFETCH(QString, relation);
        QFETCH(QString, mode);
        QFETCH(bool, rewrites);
        QFETCH(bool, scans);
        LintOptions options;
        options.serverVersionNum = serverVersionNum;
        const LintResult result = SqlLinter::lint(sql, options);
        QVERIFY(!result.parseError);
        const std::vector<StatementLock> locks = locksOfLastStatement(result);
        QVERIFY2(size_t(lockIndex) < locks.size(), "missing lock");
        const StatementLock& lock = locks[size_t(lockIndex)];
        QCOMPARE(lock.relation, relation);
        QCOMPARE(lock.mode, mode);
        QCOMPARE(lock.rewritesTable, rewrites);
        QCOMPARE(lock.scansTable, scans);
        QVERIFY(!lock.what.isEmpty());
    }

    void lineNumbers()
    {
        const QString sql =
            QStringLiteral("-- 0042_add_author.sql\n"                                         // 1
                           "/* a block comment\n"                                             // 2
                           "   over two lines; with a semicolon */\n"                         // 3
                           "SET lock_timeout = '1s';\n"                                       // 4
                           "\n"                                                               // 5
                           "ALTER TABLE book\n"                                               // 6
                           "    -- a comment inside\n"                                        // 7
                           "    DROP COLUMN isbn;\n"                                          // 8
                           "  SELECT 'it''s; not a statement end' AS note; DROP TABLE old;\n" // 9
                           "CREATE INDEX idx ON book (author_id)  -- trailing\n");            // 10
        LintOptions options;
        options.file = QStringLiteral("app/migrations/0042.py");
        options.firstLine = 101;
        const LintResult result = SqlLinter::lint(sql, options);
        QVERIFY(!result.parseError);
        QCOMPARE(result.statementCount, 5);

        const auto find = [&result](const char* rule) -> const Finding* {
            for (const Finding& finding : result.findings) {
                if (finding.rule == QLatin1String(rule))
                    return &finding;
            }
            return nullptr;
        };
        const Finding* dropColumn = find("ban-drop-column");
        QVERIFY(dropColumn);
        QCOMPARE(dropColumn->line, 106);
        QCOMPARE(dropColumn->column, 1);
        QCOMPARE(dropColumn->file, options.file);
        QCOMPARE(dropColumn->statement, QStringLiteral("ALTER TABLE book\n    -- a comment inside\n"
                                                       "    DROP COLUMN isbn"));
        const Finding* dropTable = find("ban-drop-table");
        QVERIFY(dropTable);
        QCOMPARE(dropTable->line, 109);
        QCOMPARE(dropTable->column, 48);
        QCOMPARE(dropTable->statement, QStringLiteral("DROP TABLE old"));
        const Finding* index = find("require-concurrent-index-creation");
        QVERIFY(index);
        QCOMPARE(index->line, 110);
        QCOMPARE(index->statement, QStringLiteral("CREATE INDEX idx ON book (author_id)"));

        // Locks carry the statement's index and line, too.
        QVERIFY(!result.locks.empty());
        QCOMPARE(result.locks.front().statement, 1);
        QCOMPARE(result.locks.front().line, 106);
        QCOMPARE(result.locks.back().statement, 4);
        QCOMPARE(result.locks.back().line, 110);
    }

    void multibyteColumns()
    {
        const LintResult result = SqlLinter::lint(QStringLiteral("SELECT 'é€'; DROP TABLE t;"));
        const auto dropTable =
            std::find_if(result.findings.begin(), result.findings.end(), [](const Finding& f) {
                return f.rule == QLatin1String("ban-drop-table");
            });
        QVERIFY(dropTable != result.findings.end());
        QCOMPARE(dropTable->column, 14); // characters, not UTF-8 bytes
    }

    void ignoreComments_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("ignored");
        const QString drop = QStringLiteral("ban-drop-column");
        QTest::addRow("migdesk on the line before")
            << QStringLiteral("-- migdesk-ignore ban-drop-column\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;")
            << drop << true;
        QTest::addRow("migdesk trailing on the same line")
            << QStringLiteral("ALTER TABLE t DROP COLUMN IF EXISTS a; -- migdesk-ignore "
                              "ban-drop-column")
            << drop << true;
        QTest::addRow("squawk on the line before")
            << QStringLiteral("-- squawk-ignore ban-drop-column\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;")
            << drop << true;
        QTest::addRow("list of rules")
            << QStringLiteral("-- migdesk-ignore prefer-robust-stmts, ban-drop-column\n"
                              "ALTER TABLE t DROP COLUMN a;")
            << drop << true;
        QTest::addRow("C-style comment") << QStringLiteral("/* migdesk-ignore ban-drop-column */\n"
                                                           "ALTER TABLE t DROP COLUMN IF EXISTS a;")
                                         << drop << true;
        QTest::addRow("with a reason after --")
            << QStringLiteral("-- migdesk-ignore ban-drop-column -- archived in ticket 12\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;")
            << drop << true;
        QTest::addRow("inside the statement")
            << QStringLiteral("ALTER TABLE t\n  -- migdesk-ignore ban-drop-column\n"
                              "  DROP COLUMN IF EXISTS a;")
            << drop << true;
        QTest::addRow("other rule only") << QStringLiteral("-- migdesk-ignore ban-drop-table\n"
                                                           "ALTER TABLE t DROP COLUMN IF EXISTS a;")
                                         << drop << false;
        QTest::addRow("blank line in between")
            << QStringLiteral("-- migdesk-ignore ban-drop-column\n\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;")
            << drop << false;
        QTest::addRow("bare line ignore ignores nothing, as in squawk")
            << QStringLiteral("-- migdesk-ignore\nALTER TABLE t DROP COLUMN IF EXISTS a;") << drop
            << false;
        QTest::addRow("only the next statement")
            << QStringLiteral("-- migdesk-ignore ban-drop-column\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;\n"
                              "SELECT 1;\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS b;")
            << drop << false;
        QTest::addRow("file ignore at the end")
            << QStringLiteral("ALTER TABLE t DROP COLUMN IF EXISTS a;\n\n"
                              "-- migdesk-ignore-file ban-drop-column")
            << drop << true;
        QTest::addRow("bare squawk file ignore")
            << QStringLiteral("-- squawk-ignore-file\n\nALTER TABLE t DROP COLUMN IF EXISTS a;")
            << drop << true;
        QTest::addRow("squawk's require-timeout-settings")
            << QStringLiteral("-- squawk-ignore require-timeout-settings\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;")
            << QStringLiteral("require-lock-timeout") << true;
        QTest::addRow("a word that only starts like the directive")
            << QStringLiteral("-- migdesk-ignored ban-drop-column\n"
                              "ALTER TABLE t DROP COLUMN IF EXISTS a;")
            << drop << false;
    }

    void ignoreComments()
    {
        QFETCH(QString, sql);
        QFETCH(QString, rule);
        QFETCH(bool, ignored);
        const LintResult result = SqlLinter::lint(sql);
        QVERIFY(!result.parseError);
        QCOMPARE(!rulesOf(result).contains(rule), ignored);
    }

    void syntaxError_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("firstLine");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("statement");
        QTest::addRow("misspelt keyword")
            << QStringLiteral("SELECT 1;\n-- next\nSELEC 2;") << 1 << 3 << 1
            << QStringLiteral("syntax error at or near \"SELEC\"") << QStringLiteral("SELEC 2");
        QTest::addRow("offset into a Python file")
            << QStringLiteral("ALTER TABLE t ADD COLUMN;") << 40 << 40 << 25
            << QStringLiteral("syntax error at or near \";\"")
            << QStringLiteral("ALTER TABLE t ADD COLUMN");
        QTest::addRow("unterminated string")
            << QStringLiteral("SELECT 1;\nSELECT 'oops;\n") << 1 << 2 << 8
            << QStringLiteral("unterminated quoted string at or near \"'oops;\n\"")
            << QStringLiteral("SELECT 'oops;");
        // Statements are parsed in batches of a few hundred: an error far down is found in a
        // later batch and still reported where it is.
        QString many;
        for (int i = 1; i <= 1000; ++i)
            many += QStringLiteral("SELECT %1;\n").arg(i);
        QTest::addRow("after a thousand statements")
            << many + QStringLiteral("SELECT 'ü', ROUND(2;\nSELECT 2;\n") << 1 << 1001 << 20
            << QStringLiteral("syntax error at or near \";\"")
            << QStringLiteral("SELECT 'ü', ROUND(2");
        // The statement shown is the innermost one around the error.
        QTest::addRow("inside a function body")
            << QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  "
                              "SELECT 1;\n  SELEC 2;\nEND;")
            << 1 << 4 << 3 << QStringLiteral("syntax error at or near \"SELEC\"")
            << QStringLiteral("SELEC 2");
    }

    void syntaxError()
    {
        QFETCH(QString, sql);
        QFETCH(int, firstLine);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(QString, statement);
        LintOptions options;
        options.firstLine = firstLine;
        options.file = QStringLiteral("broken.sql");
        const LintResult result = SqlLinter::lint(sql, options);
        QVERIFY(result.parseError);
        QCOMPARE(result.parseError->rule, QStringLiteral("syntax-error"));
        QCOMPARE(result.parseError->severity, Finding::Severity::Error);
        QCOMPARE(result.parseError->file, options.file);
        QCOMPARE(result.parseError->line, line);
        QCOMPARE(result.parseError->column, column);
        QCOMPARE(result.parseError->message, message);
        QCOMPARE(result.parseError->statement, statement);
        QVERIFY(result.findings.empty());
        QVERIFY(result.locks.empty());
    }

    // The script is cut into statements as psql cuts it, then each piece is parsed alone: the
    // pieces must hold whole statements whatever the semicolons inside them.
    void statementCuts_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QList<int>>("lines");
        QTest::addRow("strings, identifiers and dollar quotes")
            << QStringLiteral("SELECT ';';\nSELECT 1 AS \";\";\nDO $$ BEGIN PERFORM 1; END $$;\n")
            << QStringList{QStringLiteral("SelectStmt"), QStringLiteral("SelectStmt"),
                           QStringLiteral("DoStmt")}
            << QList<int>{1, 2, 3};
        QTest::addRow("SQL-standard function body")
            << QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                              "  SELECT 1;\n  SELECT CASE WHEN true THEN 2 END;\nEND;\nSELECT 3;")
            << QStringList{QStringLiteral("CreateFunctionStmt"), QStringLiteral("SelectStmt")}
            << QList<int>{1, 6};
        QTest::addRow("procedure body after OR REPLACE")
            << QStringLiteral("CREATE OR REPLACE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC "
                              "INSERT INTO t VALUES (1); END;\nCALL p();")
            << QStringList{QStringLiteral("CreateFunctionStmt"), QStringLiteral("CallStmt")}
            << QList<int>{1, 2};
        QTest::addRow("rule with two actions")
            << QStringLiteral("CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); "
                              "INSERT INTO b VALUES (2));\nSELECT 1;")
            << QStringList{QStringLiteral("RuleStmt"), QStringLiteral("SelectStmt")}
            << QList<int>{1, 2};
        // "begin" opens a body for psql's rule, so nothing is cut until the end; the parser
        // still finds the three statements in the one piece.
        QTest::addRow("function named begin")
            << QStringLiteral("CREATE FUNCTION begin() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
                              "SELECT 2;\n-- a comment\nSELECT 3")
            << QStringList{QStringLiteral("CreateFunctionStmt"), QStringLiteral("SelectStmt"),
                           QStringLiteral("SelectStmt")}
            << QList<int>{1, 2, 4};
    }

    void statementCuts()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, types);
        QFETCH(QList<int>, lines);
        SqlLintSource source(sql);
        const std::vector<SqlLintSource::Statement> statements = source.parseAll();
        QVERIFY2(!source.error(), qPrintable(source.error() ? source.error()->message : QString()));
        QStringList foundTypes;
        QList<int> foundLines;
        for (const SqlLintSource::Statement& statement : statements) {
            QCOMPARE(statement.index, int(foundTypes.size()));
            foundTypes << statement.type;
            foundLines << statement.line;
        }
        QCOMPARE(foundTypes, types);
        QCOMPARE(foundLines, lines);
    }

    // Many statements cross the parse batches: findings come out in script order, and the
    // report written a finding at a time reads as the one built whole.
    void largeScript()
    {
        QString sql;
        for (int i = 0; i < 3000; ++i)
            sql += QStringLiteral("CREATE INDEX i%1 ON t%1 (a);\n").arg(i);
        const LintResult result = SqlLinter::lint(sql);
        QVERIFY(!result.parseError);
        QCOMPARE(result.statementCount, 3000);
        QList<int> indexLines;
        for (const Finding& finding : result.findings) {
            if (finding.rule == QLatin1String("require-concurrent-index-creation"))
                indexLines << finding.line;
        }
        QCOMPARE(indexLines.size(), 3000);
        QVERIFY(std::is_sorted(indexLines.begin(), indexLines.end()));
        QCOMPARE(indexLines.last(), 3000);

        QByteArray written;
        LintReport::writeJson(result, QStringLiteral("big.sql"),
                              [&written](const QByteArray& part) { written += part; });
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object(), LintReport::toJson(result, QStringLiteral("big.sql")));
    }

    void emptyInput_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("nothing") << QString();
        QTest::addRow("whitespace") << QStringLiteral("  \n\t\n");
        QTest::addRow("only comments") << QStringLiteral("-- nothing to do\n/* really */\n");
        QTest::addRow("only semicolons") << QStringLiteral(";;\n;");
    }

    void emptyInput()
    {
        QFETCH(QString, sql);
        const LintResult result = SqlLinter::lint(sql);
        QVERIFY(!result.parseError);
        QCOMPARE(result.statementCount, 0);
        QVERIFY(result.findings.empty());
        QVERIFY(result.locks.empty());
    }

    void reportJson()
    {
        LintOptions options;
        options.file = QStringLiteral("0007.sql");
        const LintResult result = SqlLinter::lint(QStringLiteral("DROP TABLE t;"), options);
        const QJsonObject json = LintReport::toJson(result, options.file);
        QCOMPARE(json.value(QLatin1String("file")).toString(), options.file);
        QCOMPARE(json.value(QLatin1String("statements")).toInt(), 1);
        QVERIFY(json.value(QLatin1String("parse_error")).isNull());
        const QJsonArray findings = json.value(QLatin1String("findings")).toArray();
        QCOMPARE(findings.size(), qsizetype(result.findings.size()));
        QJsonObject dropTable;
        for (const QJsonValue& finding : findings) {
            if (finding[QLatin1String("rule")] == QLatin1String("ban-drop-table"))
                dropTable = finding.toObject();
        }
        QCOMPARE(dropTable.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(dropTable.value(QLatin1String("line")).toInt(), 1);
        QCOMPARE(dropTable.value(QLatin1String("statement")).toString(),
                 QStringLiteral("DROP TABLE t"));
        QVERIFY(!dropTable.value(QLatin1String("fix")).toString().isEmpty());
        const QJsonArray locks = json.value(QLatin1String("locks")).toArray();
        QCOMPARE(locks.size(), 1);
        QCOMPARE(locks.first()[QLatin1String("mode")].toString(),
                 QStringLiteral("AccessExclusiveLock"));
        QCOMPARE(locks.first()[QLatin1String("rewrites_table")].toBool(), false);
        QVERIFY(LintReport::hasErrors(result));
        QVERIFY(json.value(QLatin1String("errors")).toInt() >= 1);
    }

    void reportText()
    {
        LintOptions options;
        options.file = QStringLiteral("0007.sql");
        const LintResult result =
            SqlLinter::lint(QStringLiteral("SELECT 1;\nVACUUM FULL t;"), options);
        const QString text = LintReport::toText(result);
        QVERIFY2(text.contains(QStringLiteral("0007.sql:2:1: error: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("[ban-vacuum-full]")));
        QVERIFY(text.contains(QStringLiteral("    VACUUM FULL t\n")));
        QVERIFY(text.contains(QStringLiteral("AccessExclusiveLock")));
        QVERIFY(!LintReport::toText(result, {}, LintReport::Locks::Hide)
                     .contains(QStringLiteral("AccessExclusiveLock")));

        const LintResult broken = SqlLinter::lint(QStringLiteral("SELEC 1;"), options);
        const QString brokenText = LintReport::toText(broken);
        QVERIFY2(brokenText.startsWith(QStringLiteral("0007.sql:1:1: error: syntax error")),
                 qPrintable(brokenText));
        QVERIFY(LintReport::hasErrors(broken));
        QVERIFY(!LintReport::hasErrors(SqlLinter::lint(
            QStringLiteral("SET lock_timeout = '1s'; SET statement_timeout = '5s'; SELECT 1;"))));
    }
};

QTEST_GUILESS_MAIN(TestSqlLinter)
#include "tst_sqllinter.moc"
