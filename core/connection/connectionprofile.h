// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace migdesk::core {

enum class Environment { Development, Staging, Production };

QString environmentKey(Environment environment); // "production", stored in settings
std::optional<Environment> environmentFromKey(const QString& key);
QString environmentLabel(Environment environment); // translated, for the UI

// A saved way to reach one database. Never holds a password: that lives in the keychain
// (PasswordStore), in ~/.pgpass, or in the PG* environment, all resolved when connecting.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
public:
    QString name;
    Environment environment = Environment::Development;
    // A libpq URI, a key=value conninfo string or a service name. The discrete fields below,
    // where set, override what it says.
    QString dsn;
    QString host;
    int port = 0; // 0: libpq's default (PGPORT, the service, or 5432)
    QString database;
    QString user;
    QString sslMode; // empty: libpq's default (PGSSLMODE or "prefer")

    static QStringList sslModes();

    // Problems that make the profile unusable, each a sentence; empty when it is valid.
    QStringList validate() const;

    // The options to connect with. Anything left unset falls back to libpq's own defaults
    // (PG* variables, PGSERVICE, ~/.pgpass), exactly as psql would.
    std::optional<ConnInfo> connInfo(QString* error) const;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

} // namespace migdesk::core
