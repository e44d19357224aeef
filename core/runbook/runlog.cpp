// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/runlog.h"

#include "common/secretredactor.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace migdesk::core {

RunLog::~RunLog() = default;

bool RunLog::openFile(const QString& path, QString* error)
{
    std::lock_guard lock(m_mutex);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error =
            tr("Cannot create the folder for the run log %1. Check that it is writable.").arg(path);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::Append | QIODevice::Text)) {
        *error = tr("Cannot write the run log %1: %2.").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

QString RunLog::filePath() const
{
    std::lock_guard lock(m_mutex);
    return m_file.isOpen() ? QFileInfo(m_file).absoluteFilePath() : QString();
}

int RunLog::addListener(Listener listener)
{
    std::lock_guard lock(m_mutex);
    m_listeners.emplace(m_nextListener, std::move(listener));
    return m_nextListener++;
}

void RunLog::removeListener(int id)
{
    std::lock_guard lock(m_mutex);
    m_listeners.erase(id);
}

void RunLog::write(const QString& message)
{
    const QString stamp = QLatin1Char('[') + timestamp() + QStringLiteral("] ");
    // Redacted as a whole: a password literal may span lines.
    const QStringList parts = SecretRedactor::redact(message).split(QLatin1Char('\n'));
    std::lock_guard lock(m_mutex);
    for (const QString& part : parts) {
        if (part.trimmed().isEmpty() && parts.size() > 1)
            continue;
        const QString line = stamp + part;
        m_lines.append(line);
        if (m_lines.size() > kKeptLines)
            m_lines.removeFirst();
        if (m_file.isOpen()) {
            m_file.write(line.toUtf8() + '\n');
            m_file.flush();
        }
        for (const auto& [id, listener] : m_listeners)
            listener(line);
    }
}

QStringList RunLog::lines() const
{
    std::lock_guard lock(m_mutex);
    return m_lines;
}

QString RunLog::defaultFileName(const QString& prefix)
{
    return prefix + QLatin1Char('_') +
           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")) +
           QStringLiteral(".log");
}

QString RunLog::timestamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace migdesk::core
