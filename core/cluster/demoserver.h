// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/conninfo.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace migdesk::core {

class ThrowawayCluster;

// Runs `migdesk --demo`'s database: a ThrowawayCluster with the demo database, started, used and
// stopped on a thread of its own so that the GUI never waits for initdb or the data load.
// ready() or failed() arrives once after start(); ready() also says how psql can join it over
// TCP (host, port and the server's random password).
class DemoServer : public QObject
{
    Q_OBJECT
public:
    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override; // stops the server and removes its files
    Q_DISABLE_COPY_MOVE(DemoServer)

    void start();

signals:
    void ready(const migdesk::core::ConnInfo& connection, const QString& howToJoin);
    void failed(const QString& sentence);

private:
    class Host;
    QThread m_thread;
    Host* m_host;
};

} // namespace migdesk::core
