// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "runbook/runbooktarget.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"
#include "runbook/writepolicy.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace migdesk::core {

struct RevertOptions
{
    enum class Mode { Previous, To } mode = Mode::Previous;
    // Mode::To: "APP:NAME" / "APP:zero" (Django) or a version / "zero" (SQL folder).
    // Mode::Previous, Django: empty, or the apps to step back, "catalog" or "catalog,sales".
    QString target;
    bool dryRun = false;
    WritePolicy policy;
    QString runId;
};

// The runbook's "migrate backwards" way of rolling back: Django through the project's own
// `manage.py migrate APP NAME`, SQL folders through their undo (U) files.
//
// Django, Mode::Previous: each app named in `target` (empty: every app of the project folder
// with applied migrations; never Django's own or a package's apps) goes back one migration,
// from its latest applied migration in the graph's order to that migration's parent in the
// same app ("zero" for its first), as the state was before the rollback began. Apps are taken
// latest first, so dependants go back before what they depend on. Django also unapplies every
// applied migration of another app that depends on what goes (a step's SQL names them), and an
// app whose step an earlier one already covered is skipped. Mode::To "APP:NAME" is Django's
// own `migrate APP NAME` for an applied NAME (a unique prefix is enough); "APP:zero" unapplies
// the whole app. A migration on the way that has no reverse (RunPython without reverse_code,
// RunSQL without reverse_sql) makes plan() fail with a sentence that points to the restore.
//
// SQL folders, Mode::Previous: the newest applied version is undone with its U file. Mode::To
// VERSION: every applied version above VERSION is undone, newest first ("zero": all of them).
// A version without a U file makes plan() fail. Each undo deletes its migdesk_schema_history
// row in the undo's transaction, so the version is pending again.
//
// Lock timeouts are retried like the executor's, every connection and process carries
// applicationName(options), and cancel stops the running statement. Blocking.
class MigrationReverter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationReverter)
public:
    // What will happen, shown before it starts: one step per `migrate APP TO` or undo file.
    // from/to are migration names (or "zero") for Django, versions (or "zero") for a folder;
    // sql is what will run backwards (Django: `sqlmigrate --backwards` of every migration the
    // step unapplies, each under a comment naming it).
    struct Step
    {
        QString app;
        QString from;
        QString to;
        QString sql;
    };

    static Result<std::vector<Step>> plan(const RunbookTarget& target,
                                          const RevertOptions& options);

    // Reports a backward MigrationRunReport, one item per step (its JSON:
    // migrationrunreport.h), run by MigrationSequence.
    static StepResult run(const RunbookTarget& target, const RevertOptions& options,
                          const StepContext& ctx);

    static QString applicationName(const RevertOptions& options);
};

} // namespace migdesk::core
