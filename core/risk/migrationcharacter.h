// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/migration.h"

#include <QCoreApplication>

namespace migdesk::core {

// Before you run it: can the migration be undone by migrating backwards, or only by restoring
// the backup; and where it belongs in a zero-downtime rollout.
class MigrationCharacter
{
    Q_DECLARE_TR_FUNCTIONS(MigrationCharacter)
public:
    enum class Phase { Additive, Data, Destructive, SchemaChange };

    struct Reversibility
    {
        bool reversible = true; // Django can migrate backwards over it
        bool losesData = false; // going backwards destroys data (drops what it added)
        QString rollback;       // "migrate backwards" or "restore the backup", with why
    };

    static Reversibility reversibility(const Migration& migration);
    static Phase phase(const Migration& migration);
    // A destructive operation in the same migration as an additive change it depends on (the
    // runbook's zero-downtime rule: add, deploy, backfill, verify, then remove).
    static QString mixedPhaseWarning(const Migration& migration);
    static QString phaseKey(Phase phase);
    static QString phaseLabel(Phase phase);
};

} // namespace migdesk::core
