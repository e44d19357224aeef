// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/steprunner.h"

#include "common/backgroundtask.h"

#include <QElapsedTimer>

namespace migdesk::core {

StepRunner::StepRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<StepProgress>();
    qRegisterMetaType<StepResult>();
}

StepRunner::~StepRunner()
{
    if (m_thread) {
        if (m_cancel)
            m_cancel->cancel();
        m_thread->wait();
    }
    if (m_log)
        m_log->removeListener(m_listener);
}

bool StepRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void StepRunner::start(RunLog& log, Job job)
{
    Q_ASSERT(!isRunning());
    if (m_thread)
        m_thread->wait();
    if (m_log)
        m_log->removeListener(m_listener);
    m_log = &log;
    m_cancel = std::make_shared<CancelToken>();
    m_listener = log.addListener([this](const QString& line) { emit logLine(line); });
    auto cancel = m_cancel;
    m_thread.reset(QThread::create([this, &log, cancel, job = std::move(job)] {
        QElapsedTimer clock;
        clock.start();
        const StepContext context{log, *cancel,
                                  [this](const StepProgress& p) { emit progress(p); }};
        StepResult result = job(context);
        result.redactSecrets();
        if (result.seconds <= 0)
            result.seconds = double(clock.elapsed()) / 1000.0;
        emit finished(result);
    }));
    m_thread->start();
}

void StepRunner::cancel()
{
    if (!isRunning() || !m_cancel)
        return;
    auto token = m_cancel;
    cancelPool().start([token] { token->cancel(); });
}

} // namespace migdesk::core
