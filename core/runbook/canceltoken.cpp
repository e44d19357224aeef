// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/canceltoken.h"

namespace migdesk::core {

void CancelToken::cancel()
{
    m_cancelled.store(true);
    std::lock_guard lock(m_mutex);
    for (auto& [id, action] : m_actions)
        action();
}

int CancelToken::addAction(std::function<void()> action)
{
    std::lock_guard lock(m_mutex);
    if (m_cancelled.load())
        action();
    const int id = m_nextId++;
    m_actions.emplace(id, std::move(action));
    return id;
}

void CancelToken::removeAction(int id)
{
    std::lock_guard lock(m_mutex);
    m_actions.erase(id);
}

} // namespace migdesk::core
