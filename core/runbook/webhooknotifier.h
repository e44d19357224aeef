// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepcontext.h"

#include <QCoreApplication>

namespace migdesk::core {

// Success and failure notifications to a Slack-compatible incoming webhook: a POST of
// {"text": ...} as JSON. The URL is a secret (it lets anyone post to the channel), so it lives in
// the keychain like a password and is never logged; the log names only its host.
class WebhookNotifier
{
    Q_DECLARE_TR_FUNCTIONS(WebhookNotifier)
public:
    // Blocking (a worker thread or a command). A failed notification is logged and returns false;
    // it never fails the run it reports on. An empty URL does nothing and returns true. The
    // cancel token is not consulted: a cancelled run is still reported, within timeoutMs.
    static bool notify(const QString& url, const QString& text, const StepContext& context,
                       int timeoutMs = 10'000);

    // The keychain entry of a profile's webhook URL, next to its password (PasswordStore).
    static QString keychainKey(const QString& profile);
};

} // namespace migdesk::core
