// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/djangotargetguard.h"

#include "connection/pgconnection.h"
#include "migrations/managepy.h"

#include <QDateTime>

#include <cmath>

namespace migdesk::core {

namespace {

QString startedAt(const QString& epoch)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(epoch.toDouble() * 1000.0), Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

QString DjangoTargetGuard::refusal(const RunbookTarget& target, PgConnection& connection,
                                   const QString& step)
{
    const auto ours = connection.exec(ManagePy::identityQuery());
    if (!ours || ours->rowCount() != 1) {
        return tr("Refused %1: migdesk could not read which server it is connected to (%2).")
            .arg(step, ours ? tr("no answer") : ours.error().sentence());
    }
    const ManagePy::DatabaseIdentity migdesk{
        ours->value(0, 0).toString(), ours->value(0, 1).toString(), ours->value(0, 2).toString()};
    QString error;
    const ManagePy managePy(target.managePy, target.python, target.connection.info,
                            target.connection.password, QStringLiteral("migdesk-identity"));
    const auto django = managePy.databaseIdentity(&error);
    if (!django) {
        return tr("Refused %1: migdesk could not ask Django which database it connects to (%2), "
                  "so it cannot be sure Django would change %3 and nothing else.")
            .arg(step, error, migdesk.database);
    }
    if (*django == migdesk)
        return {};
    return tr("Refused %1: Django's own connection reaches database %2 on a server started %3 "
              "UTC (version %4), not %5 on the server started %6 UTC that migdesk checked, backed "
              "up and had you confirm. The project's settings choose their database themselves "
              "(DATABASE_URL, a host of their own): make them read the PG* variables migdesk "
              "passes, or point migdesk at the database Django uses. Nothing was run.")
        .arg(step, django->database, startedAt(django->serverStarted), django->serverVersionNum,
             migdesk.database, startedAt(migdesk.serverStarted));
}

} // namespace migdesk::core
