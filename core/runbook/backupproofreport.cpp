// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupproofreport.h"

#include <QJsonValue>

namespace migdesk::core {

namespace {

template <typename T> QJsonValue orNull(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject BackupProofReport::toJson() const
{
    QJsonObject tableJson;
    for (const Table& t : tables) {
        tableJson.insert(t.name, QJsonObject{{QStringLiteral("source"), orNull(t.source)},
                                             {QStringLiteral("restored"), orNull(t.restored)},
                                             {QStringLiteral("match"), orNull(t.match)}});
    }
    return {{QStringLiteral("database"), database},
            {QStringLiteral("tables"), tableJson},
            {QStringLiteral("mismatches"), mismatches}};
}

} // namespace migdesk::core
