// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/sqllinter.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

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
    // The same object as compact JSON a finding at a time, for a result too large to hold twice.
    static void writeJson(const LintResult& result, const QString& file,
                          const std::function<void(const QByteArray&)>& write);
    static QString toText(const LintResult& result, const QString& file = {},
                          Locks locks = Locks::Show);
    // The same text in UTF-8, a finding at a time, for a result too large to hold twice.
    static void writeText(const LintResult& result, const QString& file, Locks locks,
                          const std::function<void(const QByteArray&)>& write);
    static QString severityName(Finding::Severity severity);
    static QJsonObject findingToJson(const Finding& finding);
    static QJsonObject lockToJson(const StatementLock& lock);
    // The parse error or any finding of Error severity: `migdesk lint` exits with 1.
    static bool hasErrors(const LintResult& result);

private:
    // Everything but the findings and locks.
    static QJsonObject summaryToJson(const LintResult& result, const QString& file);
};

} // namespace migdesk::core
