// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace migdesk::core {

// What UploadCommand ran: the command as the user wrote it, secrets masked, and its exit code
// once it ran. toJson(): {"command", "exit_code"}.
struct UploadReport
{
    QStringList command;
    std::optional<int> exitCode;

    QJsonObject toJson() const;
};

} // namespace migdesk::core
