// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVersionNumber>

namespace migdesk::core {

// Finds pg_dump, pg_restore and psql and checks that they can handle the server: a client
// older than the server refuses to dump it ("aborting because of server version mismatch"),
// which at 3 a.m. should be found by the preflight, not by the backup.
class PgTools
{
    Q_DECLARE_TR_FUNCTIONS(PgTools)
public:
    struct Tool
    {
        QString name; // "pg_dump"
        QString path; // empty when not found
        QVersionNumber version;
        QString problem; // one sentence when missing, unusable or too old; else empty
        bool usable() const { return problem.isEmpty(); }
    };

    // binDir: where the user said the client programs are (a setting, --pg-bin); empty means
    // the newest /usr/lib/postgresql/<major>/bin that has the program, then PATH.
    explicit PgTools(QString binDir = {});

    // serverVersionNum: the server's server_version_num (150008), 0 to skip the version check.
    Tool find(const QString& name, int serverVersionNum) const;

    QString binDir() const { return m_binDir; }

private:
    QString m_binDir;
};

} // namespace migdesk::core
