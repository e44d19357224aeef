// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/rollbackreport.h"

#include "runbook/stepresult.h"

namespace migdesk::core {

QJsonObject RollbackReport::toJson() const
{
    QJsonObject o{{QStringLiteral("way"),
                   restore ? QStringLiteral("restore") : QStringLiteral("migrations")}};
    if (preRollbackBackup)
        o[QStringLiteral("pre_rollback_backup")] = preRollbackBackup->toJson();
    if (undo)
        o[restore ? QStringLiteral("restore") : QStringLiteral("revert")] = undo->toJson();
    if (verify)
        o[QStringLiteral("verify")] = verify->toJson();
    return o;
}

} // namespace migdesk::core
