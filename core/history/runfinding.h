// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// One finding a run recorded in its details: a preflight or verify check, or a lint finding
// of the assessment it was based on.
struct RunFinding
{
    QString kind;     // "check" or "lint"
    QString status;   // a check's "pass", "warn", "fail", "skipped"; a lint severity
    QString title;    // the check's title, or the lint rule
    QString figure;   // the check's figure, or file:line of the lint finding
    QString sentence; // what it means and, for lint, the fix
};

} // namespace migdesk::core
