// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/sessioncontrol.h"

#include "common/backgroundtask.h"
#include "connection/pgconnection.h"

namespace migdesk::core {

namespace {

// The signal is sent by the server, to the backend with that pid only while it is still the
// session that started then: no row means it ended (and the pid may be another session's now).
constexpr auto kCancelQuery = R"(
SELECT pg_cancel_backend(a.pid) AS sent
  FROM pg_stat_activity a
 WHERE a.pid = $1 AND extract(epoch FROM a.backend_start) = $2::numeric)";
constexpr auto kTerminateSession = R"(
SELECT pg_terminate_backend(a.pid) AS sent
  FROM pg_stat_activity a
 WHERE a.pid = $1 AND extract(epoch FROM a.backend_start) = $2::numeric)";

} // namespace

QString SessionControl::actionKey(Action action)
{
    return action == Action::CancelQuery ? QStringLiteral("cancel_query")
                                         : QStringLiteral("terminate_session");
}

QString SessionControl::refusal(const Request& request)
{
    if (request.pid <= 0)
        return tr("No session is selected.");
    if (!request.confirmed)
        return tr("Refused: the action was not confirmed.");
    if (request.backendStart.isEmpty())
        return tr("Refused: the start time of backend %1 is unknown, so migdesk cannot be sure it "
                  "is still the session you confirmed. Refresh and try again.")
            .arg(request.pid);
    if (request.environment == Environment::Production &&
        request.typedDatabase.trimmed() != confirmationText(request))
        return tr("Refused: on production, type the database name '%1' to confirm.")
            .arg(confirmationText(request));
    return {};
}

QString SessionControl::confirmationText(const Request& request)
{
    return request.database.isEmpty() ? QString::number(request.pid) : request.database;
}

Environment SessionControl::environmentOf(const QString& sessionDatabase,
                                          const QString& profileDatabase,
                                          Environment profileEnvironment)
{
    if (!profileDatabase.isEmpty() && sessionDatabase == profileDatabase)
        return profileEnvironment;
    return Environment::Production;
}

SessionControl::Outcome SessionControl::perform(const ConnInfo& info,
                                                const std::optional<QString>& password,
                                                const Request& request)
{
    Outcome outcome;
    outcome.sentence = refusal(request);
    if (!outcome.sentence.isEmpty())
        return outcome;

    SessionPolicy policy;
    policy.applicationName = QStringLiteral("migdesk-action");
    policy.readOnly = true; // pg_cancel_backend() and pg_terminate_backend() write nothing
    policy.statementTimeoutMs = 10'000;
    PgConnection connection;
    if (auto error = connection.open(info, password, policy)) {
        outcome.sentence = error->sentence();
        return outcome;
    }
    const bool cancel = request.action == Action::CancelQuery;
    const auto sent =
        connection.exec(QString::fromLatin1(cancel ? kCancelQuery : kTerminateSession),
                        {request.pid, request.backendStart});
    if (!sent) {
        outcome.sentence = sent.error().kind() == DbError::Kind::PermissionDenied
                               ? tr("Permission denied: only a superuser, a member of "
                                    "pg_signal_backend or the session's own role may signal "
                                    "backend %1.")
                                     .arg(request.pid)
                               : sent.error().sentence();
        return outcome;
    }
    if (sent->rowCount() == 0) {
        outcome.sentence = tr("Backend %1 is no longer the session you confirmed: it ended, and "
                              "the pid may belong to another session now. Nothing was sent; "
                              "refresh and look again.")
                               .arg(request.pid);
        return outcome;
    }
    if (!sent->toBool(0, QStringLiteral("sent"))) {
        outcome.sentence = tr("Backend %1 no longer exists; nothing was sent.").arg(request.pid);
        return outcome;
    }
    outcome.ok = true;
    outcome.sentence = cancel ? tr("Cancel request sent to backend %1.").arg(request.pid)
                              : tr("Backend %1 was told to terminate.").arg(request.pid);
    return outcome;
}

void SessionControl::performAsync(const ConnInfo& info, const std::optional<QString>& password,
                                  const Request& request, QObject* context,
                                  std::function<void(const Outcome&)> done)
{
    runInBackground(
        blockingWorkPool(), context,
        [info, password, request] { return perform(info, password, request); }, std::move(done));
}

} // namespace migdesk::core
