// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/demoserver.h"

#include "cluster/demodatabase.h"
#include "cluster/throwawaycluster.h"

namespace migdesk::core {

// Lives on DemoServer's thread, where the cluster (and its QProcess) is created and destroyed.
class DemoServer::Host : public QObject
{
    Q_OBJECT
public:
    void start()
    {
        m_cluster = std::make_unique<ThrowawayCluster>(
            ThrowawayCluster::Options{QStringLiteral("demo"), true, {}});
        QString error;
        if (!m_cluster->start(&error) || !DemoDatabase::create(*m_cluster, &error)) {
            m_cluster.reset();
            emit failed(tr("The demo database could not be started: %1").arg(error));
            return;
        }
        emit ready(m_cluster->connInfo(DemoDatabase::databaseName()),
                   tr("The demo database listens on 127.0.0.1 port %1 with a password of its own: "
                      "PGPASSWORD=%2 psql 'host=127.0.0.1 port=%1 user=%3 dbname=%4'")
                       .arg(m_cluster->port())
                       .arg(m_cluster->password(), ThrowawayCluster::superuser(),
                            DemoDatabase::databaseName()));
    }
    ~Host() override = default;

signals:
    void ready(const migdesk::core::ConnInfo& connection, const QString& howToJoin);
    void failed(const QString& sentence);

private:
    std::unique_ptr<ThrowawayCluster> m_cluster;
};

DemoServer::DemoServer(QObject* parent) : QObject(parent), m_host(new Host)
{
    m_thread.setObjectName(QStringLiteral("migdesk-demo-server"));
    m_host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_host, &QObject::deleteLater);
    connect(m_host, &Host::ready, this, &DemoServer::ready);
    connect(m_host, &Host::failed, this, &DemoServer::failed);
    m_thread.start();
}

DemoServer::~DemoServer()
{
    m_thread.quit();
    m_thread.wait();
}

void DemoServer::start()
{
    QMetaObject::invokeMethod(m_host, &Host::start, Qt::QueuedConnection);
}

} // namespace migdesk::core

#include "demoserver.moc"
