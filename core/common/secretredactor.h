// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace migdesk::core {

// The one rule for secrets in text migdesk writes or shows (run logs, the history, the mirror,
// reports, backup metadata, step results): a secret is replaced by "[redacted]" and everything
// around it is kept, so that a reviewer still reads what was run and where it went. It masks
//   - password literals in SQL: PASSWORD '...' (CREATE/ALTER ROLE or USER, E'' and $$ too);
//   - key=value secrets: conninfo password= and sslpassword=, PGPASSWORD=, --password=,
//     token=, secret=, api_key=, and signed-URL parameters (X-Amz-Signature=, sig=, ...);
//   - "key": "value" JSON members with such a key;
//   - the password in a URL's user info (scheme://user:PASSWORD@host);
//   - HTTP credentials: Authorization: Bearer/Basic ..., X-Api-Key: ..., a bare "Bearer ...".
// It errs on the side of masking: a value it cannot delimit is masked to the end of the text.
// Connection passwords never reach text in the first place (they go through the environment or
// a 0600 file); this rule is for what users write into commands and migrations.
class SecretRedactor
{
public:
    static QString redact(const QString& text);

    // An argument list (a command migdesk runs or shows): each argument redacted, and the
    // argument after an option that names a secret (--password VALUE, --token VALUE, curl's
    // -u USER:PASSWORD) masked as a whole or after its colon.
    static QStringList redactArguments(const QStringList& arguments);

    // Every string in the object, at any depth (a step's details, a run's record).
    static QJsonObject redact(const QJsonObject& object);

    static QString mask(); // "[redacted]"
};

} // namespace migdesk::core
