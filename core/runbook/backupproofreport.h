// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace migdesk::core {

// What BackupProof found: each table's rows in the source (as the dump's snapshot counted them)
// and in the restored copy. toJson(): {"database", "tables": {"public.ledger": {"source",
// "restored", "match"}}, "mismatches"}, null where a count is missing.
struct BackupProofReport
{
    struct Table
    {
        QString name;
        std::optional<qint64> source;   // missing: the metadata did not count it
        std::optional<qint64> restored; // missing: it did not come back
        // Both counted and equal; missing for a table only the restored copy has.
        std::optional<bool> match;
    };

    QString database;
    std::vector<Table> tables; // the source's tables in name order, then those only restored
    int mismatches = 0;

    QJsonObject toJson() const;
};

} // namespace migdesk::core
