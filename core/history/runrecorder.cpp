// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/runrecorder.h"

#include "common/secretredactor.h"

#include <QJsonDocument>
#include <QMetaObject>
#include <QUuid>

#include <mutex>

namespace migdesk::core {

// Owns the store on the recorder's thread; every call arrives as a queued call, in order.
class RunRecorder::Writer : public QObject
{
public:
    void open(const QString& path, const RunRecord& run)
    {
        QString error;
        if (!m_store.open(path, &error)) {
            setProblem(error);
            return;
        }
        const qint64 id = m_store.beginRun(run, &error);
        if (id == 0)
            setProblem(error);
        std::lock_guard lock(m_mutex);
        m_id = id;
    }

    // Called on the logging thread: queues the line, and a write when none is queued yet. The
    // lines that arrive while the writer is busy go with the next write, in one transaction,
    // so a step that logs fast never waits and the store keeps up.
    void queue(const QString& line)
    {
        bool first = false;
        {
            std::lock_guard lock(m_queueMutex);
            first = m_queued.isEmpty();
            m_queued.append(line);
        }
        if (first)
            QMetaObject::invokeMethod(
                this, [this] { writeQueued(); }, Qt::QueuedConnection);
    }

    void writeQueued()
    {
        QStringList lines;
        {
            std::lock_guard lock(m_queueMutex);
            lines.swap(m_queued);
        }
        QString error;
        if (runId() != 0 && !m_store.appendLog(runId(), lines, &error))
            setProblem(error);
    }

    void setFacts(const RunRecord& facts)
    {
        QString error;
        if (runId() != 0 && !m_store.setRunFacts(runId(), facts, &error))
            setProblem(error);
    }

    void setMirror(const QString& mirror)
    {
        QString error;
        if (runId() != 0 && !m_store.setMirror(runId(), mirror, &error))
            setProblem(error);
    }

    void finish(const QString& outcome, const QJsonObject& details)
    {
        QString error;
        if (runId() == 0)
            return;
        if (!m_store.setDetails(
                runId(), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                &error) ||
            !m_store.finishRun(runId(), outcome, &error))
            setProblem(error);
    }

    qint64 runId() const
    {
        std::lock_guard lock(m_mutex);
        return m_id;
    }

    QString problem() const
    {
        std::lock_guard lock(m_mutex);
        return m_problem;
    }

private:
    void setProblem(const QString& problem)
    {
        std::lock_guard lock(m_mutex);
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    HistoryStore m_store;
    std::mutex m_queueMutex;
    QStringList m_queued;
    mutable std::mutex m_mutex;
    qint64 m_id = 0;
    QString m_problem;
};

RunRecorder::RunRecorder(const QString& storePath, const RunRecord& record, RunLog& log)
    : m_log(log), m_uuid(record.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                               : record.uuid),
      m_thread(std::make_unique<QThread>())
{
    RunRecord run = record;
    run.uuid = m_uuid;
    m_thread->setObjectName(QStringLiteral("migdesk-history"));
    m_writer = new Writer;
    m_writer->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, m_writer, &QObject::deleteLater);
    m_thread->start();
    Writer* writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, storePath, run] { writer->open(storePath, run); }, Qt::QueuedConnection);
    m_listener = m_log.addListener([writer](const QString& line) { writer->queue(line); });
}

RunRecorder::~RunRecorder()
{
    m_log.removeListener(m_listener);
    wait();
    m_thread->quit();
    m_thread->wait();
}

void RunRecorder::setFacts(const RunRecord& facts)
{
    Writer* writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, facts] { writer->setFacts(facts); }, Qt::QueuedConnection);
}

void RunRecorder::setMirror(const QString& mirror)
{
    Writer* writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, mirror] { writer->setMirror(mirror); }, Qt::QueuedConnection);
}

void RunRecorder::finish(const QString& outcome, const QJsonObject& details)
{
    Writer* writer = m_writer;
    // Redacted on the writer's thread: the details of a large run hold every statement.
    QMetaObject::invokeMethod(
        writer,
        [writer, outcome, details] { writer->finish(outcome, SecretRedactor::redact(details)); },
        Qt::QueuedConnection);
}

void RunRecorder::wait()
{
    // A blocking no-op call returns once everything queued before it has been written.
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

qint64 RunRecorder::runId() const
{
    return m_writer->runId();
}

QString RunRecorder::problem() const
{
    return m_writer->problem();
}

} // namespace migdesk::core
