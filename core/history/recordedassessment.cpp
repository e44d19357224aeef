// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/recordedassessment.h"

#include "history/historystore.h"
#include "history/runrecorder.h"
#include "risk/assessmentreport.h"
#include "runbook/runlog.h"

namespace migdesk::core {

namespace {

// A stored sample older than this rates weeks-old traffic; the average since the statistics
// were reset says as much.
constexpr qint64 kOldestStoredSampleSeconds = 7 * 24 * 3600;

// The history's latest table-size sample of the database with counters, for rates without a
// wait; none when the store cannot be read (the assessment goes on without).
std::vector<StoredCounters> storedCounters(const QString& storePath, const RunRecord& run)
{
    HistoryStore store;
    QString error;
    if (!store.open(storePath, &error))
        return {};
    std::vector<StoredCounters> counters;
    const QDateTime notBefore =
        QDateTime::currentDateTimeUtc().addSecs(-kOldestStoredSampleSeconds);
    for (const HistoryStore::TableSizeSample& s :
         store.latestCounters(run.server, run.database, notBefore)) {
        counters.push_back({s.schema + QLatin1Char('.') + s.table, s.writesTotal.value_or(0),
                            s.readsTotal.value_or(0), s.countersAtEpoch});
    }
    return counters;
}

} // namespace

Result<Assessment> RecordedAssessment::build(PgConnection& connection, const AssessOptions& given,
                                             RunRecord run, const QString& storePath,
                                             History* history)
{
    AssessOptions options = given;
    if (options.rateSampleSeconds <= 0 && options.storedCounters.empty())
        options.storedCounters = storedCounters(storePath, run);
    run.kind = QStringLiteral("assess");
    RunLog log; // no file: the history keeps the report
    Result<Assessment> assessment = DbError{};
    {
        RunRecorder recorder(storePath, run, log);
        const QString source =
            options.sqlFolder.isEmpty() ? options.djangoProject : options.sqlFolder;
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
