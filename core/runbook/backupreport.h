// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupmetadata.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace migdesk::core {

struct StepResult;

// A backup that was written: where its metadata is and what it says, then what BackupStep did
// after the dump, each part a step's own result (null when it did not run). toJson():
// {"metadata_path", "metadata", "proof", "upload", "retention"}, the parts as
// StepResult::toJson().
struct BackupReport
{
    QString metadataPath; // absolute path of <stem>.json
    BackupMetadata metadata;
    std::shared_ptr<const StepResult> proof;
    std::shared_ptr<const StepResult> upload;
    std::shared_ptr<const StepResult> retention;

    QJsonObject toJson() const;
};

} // namespace migdesk::core
