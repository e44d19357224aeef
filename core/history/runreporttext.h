// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "history/schemachange.h"

#include <QDateTime>
#include <QStringList>

#include <utility>
#include <vector>

// What every format of a run report (RunReport's HTML, Markdown and JSON writers) says the same
// way: the facts of a run, its table sizes, titles and times. Internal to the report writers;
// the strings stay in RunReport's translation context.
namespace migdesk::core::reporttext {

// The tables a schema-changing run saw before and after it, largest first, at most 20 rows of
// table, before, after and change; *more is how many smaller ones are left out.
std::vector<QStringList> tableSizeRows(const RunRecord& run, int* more);
QStringList tableSizeHeaders();
QString utcText(const QDateTime& time);              // "2026-11-25 03:15:00 UTC", "" when invalid
QString migrationLabel(const RunMigrationRecord& m); // "app.name" or the SQL version
QString whoOf(const RunRecord& run);                 // "user@host"
QString titleOf(const RunRecord& run);
QString rangeTitle(const std::vector<RunRecord>& runs); // oldest first, not empty
std::vector<RunRecord> oldestFirst(std::vector<RunRecord> runs);
// The facts table of a run: label and plain-text value, the same rows in every format.
std::vector<std::pair<QString, QString>> factsOf(const RunRecord& run);
// The diff the caller gives for a single run, else the one the run carries itself.
const std::vector<SchemaChange>& changesOf(const RunRecord& run,
                                           const std::vector<SchemaChange>& given);

} // namespace migdesk::core::reporttext
