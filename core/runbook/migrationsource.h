// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/migrationattempt.h"
#include "runbook/stepcontext.h"

#include <QtGlobal>

#include <cstddef>

namespace migdesk::core {

class PgConnection;

// How the items of a planned MigrationRunReport are run, one try at a time, in either
// direction: a SQL folder's scripts or undo files on migdesk's own connection
// (SqlFolderMigrationSource), a Django project's `manage.py migrate APP NAME`
// (DjangoMigrationSource). MigrationSequence owns the rest: order, retries, watch, sentences.
class MigrationSource
{
public:
    MigrationSource() = default;
    virtual ~MigrationSource() = default;
    Q_DISABLE_COPY_MOVE(MigrationSource)

    // True when the writes go through migdesk's connection; Django writes through its own.
    virtual bool writesOnOwnConnection() const = 0;
    // Runs item `index` of the plan once. `connection` is the run's write session when
    // writesOnOwnConnection(), else closed.
    virtual MigrationAttempt attempt(std::size_t index, PgConnection& connection,
                                     const StepContext& ctx) = 0;
};

} // namespace migdesk::core
