// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbooktarget.h"

#include <QCoreApplication>

namespace migdesk::core {

// The design's rule for anything that writes: on a production profile the user types the
// database name first. The wizard and the commands (--confirm DBNAME) both ask here.
class ProductionGuard
{
    Q_DECLARE_TR_FUNCTIONS(ProductionGuard)
public:
    // Empty when the step may go ahead; otherwise the sentence that says why not and what to do.
    // A dry run (writes == false) never needs the confirmation.
    static QString refusal(const RunbookTarget& target, bool writes, const QString& typedDatabase);
};

} // namespace migdesk::core
