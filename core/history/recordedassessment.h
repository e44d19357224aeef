// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "history/runrecord.h"
#include "risk/assessment.h"
#include "risk/assessmentbuilder.h"

#include <QCoreApplication>

namespace migdesk::core {

class PgConnection;

// An assessment that leaves a run of kind "assess" in the history, for the command and the
// migrations pane alike: the run is written as running when it starts (a crash leaves it
// interrupted), its log is the text report and its details are the findings
// (AssessmentReport::toJson). An assessment that could not be made is a failed run with the
// sentence saying why as its log. A history that cannot be written never fails the assessment.
// Without a measured sample, the rates are the traffic since the history's latest table-size
// sample of the database (the tables pane keeps one an hour), when there is one of the last
// week.
class RecordedAssessment
{
    Q_DECLARE_TR_FUNCTIONS(RecordedAssessment)
public:
    struct History
    {
        qint64 runId = 0; // 0 when the store could not be written
        QString uuid;
        QString problem; // empty, or the sentence saying why the run is not in the history
    };

    // run: profile, environment, server, database and OS user as the other runs key them; the
    // kind is set here. The store is written on RunRecorder's own thread, but this returns only
    // once it has been written: it blocks on the database and the disk, so call it where that is
    // fine (a command, a pane's session thread), never on the GUI thread.
    static Result<Assessment> build(PgConnection& connection, const AssessOptions& options,
                                    RunRecord run, const QString& storePath,
                                    History* history = nullptr);
};

} // namespace migdesk::core
