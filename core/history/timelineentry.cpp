// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/timelineentry.h"

namespace migdesk::core {

QString TimelineEntry::sourceKey(Source source)
{
    switch (source) {
    case Source::Migdesk: return QStringLiteral("migdesk");
    case Source::Mirror: return QStringLiteral("mirror");
    case Source::Django: return QStringLiteral("django");
    case Source::SqlFolder: return QStringLiteral("sql");
    }
    return {};
}

QString TimelineEntry::sourceLabel(Source source)
{
    switch (source) {
    case Source::Migdesk: return tr("migdesk");
    case Source::Mirror: return tr("mirror");
    case Source::Django: return tr("Django");
    case Source::SqlFolder: return tr("SQL folder");
    }
    return {};
}

} // namespace migdesk::core
