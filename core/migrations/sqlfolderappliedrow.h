// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace migdesk::core {

// One row of migdesk_schema_history: a version that was applied, or whose apply failed.
struct SqlFolderAppliedRow
{
    QString version;     // dotted, as the file name wrote it: "1.1"
    QString description; // with spaces
    QString script;      // file path relative to the folder
    QString checksum;    // SHA-256 hex of the file's bytes when it ran
    QString installedBy;
    QDateTime installedOn; // UTC; when the script started
    int executionTimeMs = 0;
    bool success = false;
};

} // namespace migdesk::core
