// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/pgconnection.h"
#include "connection/serverversion.h"

#include "common/logging.h"

#include <libpq-fe.h>

#include <QRegularExpression>

#include <array>
#include <vector>

namespace migdesk::core {

// Statement parameters in libpq's text format; an invalid or null QVariant is SQL NULL.
class PgConnection::BoundValues
{
public:
    explicit BoundValues(const QList<QVariant>& params)
    {
        m_storage.reserve(std::size_t(params.size()));
        for (const QVariant& p : params) {
            if (!p.isValid() || p.isNull()) {
                m_values.push_back(nullptr);
                continue;
            }
            if (p.typeId() == QMetaType::Bool)
                m_storage.push_back(p.toBool() ? QByteArrayLiteral("true")
                                               : QByteArrayLiteral("false"));
            else
                m_storage.push_back(p.toString().toUtf8());
            m_values.push_back(m_storage.back().constData());
        }
    }
    Q_DISABLE_COPY_MOVE(BoundValues)

    int count() const { return int(m_values.size()); }
    const char* const* data() const { return m_values.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<const char*> m_values;
};

namespace {

struct ResultFree
{
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultFree>;

// The policy for the current transaction only (is_local): it ends with the transaction. A
// read-only session makes the transaction itself read-only; the server's defaults for later
// transactions stay untouched.
constexpr auto kPolicyForTransaction = R"(
SELECT set_config('statement_timeout', $1, true),
       set_config('lock_timeout', $2, true),
       CASE WHEN $3::boolean THEN set_config('transaction_read_only', 'on', true) END,
       CASE WHEN $4::boolean THEN set_config('synchronous_commit', 'on', true) END)";

// The same for the whole session, for a statement that refuses to run in a transaction; only
// on a direct connection, and reset (kSessionDefaults) as soon as the statement is done.
constexpr auto kPolicyForSession = R"(
SELECT set_config('statement_timeout', $1, false),
       set_config('lock_timeout', $2, false),
       CASE WHEN $3::boolean THEN set_config('default_transaction_read_only', 'on', false) END,
       CASE WHEN $4::boolean THEN set_config('synchronous_commit', 'on', false) END)";
constexpr auto kSessionDefaults =
    "RESET statement_timeout; RESET lock_timeout; RESET default_transaction_read_only; "
    "RESET synchronous_commit";

// The server's own pid for this session, compared with the one libpq was given at start-up.
constexpr auto kServerPid = "SELECT pg_backend_pid()";

// SQLSTATE 25001: "cannot be executed within a pipeline" / "inside a transaction block".
const QString kActiveTransaction = QStringLiteral("25001");

bool startsTransaction(const QString& sql)
{
    static const QRegularExpression begin(QStringLiteral(R"(^\s*(begin|start\s+transaction)\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    return begin.match(sql).hasMatch();
}

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
        options.set(QStringLiteral("connect_timeout"),
                    QString::number(policy.connectTimeoutSeconds));
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
        return DbError(DbError::Kind::Other,
                       QStringLiteral("libpq could not allocate a connection"));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        DbError error = DbError::fromConnectionFailure(QString::fromUtf8(PQerrorMessage(m_conn)));
        qCDebug(lcConnection) << "connection to" << info.displayName()
                              << "failed:" << error.message();
        close();
        return error;
    }
    // Refused before any query: on an older server they would fail one by one, each with a
    // catalog error that does not say why.
    if (const ServerVersion version(PQserverVersion(m_conn)); !version.supported()) {
        close();
        return DbError(DbError::Kind::ServerTooOld, version.text());
    }
    m_cancel = std::make_shared<CancelHandle>(PQgetCancel(m_conn));
    m_policy = policy;

    auto serverPid = exec(QString::fromLatin1(kServerPid));
    if (!serverPid) {
        DbError error = serverPid.error();
        close();
        return error;
    }
    m_serverPid = serverPid->value(0, 0).toInt();
    m_behindPooler = m_serverPid != PQbackendPID(m_conn);
    qCDebug(lcConnection) << "connected to" << info.displayName() << "backend" << m_serverPid
                          << (m_behindPooler ? "through a pooler" : "directly");
    return std::nullopt;
}

void PgConnection::close()
{
    m_cancel.reset();
    m_serverPid = 0;
    m_behindPooler = false;
    m_sessionPolicySet = false;
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
    const QByteArray text = sql.toUtf8();
    const BoundValues values(params);
    const auto plain = [&] {
        return finish(PQexecParams(m_conn, text.constData(), values.count(), nullptr, values.data(),
                                   nullptr, nullptr, 0));
    };
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        return plain();
    if (auto error = resetSessionPolicy())
        return *error;
    if (startsTransaction(sql))
        return afterTransactionStart(plain());
    auto result = execPipelined(text, values);
    if (!result && result.error().sqlState() == kActiveTransaction && !m_behindPooler &&
        PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        return execWithSessionPolicy(text, &values);
    return result;
}

Result<QueryResult> PgConnection::execScript(const QString& sql)
{
    if (!m_conn)
        return DbError(DbError::Kind::NotConnected, QStringLiteral("no connection"));
    const QByteArray text = sql.toUtf8();
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        return finish(PQexec(m_conn, text.constData()));
    if (auto error = resetSessionPolicy())
        return *error;
    if (startsTransaction(sql) && !sql.trimmed().contains(QLatin1Char(';')))
        return afterTransactionStart(finish(PQexec(m_conn, text.constData())));
    if (m_behindPooler) {
        return DbError(DbError::Kind::Other,
                       tr("A script outside a transaction cannot run through a connection pooler: "
                          "its settings could reach another server session than its statements. "
                          "Connect to the PostgreSQL server directly."),
                       kActiveTransaction);
    }
    return execWithSessionPolicy(text, nullptr);
}

// The values kPolicyForTransaction and kPolicyForSession bind.
PgConnection::BoundValues PgConnection::policyValues() const
{
    return BoundValues({QString::number(m_policy.statementTimeoutMs),
                        QString::number(m_policy.lockTimeoutMs), m_policy.readOnly,
                        m_policy.durableCommits});
}

// The transaction-local policy and the statement in one pipeline, one round trip: both run in
// the same implicit transaction, which ends at the pipeline's sync.
Result<QueryResult> PgConnection::execPipelined(const QByteArray& sql, const BoundValues& values)
{
    const BoundValues policy = policyValues();
    if (!PQenterPipelineMode(m_conn))
        return finish(nullptr);
    const bool sent = PQsendQueryParams(m_conn, kPolicyForTransaction, policy.count(), nullptr,
                                        policy.data(), nullptr, nullptr, 0) &&
                      PQsendQueryParams(m_conn, sql.constData(), values.count(), nullptr,
                                        values.data(), nullptr, nullptr, 0) &&
                      PQpipelineSync(m_conn);
    // Each query's results end with a null; the sync ends the pipeline. A lost connection yields
    // nulls only, so the loop ends.
    std::array<ResultPtr, 2> results;
    std::size_t query = 0;
    while (sent) {
        PGresult* raw = PQgetResult(m_conn);
        if (!raw) {
            if (++query > results.size())
                break;
            continue;
        }
        if (PQresultStatus(raw) == PGRES_PIPELINE_SYNC) {
            PQclear(raw);
            break;
        }
        if (query < results.size() && !results[query])
            results[query].reset(raw);
        else
            PQclear(raw);
    }
    PQexitPipelineMode(m_conn);
    if (!results[0] || PQresultStatus(results[0].get()) != PGRES_TUPLES_OK)
        return finish(results[0].release());
    return finish(results[1].release());
}

// For a statement that refuses a transaction: session-level settings, the statement, and the
// server's defaults again. Only ever on a direct connection.
Result<QueryResult> PgConnection::execWithSessionPolicy(const QByteArray& sql,
                                                        const BoundValues* values)
{
    const BoundValues policy = policyValues();
    auto set = finish(PQexecParams(m_conn, kPolicyForSession, policy.count(), nullptr,
                                   policy.data(), nullptr, nullptr, 0));
    if (!set)
        return set.error();
    m_sessionPolicySet = true;
    auto result = values ? finish(PQexecParams(m_conn, sql.constData(), values->count(), nullptr,
                                               values->data(), nullptr, nullptr, 0))
                         : finish(PQexec(m_conn, sql.constData()));
    // A script that left a transaction open keeps the settings until it ends; the next call
    // resets them.
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE) {
        if (auto error = resetSessionPolicy())
            return *error;
    }
    return result;
}

std::optional<DbError> PgConnection::resetSessionPolicy()
{
    if (!m_sessionPolicySet)
        return std::nullopt;
    auto reset = finish(PQexec(m_conn, kSessionDefaults));
    if (!reset)
        return reset.error();
    m_sessionPolicySet = false;
    return std::nullopt;
}

std::optional<DbError> PgConnection::applyToTransaction()
{
    const BoundValues policy = policyValues();
    auto applied = finish(PQexecParams(m_conn, kPolicyForTransaction, policy.count(), nullptr,
                                       policy.data(), nullptr, nullptr, 0));
    if (!applied)
        return applied.error();
    return std::nullopt;
}

// A BEGIN opened a transaction block: the policy goes into it before anything else runs. If it
// cannot, the transaction is rolled back rather than left without the policy.
Result<QueryResult> PgConnection::afterTransactionStart(Result<QueryResult> begun)
{
    if (!begun || PQtransactionStatus(m_conn) != PQTRANS_INTRANS)
        return begun;
    if (auto error = applyToTransaction()) {
        PQclear(PQexec(m_conn, "ROLLBACK"));
        return *error;
    }
    return begun;
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

} // namespace migdesk::core
