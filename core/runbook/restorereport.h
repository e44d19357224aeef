// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace migdesk::core {

// What RestoreJob restored from where. toJson(): {"backup", "database", "jobs", "metadata_path",
// "toc_entries"}, each only once known (a plain dump is refused before its metadata is read).
struct RestoreReport
{
    QString backup;   // as the user named it: the archive, the directory or the metadata
    QString database; // restored into
    int jobs = 1;
    QString metadataPath;             // the backup's <stem>.json, once verified
    std::optional<qint64> tocEntries; // pg_restore --list's entries; -1 when it could not list

    QJsonObject toJson() const;
};

} // namespace migdesk::core
