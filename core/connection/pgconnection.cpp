// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/pgconnection.h"

#include "common/logging.h"

#include <libpq-fe.h>

#include <vector>

namespace migdesk::core {

namespace {

struct ResultFree
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultFree>;

// Applies the policy in one round trip with bound values; set_config() rather than options=-c
// so that poolers that refuse start-up options (PgBouncer) still work.
constexpr auto kApplyPolicy = R"(
SELECT set_config('default_transaction_read_only', $1, false),
       set_config('statement_timeout', $2, false),
       set_config('lock_timeout', $3, false))";

} // namespace

CancelHandle::~CancelHandle()
{
    PQfreeCancel(m_cancel);
}

QString CancelHandle::cancel()
{
    std::lock_guard lock(m_mutex);
    char reason[256] = {};
    if (!m_cancel)
        return QStringLiteral("no connection");
    if (PQcancel(m_cancel, reason, sizeof reason))
        return {};
    return QString::fromUtf8(reason).trimmed();
}

PgConnection::~PgConnection()
{
    close();
}

std::optional<DbError> PgConnection::open(const ConnInfo& info,
                                          const std::optional<QString>& password,
                                          const SessionPolicy& policy)
{
    close();
    ConnInfo options = info;
    options.set(QStringLiteral("application_name"), policy.applicationName);
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.set(QStringLiteral("connect_timeout"), QString::number(policy.connectTimeoutSeconds));
    if (password)
        options.set(QStringLiteral("password"), *password);

    std::vector<QByteArray> storage;
    storage.reserve(options.options().size() * 2);
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : options.options()) {
        storage.push_back(keyword.toUtf8());
        keywords.push_back(storage.back().constData());
        storage.push_back(value.toUtf8());
        values.push_back(storage.back().constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    m_conn = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!m_conn)
        return DbError(DbError::Kind::Other, QStringLiteral("libpq could not allocate a connection"));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        DbError error = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
        qCDebug(lcConnection) << "connection to" << info.displayName() << "failed:" << error.message();
        close();
        return error;
    }
    m_cancel = std::make_shared<CancelHandle>(PQgetCancel(m_conn));

    auto applied = exec(QString::fromLatin1(kApplyPolicy),
                        {policy.readOnly ? QStringLiteral("on") : QStringLiteral("off"),
                         QString::number(policy.statementTimeoutMs),
                         QString::number(policy.lockTimeoutMs)});
    if (!applied) {
        DbError error = applied.error();
        close();
        return error;
    }
    qCDebug(lcConnection) << "connected to" << info.displayName() << "backend" << backendPid();
    return std::nullopt;
}

void PgConnection::close()
{
    m_cancel.reset();
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::isBroken() const
{
    return !isOpen();
}

Result<QueryResult> PgConnection::exec(const QString& sql, const QList<QVariant>& params)
{
    if (!m_conn)
        return DbError(DbError::Kind::NotConnected, QStringLiteral("no connection"));
    std::vector<QByteArray> storage;
    storage.reserve(std::size_t(params.size()));
    std::vector<const char*> values;
    for (const QVariant& p : params) {
        if (!p.isValid() || p.isNull()) {
            values.push_back(nullptr);
            continue;
        }
        if (p.typeId() == QMetaType::Bool)
            storage.push_back(p.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
        else
            storage.push_back(p.toString().toUtf8());
        values.push_back(storage.back().constData());
    }
    const QByteArray text = sql.toUtf8();
    return finish(PQexecParams(m_conn, text.constData(), int(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
}

Result<QueryResult> PgConnection::execScript(const QString& sql)
{
    if (!m_conn)
        return DbError(DbError::Kind::NotConnected, QStringLiteral("no connection"));
    return finish(PQexec(m_conn, sql.toUtf8().constData()));
}

Result<QueryResult> PgConnection::finish(pg_result* raw)
{
    ResultPtr result(raw);
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        return QueryResult::fromPgResult(result.get());
    DbError error = DbError::fromResult(result.get(), QString::fromUtf8(PQerrorMessage(m_conn)));
    if (PQstatus(m_conn) != CONNECTION_OK)
        error = DbError(DbError::Kind::ConnectionLost, error.message(), error.sqlState());
    return error;
}

int PgConnection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

QString PgConnection::libraryVersion()
{
    const int version = PQlibVersion();
    return QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
}

int PgConnection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

} // namespace migdesk::core
