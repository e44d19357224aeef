// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/check.h"
#include "runbook/runbooktarget.h"

#include <QCoreApplication>

namespace migdesk::core {

// The runbook's `python manage.py check --database default` as a check, shared by the preflight
// and the verification: Pass without issues, Warn with warnings only, Fail on errors or when
// Django cannot run, Skipped when no manage.py is configured. Blocking (a Python process).
class DjangoCheck
{
    Q_DECLARE_TR_FUNCTIONS(DjangoCheck)
public:
    // direct: migdesk's own connection to the target reaches the server without a pooler, so
    // Django's sessions can be made read-only (ManagePy::makeSessionsReadOnly).
    static Check run(const RunbookTarget& target, bool direct);
};

} // namespace migdesk::core
