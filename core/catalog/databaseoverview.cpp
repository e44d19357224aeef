// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/databaseoverview.h"

namespace migdesk::core {

int DatabaseOverview::totalSessions() const
{
    int total = 0;
    for (const SessionStateCount& s : sessionsByState)
        total += s.count;
    return total;
}

std::optional<double> transactionsPerSecond(const DatabaseOverview& earlier,
                                            const DatabaseOverview& later)
{
    const double elapsed = later.sampledAtEpoch - earlier.sampledAtEpoch;
    const qint64 done = later.transactionsTotal - earlier.transactionsTotal;
    if (elapsed <= 0 || done < 0 || earlier.database != later.database)
        return std::nullopt;
    return double(done) / elapsed;
}

} // namespace migdesk::core
