// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace migdesk::core {

// The run history's SQLite schema as it shipped, version by version: runs (1); their identity,
// steps, backups, migrations, schema snapshots and table sizes (2); statement timings (3).
// HistoryStore applies the steps a file lacks, each with its version bump in one transaction.
class HistorySchema
{
public:
    static constexpr int kVersion = 5;

    // The statements that upgrade `version` to version + 1, one per SQLite exec;
    // 0 <= version < kVersion.
    static const std::vector<const char*>& upgradeFrom(int version);
};

} // namespace migdesk::core
