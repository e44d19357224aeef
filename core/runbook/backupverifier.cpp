// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/backupverifier.h"

#include "common/units.h"
#include "connection/libpqenvironment.h"
#include "runbook/streamedprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <climits>

namespace migdesk::core {

namespace {

constexpr qint64 kHashChunk = 1 << 20;
constexpr qint64 kProgressEveryMs = 200;

QString absoluteClean(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

// An error sentence of BackupMetadata::read without its full stop, so it can open a longer one.
QString withoutFullStop(QString sentence)
{
    while (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    return sentence;
}

// Reads and hashes the listed files in one pass, reporting bytes against the backup's total.
class Hasher
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)
public:
    Hasher(const StepContext& ctx, qint64 total) : m_ctx(ctx), m_total(total) { m_clock.start(); }

    // The file's SHA-256 as lowercase hex; empty with *error set when it could not be read
    // or the step was cancelled.
    QString sha256(const QString& path, QString* error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the backup file %1 (%2): check its permissions, or use "
                        "another backup.")
                         .arg(path, file.errorString());
            return {};
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray buffer(kHashChunk, Qt::Uninitialized);
        for (;;) {
            if (m_ctx.cancel.isCancelled()) {
                *error = tr("The backup check was cancelled before it finished.");
                return {};
            }
            const qint64 read = file.read(buffer.data(), buffer.size());
            if (read < 0) {
                *error = tr("Cannot read the backup file %1 (%2): check the disk, or use another "
                            "backup.")
                             .arg(path, file.errorString());
                return {};
            }
            if (read == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), read));
            m_done += read;
            reportMaybe(QFileInfo(path).fileName());
        }
        return QString::fromLatin1(hash.result().toHex());
    }

private:
    void reportMaybe(const QString& name)
    {
        const qint64 now = m_clock.elapsed();
        if (now - m_lastReport < kProgressEveryMs && m_done < m_total)
            return;
        m_lastReport = now;
        const double elapsed = double(now) / 1000.0;
        const double eta = m_done > 0 && m_total > m_done
                               ? elapsed * double(m_total - m_done) / double(m_done)
                               : 0;
        m_ctx.report(StepProgress{m_done, m_total, tr("Checking the SHA-256 of %1").arg(name),
                                  elapsed, eta});
    }

    const StepContext& m_ctx;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_lastReport = -kProgressEveryMs;
    QElapsedTimer m_clock;
};

QString byteCount(qint64 bytes)
{
    if (bytes <= INT_MAX)
        return BackupVerifier::tr("%n byte(s)", nullptr, int(bytes));
    return BackupVerifier::tr("%1 bytes").arg(formatCount(bytes));
}

} // namespace

QString BackupVerifier::metadataPathFor(const QString& path)
{
    const QFileInfo info(absoluteClean(path));
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return info.filePath();
    // Every file of a backup starts with the stem BackupMetadata::stemFor makes; a database
    // name may itself contain dots, so the stem is not simply "up to the first dot".
    static const QRegularExpression stemPattern(QStringLiteral(R"(^(.+_backup_\d{8}_\d{6}))"));
    const auto match = stemPattern.match(info.fileName());
    const QString stem = match.hasMatch() ? match.captured(1) : info.completeBaseName();
    return info.dir().filePath(stem + QStringLiteral(".json"));
}

std::optional<QStringList> BackupVerifier::tableOfContents(const QString& pgRestore,
                                                           const QString& archive,
                                                           const StepContext& ctx, QString* error)
{
    QStringList entries;
    const auto outcome = StreamedProcess::run(
        pgRestore, {QStringLiteral("--list"), archive}, libpqEnvironment({}, std::nullopt),
        ctx.cancel, [&entries](StreamedProcess::Channel channel, const QString& line) {
            if (channel == StreamedProcess::Channel::Output && !line.isEmpty() &&
                !line.startsWith(QLatin1Char(';')))
                entries << line;
        });
    if (outcome.cancelled) {
        *error = tr("The backup check was cancelled before it finished.");
        return std::nullopt;
    }
    if (!outcome.started) {
        *error = tr("pg_restore at %1 did not start (%2): reinstall the PostgreSQL client.")
                     .arg(pgRestore, outcome.startError);
        return std::nullopt;
    }
    if (!outcome.succeeded()) {
        *error = tr("pg_restore cannot read %1 (%2): the archive is damaged or was written by a "
                    "newer pg_dump; take a new backup or use a newer pg_restore.")
                     .arg(archive, outcome.lastErrorLine.isEmpty()
                                       ? tr("exit code %1").arg(outcome.exitCode)
                                       : outcome.lastErrorLine);
        return std::nullopt;
    }
    return entries;
}

std::optional<BackupMetadata> BackupVerifier::verify(const QString& path, const PgTools& tools,
                                                     const StepContext& ctx, QString* error)
{
    const QString given = absoluteClean(path);
    const QString metadataPath = metadataPathFor(given);
    ctx.log.write(tr("Checking the backup %1 against its metadata %2.").arg(given, metadataPath));
    if (!QFileInfo::exists(given)) {
        *error = tr("The backup %1 does not exist: check the path, or choose another backup.")
                     .arg(given);
        return std::nullopt;
    }
    if (!QFileInfo::exists(metadataPath)) {
        *error = tr("migdesk cannot vouch for %1 without its metadata %2, which holds the sizes "
                    "and checksums recorded when it was written: use a backup migdesk wrote, or "
                    "take a new one.")
                     .arg(given, metadataPath);
        return std::nullopt;
    }
    QString readError;
    auto metadata = BackupMetadata::read(metadataPath, &readError);
    if (!metadata) {
        *error = tr("%1, so the backup cannot be checked: take a new backup or use another one.")
                     .arg(withoutFullStop(readError));
        return std::nullopt;
    }

    if (metadata->mainName().isEmpty()) {
        *error = tr("The metadata %1 lists no custom or directory-format archive, so there is "
                    "nothing to restore: take a new backup with migdesk.")
                     .arg(metadataPath);
        return std::nullopt;
    }
    const QDir folder = QFileInfo(metadataPath).absoluteDir();
    const QString mainPath = absoluteClean(folder.filePath(metadata->mainName()));
    bool listed = given == metadataPath || given == mainPath;
    for (const BackupFile& file : metadata->files)
        listed = listed || given == absoluteClean(folder.filePath(file.name));
    if (!listed) {
        *error = tr("The metadata %1 does not list %2, so it cannot vouch for it: choose the "
                    "backup the metadata belongs to, or its .json.")
                     .arg(metadataPath, given);
        return std::nullopt;
    }

    // Sizes first: a missing or cut-short file is found at once, not after hashing the rest.
    for (const BackupFile& file : metadata->files) {
        const QString filePath = folder.filePath(file.name);
        const QFileInfo info(filePath);
        if (!info.isFile()) {
            *error = tr("The backup file %1 is missing: it was moved or deleted after the backup "
                        "was written; take a new backup or use another one.")
                         .arg(filePath);
            return std::nullopt;
        }
        if (info.size() < file.bytes) {
            *error = tr("The backup file %1 is %2 shorter than when it was written, so it was cut "
                        "short (a full disk or an interrupted copy): take a new backup or use "
                        "another one.")
                         .arg(filePath, byteCount(file.bytes - info.size()));
            return std::nullopt;
        }
        if (info.size() > file.bytes) {
            *error = tr("The backup file %1 is %2 longer than when it was written, so it was "
                        "changed afterwards: take a new backup or use another one.")
                         .arg(filePath, byteCount(info.size() - file.bytes));
            return std::nullopt;
        }
    }

    Hasher hasher(ctx, metadata->totalBytes());
    for (const BackupFile& file : metadata->files) {
        const QString filePath = folder.filePath(file.name);
        const QString actual = hasher.sha256(filePath, error);
        if (actual.isEmpty())
            return std::nullopt;
        if (actual.compare(file.sha256, Qt::CaseInsensitive) != 0) {
            *error = tr("The SHA-256 checksum of %1 does not match the one recorded when it was "
                        "written, so its contents were changed or damaged: take a new backup or "
                        "use another one.")
                         .arg(filePath);
            return std::nullopt;
        }
    }
    ctx.log.write(tr("All %n file(s) of the backup (%1) have their recorded size and SHA-256.",
                     nullptr, int(metadata->files.size()))
                      .arg(formatBytes(metadata->totalBytes())));

    const PgTools::Tool pgRestore = tools.find(QStringLiteral("pg_restore"), 0);
    if (!pgRestore.usable()) {
        *error = pgRestore.problem;
        return std::nullopt;
    }
    const auto entries = tableOfContents(pgRestore.path, mainPath, ctx, error);
    if (!entries)
        return std::nullopt;
    ctx.log.write(tr("pg_restore --list reads %n item(s) from %1.", nullptr, int(entries->size()))
                      .arg(mainPath));
    return metadata;
}

} // namespace migdesk::core
