// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/databaseoverview.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace migdesk::core {

// The overview as `migdesk overview` prints it: JSON with raw numbers (bytes, seconds) for
// scripts, text with human units for people.
class OverviewReport
{
    Q_DECLARE_TR_FUNCTIONS(OverviewReport)
public:
    static QJsonObject toJson(const DatabaseOverview& overview);
    static QString toText(const DatabaseOverview& overview);
};

} // namespace migdesk::core
