// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/demodatabase.h"

#include "cluster/throwawaycluster.h"
#include "common/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace migdesk::core {

namespace {

QString resourceText(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DemoDatabase::tr("The demo script %1 is missing from this build.").arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString DemoDatabase::djangoProject()
{
    const QStringList candidates{
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/migdesk/demo/prs"),
        QStringLiteral(MIGDESK_SOURCE_DIR "/resources/demo/prs"),
    };
    for (const QString& candidate : candidates)
        if (QFile::exists(candidate + QStringLiteral("/manage.py")))
            return QDir(candidate).canonicalPath();
    return {};
}

bool DemoDatabase::create(ThrowawayCluster& cluster, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    // CREATE DATABASE takes an identifier, not a bindable value; the name is our constant.
    if (!cluster.execute(QStringLiteral("CREATE DATABASE %1").arg(databaseName()), error))
        return false;
    for (const QString& script :
         {QStringLiteral(":/demo/schema.sql"), QStringLiteral(":/demo/data.sql")}) {
        const QString sql = resourceText(script, error);
        if (sql.isEmpty())
            return false;
        QString failure;
        if (!cluster.execute(sql, &failure, databaseName())) {
            *error = tr("Loading the demo database failed in %1: %2").arg(script, failure);
            return false;
        }
    }
    qCInfo(lcCluster) << "demo database loaded in" << timer.elapsed() << "ms";
    return true;
}

} // namespace migdesk::core
