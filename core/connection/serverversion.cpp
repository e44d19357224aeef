// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/serverversion.h"

namespace migdesk::core {

QString ServerVersion::text() const
{
    // Since 10 the version has two parts; before, three.
    if (m_number >= 100000)
        return QStringLiteral("%1.%2").arg(m_number / 10000).arg(m_number % 10000);
    return QStringLiteral("%1.%2.%3")
        .arg(m_number / 10000)
        .arg(m_number / 100 % 100)
        .arg(m_number % 100);
}

QString ServerVersion::lockWaitStart(const QString& lockAlias) const
{
    if (m_number >= 140000)
        return lockAlias + QStringLiteral(".waitstart");
    return QStringLiteral("NULL::timestamptz");
}

} // namespace migdesk::core
