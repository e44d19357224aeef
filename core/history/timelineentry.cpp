// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/timelineentry.h"

namespace migdesk::core {

QJsonObject TimelineEntry::toJson() const
{
    QJsonObject o{
        {QStringLiteral("source"), sourceKey(source)},
        {QStringLiteral("at"), at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("app"), app},
        {QStringLiteral("name"), name},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("server"), server},
        {QStringLiteral("database"), database},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("who"), who},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("seconds"), seconds},
        {QStringLiteral("run_uuid"), runUuid},
        {QStringLiteral("outside_migdesk"), outsideMigdesk}};
    if (runId != 0)
        o.insert(QStringLiteral("run_id"), runId);
    return o;
}

QString TimelineEntry::sourceKey(Source source)
{
    switch (source) {
    case Source::Migdesk:
        return QStringLiteral("migdesk");
    case Source::Mirror:
        return QStringLiteral("mirror");
    case Source::Django:
        return QStringLiteral("django");
    case Source::SqlFolder:
        return QStringLiteral("sql");
    }
    return {};
}

QString TimelineEntry::sourceLabel(Source source)
{
    switch (source) {
    case Source::Migdesk:
        return tr("migdesk");
    case Source::Mirror:
        return tr("mirror");
    case Source::Django:
        return tr("Django");
    case Source::SqlFolder:
        return tr("SQL folder");
    }
    return {};
}

} // namespace migdesk::core
