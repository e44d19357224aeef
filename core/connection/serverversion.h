// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace migdesk::core {

// Which PostgreSQL servers migdesk's catalog queries run on, and what differs between them.
// PostgreSQL 12 is the oldest: the queries use pg_partition_tree(), MATERIALIZED common table
// expressions, pg_attribute.attgenerated and pg_stat_progress_create_index/_cluster, all new
// in 12. What came later is asked here, so that each query adapts instead of failing.
class ServerVersion
{
public:
    static constexpr int kMinimum = 120000;

    // serverVersionNum as libpq's PQserverVersion() gives it (150008).
    explicit constexpr ServerVersion(int serverVersionNum) : m_number(serverVersionNum) {}

    int number() const { return m_number; }
    int major() const { return m_number / 10000; }
    bool supported() const { return m_number >= kMinimum; }
    // "15.8", "9.6.24": how PostgreSQL itself writes it.
    QString text() const;

    // pg_locks.waitstart (14): when a lock wait began. Before 14 a server does not say, and
    // the expression is NULL.
    QString lockWaitStart(const QString& lockAlias) const;

private:
    int m_number;
};

} // namespace migdesk::core
