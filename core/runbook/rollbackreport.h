// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

#include <memory>

namespace migdesk::core {

struct StepResult;

// What RollbackStep did: its parts, each a step's own result, in the order they ran; a part not
// reached is null. toJson(): {"way" ("migrations" | "restore"), "pre_rollback_backup",
// "revert" | "restore", "verify"}, each part as StepResult::toJson().
struct RollbackReport
{
    bool restore = false; // the backup is restored; otherwise migrated backwards
    std::shared_ptr<const StepResult> preRollbackBackup;
    std::shared_ptr<const StepResult> undo; // the revert or the restore
    std::shared_ptr<const StepResult> verify;

    QJsonObject toJson() const;
};

} // namespace migdesk::core
