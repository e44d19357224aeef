// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <map>
#include <mutex>

namespace migdesk::core {

// How a running step learns that the user pressed Cancel. A step that waits on a process polls
// isCancelled() between reads; a step that waits on libpq registers an action (typically
// CancelHandle::cancel, which sends PQcancel) that cancel() runs. cancel() may block on the
// network through those actions: call it from a pool thread, not the GUI thread.
class CancelToken
{
public:
    CancelToken() = default;
    Q_DISABLE_COPY_MOVE(CancelToken)

    void cancel();
    bool isCancelled() const { return m_cancelled.load(); }

    // Runs action on cancel(); at once if already cancelled. Remove it (with the returned id)
    // before whatever it refers to goes away; ActionScope does that.
    int addAction(std::function<void()> action);
    void removeAction(int id);

    // Registers an action for the lifetime of a scope.
    class ActionScope
    {
    public:
        ActionScope(CancelToken& token, std::function<void()> action)
            : m_token(token), m_id(token.addAction(std::move(action)))
        {
        }
        ~ActionScope() { m_token.removeAction(m_id); }
        Q_DISABLE_COPY_MOVE(ActionScope)

    private:
        CancelToken& m_token;
        int m_id;
    };

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    int m_nextId = 0;
    std::map<int, std::function<void()>> m_actions;
};

} // namespace migdesk::core
