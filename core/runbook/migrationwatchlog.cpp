// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/migrationwatchlog.h"

#include "connection/pgconnection.h"
#include "runbook/migrationwatchreader.h"

#include <QElapsedTimer>

namespace migdesk::core {

namespace {

// Worth a line: the migration waits for a lock, blocks others, or reports progress. A migration
// that simply runs is already in the log through the executor.
bool worthSaying(const MigrationWatchSnapshot& snapshot)
{
    return snapshot.wantedLock() || !snapshot.queued.empty() || snapshot.primaryProgress();
}

// What the situation is, without the figures that change on every poll (seconds, blocks): a new
// situation is logged at once, the same one again only now and then.
QString situation(const MigrationWatchSnapshot& snapshot)
{
    const WatchedLock* wanted = snapshot.wantedLock();
    const WatchProgress* progress = snapshot.primaryProgress();
    return (wanted ? wanted->target() : QString()) + QLatin1Char('|') +
           QString::number(snapshot.queued.size()) + QLatin1Char('|') +
           (progress ? progress->phase : QString());
}

} // namespace

MigrationWatchLog::MigrationWatchLog(const ConnectionTarget& target, const QString& applicationName,
                                     RunLog& log, int intervalMs)
{
    m_thread.reset(QThread::create([this, target, applicationName, &log, intervalMs] {
        PgConnection connection;
        if (connection.open(target.info, target.password, SessionPolicy::inspection()))
            return; // the executor reports connection problems; the watch only adds detail
        QString lastSituation;
        QElapsedTimer sinceLast;
        sinceLast.start();
        while (!m_stop.load()) {
            const auto snapshot = MigrationWatchReader::read(connection, applicationName);
            if (snapshot && worthSaying(*snapshot)) {
                const QString now = situation(*snapshot);
                if (now != lastSituation || sinceLast.elapsed() >= qint64(intervalMs) * 5) {
                    log.write(QStringLiteral("watch: ") + snapshot->summaryLine());
                    lastSituation = now;
                    sinceLast.restart();
                }
            }
            for (int waited = 0; waited < intervalMs && !m_stop.load(); waited += 100)
                QThread::msleep(100);
        }
    }));
    m_thread->start();
}

MigrationWatchLog::~MigrationWatchLog()
{
    m_stop.store(true);
    m_thread->wait();
}

} // namespace migdesk::core
