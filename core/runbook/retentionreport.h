// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace migdesk::core {

// What BackupRetention deleted. toJson(): {"deleted": [stem...], "bytes_freed"}.
struct RetentionReport
{
    QStringList deleted; // the stems of the backups removed
    qint64 bytesFreed = 0;

    QJsonObject toJson() const;
};

} // namespace migdesk::core
