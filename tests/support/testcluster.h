// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/throwawaycluster.h"

#include <QTest>

#include <memory>

namespace migdesk::tests {

// The one throwaway PostgreSQL of a test binary: started in initTestCase(), gone with the
// process. It also listens on 127.0.0.1 so that TCP-only behaviour (SSL) can be tested. A test
// binary that cannot start it fails; it is never skipped.
class TestCluster
{
public:
    static core::ThrowawayCluster& start()
    {
        if (!instance()) {
            instance() = std::make_unique<core::ThrowawayCluster>(core::ThrowawayCluster::Options{
                QCoreApplication::applicationName().isEmpty() ? QStringLiteral("test")
                                                              : QCoreApplication::applicationName(),
                true,
                {}});
            QString error;
            if (!instance()->start(&error))
                qFatal("cannot start the test cluster: %s", qPrintable(error));
        }
        return *instance();
    }
    static void stop() { instance().reset(); }

    static void exec(const QString& sql, const QString& database = {})
    {
        QString error;
        if (!start().execute(sql, &error, database))
            qFatal("test setup SQL failed: %s\n%s", qPrintable(error), qPrintable(sql));
    }

private:
    static std::unique_ptr<core::ThrowawayCluster>& instance()
    {
        static std::unique_ptr<core::ThrowawayCluster> cluster;
        return cluster;
    }
};

} // namespace migdesk::tests
