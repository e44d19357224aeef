// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/stepcontext.h"
#include "runbook/stepresult.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace migdesk::core {

// Copies a finished backup somewhere else with a command the user configured, e.g.
// {"aws", "s3", "cp", "{file}", "s3://prs-database-backups/{name}"}. The command is an argument
// list (the first element is the program) run without a shell, so file names need no quoting
// and nothing in them is interpreted. Placeholders, replaced inside any argument:
//   {file}     absolute path of the main file (the custom file, or the dump directory)
//   {metadata} absolute path of the <stem>.json
//   {sha256}   SHA-256 of the custom file (of toc.dat for a directory-format dump)
//   {name}     file name of the main file
//   {dir}      absolute path of the folder the backup is in
// Uploads can take long: there is no timeout, a cancel stops the program.
class UploadCommand
{
    Q_DECLARE_TR_FUNCTIONS(UploadCommand)
public:
    // On success the metadata's uploadedTo records the command as run, its secrets masked
    // (SecretRedactor). Reports an UploadReport (the template, secrets masked, and the exit
    // code); the log shows the template too.
    static StepResult run(const QStringList& commandTemplate, const QString& metadataPath,
                          const StepContext& ctx);

    // The template with every placeholder replaced.
    static QStringList substitute(const QStringList& commandTemplate, const QString& file,
                                  const QString& metadata, const QString& sha256);
};

} // namespace migdesk::core
