// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/check.h"

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

class CancelToken;

// The runbook's `curl -f http://.../api/health/` as a check: a GET that must answer 2xx within
// the timeout (redirects followed). Blocking: it runs its own event loop, so call it from a
// worker thread or a command, never from the GUI thread.
class HealthProbe
{
    Q_DECLARE_TR_FUNCTIONS(HealthProbe)
public:
    // Pass on 2xx; Fail on another status, a timeout, a refused or unreachable server or a URL
    // that is not http(s); Skipped when url is empty. Cancel aborts the request.
    static Check check(const QString& url, int timeoutMs, const CancelToken& cancel);
};

} // namespace migdesk::core
