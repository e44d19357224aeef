// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/units.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <cmath>

namespace migdesk::core {

namespace {
struct Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)
};
} // namespace

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("-") + formatBytes(-bytes);
    const std::array<QString, 5> names = {Units::tr("bytes"), Units::tr("kB"), Units::tr("MB"),
                                          Units::tr("GB"), Units::tr("TB")};
    double value = double(bytes);
    std::size_t unit = 0;
    while (value >= 1024.0 && unit + 1 < names.size()) {
        value /= 1024.0;
        ++unit;
    }
    if (unit == 0)
        return QStringLiteral("%1 %2").arg(bytes).arg(names[0]);
    const int decimals = value < 10.0 ? 1 : 0;
    return QStringLiteral("%1 %2").arg(QLocale().toString(value, 'f', decimals), names[unit]);
}

QString formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return Units::tr("n/a");
    if (seconds < 1.0)
        return Units::tr("%1 ms").arg(qRound(seconds * 1000.0));
    if (seconds < 60.0)
        return Units::tr("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10.0 ? 1 : 0));
    const auto total = qint64(seconds);
    const qint64 days = total / 86400;
    const qint64 hours = (total % 86400) / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 secs = total % 60;
    if (days > 0)
        return Units::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return Units::tr("%1 h %2 min").arg(hours).arg(minutes);
    if (secs == 0)
        return Units::tr("%1 min").arg(minutes);
    return Units::tr("%1 min %2 s").arg(minutes).arg(secs);
}

QString formatCount(qint64 count)
{
    return QLocale().toString(count);
}

} // namespace migdesk::core
