// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/conninfo.h"

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace migdesk::core {

namespace {

struct ConninfoOptionsFree
{
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

bool isUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

std::optional<ConnInfo> ConnInfo::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    ConnInfo info;
    if (trimmed.isEmpty())
        return info;
    QString source = trimmed;
    if (!isUri(trimmed) && !trimmed.contains(QLatin1Char('='))) {
        if (trimmed.contains(QLatin1Char(' '))) {
            if (error)
                *error =
                    tr("'%1' is neither a URI, a key=value string nor a service name").arg(trimmed);
            return std::nullopt;
        }
        source = QStringLiteral("service=") + quoted(trimmed);
    }

    char* message = nullptr;
    std::unique_ptr<PQconninfoOption, ConninfoOptionsFree> parsed(
        PQconninfoParse(source.toUtf8().constData(), &message));
    if (!parsed) {
        if (error)
            *error = message ? QString::fromUtf8(message).trimmed()
                             : tr("out of memory while parsing the connection string");
        PQfreemem(message);
        return std::nullopt;
    }
    for (const PQconninfoOption* o = parsed.get(); o->keyword; ++o) {
        if (o->val)
            info.set(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    return info;
}

void ConnInfo::set(const QString& keyword, const QString& value)
{
    for (Option& option : m_options) {
        if (option.first == keyword) {
            option.second = value;
            return;
        }
    }
    m_options.emplace_back(keyword, value);
}

void ConnInfo::remove(const QString& keyword)
{
    std::erase_if(m_options, [&](const Option& o) { return o.first == keyword; });
}

QString ConnInfo::value(const QString& keyword) const
{
    for (const Option& option : m_options) {
        if (option.first == keyword)
            return option.second;
    }
    return {};
}

bool ConnInfo::contains(const QString& keyword) const
{
    return std::any_of(m_options.begin(), m_options.end(),
                       [&](const Option& o) { return o.first == keyword; });
}

QString ConnInfo::toConninfoString(bool includePassword) const
{
    QStringList parts;
    for (const auto& [keyword, value] : m_options) {
        // Both secrets stay out: this text goes onto command lines (`ps` shows them) and logs.
        if (!includePassword &&
            (keyword == QLatin1String("password") || keyword == QLatin1String("sslpassword")))
            continue;
        parts << keyword + QLatin1Char('=') + quoted(value);
    }
    return parts.join(QLatin1Char(' '));
}

QString ConnInfo::displayName() const
{
    if (contains(QStringLiteral("service")) && !contains(QStringLiteral("host")))
        return tr("service %1").arg(value(QStringLiteral("service")));
    QString text;
    const QString user = value(QStringLiteral("user"));
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    const QString host = value(QStringLiteral("host"));
    text += host.isEmpty() ? tr("local socket") : host;
    const QString port = value(QStringLiteral("port"));
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    const QString database = value(QStringLiteral("dbname"));
    if (!database.isEmpty())
        text += QLatin1Char('/') + database;
    return text;
}

} // namespace migdesk::core
