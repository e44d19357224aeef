// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/recordedrun.h"

#include "connection/pgconnection.h"
#include "history/historymirror.h"
#include "history/historystore.h"
#include "history/runfacts.h"
#include "history/schemacapture.h"
#include "history/schemadiff.h"
#include "runbook/runlog.h"
#include "runbook/writesession.h"

#include <QJsonArray>
#include <QSysInfo>

namespace migdesk::core {

RecordedRun::RecordedRun(const QString& storePath, const RunRecord& run, RunLog& log)
    : m_storePath(storePath), m_log(log), m_recorder(storePath, run, log)
{
    m_facts.osUser = run.osUser;
}

RecordedRun::~RecordedRun() = default;

void RecordedRun::setConfirmation(const QString& typedDatabase)
{
    std::lock_guard lock(m_mutex);
    m_facts.confirmedBy =
        tr("%1@%2, who typed %3").arg(m_facts.osUser, QSysInfo::machineHostName(), typedDatabase);
    m_recorder.setFacts(m_facts);
}

void RecordedRun::addStep(const StepResult& step)
{
    std::lock_guard lock(m_mutex);
    RunFacts::addStep(m_facts, step);
    m_recorder.setFacts(m_facts);
}

StepResult RecordedRun::aroundSchemaChange(const ConnectionTarget& target,
                                           const WritePolicy& policy,
                                           const std::function<StepResult()>& step)
{
    const auto before = SchemaCapture::read(target, QStringLiteral("before"), m_log);
    if (before)
        storeSnapshot(QStringLiteral("before"), target, before->schema);
    mirrorLive(target, policy);
    StepResult result = step();
    // Mirrored below before the caller's own pass: the rule applies here already.
    result.redactSecrets();
    if (const auto after = SchemaCapture::read(target, QStringLiteral("after"), m_log)) {
        storeSnapshot(QStringLiteral("after"), target, after->schema);
        std::lock_guard lock(m_mutex);
        // A run that changes the schema twice (a migration, then its rollback) is compared from
        // its first "before" to its last "after": what the run did in all.
        if (!m_firstBefore && before) {
            m_firstBefore = before->schema;
            m_bytesBefore = before->tableBytes;
        }
        m_bytesAfter = after->tableBytes;
        if (m_firstBefore) {
            m_facts.schemaChanges = SchemaDiff::compare(*m_firstBefore, after->schema);
            m_log.write(tr("Schema changes made by this run: %n.", nullptr,
                           int(m_facts.schemaChanges.size())));
        }
    }
    mirrorLive(target, policy, &result);
    return result;
}

void RecordedRun::storeSnapshot(const QString& phase, const ConnectionTarget& target,
                                const SchemaSnapshot& snapshot)
{
    m_recorder.wait(); // the run's id exists once the recorder has begun it
    HistoryStore store;
    QString error;
    if (m_recorder.runId() == 0 || !store.open(m_storePath, &error) ||
        store.addSchemaSnapshot(m_recorder.runId(), phase, target.info.displayName(),
                                target.info.value(QStringLiteral("dbname")),
                                QDateTime::currentDateTimeUtc(), snapshot.toJson(), &error) == 0) {
        m_log.write(tr("The schema snapshot %1 the run is not in the history: %2")
                        .arg(phase == QLatin1String("before") ? tr("before") : tr("after"),
                             error.isEmpty() ? m_recorder.problem() : error));
    }
}

void RecordedRun::finish(const QString& outcome, const QJsonObject& details)
{
    QJsonObject withSizes = details;
    {
        std::lock_guard lock(m_mutex);
        if (!m_bytesBefore.empty() || !m_bytesAfter.empty()) {
            std::map<QString, std::pair<qint64, qint64>>
                sizes; // table -> before, after (-1: absent)
            for (const auto& [table, bytes] : m_bytesBefore)
                sizes[table] = {bytes, -1};
            for (const auto& [table, bytes] : m_bytesAfter)
                sizes.try_emplace(table, -1, -1).first->second.second = bytes;
            QJsonArray rows;
            for (const auto& [table, bytes] : sizes) {
                QJsonObject row{{QStringLiteral("table"), table}};
                if (bytes.first >= 0)
                    row.insert(QStringLiteral("before_bytes"), double(bytes.first));
                if (bytes.second >= 0)
                    row.insert(QStringLiteral("after_bytes"), double(bytes.second));
                rows.append(row);
            }
            withSizes.insert(QStringLiteral("table_sizes"), rows);
        }
    }
    m_recorder.finish(outcome, withSizes);
}

std::optional<RunRecord> RecordedRun::storedRun(QString* error)
{
    m_recorder.wait();
    HistoryStore store;
    std::optional<RunRecord> run;
    if (m_recorder.runId() != 0 && store.open(m_storePath, error)) {
        const auto read = store.run(m_recorder.runId());
        if (read)
            run = *read;
        else
            *error = read.error().sentence();
    }
    if (!run) {
        if (error->isEmpty())
            *error = m_recorder.problem();
        return std::nullopt;
    }
    std::lock_guard lock(m_mutex);
    run->schemaChanges = m_facts.schemaChanges;
    return run;
}

std::optional<DbError> RecordedRun::writeMirror(const ConnectionTarget& target,
                                                const WritePolicy& policy, const RunRecord& run)
{
    const bool reused = m_liveMirror && m_liveMirror->isOpen();
    if (!reused) {
        auto connection = std::make_unique<PgConnection>();
        if (auto failed =
                WriteSession::open(*connection, target, policy, QStringLiteral("migdesk-history")))
            return failed;
        m_liveMirror = std::move(connection);
    }
    auto failed = HistoryMirror::write(*m_liveMirror, run);
    // The session kept since the run began may have been cut (a server restart, a network
    // drop): a fresh one writes the row, and vouches for the run from now on.
    if (failed && reused && failed->isConnectionProblem()) {
        m_liveMirror.reset();
        return writeMirror(target, policy, run);
    }
    return failed;
}

void RecordedRun::mirrorLive(const ConnectionTarget& target, const WritePolicy& policy,
                             const StepResult* finished)
{
    std::lock_guard mirrorLock(m_mirrorMutex);
    QString error;
    std::optional<RunRecord> run = storedRun(&error);
    if (!run)
        return; // mirror() at the end says why
    if (finished)
        RunFacts::addStep(*run, *finished);
    run->mirror = QStringLiteral("mirrored");
    const auto failed = writeMirror(target, policy, *run);
    if (failed && !m_liveMirrorRefused) {
        m_liveMirrorRefused = true;
        m_log.write(tr("The run is not mirrored while it runs: %1")
                        .arg(HistoryMirror::refusalSentence(
                            *failed, target.info.value(QStringLiteral("dbname")))));
    }
}

QString RecordedRun::mirror(const ConnectionTarget& target, const WritePolicy& policy)
{
    std::lock_guard mirrorLock(m_mirrorMutex);
    const QString database = target.info.value(QStringLiteral("dbname"));
    QString error;
    std::optional<RunRecord> run = storedRun(&error);
    QString state;
    if (!run) {
        state = tr("The run is not mirrored to %1: the local history does not have it (%2).")
                    .arg(database, error);
    } else {
        run->mirror = QStringLiteral("mirrored");
        const auto failed = writeMirror(target, policy, *run);
        state =
            failed ? HistoryMirror::refusalSentence(*failed, database) : QStringLiteral("mirrored");
    }
    // The run is over: nothing is left for the session to vouch for.
    m_liveMirror.reset();
    m_log.write(state == QLatin1String("mirrored")
                    ? tr("The run is mirrored into %1 (%2) for reviewers on other machines.")
                          .arg(database, HistoryMirror::tableName())
                    : state);
    m_recorder.setMirror(state);
    return state;
}

} // namespace migdesk::core
