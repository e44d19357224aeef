// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runrecord.h"

#include "common/jsonlists.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace migdesk::core {

namespace {

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

QJsonObject stepJson(const RunStepRecord& s)
{
    return {{QStringLiteral("step"), s.step},
            {QStringLiteral("outcome"), s.outcome},
            {QStringLiteral("started_at"), isoTime(s.startedAt)},
            {QStringLiteral("seconds"), s.seconds},
            {QStringLiteral("sentence"), s.sentence}};
}

RunStepRecord stepFrom(const QJsonObject& o)
{
    return {o.value(QStringLiteral("step")).toString(),
            o.value(QStringLiteral("outcome")).toString(),
            fromIso(o.value(QStringLiteral("started_at"))),
            o.value(QStringLiteral("seconds")).toDouble(),
            o.value(QStringLiteral("sentence")).toString()};
}

QJsonObject backupJson(const RunBackupRecord& b)
{
    return {{QStringLiteral("path"), b.path},
            {QStringLiteral("format"), b.format},
            {QStringLiteral("bytes"), double(b.bytes)},
            {QStringLiteral("sha256"), b.sha256}};
}

RunBackupRecord backupFrom(const QJsonObject& o)
{
    return {o.value(QStringLiteral("path")).toString(),
            o.value(QStringLiteral("format")).toString(),
            qint64(o.value(QStringLiteral("bytes")).toDouble()),
            o.value(QStringLiteral("sha256")).toString()};
}

QJsonObject migrationJson(const RunMigrationRecord& m)
{
    return {{QStringLiteral("position"), m.position},
            {QStringLiteral("direction"), m.direction},
            {QStringLiteral("source"), m.source},
            {QStringLiteral("app"), m.app},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("outcome"), m.outcome},
            {QStringLiteral("started_at"), isoTime(m.startedAt)},
            {QStringLiteral("seconds"), m.seconds},
            {QStringLiteral("lock_wait_seconds"), m.lockWaitSeconds},
            {QStringLiteral("max_blocked"), m.maxBlocked},
            {QStringLiteral("retries"), m.retries},
            {QStringLiteral("sql"), m.sql},
            {QStringLiteral("error"), m.error},
            {QStringLiteral("statements"),
             jsonArrayOf(m.statements, [](const StatementTiming& t) { return t.toJson(); })}};
}

RunMigrationRecord migrationFrom(const QJsonObject& o)
{
    RunMigrationRecord m;
    m.position = o.value(QStringLiteral("position")).toInt();
    m.direction = o.value(QStringLiteral("direction")).toString();
    m.source = o.value(QStringLiteral("source")).toString();
    m.app = o.value(QStringLiteral("app")).toString();
    m.name = o.value(QStringLiteral("name")).toString();
    m.outcome = o.value(QStringLiteral("outcome")).toString();
    m.startedAt = fromIso(o.value(QStringLiteral("started_at")));
    m.seconds = o.value(QStringLiteral("seconds")).toDouble();
    m.lockWaitSeconds = o.value(QStringLiteral("lock_wait_seconds")).toDouble();
    m.maxBlocked = o.value(QStringLiteral("max_blocked")).toInt();
    m.retries = o.value(QStringLiteral("retries")).toInt();
    m.sql = o.value(QStringLiteral("sql")).toString();
    m.error = o.value(QStringLiteral("error")).toString();
    m.statements = vectorFromJson<StatementTiming>(o.value(QStringLiteral("statements")),
                                                   &StatementTiming::fromJson);
    return m;
}

} // namespace

double RunRecord::seconds() const
{
    return startedAt.isValid() && endedAt.isValid() ? startedAt.msecsTo(endedAt) / 1000.0 : 0.0;
}

QJsonObject RunRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("uuid"), uuid},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("environment"), environment},
                  {QStringLiteral("server"), server},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("os_user"), osUser},
                  {QStringLiteral("host_name"), hostName},
                  {QStringLiteral("started_at"), isoTime(startedAt)},
                  {QStringLiteral("ended_at"), isoTime(endedAt)},
                  {QStringLiteral("seconds"), seconds()},
                  {QStringLiteral("outcome"), outcome},
                  {QStringLiteral("confirmed_by"), confirmedBy},
                  {QStringLiteral("wal_lsn"), walLsn},
                  {QStringLiteral("mirror"), mirror},
                  {QStringLiteral("from_mirror"), fromMirror},
                  {QStringLiteral("steps"), jsonArrayOf(steps, stepJson)},
                  {QStringLiteral("backups"), jsonArrayOf(backups, backupJson)},
                  {QStringLiteral("migrations"), jsonArrayOf(migrations, migrationJson)},
                  {QStringLiteral("schema_changes"),
                   jsonArrayOf(schemaChanges, [](const SchemaChange& c) { return c.toJson(); })},
                  {QStringLiteral("log"), log}};
    if (id != 0)
        o.insert(QStringLiteral("id"), id);
    const QJsonDocument parsed = QJsonDocument::fromJson(details.toUtf8());
    o.insert(QStringLiteral("details"), parsed.isObject() ? parsed.object() : QJsonObject());
    return o;
}

RunRecord RunRecord::fromJson(const QJsonObject& o)
{
    RunRecord r;
    r.id = qint64(o.value(QStringLiteral("id")).toDouble());
    r.uuid = o.value(QStringLiteral("uuid")).toString();
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.profile = o.value(QStringLiteral("profile")).toString();
    r.environment = o.value(QStringLiteral("environment")).toString();
    r.server = o.value(QStringLiteral("server")).toString();
    r.database = o.value(QStringLiteral("database")).toString();
    r.osUser = o.value(QStringLiteral("os_user")).toString();
    r.hostName = o.value(QStringLiteral("host_name")).toString();
    r.startedAt = fromIso(o.value(QStringLiteral("started_at")));
    r.endedAt = fromIso(o.value(QStringLiteral("ended_at")));
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    r.log = o.value(QStringLiteral("log")).toString();
    r.details = QString::fromUtf8(QJsonDocument(o.value(QStringLiteral("details")).toObject())
                                      .toJson(QJsonDocument::Compact));
    r.confirmedBy = o.value(QStringLiteral("confirmed_by")).toString();
    r.walLsn = o.value(QStringLiteral("wal_lsn")).toString();
    r.mirror = o.value(QStringLiteral("mirror")).toString();
    r.fromMirror = o.value(QStringLiteral("from_mirror")).toBool();
    r.steps = vectorFromJson<RunStepRecord>(o.value(QStringLiteral("steps")), stepFrom);
    r.backups = vectorFromJson<RunBackupRecord>(o.value(QStringLiteral("backups")), backupFrom);
    r.migrations =
        vectorFromJson<RunMigrationRecord>(o.value(QStringLiteral("migrations")), migrationFrom);
    r.schemaChanges = vectorFromJson<SchemaChange>(o.value(QStringLiteral("schema_changes")),
                                                   SchemaChange::fromJson);
    return r;
}

} // namespace migdesk::core
