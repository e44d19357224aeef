// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/pgdumpoutput.h"

#include <QRegularExpression>

#include <algorithm>

namespace migdesk::core {

namespace {

constexpr qint64 kMinimumMeasuredBytes = 1 << 20;
constexpr double kInTableCap = 0.95;

// The message texts of pg_dump 12 to 17 (src/bin/pg_dump): "pg_dump: " then, for problems, a
// level word. The catalog lines are the ones getSchemaData() and friends print before any data.
const QRegularExpression& tableStarted()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(^pg_dump: dumping contents of table "(.+)"$)re"));
    return pattern;
}

const QRegularExpression& itemFinished()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^pg_dump: finished item \d+ TABLE DATA (.+)$)"));
    return pattern;
}

const QRegularExpression& catalogLine()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^pg_dump: (reading |identifying |finding |flagging |saving |last built-in OID))"));
    return pattern;
}

const QRegularExpression& problemLine()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^pg_dump: (error|detail|hint|fatal): (.*)$)"));
    return pattern;
}

const QRegularExpression& lockStatement()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(query was: LOCK TABLE (.+) IN ACCESS SHARE MODE)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& workerLockFailure()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(could not obtain lock on relation "(.+)")re"));
    return pattern;
}

} // namespace

PgDumpOutput::PgDumpOutput(std::vector<Table> tables, bool parallel)
    : m_tables(std::move(tables)), m_parallel(parallel)
{
    for (const Table& table : m_tables)
        m_totalBytes += table.bytes;
}

int PgDumpOutput::indexOf(const QString& qualifiedName)
{
    for (std::size_t i = 0; i < m_tables.size(); ++i)
        if (m_tables[i].schema + QLatin1Char('.') + m_tables[i].name == qualifiedName)
            return int(i);
    // Created after the sizes were read: counted as a table of unknown (zero) size.
    m_tables.push_back({qualifiedName.section(QLatin1Char('.'), 0, 0),
                        qualifiedName.section(QLatin1Char('.'), 1), 0});
    return int(m_tables.size()) - 1;
}

void PgDumpOutput::complete(const Running& running, qint64 archiveBytes)
{
    const qint64 bytes = m_tables[std::size_t(running.index)].bytes;
    m_doneBytes += bytes;
    ++m_tablesDone;
    if (!m_parallel && running.archiveAtStart >= 0 && archiveBytes >= running.archiveAtStart) {
        m_measuredTableBytes += bytes;
        m_measuredArchiveBytes += archiveBytes - running.archiveAtStart;
    }
}

PgDumpOutput::LineKind PgDumpOutput::addLine(const QString& line, qint64 archiveBytes)
{
    if (const auto match = tableStarted().match(line); match.hasMatch()) {
        const int index = indexOf(match.captured(1));
        if (!m_parallel) {
            for (const Running& previous : m_inFlight)
                complete(previous, archiveBytes);
            m_inFlight.clear();
        }
        m_inFlight.push_back({index, archiveBytes});
        return LineKind::TableStarted;
    }
    if (const auto match = itemFinished().match(line); match.hasMatch()) {
        // Workers name the table without its schema; of two running tables with the same name
        // the one started first is the likelier to finish first.
        const QString name = match.captured(1);
        const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(), [&](const Running& r) {
            return m_tables[std::size_t(r.index)].name == name;
        });
        if (it != m_inFlight.end()) {
            complete(*it, archiveBytes);
            m_inFlight.erase(it);
        }
        return LineKind::TableFinished;
    }
    if (catalogLine().match(line).hasMatch())
        return LineKind::Catalog;
    if (const auto match = problemLine().match(line); match.hasMatch()) {
        const QString text = match.captured(2);
        m_errorLines << text;
        if (text.contains(QLatin1String("due to statement timeout")) ||
            text.contains(QLatin1String("due to lock timeout")))
            m_timedOut = true;
        if (const auto lock = lockStatement().match(text); lock.hasMatch())
            m_lockStatementTable = lock.captured(1);
        if (const auto worker = workerLockFailure().match(text); worker.hasMatch())
            m_workerLockTable = worker.captured(1);
        return LineKind::Error;
    }
    return LineKind::Other;
}

void PgDumpOutput::finishAll()
{
    m_inFlight.clear();
    m_doneBytes = m_totalBytes;
    m_tablesDone = int(m_tables.size());
}

qint64 PgDumpOutput::doneBytes(qint64 archiveBytes) const
{
    qint64 done = m_doneBytes;
    if (m_parallel || m_inFlight.empty() || archiveBytes < 0 ||
        m_measuredTableBytes < kMinimumMeasuredBytes || m_measuredArchiveBytes <= 0)
        return done;
    const Running& current = m_inFlight.front();
    if (current.archiveAtStart < 0)
        return done;
    const double ratio = double(m_measuredArchiveBytes) / double(m_measuredTableBytes);
    const double tableBytes = double(m_tables[std::size_t(current.index)].bytes);
    const double into = double(archiveBytes - current.archiveAtStart) / ratio;
    done += qint64(std::min(into, tableBytes * kInTableCap));
    return std::min(done, m_totalBytes);
}

QString PgDumpOutput::currentTable() const
{
    if (m_inFlight.empty())
        return {};
    const Table& table = m_tables[std::size_t(m_inFlight.back().index)];
    return table.schema + QLatin1Char('.') + table.name;
}

QString PgDumpOutput::errorText() const
{
    return m_errorLines.join(QLatin1Char(' ')).simplified();
}

QString PgDumpOutput::lockedTable() const
{
    if (!m_workerLockTable.isEmpty())
        return m_workerLockTable;
    return m_timedOut ? m_lockStatementTable : QString();
}

} // namespace migdesk::core
