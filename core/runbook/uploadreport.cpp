// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/uploadreport.h"

#include <QJsonArray>

namespace migdesk::core {

QJsonObject UploadReport::toJson() const
{
    QJsonObject o{{QStringLiteral("command"), QJsonArray::fromStringList(command)}};
    if (exitCode)
        o[QStringLiteral("exit_code")] = *exitCode;
    return o;
}

} // namespace migdesk::core
