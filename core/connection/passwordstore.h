// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace migdesk::core {

// Passwords of connection profiles: in the system keychain (QtKeychain, service "migdesk",
// key = profile name), or for this session only, in memory, when the user chooses so or no
// keychain service runs. Never on disk otherwise. All calls are asynchronous and answer on the
// caller's thread through the callback.
class PasswordStore : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool keychainUnavailable = false; // no secret service: offer a session-only password
        QString message;                  // a sentence for the user when !ok
    };
    using Lookup = std::function<void(std::optional<QString> password, const Outcome&)>;
    using Done = std::function<void(const Outcome&)>;

    explicit PasswordStore(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PasswordStore)

    static QString serviceName() { return QStringLiteral("migdesk"); }

    // Session-only passwords take precedence over the keychain; a missing entry is ok with no
    // password.
    void read(const QString& profile, QObject* context, Lookup done);
    void store(const QString& profile, const QString& password, QObject* context, Done done);
    void remove(const QString& profile, QObject* context, Done done);

    void rememberForSession(const QString& profile, const QString& password);
    void forgetForSession(const QString& profile);

private:
    QHash<QString, QString> m_sessionOnly;
};

} // namespace migdesk::core
