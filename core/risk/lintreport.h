// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/sqllinter.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace migdesk::core {

// A lint result as `migdesk lint` prints it: JSON for scripts and CI (stable snake_case keys,
// severities as "error" / "warning" / "info"), text in the compiler style editors can jump
// from ("file:line:column: error: message [rule]").
class LintReport
{
    Q_DECLARE_TR_FUNCTIONS(LintReport)
public:
    enum class Locks { Hide, Show };

    static QJsonObject toJson(const LintResult& result, const QString& file = {});
    static QString toText(const LintResult& result, const QString& file = {},
                          Locks locks = Locks::Show);
    static QString severityName(Finding::Severity severity);
    static QJsonObject findingToJson(const Finding& finding);
    static QJsonObject lockToJson(const StatementLock& lock);
    // The parse error or any finding of Error severity: `migdesk lint` exits with 1.
    static bool hasErrors(const LintResult& result);
};

} // namespace migdesk::core
