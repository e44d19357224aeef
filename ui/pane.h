// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectiontarget.h"
#include "connection/databasesession.h"

#include <QWidget>

class QTimer;

#include <functional>
#include <memory>

namespace migdesk::ui {

// A tab of the console that inspects the connected database over its own read-only session.
// Owns the session and the refresh bookkeeping: at most one refresh in flight, and a ticket per
// refresh so that a reply for an earlier target or an earlier refresh is dropped.
class Pane : public QWidget
{
    Q_OBJECT
public:
    explicit Pane(QWidget* parent = nullptr);
    ~Pane() override;

    void setTarget(const core::ConnectionTarget& target);
    void clearTarget();
    bool hasTarget() const { return m_session != nullptr; }
    const core::ConnectionTarget& target() const { return m_target; }

    virtual void refresh() = 0;

    // Periodic refresh while a target is set: every refreshIntervalMs() when on; a pane with
    // an interval of 0 refreshes on demand only.
    void setAutoRefresh(bool on);
    bool autoRefresh() const { return m_autoRefresh; }
    void setRefreshInterval(int milliseconds);
    int refreshIntervalMs() const;

    // The sentence for a session state, or empty when there is nothing to say.
    static QString describe(core::SessionState state, const core::DbError& error, int retryInMs);

signals:
    void sessionStateChanged(migdesk::core::SessionState state, const QString& sentence);
    void refreshed();
    void autoRefreshChanged(bool on);

protected:
    // Runs job on the pane's session; onValue gets the result on the GUI thread unless a newer
    // request or target superseded it. Failures go to showError(). Returns false (and does
    // nothing) while an earlier request is still running.
    template <class T>
    bool request(std::function<core::Result<T>(core::PgConnection&)> job,
                 std::function<void(const T&)> onValue)
    {
        if (!m_session || m_inFlight)
            return false;
        m_inFlight = true;
        const quint64 ticket = ++m_ticket;
        m_session->run<T>(this, std::move(job),
                          [this, ticket, onValue = std::move(onValue)](const core::Result<T>& r) {
                              if (ticket != m_ticket)
                                  return;
                              m_inFlight = false;
                              if (r)
                                  onValue(*r);
                              else if (r.error().kind() != core::DbError::Kind::NotConnected)
                                  showError(r.error().sentence()); // else the state said why
                          });
        return true;
    }

    virtual void targetChanged() = 0; // the session is new (or gone): reset the pane's contents
    virtual void showError(const QString& sentence) = 0;
    core::DatabaseSession* session() const { return m_session.get(); }

private:
    void onSessionState(core::SessionState state, const core::DbError& error, int retryInMs);
    void updateTimer();

    QTimer* m_timer;
    bool m_autoRefresh = true;
    core::ConnectionTarget m_target;
    std::unique_ptr<core::DatabaseSession> m_session;
    quint64 m_ticket = 0;
    bool m_inFlight = false;
    bool m_hadData = false;
};

} // namespace migdesk::ui
