// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <mutex>

class QObject;

namespace migdesk::core {

// The way back from a worker thread to the main-thread object that queued the work, when that
// object may go first: a reply is posted only while the channel is open, and its owner closes
// it (under the same lock) before it goes. Shared by the owner and every job on its thread.
class ReplyChannel
{
public:
    explicit ReplyChannel(QObject* receiver) : m_receiver(receiver) {}
    Q_DISABLE_COPY_MOVE(ReplyChannel)

    bool isOpen() const;
    // Queues reply() on the receiver's thread, unless the channel is closed.
    void post(std::function<void()> reply) const;
    void close();

private:
    mutable std::mutex m_mutex;
    QObject* m_receiver;
};

} // namespace migdesk::core
