// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupjob.h"

#include <QStringList>

namespace migdesk::core {

// The backup the wizard's page and `migdesk backup` ask for: the dump and its checks, and
// optionally the proof by restore, the upload and the retention clean-up.
struct BackupPlan
{
    BackupOptions options;
    bool prove = false;        // restore into a throwaway cluster and compare row counts
    QStringList uploadCommand; // argument list with placeholders (UploadCommand); empty: none
    int retentionDays = 0;     // delete migdesk's own backups older than this; 0 keeps all
};

// Runs the plan as one step. The dump must succeed; so must the proof and the upload when asked
// for, since a DBA who asked for them must not go on believing they happened. The retention
// clean-up only logs its problems: an old file that could not be deleted is no reason to stop.
class BackupStep
{
    Q_DECLARE_TR_FUNCTIONS(BackupStep)
public:
    // Reports BackupJob's BackupReport with the proof, upload and retention parts that ran.
    static StepResult run(const RunbookTarget& target, const BackupPlan& plan,
                          const StepContext& ctx);
};

} // namespace migdesk::core
