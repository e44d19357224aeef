// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace migdesk::core {

// libpq connection options as an ordered keyword/value list. Parsing is libpq's own
// (PQconninfoParse), so every URI and key=value form libpq accepts is accepted here and nothing
// else is. A later set() of the same keyword replaces the earlier value.
class ConnInfo
{
    Q_DECLARE_TR_FUNCTIONS(ConnInfo)
public:
    using Option = std::pair<QString, QString>;

    ConnInfo() = default;

    // Accepts a postgres:// or postgresql:// URI, a key=value conninfo string, or a bare word,
    // which names a service in pg_service.conf. On failure returns nullopt and sets *error to
    // libpq's explanation.
    static std::optional<ConnInfo> parse(const QString& text, QString* error);

    void set(const QString& keyword, const QString& value);
    void remove(const QString& keyword);
    QString value(const QString& keyword) const;
    bool contains(const QString& keyword) const;
    const std::vector<Option>& options() const { return m_options; }
    bool isEmpty() const { return m_options.empty(); }

    // A key=value string libpq accepts, values quoted. The password is left out unless asked
    // for, so the result can be shown and logged.
    QString toConninfoString(bool includePassword = false) const;

    // "user@host:port/database" for status bars and titles; defaults libpq would pick are
    // shown as they will be resolved only after connecting, so missing parts are omitted.
    QString displayName() const;

    friend bool operator==(const ConnInfo&, const ConnInfo&) = default;

private:
    std::vector<Option> m_options;
};

} // namespace migdesk::core
