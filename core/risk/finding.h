// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// One problem the linter or the risk assessment found, with where it is and what to do.
struct Finding
{
    enum class Severity { Info, Warning, Error };

    QString rule; // squawk's rule id where squawk has the rule ("adding-field-with-default")
    Severity severity = Severity::Warning;
    QString file;
    int line = 0;      // 1-based
    int column = 0;    // 1-based, 0 when unknown
    QString statement; // the statement's text
    QString message;   // one sentence: what is wrong here
    QString fix;       // a concrete safer alternative
};

} // namespace migdesk::core
