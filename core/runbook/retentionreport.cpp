// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/retentionreport.h"

#include <QJsonArray>

namespace migdesk::core {

QJsonObject RetentionReport::toJson() const
{
    return {{QStringLiteral("deleted"), QJsonArray::fromStringList(deleted)},
            {QStringLiteral("bytes_freed"), bytesFreed}};
}

} // namespace migdesk::core
