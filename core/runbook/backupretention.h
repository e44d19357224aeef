// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupmetadata.h"
#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace migdesk::core {

// Deletes backups older than a number of days, and only migdesk's own: a backup counts when its
// <stem>.json in the folder was written by migdesk, its age is the metadata's timestamp (not the
// file time, which a copy or restore from tape resets), and only the files that metadata lists
// are removed. Anything else in the folder (another tool's dumps, a hand-made copy) is never
// touched.
class BackupRetention
{
    Q_DECLARE_TR_FUNCTIONS(BackupRetention)
public:
    // The backups that would go, oldest first. Empty with *error set when the folder cannot be
    // read; empty without error when nothing is old enough or days <= 0.
    static std::vector<BackupMetadata> expired(const QString& directory, int days, QString* error);

    // Logs each backup it will delete with its files and size, then deletes them (the listed
    // files, the dump directory once empty, the .json last). Skipped when days <= 0.
    // Reports a RetentionReport.
    static StepResult run(const QString& directory, int days, const StepContext& ctx);
};

} // namespace migdesk::core
