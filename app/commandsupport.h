// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "connection/conninfo.h"
#include "connection/dberror.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace migdesk::core {
class PgConnection;
}

namespace migdesk::app {

// What every command shares: printing, the connection options and how a target is resolved.

void print(FILE* stream, const QString& text);
// "migdesk: <sentence>" on stderr.
void fail(const QString& sentence);
void printJson(const QJsonObject& json);

struct Target
{
    core::ConnInfo info;
    std::optional<QString> password;
    std::optional<core::ConnectionProfile> profile; // when --profile named one
};

// --profile NAME, --dsn URI-or-conninfo, or nothing: libpq's PG* variables and service file.
std::optional<Target> resolveTarget(const QCommandLineParser& parser, QString* error);
void addConnectionOptions(QCommandLineParser& parser);
// Adds the connection options and parses; on failure says why and returns the exit code.
std::optional<int> parseOptions(QCommandLineParser& parser, const QStringList& arguments,
                                const QString& command);
// Opens the command's read-only connection; on failure says why and returns the exit code.
// The resolved target goes to *resolved when asked for.
std::optional<int> connectTarget(const QCommandLineParser& parser, core::PgConnection& connection,
                                 Target* resolved = nullptr);
// Says the error and returns its exit code (3 for connection problems, else 1).
int failedStep(const core::DbError& error);

} // namespace migdesk::app
