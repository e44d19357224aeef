// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/actionlog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>

namespace migdesk::core {

ActionLog::ActionLog(QString path) : m_path(std::move(path)) {}

QString ActionLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/actions.jsonl");
}

bool ActionLog::record(const QString& profile, const QString& server,
                       const SessionControl::Request& request,
                       const SessionControl::Outcome& outcome)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QJsonObject entry{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("os_user"), qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"))},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("environment"), environmentKey(request.environment)},
        {QStringLiteral("server"), server},
        {QStringLiteral("database"), request.database},
        {QStringLiteral("action"), SessionControl::actionKey(request.action)},
        {QStringLiteral("pid"), request.pid},
        {QStringLiteral("target_user"), request.targetUser},
        {QStringLiteral("target_query"), request.targetQuery},
        {QStringLiteral("typed_confirmation"), !request.typedDatabase.isEmpty()},
        {QStringLiteral("ok"), outcome.ok},
        {QStringLiteral("outcome"), outcome.sentence},
    };
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    return file.write(line) == line.size() && file.flush();
}

} // namespace migdesk::core
