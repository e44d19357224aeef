// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/queryresult.h"

#include <libpq-fe.h>

namespace migdesk::core {

QueryResult QueryResult::fromPgResult(const pg_result* result)
{
    QueryResult out;
    auto* r = const_cast<PGresult*>(result); // libpq's accessors take non-const but do not write
    const int columns = PQnfields(r);
    const int rows = PQntuples(r);
    for (int c = 0; c < columns; ++c)
        out.m_columns << QString::fromUtf8(PQfname(r, c));
    out.m_rows.reserve(std::size_t(rows));
    for (int row = 0; row < rows; ++row) {
        QList<QVariant> values;
        values.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            if (PQgetisnull(r, row, c))
                values << QVariant();
            else
                values << QVariant(
                    QString::fromUtf8(PQgetvalue(r, row, c), PQgetlength(r, row, c)));
        }
        out.m_rows.push_back(std::move(values));
    }
    out.m_affectedRows = QByteArray(PQcmdTuples(r)).toLongLong();
    return out;
}

QVariant QueryResult::value(int row, int column) const
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return m_rows[std::size_t(row)][column];
}

bool QueryResult::toBool(int row, const QString& column) const
{
    return value(row, column).toString() == QLatin1String("t");
}

} // namespace migdesk::core
