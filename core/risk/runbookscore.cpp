// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/runbookscore.h"

#include "risk/runbooksql.h"

#include <QCryptographicHash>

#include <algorithm>

namespace migdesk::core {

namespace {

using Safety = RunbookScore::Safety;
using Reason = RunbookScore::Reason;

bool isOneOf(const QString& className, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        if (className == QLatin1String(name))
            return true;
    }
    return false;
}

struct Colour
{
    Safety safety;
    Reason reason;
};

// The runbook's safety lists (green: new table, nullable column, concurrent index, constraint
// not validated; yellow: rename, NOT NULL with default, drop index, compatible type change;
// red: drop column/table, incompatible type change, large data migration, unique constraint)
// mapped onto Django's operation classes. Where the runbook is silent, the choice and its
// reason are written next to it. Unlike the score, colours look at what the source read of the
// operation's arguments (MigrationOperation's field facts and RunSQL literals).
Colour colourOf(const MigrationOperation& op, const RunbookSql::Verdict& sql)
{
    const QString& c = op.className;
    if (c == QLatin1String("CreateModel"))
        return {Safety::Green, Reason::NewTable};
    if (c == QLatin1String("AddField")) {
        // A many-to-many field is a new join table; a one-to-one field is a unique foreign
        // key. Otherwise the runbook's column rules: nullable green, NOT NULL with a default
        // yellow, and NOT NULL without one (fails on any table that has rows) red. A field
        // whose null= was not a literal counts as Django's default, NOT NULL.
        if (op.fieldClass.endsWith(QLatin1String("ManyToManyField")))
            return {Safety::Green, Reason::NewJoinTable};
        if (op.fieldClass.endsWith(QLatin1String("OneToOneField")))
            return {Safety::Red, Reason::UniqueConstraint};
        if (op.fieldNull.value_or(false))
            return {Safety::Green, Reason::NullableColumn};
        if (op.fieldHasDefault)
            return {Safety::Yellow, Reason::NotNullWithDefault};
        return {Safety::Red, Reason::NotNullWithoutDefault};
    }
    // Whether an AlterField's type change is compatible cannot be told from the migration
    // alone (the old field is in an earlier migration): the runbook's yellow by default.
    if (c == QLatin1String("AlterField"))
        return {Safety::Yellow, Reason::CompatibleTypeChange};
    if (isOneOf(c, {"RenameField", "RenameModel", "RenameIndex", "AlterModelTable"}))
        return {Safety::Yellow, Reason::Rename};
    // Only concurrent index builds are green; a plain one blocks writes while it builds,
    // which the runbook does not list as red: yellow. index_together builds plain indexes.
    if (c == QLatin1String("AddIndexConcurrently"))
        return {Safety::Green, Reason::ConcurrentIndex};
    if (isOneOf(c, {"AddIndex", "AlterIndexTogether"}))
        return {Safety::Yellow, Reason::BlockingIndexBuild};
    if (isOneOf(c, {"RemoveIndex", "RemoveIndexConcurrently"}))
        return {Safety::Yellow, Reason::DropIndex};
    if (c == QLatin1String("RemoveField"))
        return {Safety::Red, Reason::DropColumn};
    if (c == QLatin1String("DeleteModel"))
        return {Safety::Red, Reason::DropTable};
    if (c == QLatin1String("RunPython"))
        return {Safety::Red, Reason::DataMigration};
    if (c == QLatin1String("RunSQL"))
        return {sql.safety, sql.reason};
    // AddConstraint validates at once under an ACCESS EXCLUSIVE lock: yellow, unless the
    // source recorded the constraint's class as unique or exclusion (red). Postgres's
    // AddConstraintNotValid is the runbook's "not validated" green, and ValidateConstraint
    // its second half, which lets writes continue.
    if (c == QLatin1String("AddConstraint")) {
        if (op.fieldClass.contains(QLatin1String("UniqueConstraint")) ||
            op.fieldClass.contains(QLatin1String("ExclusionConstraint")))
            return {Safety::Red, Reason::UniqueConstraint};
        return {Safety::Yellow, Reason::ValidatedConstraint};
    }
    if (c == QLatin1String("AddConstraintNotValid"))
        return {Safety::Green, Reason::ConstraintNotValidated};
    if (c == QLatin1String("ValidateConstraint"))
        return {Safety::Green, Reason::OnlineValidation};
    if (c == QLatin1String("RemoveConstraint"))
        return {Safety::Yellow, Reason::DropConstraint};
    // unique_together may add a unique constraint.
    if (c == QLatin1String("AlterUniqueTogether"))
        return {Safety::Red, Reason::UniqueConstraint};
    // order_with_respect_to adds an "_order" integer column, NOT NULL DEFAULT 0.
    if (c == QLatin1String("AlterOrderWithRespectTo"))
        return {Safety::Yellow, Reason::NotNullWithDefault};
    // State only: Django runs no SQL for these.
    if (isOneOf(c, {"AlterModelOptions", "AlterModelManagers"}))
        return {Safety::Green, Reason::NoDataChange};
    // CreateExtension and its named subclasses (HStoreExtension, TrigramExtension, ...).
    if (c.endsWith(QLatin1String("Extension")))
        return {Safety::Green, Reason::NewObjects};
    // Anything else (SeparateDatabaseAndState, a project's own operation) is unknown: caution.
    return {Safety::Yellow, Reason::NotRated};
}

// The runbook's migration types, per operation. "Data" is RunPython or RunSQL that changes
// rows; "destructive" is a Remove*/Delete* class or RunSQL that drops; "additive" a Create*/
// Add* class or RunSQL that only creates or adds. State-only operations count as none.
struct TypeFacts
{
    bool data = false;
    bool destructive = false;
    bool additive = false;
    bool neutral = false;
};

TypeFacts typeFacts(const MigrationOperation& op, const RunbookSql::Verdict& sql)
{
    const QString& c = op.className;
    TypeFacts facts;
    if (c == QLatin1String("RunSQL")) {
        facts.data = sql.changesData;
        facts.destructive = sql.drops;
        facts.additive = sql.onlyAdds;
        facts.neutral = sql.readable && !sql.onlyAdds && !sql.changesData && !sql.drops &&
                        sql.reason == Reason::NoDataChange;
        return facts;
    }
    facts.data = c == QLatin1String("RunPython");
    facts.destructive =
        c.startsWith(QLatin1String("Remove")) || c.startsWith(QLatin1String("Delete"));
    facts.additive = c.startsWith(QLatin1String("Create")) || c.startsWith(QLatin1String("Add"));
    facts.neutral = isOneOf(c, {"AlterModelOptions", "AlterModelManagers"});
    return facts;
}

QStringList tablesOf(const QString& app, const MigrationOperation& op,
                     const RunbookSql::Verdict& sql)
{
    if (op.className == QLatin1String("RunSQL"))
        return sql.tables;
    // RenameModel names the model by its old name, which is the table that exists now.
    const QString model = op.className == QLatin1String("RenameModel") ? op.oldName
                          : !op.modelName.isEmpty()                    ? op.modelName
                                                                       : QString();
    if (model.isEmpty() || app.isEmpty())
        return {};
    return {RunbookScore::djangoTableName(app, model)};
}

// RunSQL's statements, parsed once per operation; other classes need no SQL.
RunbookSql::Verdict sqlVerdict(const MigrationOperation& op)
{
    return op.className == QLatin1String("RunSQL") ? RunbookSql::classify(op.sql)
                                                   : RunbookSql::Verdict{};
}

RunbookScore::OperationScore scored(const MigrationOperation& op, const RunbookSql::Verdict& sql)
{
    const Colour colour = colourOf(op, sql);
    return {op.className, op.line, RunbookScore::points(op.className), colour.safety,
            colour.reason};
}

} // namespace

int RunbookScore::points(const QString& className)
{
    // The runbook compares operation.__class__.__name__ with ==: exact names only.
    if (isOneOf(className, {"CreateModel", "AddField"}))
        return 1;
    if (isOneOf(className, {"AlterField", "RenameField", "AddIndex"}))
        return 2;
    if (isOneOf(className, {"RemoveField", "DeleteModel", "RunSQL"}))
        return 3;
    if (className == QLatin1String("RunPython"))
        return 4;
    return 0;
}

RunbookScore::OperationScore RunbookScore::scoreOperation(const MigrationOperation& operation)
{
    return scored(operation, sqlVerdict(operation));
}

RunbookScore::MigrationScore RunbookScore::score(const Migration& migration)
{
    MigrationScore out;
    out.key = migration.key();
    bool anyData = false;
    bool anyDestructive = false;
    bool allAdditive = true;
    bool anyAdditive = false;
    for (const MigrationOperation& op : migration.operations) {
        const RunbookSql::Verdict sql = sqlVerdict(op);
        OperationScore operation = scored(op, sql);
        out.score += operation.points;
        out.safety = std::max(out.safety, operation.safety);
        out.operations.push_back(std::move(operation));

        const TypeFacts facts = typeFacts(op, sql);
        anyData = anyData || facts.data;
        anyDestructive = anyDestructive || facts.destructive;
        if (!facts.neutral) {
            allAdditive = allAdditive && facts.additive;
            anyAdditive = anyAdditive || facts.additive;
        }
        for (const QString& table : tablesOf(migration.app, op, sql)) {
            if (!out.tables.contains(table))
                out.tables << table;
        }
    }
    out.level = migrationLevel(out.score);
    // Data first: a migration that moves rows belongs to the runbook's background data phase
    // even when it also drops something; then destructive, then additive, else schema-only.
    out.type = anyData                      ? MigrationType::Data
               : anyDestructive             ? MigrationType::Destructive
               : anyAdditive && allAdditive ? MigrationType::Additive
                                            : MigrationType::SchemaOnly;
    return out;
}

RunbookScore::OverallScore RunbookScore::overall(const std::vector<MigrationScore>& migrations,
                                                 const std::map<QString, qint64>& tableRows)
{
    OverallScore out;
    out.migrations = int(migrations.size());
    QStringList touched;
    for (const MigrationScore& m : migrations) {
        out.total += m.score;
        out.safety = std::max(out.safety, m.safety);
        for (const QString& table : m.tables) {
            if (!touched.contains(table))
                touched << table;
        }
    }
    out.level = overallLevel(out.total);
    out.estimate = estimate(tableRows, touched);
    // The runbook stops at "No pending migrations" before it scores or recommends anything.
    if (!migrations.empty())
        out.recommendations = recommendations(out.level);
    return out;
}

RunbookScore::Level RunbookScore::migrationLevel(int score)
{
    return score <= 2 ? Level::Low : score <= 5 ? Level::Medium : Level::High;
}

RunbookScore::Level RunbookScore::overallLevel(int total)
{
    return total <= 5 ? Level::Low : total <= 15 ? Level::Medium : Level::High;
}

RunbookScore::TimeEstimate RunbookScore::estimate(const std::map<QString, qint64>& tableRows,
                                                  const QStringList& touchedTables)
{
    TimeEstimate out;
    for (const auto& [table, rows] : tableRows) {
        out.totalRows += std::max<qint64>(rows, 0);
        if (touchedTables.contains(table))
            out.touchedRows += std::max<qint64>(rows, 0);
    }
    // The runbook's brackets, with its strict "<" boundaries.
    if (out.totalRows < 100'000) {
        out.bracket = TimeEstimate::Bracket::UnderOneMinute;
        out.minSeconds = 0;
        out.maxSeconds = 60;
        out.text = tr("< 1 minute");
    } else if (out.totalRows < 1'000'000) {
        out.bracket = TimeEstimate::Bracket::OneToFiveMinutes;
        out.minSeconds = 60;
        out.maxSeconds = 300;
        out.text = tr("1-5 minutes");
    } else if (out.totalRows < 10'000'000) {
        out.bracket = TimeEstimate::Bracket::FiveToThirtyMinutes;
        out.minSeconds = 300;
        out.maxSeconds = 1800;
        out.text = tr("5-30 minutes");
    } else {
        out.bracket = TimeEstimate::Bracket::OverThirtyMinutes;
        out.minSeconds = 1800;
        out.maxSeconds.reset();
        out.text = tr("30+ minutes");
        out.advice = tr("Consider zero-downtime migration strategies");
    }
    out.seconds = out.maxSeconds.value_or(out.minSeconds);
    return out;
}

QStringList RunbookScore::recommendations(Level overallLevel)
{
    switch (overallLevel) {
    case Level::Low:
        return {tr("Safe to apply during normal maintenance window"),
                tr("Minimal downtime expected")};
    case Level::Medium:
        return {tr("Schedule during low-traffic period"), tr("Prepare rollback plan"),
                tr("Consider extended maintenance window")};
    case Level::High:
        return {tr("HIGH RISK: Plan carefully"), tr("Test thoroughly in staging environment"),
                tr("Prepare detailed rollback procedures"),
                tr("Consider breaking into smaller migrations"),
                tr("Schedule during extended maintenance window")};
    }
    return {};
}

QString RunbookScore::djangoTableName(const QString& appLabel, const QString& modelName)
{
    // Options.db_table = "%s_%s" % (app_label, model_name), then truncate_name() to
    // PostgreSQL's max_name_length() of 63: the first 59 characters and the first 4 hex
    // digits of the MD5 of the whole name.
    constexpr qsizetype maxLength = 63;
    constexpr qsizetype hashLength = 4;
    const QString name = appLabel + QLatin1Char('_') + modelName.toLower();
    if (name.size() <= maxLength)
        return name;
    const QByteArray digest =
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex();
    return name.left(maxLength - hashLength) + QString::fromLatin1(digest.left(hashLength));
}

QString RunbookScore::levelKey(Level level)
{
    switch (level) {
    case Level::Low:
        return QStringLiteral("low");
    case Level::Medium:
        return QStringLiteral("medium");
    case Level::High:
        return QStringLiteral("high");
    }
    return {};
}

QString RunbookScore::safetyKey(Safety safety)
{
    switch (safety) {
    case Safety::Green:
        return QStringLiteral("green");
    case Safety::Yellow:
        return QStringLiteral("yellow");
    case Safety::Red:
        return QStringLiteral("red");
    }
    return {};
}

QString RunbookScore::typeKey(MigrationType type)
{
    switch (type) {
    case MigrationType::SchemaOnly:
        return QStringLiteral("schema-only");
    case MigrationType::Additive:
        return QStringLiteral("additive");
    case MigrationType::Destructive:
        return QStringLiteral("destructive");
    case MigrationType::Data:
        return QStringLiteral("data");
    }
    return {};
}

QString RunbookScore::levelName(Level level)
{
    switch (level) {
    case Level::Low:
        return tr("Low");
    case Level::Medium:
        return tr("Medium");
    case Level::High:
        return tr("High");
    }
    return {};
}

QString RunbookScore::safetyName(Safety safety)
{
    switch (safety) {
    case Safety::Green:
        return tr("Safe");
    case Safety::Yellow:
        return tr("Caution");
    case Safety::Red:
        return tr("Dangerous");
    }
    return {};
}

QString RunbookScore::typeName(MigrationType type)
{
    switch (type) {
    case MigrationType::SchemaOnly:
        return tr("Schema-only");
    case MigrationType::Additive:
        return tr("Additive");
    case MigrationType::Destructive:
        return tr("Destructive");
    case MigrationType::Data:
        return tr("Data migration");
    }
    return {};
}

QString RunbookScore::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::NewTable:
        return tr("new table");
    case Reason::NewJoinTable:
        return tr("new join table");
    case Reason::NewObjects:
        return tr("new database objects");
    case Reason::NullableColumn:
        return tr("nullable column");
    case Reason::ConcurrentIndex:
        return tr("concurrent index");
    case Reason::ConstraintNotValidated:
        return tr("constraint not validated");
    case Reason::OnlineValidation:
        return tr("validation that lets writes continue");
    case Reason::NoDataChange:
        return tr("no change to existing rows");
    case Reason::Rename:
        return tr("rename");
    case Reason::NotNullWithDefault:
        return tr("NOT NULL column with a default");
    case Reason::DropIndex:
        return tr("drop index");
    case Reason::CompatibleTypeChange:
        return tr("compatible type change");
    case Reason::BlockingIndexBuild:
        return tr("index build that blocks writes");
    case Reason::ValidatedConstraint:
        return tr("constraint validated under lock");
    case Reason::DropConstraint:
        return tr("drop constraint");
    case Reason::NotRated:
        return tr("not rated by the runbook");
    case Reason::DropColumn:
        return tr("drop column");
    case Reason::DropTable:
        return tr("drop table");
    case Reason::DropObjects:
        return tr("drop of database objects");
    case Reason::IncompatibleTypeChange:
        return tr("incompatible type change");
    case Reason::DataMigration:
        return tr("large data migration");
    case Reason::UniqueConstraint:
        return tr("unique constraint");
    case Reason::NotNullWithoutDefault:
        return tr("NOT NULL column without a default");
    case Reason::UnreadableSql:
        return tr("SQL that cannot be read");
    case Reason::TableEmptied:
        return tr("table emptied");
    case Reason::ProceduralCode:
        return tr("procedural code");
    }
    return {};
}

} // namespace migdesk::core
