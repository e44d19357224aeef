// SPDX-License-Identifier: GPL-3.0-or-later
#include "pane.h"

#include "common/units.h"

#include <QTimer>

namespace migdesk::ui {

Pane::Pane(QWidget* parent) : QWidget(parent), m_timer(new QTimer(this))
{
    connect(this, &Pane::refreshed, this, [this] { m_hadData = true; });
    connect(m_timer, &QTimer::timeout, this, [this] { refresh(); });
}

void Pane::setAutoRefresh(bool on)
{
    if (on == m_autoRefresh)
        return;
    m_autoRefresh = on;
    updateTimer();
    emit autoRefreshChanged(on);
}

void Pane::setRefreshInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    updateTimer();
}

int Pane::refreshIntervalMs() const
{
    return m_timer->interval();
}

void Pane::updateTimer()
{
    if (m_autoRefresh && m_session && m_timer->interval() > 0)
        m_timer->start();
    else
        m_timer->stop();
}

Pane::~Pane() = default;

void Pane::setTarget(const core::ConnectionTarget& target)
{
    m_target = target;
    m_session = std::make_unique<core::DatabaseSession>(
        target.info, core::SessionPolicy::inspection(), target.password);
    connect(m_session.get(), &core::DatabaseSession::stateChanged, this, &Pane::onSessionState);
    ++m_ticket;
    m_inFlight = false;
    m_hadData = false;
    m_session->open();
    targetChanged();
    refresh();
    updateTimer();
}

void Pane::clearTarget()
{
    m_session.reset();
    m_target = {};
    ++m_ticket;
    m_inFlight = false;
    m_hadData = false;
    updateTimer();
    targetChanged();
}

QString Pane::describe(core::SessionState state, const core::DbError& error, int retryInMs)
{
    switch (state) {
    case core::SessionState::Connecting:
        return tr("Connecting…");
    case core::SessionState::Reconnecting:
        return tr("Connection lost (%1). Reconnecting in %2…")
            .arg(error.message(), core::formatDuration(retryInMs / 1000.0));
    case core::SessionState::Failed:
        return error.sentence();
    case core::SessionState::Connected:
    case core::SessionState::Disconnected:
        break;
    }
    return {};
}

void Pane::onSessionState(core::SessionState state, const core::DbError& error, int retryInMs)
{
    const QString sentence = describe(state, error, retryInMs);
    if (state == core::SessionState::Reconnecting || state == core::SessionState::Failed) {
        m_inFlight = false;
        showError(sentence);
    }
    // After a reconnect, fresh figures at once rather than at the next tick.
    if (state == core::SessionState::Connected && m_hadData)
        refresh();
    emit sessionStateChanged(state, sentence);
}

} // namespace migdesk::ui
