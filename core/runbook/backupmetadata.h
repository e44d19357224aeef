// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace migdesk::core {

// One file a backup wrote, as listed in its metadata: the path relative to the metadata's
// folder ("prs_backup_20261125_031500.backup", or "prs_backup_20261125_031500.dir/toc.dat" for
// each file of a directory-format dump), its size and SHA-256.
struct BackupFile
{
    QString role; // "custom", "directory", "plain"
    QString name;
    qint64 bytes = 0;
    QString sha256; // lowercase hex
    QString mode;   // its permission bits as written, "0600"; empty in metadata from before
};

// The metadata JSON written beside every backup (the runbook's fields, and what a restore needs
// to refuse a corrupt file): <database>_backup_<timestamp>.json.
struct BackupMetadata
{
    Q_DECLARE_TR_FUNCTIONS(BackupMetadata)
public:
    QDateTime timestamp; // when pg_dump started (local time, with offset in JSON)
    QString database;
    QString host; // as the connection named it; a socket directory for local
    QString port;
    QString serverVersion;    // "15.8"
    qint64 databaseBytes = 0; // pg_database_size when the dump started
    QString format;           // "custom" or "directory"
    int jobs = 1;
    int compression = -1;  // pg_dump --compress; -1: not recorded (pg_dump's default)
    QString pgDumpVersion; // "15.8"
    std::vector<BackupFile> files;
    // Row counts per table ("public.ledger" -> n) read in the dump's own snapshot, present when
    // the backup was proven by a restore.
    std::map<QString, qint64> rowCounts;
    QString uploadedTo; // what the upload command reported, empty when not uploaded
    QString createdBy;  // "migdesk 0.1"

    // "prs_backup_20261125_031500": the stem every file of this backup starts with.
    QString stem() const;
    // The main file: the custom file, or the directory of a directory-format dump.
    QString mainName() const;
    qint64 totalBytes() const;

    QJsonObject toJson() const;
    static std::optional<BackupMetadata> fromJson(const QJsonObject& json, QString* error);

    // Reads <stem>.json; error says what is wrong in one sentence.
    static std::optional<BackupMetadata> read(const QString& path, QString* error);
    bool write(const QString& path, QString* error) const;

    // The permission bits of a file as octal text ("0600"), empty when it cannot be read.
    static QString fileMode(const QString& path);
    static QString stemFor(const QString& database, const QDateTime& timestamp);
};

} // namespace migdesk::core
