// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/operationlocks.h"

namespace migdesk::core {

namespace {

const QString kAccessExclusive = QStringLiteral("AccessExclusiveLock");
const QString kShare = QStringLiteral("ShareLock");
const QString kShareUpdateExclusive = QStringLiteral("ShareUpdateExclusiveLock");
const QString kShareRowExclusive = QStringLiteral("ShareRowExclusiveLock");

StatementLock lockOn(const QString& table, const QString& mode, bool rewrites, bool scans,
                     const QString& what, int line)
{
    StatementLock lock;
    lock.relation = table;
    lock.mode = mode;
    lock.rewritesTable = rewrites;
    lock.scansTable = scans;
    lock.what = what;
    lock.line = line;
    return lock;
}

} // namespace

QString OperationLocks::defaultTable(const QString& app, const QString& model)
{
    return app + QLatin1Char('_') + model.toLower();
}

std::vector<StatementLock> OperationLocks::of(const QString& app, const MigrationOperation& op,
                                              int serverVersionNum)
{
    const QString& kind = op.className;
    const QString table = defaultTable(app, op.modelName);
    const int line = op.line;
    if (kind == QLatin1String("CreateModel"))
        return {}; // a new, empty table: nobody else holds or waits for it
    if (kind == QLatin1String("DeleteModel"))
        return {lockOn(table, kAccessExclusive, false, false, QStringLiteral("DROP TABLE"), line)};
    if (kind == QLatin1String("AddField")) {
        // Django adds the column with its default, then drops the default. Before PostgreSQL 11
        // any default rewrote the table; since then only a volatile one does, which Django
        // evaluates in Python, so the column default it sends is a constant.
        const bool rewrites = op.fieldHasDefault && serverVersionNum < 110000;
        const bool notNull = op.fieldNull.has_value() && !*op.fieldNull;
        return {lockOn(table, kAccessExclusive, rewrites, notNull && !op.fieldHasDefault,
                       QStringLiteral("ALTER TABLE ADD COLUMN"), line)};
    }
    if (kind == QLatin1String("RemoveField"))
        return {lockOn(table, kAccessExclusive, false, false,
                       QStringLiteral("ALTER TABLE DROP COLUMN"), line)};
    if (kind == QLatin1String("AlterField"))
        // The type may change (a rewrite) or NOT NULL may be set (a full scan); statically we
        // cannot tell which, so assume the expensive one.
        return {lockOn(table, kAccessExclusive, true, false,
                       QStringLiteral("ALTER TABLE ALTER COLUMN"), line)};
    if (kind == QLatin1String("RenameField") || kind == QLatin1String("RenameModel") ||
        kind == QLatin1String("AlterModelTable"))
        return {lockOn(table, kAccessExclusive, false, false, QStringLiteral("ALTER TABLE RENAME"),
                       line)};
    if (kind == QLatin1String("AddIndex"))
        return {lockOn(table, kShare, false, true, QStringLiteral("CREATE INDEX"), line)};
    if (kind == QLatin1String("AddIndexConcurrently"))
        return {lockOn(table, kShareUpdateExclusive, false, true,
                       QStringLiteral("CREATE INDEX CONCURRENTLY"), line)};
    if (kind == QLatin1String("RemoveIndex"))
        return {lockOn(table, kAccessExclusive, false, false, QStringLiteral("DROP INDEX"), line)};
    if (kind == QLatin1String("RemoveIndexConcurrently"))
        return {lockOn(table, kShareUpdateExclusive, false, false,
                       QStringLiteral("DROP INDEX CONCURRENTLY"), line)};
    if (kind == QLatin1String("AddConstraint"))
        // CHECK and UNIQUE validate every row under ACCESS EXCLUSIVE (UNIQUE builds an index);
        // a foreign key (in a field, not here) would take SHARE ROW EXCLUSIVE.
        return {lockOn(table, kAccessExclusive, false, true,
                       QStringLiteral("ALTER TABLE ADD CONSTRAINT"), line)};
    if (kind == QLatin1String("AddConstraintNotValid"))
        return {lockOn(table, kAccessExclusive, false, false,
                       QStringLiteral("ALTER TABLE ADD CONSTRAINT NOT VALID"), line)};
    if (kind == QLatin1String("ValidateConstraint"))
        return {lockOn(table, kShareUpdateExclusive, false, true,
                       QStringLiteral("ALTER TABLE VALIDATE CONSTRAINT"), line)};
    if (kind == QLatin1String("RemoveConstraint"))
        return {lockOn(table, kAccessExclusive, false, false,
                       QStringLiteral("ALTER TABLE DROP CONSTRAINT"), line)};
    if (kind == QLatin1String("AlterUniqueTogether") || kind == QLatin1String("AlterIndexTogether"))
        return {lockOn(table, kShare, false, true, QStringLiteral("CREATE INDEX"), line)};
    if (kind == QLatin1String("AddTrigger"))
        return {lockOn(table, kShareRowExclusive, false, false, QStringLiteral("CREATE TRIGGER"),
                       line)};
    return {}; // RunPython, RunSQL (its SQL is linted), AlterModelOptions,
               // SeparateDatabaseAndState...
}

} // namespace migdesk::core
