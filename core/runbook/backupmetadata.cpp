// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupmetadata.h"

#include <sys/stat.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace migdesk::core {

QString BackupMetadata::stemFor(const QString& database, const QDateTime& timestamp)
{
    return database + QStringLiteral("_backup_") +
           timestamp.toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

QString BackupMetadata::stem() const
{
    return stemFor(database, timestamp);
}

QString BackupMetadata::mainName() const
{
    for (const BackupFile& file : files) {
        if (file.role == QLatin1String("custom"))
            return file.name;
        if (file.role == QLatin1String("directory"))
            return file.name.section(QLatin1Char('/'), 0, 0);
    }
    return {};
}

qint64 BackupMetadata::totalBytes() const
{
    qint64 total = 0;
    for (const BackupFile& file : files)
        total += file.bytes;
    return total;
}

QString BackupMetadata::fileMode(const QString& path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {};
    return QString::number(status.st_mode & 07777, 8).rightJustified(4, QLatin1Char('0'));
}

QJsonObject BackupMetadata::toJson() const
{
    QJsonArray fileArray;
    for (const BackupFile& file : files) {
        QJsonObject entry{{QStringLiteral("role"), file.role},
                          {QStringLiteral("name"), file.name},
                          {QStringLiteral("bytes"), file.bytes},
                          {QStringLiteral("sha256"), file.sha256}};
        if (!file.mode.isEmpty())
            entry.insert(QStringLiteral("mode"), file.mode);
        fileArray.append(entry);
    }
    QJsonObject counts;
    for (const auto& [table, rows] : rowCounts)
        counts.insert(table, rows);
    return {{QStringLiteral("timestamp"),
             timestamp.toOffsetFromUtc(timestamp.offsetFromUtc()).toString(Qt::ISODate)},
            {QStringLiteral("database"), database},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("server_version"), serverVersion},
            {QStringLiteral("size"), databaseBytes},
            {QStringLiteral("format"), format},
            {QStringLiteral("jobs"), jobs},
            {QStringLiteral("compression"), compression},
            {QStringLiteral("pg_dump_version"), pgDumpVersion},
            {QStringLiteral("files"), fileArray},
            {QStringLiteral("row_counts"), counts},
            {QStringLiteral("uploaded_to"), uploadedTo},
            {QStringLiteral("created_by"), createdBy}};
}

std::optional<BackupMetadata> BackupMetadata::fromJson(const QJsonObject& json, QString* error)
{
    BackupMetadata metadata;
    metadata.timestamp =
        QDateTime::fromString(json.value(QStringLiteral("timestamp")).toString(), Qt::ISODate);
    metadata.database = json.value(QStringLiteral("database")).toString();
    metadata.format = json.value(QStringLiteral("format")).toString();
    if (!metadata.timestamp.isValid() || metadata.database.isEmpty() ||
        (metadata.format != QLatin1String("custom") &&
         metadata.format != QLatin1String("directory"))) {
        *error = tr("The backup metadata lacks its timestamp, database or format: it was not "
                    "written by migdesk or was edited.");
        return std::nullopt;
    }
    metadata.host = json.value(QStringLiteral("host")).toString();
    metadata.port = json.value(QStringLiteral("port")).toString();
    metadata.serverVersion = json.value(QStringLiteral("server_version")).toString();
    metadata.databaseBytes = json.value(QStringLiteral("size")).toInteger();
    metadata.jobs = json.value(QStringLiteral("jobs")).toInt(1);
    metadata.compression = json.value(QStringLiteral("compression")).toInt(-1);
    metadata.pgDumpVersion = json.value(QStringLiteral("pg_dump_version")).toString();
    metadata.uploadedTo = json.value(QStringLiteral("uploaded_to")).toString();
    metadata.createdBy = json.value(QStringLiteral("created_by")).toString();
    const QJsonArray fileArray = json.value(QStringLiteral("files")).toArray();
    for (const QJsonValue& value : fileArray) {
        const QJsonObject file = value.toObject();
        BackupFile entry{file.value(QStringLiteral("role")).toString(),
                         file.value(QStringLiteral("name")).toString(),
                         file.value(QStringLiteral("bytes")).toInteger(),
                         file.value(QStringLiteral("sha256")).toString(),
                         file.value(QStringLiteral("mode")).toString()};
        if (entry.name.isEmpty() || entry.sha256.size() != 64 ||
            entry.name.contains(QLatin1String(".."))) {
            *error = tr("The backup metadata lists a file without a name or SHA-256.");
            return std::nullopt;
        }
        metadata.files.push_back(entry);
    }
    if (metadata.files.empty()) {
        *error = tr("The backup metadata lists no files.");
        return std::nullopt;
    }
    const QJsonObject counts = json.value(QStringLiteral("row_counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        metadata.rowCounts[it.key()] = it.value().toInteger();
    return metadata;
}

std::optional<BackupMetadata> BackupMetadata::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the backup metadata %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("The backup metadata %1 is not valid JSON (%2).")
                     .arg(path, parseError.errorString());
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

bool BackupMetadata::write(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write the backup metadata %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace migdesk::core
