// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/replychannel.h"

#include <QMetaObject>
#include <QObject>

namespace migdesk::core {

bool ReplyChannel::isOpen() const
{
    std::lock_guard lock(m_mutex);
    return m_receiver != nullptr;
}

void ReplyChannel::post(std::function<void()> reply) const
{
    std::lock_guard lock(m_mutex);
    if (m_receiver)
        QMetaObject::invokeMethod(m_receiver, std::move(reply), Qt::QueuedConnection);
}

void ReplyChannel::close()
{
    std::lock_guard lock(m_mutex);
    m_receiver = nullptr;
}

} // namespace migdesk::core
