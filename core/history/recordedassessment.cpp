// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/recordedassessment.h"

#include "history/runrecorder.h"
#include "risk/assessmentreport.h"
#include "runbook/runlog.h"

namespace migdesk::core {

Result<Assessment> RecordedAssessment::build(PgConnection& connection,
                                             const AssessOptions& options, RunRecord run,
                                             const QString& storePath, History* history)
{
    run.kind = QStringLiteral("assess");
    RunLog log; // no file: the history keeps the report
    Result<Assessment> assessment = DbError{};
    {
        RunRecorder recorder(storePath, run, log);
        const QString source = options.sqlFolder.isEmpty() ? options.djangoProject
                                                           : options.sqlFolder;
        log.write(tr("Assessing %1 against %2.").arg(source, run.database));
        assessment = AssessmentBuilder::build(connection, options);
        if (assessment) {
            log.write(AssessmentReport::toText(*assessment));
            recorder.finish(QStringLiteral("succeeded"), AssessmentReport::toJson(*assessment));
        } else {
            const QString sentence = assessment.error().sentence();
            log.write(sentence);
            recorder.finish(QStringLiteral("failed"),
                            QJsonObject{{QStringLiteral("error"), sentence},
                                        {QStringLiteral("sentence"), sentence}});
        }
        recorder.wait();
        if (history)
            *history = {recorder.runId(), recorder.uuid(), recorder.problem()};
    } // the recorder's destructor stops its thread once everything is written
    return assessment;
}

} // namespace migdesk::core
