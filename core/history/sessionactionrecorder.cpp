// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/sessionactionrecorder.h"

#include "common/backgroundtask.h"
#include "history/historystore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace migdesk::core {

RunRecord SessionActionRecorder::run(const QString& profile, const QString& server,
                                     const SessionControl::Request& request,
                                     const SessionControl::Outcome& outcome,
                                     const QDateTime& startedAt)
{
    RunRecord run;
    run.kind = request.action == SessionControl::Action::CancelQuery ? QStringLiteral("cancel")
                                                                     : QStringLiteral("terminate");
    run.profile = profile;
    run.environment = environmentKey(request.environment);
    run.server = server;
    run.database = request.database;
    run.osUser = HistoryStore::currentOsUser();
    run.hostName = QSysInfo::machineHostName();
    run.startedAt = startedAt.toUTC();
    run.outcome = outcome.ok ? QStringLiteral("succeeded") : QStringLiteral("failed");
    run.log = outcome.sentence + QLatin1Char('\n');
    if (!request.typedDatabase.isEmpty())
        run.confirmedBy = run.osUser + QLatin1Char('@') + run.hostName;
    const QJsonObject details{
        {QStringLiteral("request"),
         QJsonObject{{QStringLiteral("action"), SessionControl::actionKey(request.action)},
                     {QStringLiteral("pid"), request.pid},
                     {QStringLiteral("target_user"), request.targetUser},
                     {QStringLiteral("target_query"), request.targetQuery},
                     {QStringLiteral("database"), request.database},
                     {QStringLiteral("typed_confirmation"), !request.typedDatabase.isEmpty()}}},
        {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("ok"), outcome.ok},
                                                {QStringLiteral("sentence"), outcome.sentence}}},
    };
    run.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return run;
}

QString SessionActionRecorder::record(const QString& storePath, const RunRecord& run)
{
    HistoryStore store;
    QString error;
    if (!store.open(storePath, &error))
        return error;
    const qint64 id = store.beginRun(run, &error);
    if (id == 0 || !store.finishRun(id, run.outcome, &error))
        return error;
    return {};
}

// A session action is one short write a few times a day, so a store opened for it on a pool
// thread and closed again costs nothing worth keeping a recorder thread for (RunRecorder stays
// open because a run appends to it for minutes). Either way the GUI thread never waits: SQLite
// may sit on another window's write lock for up to its busy timeout.
void SessionActionRecorder::recordAsync(const QString& storePath, const RunRecord& run,
                                        QObject* context,
                                        std::function<void(const QString& problem)> done)
{
    runInBackground(
        blockingWorkPool(), context, [storePath, run] { return record(storePath, run); },
        std::move(done));
}

} // namespace migdesk::core
