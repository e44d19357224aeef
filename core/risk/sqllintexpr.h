// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

namespace migdesk::core::sqllint {

// True when a DEFAULT expression is known not to be VOLATILE, so that PostgreSQL 11 and later
// store it once in the catalog instead of rewriting the table. Constants, casts of constants,
// CURRENT_TIMESTAMP and friends, operators over such values and calls of a known list of
// immutable or stable built-in functions qualify; any other function call is assumed volatile,
// as squawk assumes, because the linter cannot look into the database's pg_proc.
bool isNonVolatile(const QJsonValue& expression);

} // namespace migdesk::core::sqllint
