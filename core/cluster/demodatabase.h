// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace migdesk::core {

class ThrowawayCluster;

// The Payment Receiving System demo database (resources/demo): schema, about a million rows of
// generated data, and the django_migrations rows of the migrations already applied.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
public:
    static QString databaseName() { return QStringLiteral("prs"); }
    // Creates and fills the database on the cluster; blocks for a few seconds.
    static bool create(ThrowawayCluster& cluster, QString* error);
    // The demo's Django project on disk (installed under share/migdesk/demo, or in the source
    // tree of a development build); empty when neither is there.
    static QString djangoProject();
};

} // namespace migdesk::core
