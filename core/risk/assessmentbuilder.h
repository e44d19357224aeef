// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "connection/conninfo.h"
#include "risk/assessment.h"
#include "risk/liveimpact.h"

#include <QCoreApplication>

#include <optional>

namespace migdesk::core {

class PgConnection;

// Where the migrations come from and how to weigh them.
struct AssessOptions
{
    QString djangoProject; // a Django project folder, read statically
    QString sqlFolder;     // or a folder of V<version>__<description>.sql files
    QString managePy;      // optional: the project's manage.py, for sqlmigrate and a cross-check
    QString python = QStringLiteral("/usr/bin/python3");
    ConnInfo target; // passed to manage.py as PG* variables
    std::optional<QString> password;
    LiveImpact::Throughput throughput;
    // 0: no wait, each table's query and write rates are the traffic since a sample in
    // storedCounters, else its averages since the statistics were reset (labelled so in the
    // sentences and the report). More: the rates are measured between two samples that many
    // seconds apart, and the assessment waits for them.
    double rateSampleSeconds = 0;
    std::vector<StoredCounters> storedCounters; // the history's latest sample (RecordedAssessment)
};

// Builds the Assessment: reads the source, the applied state and the live database, scores and
// lints each pending migration and weighs its locks. Blocking; run it on a worker thread.
class AssessmentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentBuilder)
public:
    static Result<Assessment> build(PgConnection& connection, const AssessOptions& options);
    // The assessment again with each locked table's query and write rates measured between two
    // samples `seconds` apart (and the live impact weighed anew with them), for a window that
    // showed the instant estimate first. Blocking for `seconds`; run it on a worker thread.
    static Result<Assessment> measureRates(PgConnection& connection, Assessment assessment,
                                           double seconds,
                                           const LiveImpact::Throughput& throughput);
};

} // namespace migdesk::core
