// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"
#include "risk/finding.h"
#include "risk/liveimpact.h"
#include "risk/migrationcharacter.h"

#include <QStringList>

#include <vector>

namespace migdesk::core {

// One pending migration, assessed: the runbook's score, the linter's findings on its SQL, what
// its locks would do on this database today, and how it could be undone.
struct AssessedMigration
{
    Migration migration;
    int score = 0;
    QString level;               // runbook level: "low", "medium", "high"
    QString safety;              // worst operation colour: "green", "yellow", "red"
    QString type;                // "schema-only", "additive", "destructive", "data"
    QStringList operationSafety; // per operation, in order
    std::vector<Finding> findings;
    std::vector<LockImpact> impacts;
    double lockSeconds = 0; // sum of the estimated lock durations
    QString impactLevel;    // from the live impact: "low", "medium", "high"
    QString combinedLevel;  // the worse of level and impactLevel
    MigrationCharacter::Reversibility reversibility;
    MigrationCharacter::Phase phase = MigrationCharacter::Phase::SchemaChange;
    QString mixedPhaseWarning;
    QString sqlOrigin; // where the SQL came from: "RunSQL", "sqlmigrate", "file", or empty

    QStringList operationNames() const;
};

// Something on the server right now that would make a migration wait or make others wait.
struct Blocker
{
    QString kind; // "long-query" (running over 5 minutes) or "ungranted-lock"
    int pid = 0;
    double seconds = 0;
    QString sentence;
};

// The whole assessment of a migration source against one database.
struct Assessment
{
    QString source;   // "Django project /srv/prs" or "SQL folder /srv/sql"
    QString database; // empty when assessed without a connection
    int serverVersionNum = 0;
    std::vector<AssessedMigration> pending; // in plan order
    std::vector<SourceProblem> problems;
    int appliedCount = 0;
    int totalScore = 0;
    QString overall;                // runbook overall level
    double timeEstimateSeconds = 0; // the upper end of the runbook's bracket
    QString timeEstimateText;       // the runbook's own words: "5-30 minutes"
    QStringList recommendations;
    std::vector<Blocker> blockers;
    // Plan cross-checked with the project's own `manage.py showmigrations --plan`: empty when
    // not asked for; otherwise "matches" or the difference in one sentence.
    QString djangoCrossCheck;
};

} // namespace migdesk::core
