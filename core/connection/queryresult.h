// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

struct pg_result;

namespace migdesk::core {

// The rows of a finished query, copied out of the PGresult so they can cross threads. Values are
// text as PostgreSQL sent them; SQL NULL is an invalid QVariant.
class QueryResult
{
public:
    QueryResult() = default;
    static QueryResult fromPgResult(const pg_result* result);

    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_columns.size()); }
    const QStringList& columns() const { return m_columns; }
    int column(const QString& name) const { return int(m_columns.indexOf(name)); }

    QVariant value(int row, int column) const;
    QVariant value(int row, const QString& column) const
    {
        return value(row, this->column(column));
    }
    bool isNull(int row, const QString& column) const { return !value(row, column).isValid(); }
    QString text(int row, const QString& column) const { return value(row, column).toString(); }
    qint64 toInt64(int row, const QString& column) const { return value(row, column).toLongLong(); }
    double toDouble(int row, const QString& column) const { return value(row, column).toDouble(); }
    bool toBool(int row, const QString& column) const;

    qint64 affectedRows() const { return m_affectedRows; }

private:
    QStringList m_columns;
    std::vector<QList<QVariant>> m_rows;
    qint64 m_affectedRows = 0;
};

} // namespace migdesk::core
