// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace migdesk::core {

// The PRS runbook's impact assessment, kept exactly: its risk score per Django operation
// class, its levels, its safety colours and migration types, its time estimate and its
// recommendations (shared/runbook.md, "Migration Impact Assessment" and "Migration Safety
// Levels"). It reads migrations as their source wrote them and needs no database; the live
// lock and size analysis that goes beyond the runbook lives elsewhere (LiveImpact, the linter).
// Pure functions of their arguments: safe on any thread.
class RunbookScore
{
    Q_DECLARE_TR_FUNCTIONS(RunbookScore)
public:
    enum class Level { Low, Medium, High };
    // The runbook's "Migration Safety Levels": Safe, Caution, Dangerous. Ordered: worse is
    // greater.
    enum class Safety { Green, Yellow, Red };
    // The runbook's "Migration Types" table.
    enum class MigrationType { SchemaOnly, Additive, Destructive, Data };

    // Why an operation or statement has its colour; reasonText() gives the phrase.
    enum class Reason {
        // green
        NewTable,
        NewJoinTable,
        NewObjects,
        NullableColumn,
        ConcurrentIndex,
        ConstraintNotValidated,
        OnlineValidation,
        NoDataChange,
        // yellow
        Rename,
        NotNullWithDefault,
        DropIndex,
        CompatibleTypeChange,
        BlockingIndexBuild,
        ValidatedConstraint,
        DropConstraint,
        NotRated,
        // red
        DropColumn,
        DropTable,
        DropObjects,
        IncompatibleTypeChange,
        DataMigration,
        UniqueConstraint,
        NotNullWithoutDefault,
        UnreadableSql,
        TableEmptied,
        ProceduralCode,
    };

    struct OperationScore
    {
        QString className;
        int line = 0;   // of the operation in its file
        int points = 0; // the runbook's score for this class
        Safety safety = Safety::Green;
        Reason reason = Reason::NotRated;
    };

    struct MigrationScore
    {
        MigrationKey key;
        int score = 0; // sum of the operations' points
        Level level = Level::Low;
        Safety safety = Safety::Green; // the worst of its operations
        MigrationType type = MigrationType::SchemaOnly;
        std::vector<OperationScore> operations;
        // The tables its operations name: Django's default table of each model, and the
        // relations its RunSQL statements mention. A model with a custom db_table is missed.
        QStringList tables;
    };

    // The runbook's time estimate: a bracket chosen by the number of rows in the whole
    // database, whatever the migrations touch (the runbook sums n_tup_ins + n_tup_upd over
    // pg_stat_user_tables; migdesk passes live row counts, see overall()).
    struct TimeEstimate
    {
        enum class Bracket {
            UnderOneMinute,
            OneToFiveMinutes,
            FiveToThirtyMinutes,
            OverThirtyMinutes
        };
        Bracket bracket = Bracket::UnderOneMinute;
        qint64 totalRows = 0;
        int minSeconds = 0;
        std::optional<int> maxSeconds; // none for "30+ minutes"
        // One number where one is wanted: the bracket's upper bound, or its lower bound (30
        // minutes) for the open "30+ minutes" bracket.
        int seconds = 60;
        QString text;   // the runbook's wording: "< 1 minute", "1-5 minutes", ...
        QString advice; // "Consider zero-downtime migration strategies" above 30 minutes
        // Not part of the runbook's rule, shown beside it: the rows of the tables that the
        // pending migrations name (MigrationScore::tables) and are in the row counts.
        qint64 touchedRows = 0;
    };

    struct OverallScore
    {
        int migrations = 0;
        int total = 0;
        Level level = Level::Low;
        Safety safety = Safety::Green; // the worst of the migrations
        TimeEstimate estimate;
        QStringList recommendations; // the runbook's list for `level`; empty without migrations
    };

    // The runbook's points for one operation class (exact class name, so AddIndexConcurrently
    // is not AddIndex): CreateModel, AddField 1; AlterField, RenameField, AddIndex 2;
    // RemoveField, DeleteModel, RunSQL 3; RunPython 4; anything else 0.
    static int points(const QString& className);
    static OperationScore scoreOperation(const MigrationOperation& operation);
    static MigrationScore score(const Migration& migration);
    // tableRows: rows per table name (unqualified, as pg_tables.tablename), every table of the
    // database, as the runbook's estimate counts them all.
    static OverallScore overall(const std::vector<MigrationScore>& migrations,
                                const std::map<QString, qint64>& tableRows = {});

    static Level migrationLevel(int score); // <= 2 low, <= 5 medium, else high
    static Level overallLevel(int total);   // <= 5 low, <= 15 medium, else high
    static TimeEstimate estimate(const std::map<QString, qint64>& tableRows,
                                 const QStringList& touchedTables = {});
    static QStringList recommendations(Level overallLevel);

    // Django's default table for a model: "<app_label>_<model name lower-cased>", shortened
    // with a hash as Django does for PostgreSQL's 63-character limit.
    static QString djangoTableName(const QString& appLabel, const QString& modelName);

    // Stable keys for JSON and settings: "low"/"medium"/"high", "green"/"yellow"/"red",
    // "schema-only"/"additive"/"destructive"/"data".
    static QString levelKey(Level level);
    static QString safetyKey(Safety safety);
    static QString typeKey(MigrationType type);
    // The runbook's names, translated: "Low", "Safe", "Schema-only", ...
    static QString levelName(Level level);
    static QString safetyName(Safety safety);
    static QString typeName(MigrationType type);
    // A short translated phrase: "nullable column", "drop column", ...
    static QString reasonText(Reason reason);
};

} // namespace migdesk::core
