// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/databaserunlock.h"

#include "history/historystore.h"
#include "runbook/poolerguard.h"

#include <QDateTime>
#include <QSysInfo>

namespace migdesk::core {

namespace {

// The bytes of "migdesk2": apart from SqlFolderApplier's per-script key ("migdesk1"), which is
// taken on the writing connection itself.
constexpr qint64 kRunLockKey = 0x6d69676465736b32;

constexpr auto kTryRunLock = R"(SELECT pg_try_advisory_lock($1::bigint) AS locked)";

// Who holds the key in this database: a bigint advisory key shows in pg_locks as classid (high
// half), objid (low half) and objsubid 1.
constexpr auto kRunLockHolder = R"(
SELECT a.application_name, a.usename, coalesce(a.client_addr::text, 'local') AS client,
       a.pid, to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS since,
       extract(epoch FROM now() - a.backend_start)::bigint AS seconds
  FROM pg_locks l
  JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted
   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
   AND l.classid = ($1::bigint >> 32)::oid
   AND l.objid = ($1::bigint & 4294967295)::oid
   AND l.objsubid = 1
 LIMIT 1)";

const QString kPrefix = QStringLiteral("migdesk-lock:");

} // namespace

QString DatabaseRunLock::holderName(const QString& run)
{
    QString name = kPrefix + HistoryStore::currentOsUser() + QLatin1Char('@') +
                   QSysInfo::machineHostName() + QLatin1Char(':') + run;
    while (name.toUtf8().size() > 63) // NAMEDATALEN - 1: what the server keeps
        name.chop(1);
    return name;
}

QString DatabaseRunLock::acquire(const ConnectionTarget& target, const QString& step,
                                 const QString& run)
{
    SessionPolicy policy = SessionPolicy::inspection();
    policy.applicationName = holderName(run);
    if (const auto failed = m_connection.open(target.info, target.password, policy)) {
        return tr("Cannot take the database's run lock for %1: %2").arg(step, failed->sentence());
    }
    if (const QString refused = PoolerGuard::refusal(m_connection, step); !refused.isEmpty()) {
        m_connection.close();
        return refused;
    }
    const auto locked = m_connection.exec(QString::fromLatin1(kTryRunLock), {kRunLockKey});
    if (!locked) {
        m_connection.close();
        return tr("Cannot take the database's run lock for %1: %2")
            .arg(step, locked.error().sentence());
    }
    if (locked->toBool(0, QStringLiteral("locked")))
        return {};
    const auto holder = m_connection.exec(QString::fromLatin1(kRunLockHolder), {kRunLockKey});
    m_connection.close();
    if (!holder || holder->rowCount() == 0) {
        return tr("Refused %1: another migdesk run is writing to this database (it has just "
                  "finished or its holder cannot be read). Try again in a moment.")
            .arg(step);
    }
    QString who = holder->text(0, QStringLiteral("application_name"));
    if (who.startsWith(kPrefix))
        who = who.mid(kPrefix.size());
    return tr("Refused %1: another migdesk run is writing to this database: %2 (database role "
              "%3 from %4, backend pid %5), since %6 UTC (%7 s ago). One writing run at a time: "
              "wait for it to finish, or end it there.")
        .arg(step, who, holder->text(0, QStringLiteral("usename")),
             holder->text(0, QStringLiteral("client")), holder->text(0, QStringLiteral("pid")),
             holder->text(0, QStringLiteral("since")), holder->text(0, QStringLiteral("seconds")));
}

} // namespace migdesk::core
