// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace migdesk::core {

// What `pg_dump --verbose` says on stderr, read line by line (with LC_MESSAGES=C): whose rows it
// is writing, against the table sizes read before it started, for the progress bar; and why it
// failed. pg_dump announces each table with `dumping contents of table "schema.name"`; a
// parallel dump (-j) also reports `finished item N TABLE DATA name` when a worker is done with
// one, while a serial dump finishes a table when it starts the next.
class PgDumpOutput
{
public:
    struct Table
    {
        QString schema;
        QString name;
        qint64 bytes = 0; // heap + TOAST on disk
    };

    enum class LineKind {
        Catalog, // "reading user-defined tables" and the like, ~50 per run: condensed
        TableStarted,
        TableFinished,
        Error, // "error:", "detail:", "hint:" lines
        Other,
    };

    PgDumpOutput(std::vector<Table> tables, bool parallel);

    // One line without its line break. archiveBytes: how far the archive has grown when the
    // line arrived, -1 when unknown (directory format, where pg_dump writes the files itself).
    LineKind addLine(const QString& line, qint64 archiveBytes);
    // pg_dump exited successfully: every table is done.
    void finishAll();

    qint64 totalBytes() const { return m_totalBytes; }
    // Bytes of the tables done, plus, in a serial dump to a known archive size, an estimate of
    // how far into the current table it is: the archive's growth since the table started,
    // divided by the archive-to-table ratio of the tables done so far (at least 1 MiB of them,
    // so that a few tiny tables do not set it), capped at 95 % of the table.
    qint64 doneBytes(qint64 archiveBytes) const;
    int tableCount() const { return int(m_tables.size()); }
    int tablesDone() const { return m_tablesDone; }
    // "public.ledger_ledgerentry": the table whose rows are being written (the latest one started
    // in a parallel dump); empty between tables.
    QString currentTable() const;
    int tablesInFlight() const { return int(m_inFlight.size()); }

    // pg_dump's own explanation of a failure: its error, detail and hint lines without the
    // "pg_dump: " prefixes, joined; empty when it said nothing.
    QString errorText() const;
    // The table pg_dump could not lock in time or at all: as pg_dump wrote it in the LOCK TABLE
    // statement that timed out (`public.ledger`, `s."Odd name"`), or the relation a parallel
    // worker could not lock because an exclusive lock was requested meanwhile. Empty otherwise.
    QString lockedTable() const;

private:
    struct Running
    {
        int index = -1; // into m_tables
        qint64 archiveAtStart = -1;
    };

    int indexOf(const QString& qualifiedName);
    void complete(const Running& running, qint64 archiveBytes);

    std::vector<Table> m_tables;
    bool m_parallel;
    qint64 m_totalBytes = 0;
    qint64 m_doneBytes = 0;
    int m_tablesDone = 0;
    std::vector<Running> m_inFlight;
    // Bytes of completed tables and what they added to the archive: the compression ratio.
    qint64 m_measuredTableBytes = 0;
    qint64 m_measuredArchiveBytes = 0;
    QStringList m_errorLines;
    QString m_lockStatementTable; // from "Query was: LOCK TABLE ..."
    QString m_workerLockTable;    // from a parallel worker's "could not obtain lock"
    bool m_timedOut = false;
};

} // namespace migdesk::core
