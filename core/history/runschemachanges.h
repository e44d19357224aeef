// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"

#include <vector>

namespace migdesk::core {

class HistoryStore;

// What a run changed in the schema, wherever it is known: with the run itself (a mirrored run,
// or one whose facts carry it), else the diff of the run's first "before" snapshot against its
// last "after" one in the store. Empty for a run that took no snapshots.
class RunSchemaChanges
{
public:
    static std::vector<SchemaChange> of(const HistoryStore& store, const RunRecord& run);
};

} // namespace migdesk::core
