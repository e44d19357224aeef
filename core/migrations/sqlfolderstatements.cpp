// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations/sqlfolderstatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pg_query.h>

#include <algorithm>

namespace migdesk::core {

namespace {

// Owns libpg_query's result for the scope of parse().
struct ParseResult
{
    PgQueryParseResult result;
    ~ParseResult() { pg_query_free_parse_result(result); }
};

bool hasDefElem(const QJsonArray& list, QLatin1String name)
{
    for (const QJsonValue& item : list) {
        if (item[QLatin1String("DefElem")][QLatin1String("defname")].toString() == name)
            return true;
    }
    return false;
}

// The statements PostgreSQL refuses inside a transaction block (PreventInTransactionBlock in
// its sources), named by their parse-tree node. Transaction control is on the list too: a
// script with its own BEGIN/COMMIT decides its transactions itself, and wrapping it in ours
// would commit our transaction half-way. CREATE/DROP SUBSCRIPTION count whatever their options
// say, because their default (create or drop a replication slot) is the refused case.
QString outsideTransaction(const QJsonObject& stmt)
{
    const QString node = stmt.isEmpty() ? QString() : stmt.constBegin().key();
    const QJsonObject body = stmt.isEmpty() ? QJsonObject() : stmt.constBegin()->toObject();
    const auto flag = [&body](const char* name) {
        return body.value(QLatin1String(name)).toBool();
    };
    if (node == QLatin1String("IndexStmt") && flag("concurrent"))
        return QStringLiteral("CREATE INDEX CONCURRENTLY");
    if (node == QLatin1String("DropStmt") && flag("concurrent"))
        return QStringLiteral("DROP INDEX CONCURRENTLY");
    if (node == QLatin1String("ReindexStmt")) {
        if (hasDefElem(body.value(QLatin1String("params")).toArray(),
                       QLatin1String("concurrently")))
            return QStringLiteral("REINDEX CONCURRENTLY");
        const QString kind = body.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("REINDEX_OBJECT_SYSTEM") ||
            kind == QLatin1String("REINDEX_OBJECT_DATABASE"))
            return QStringLiteral("REINDEX DATABASE");
    }
    if (node == QLatin1String("VacuumStmt") && flag("is_vacuumcmd"))
        return QStringLiteral("VACUUM");
    if (node == QLatin1String("ClusterStmt") && !body.contains(QLatin1String("relation")))
        return QStringLiteral("CLUSTER");
    if (node == QLatin1String("AlterDatabaseStmt") &&
        hasDefElem(body.value(QLatin1String("options")).toArray(), QLatin1String("tablespace")))
        return QStringLiteral("ALTER DATABASE SET TABLESPACE");
    if (node == QLatin1String("AlterTableStmt")) {
        for (const QJsonValue& cmd : body.value(QLatin1String("cmds")).toArray()) {
            const QJsonValue alter = cmd[QLatin1String("AlterTableCmd")];
            if (alter[QLatin1String("subtype")].toString() == QLatin1String("AT_DetachPartition") &&
                alter[QLatin1String("def")][QLatin1String("PartitionCmd")]
                     [QLatin1String("concurrent")]
                         .toBool())
                return QStringLiteral("DETACH PARTITION CONCURRENTLY");
        }
    }
    if (node == QLatin1String("TransactionStmt")) {
        // Savepoints work inside our transaction; only starting or ending one does not.
        const QString kind = body.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("TRANS_STMT_SAVEPOINT") ||
            kind == QLatin1String("TRANS_STMT_RELEASE") ||
            kind == QLatin1String("TRANS_STMT_ROLLBACK_TO"))
            return {};
        return QStringLiteral("BEGIN/COMMIT");
    }
    static const std::pair<QLatin1String, const char*> always[] = {
        {QLatin1String("CreatedbStmt"), "CREATE DATABASE"},
        {QLatin1String("DropdbStmt"), "DROP DATABASE"},
        {QLatin1String("CreateTableSpaceStmt"), "CREATE TABLESPACE"},
        {QLatin1String("DropTableSpaceStmt"), "DROP TABLESPACE"},
        {QLatin1String("AlterSystemStmt"), "ALTER SYSTEM"},
        {QLatin1String("CreateSubscriptionStmt"), "CREATE SUBSCRIPTION"},
        {QLatin1String("DropSubscriptionStmt"), "DROP SUBSCRIPTION"},
    };
    for (const auto& [name, what] : always) {
        if (node == name)
            return QString::fromLatin1(what);
    }
    return {};
}

// Where the statement's first keyword is: libpg_query's location starts right after the
// previous ";", so blank lines and comments in between are skipped to report a useful line.
qsizetype firstKeyword(const QByteArray& text, qsizetype from, qsizetype end)
{
    qsizetype i = from;
    while (i < end) {
        const char c = text.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++i;
        } else if (c == '-' && i + 1 < end && text.at(i + 1) == '-') {
            const qsizetype newline = text.indexOf('\n', i);
            i = newline < 0 ? end : newline + 1;
        } else if (c == '/' && i + 1 < end && text.at(i + 1) == '*') {
            const qsizetype close = text.indexOf("*/", i + 2);
            i = close < 0 ? end : close + 2;
        } else {
            break;
        }
    }
    return std::min(i, end);
}

} // namespace

SqlFolderStatements SqlFolderStatements::parse(const QString& sql)
{
    SqlFolderStatements out;
    const QByteArray text = sql.toUtf8();
    const ParseResult parsed{pg_query_parse(text.constData())};
    const PgQueryParseResult& result = parsed.result;
    if (result.error) {
        out.parseError = QString::fromUtf8(result.error->message);
        const qsizetype at = std::clamp<qsizetype>(result.error->cursorpos - 1, 0, text.size());
        out.parseErrorLine = int(text.left(at).count('\n')) + 1;
        return out;
    }
    // A tree nested deeper than Qt's JSON reader accepts counts as unparsed: the script then
    // runs in one transaction, which is the safe default, instead of being split wrongly.
    QJsonParseError jsonError;
    const QJsonDocument tree = QJsonDocument::fromJson(QByteArray(result.parse_tree), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        out.parseError = jsonError.errorString();
        return out;
    }
    out.parsed = true;
    // Lines are counted on from the previous statement: counting from the start each time is
    // quadratic, and took seconds for a script of 10,000 INSERTs.
    qsizetype counted = 0;
    int line = 1;
    for (const QJsonValue& entry : tree[QLatin1String("stmts")].toArray()) {
        // Offsets are bytes of the UTF-8 text; both are left out of the JSON when 0, and a
        // length of 0 means "to the end of the script".
        const qsizetype location = entry[QLatin1String("stmt_location")].toInteger();
        const qsizetype length = entry[QLatin1String("stmt_len")].toInteger();
        const qsizetype end = length > 0 ? std::min(location + length, text.size()) : text.size();
        Statement statement;
        statement.text = QString::fromUtf8(text.mid(location, end - location));
        const qsizetype keyword = std::max(firstKeyword(text, location, end), counted);
        line += int(std::count(text.constData() + counted, text.constData() + keyword, '\n'));
        counted = keyword;
        statement.line = line;
        statement.outsideTransaction = outsideTransaction(entry[QLatin1String("stmt")].toObject());
        out.statements.push_back(std::move(statement));
    }
    return out;
}

const SqlFolderStatements::Statement* SqlFolderStatements::firstOutsideTransaction() const
{
    for (const Statement& statement : statements) {
        if (!statement.outsideTransaction.isEmpty())
            return &statement;
    }
    return nullptr;
}

} // namespace migdesk::core
