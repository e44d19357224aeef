// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// Sizes the way a DBA reads them: binary multiples with kB/MB/GB/TB, as pg_size_pretty does,
// but with one decimal below 10 units so that "1.4 GB" is not rounded to "1 GB".
QString formatBytes(qint64 bytes);

// Durations in the largest two units that matter: "42 ms", "3.2 s", "4 min 10 s", "2 h 5 min",
// "3 d 4 h".
QString formatDuration(double seconds);

// Counts with thousands separators of the current locale: "1,000,000".
QString formatCount(qint64 count);

} // namespace migdesk::core
