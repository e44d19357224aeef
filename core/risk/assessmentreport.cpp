// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/assessmentreport.h"

#include "common/units.h"
#include "risk/lintreport.h"

#include <QJsonArray>

namespace migdesk::core {

namespace {

QJsonObject impactJson(const LockImpact& i)
{
    return QJsonObject{
        {QStringLiteral("relation"), i.lock.relation},
        {QStringLiteral("mode"), i.lock.mode},
        {QStringLiteral("rewrites"), i.lock.rewritesTable},
        {QStringLiteral("scans"), i.lock.scansTable},
        {QStringLiteral("table_bytes"), i.table.totalBytes},
        {QStringLiteral("estimated_rows"), i.table.estimatedRows},
        {QStringLiteral("lock_seconds"), i.lockSeconds},
        {QStringLiteral("lock_holders"), int(i.table.holders.size())},
        {QStringLiteral("oldest_holder_transaction_seconds"),
         i.table.oldestHolderTransactionSeconds},
        {QStringLiteral("queries_per_second"), i.table.queriesPerSecond},
        {QStringLiteral("writes_per_second"), i.table.writesPerSecond},
        {QStringLiteral("rate_source"), LiveImpact::rateSourceKey(i.table.rateSource)},
        {QStringLiteral("rate_window_seconds"), i.table.rateWindowSeconds},
        {QStringLiteral("level"), LiveImpact::levelKey(i.level)},
        {QStringLiteral("sentence"), i.sentence}};
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

// Markdown table cells: a pipe would end the cell, a newline the row.
QString cell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString levelColour(const QString& level)
{
    if (level == QLatin1String("high") || level == QLatin1String("red"))
        return QStringLiteral("#c62828");
    if (level == QLatin1String("medium") || level == QLatin1String("yellow"))
        return QStringLiteral("#b36b00");
    return QStringLiteral("#2e7d32");
}

} // namespace

QJsonObject AssessmentReport::toJson(const Assessment& a)
{
    QJsonArray pending;
    for (const AssessedMigration& m : a.pending) {
        QJsonArray findings;
        for (const Finding& f : m.findings)
            findings.append(LintReport::findingToJson(f));
        QJsonArray impacts;
        for (const LockImpact& i : m.impacts)
            impacts.append(impactJson(i));
        pending.append(QJsonObject{
            {QStringLiteral("app"), m.migration.app},
            {QStringLiteral("name"), m.migration.name},
            {QStringLiteral("file"), m.migration.file},
            {QStringLiteral("operations"), QJsonArray::fromStringList(m.operationNames())},
            {QStringLiteral("operation_safety"), QJsonArray::fromStringList(m.operationSafety)},
            {QStringLiteral("score"), m.score},
            {QStringLiteral("level"), m.level},
            {QStringLiteral("safety"), m.safety},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("impact"), impacts},
            {QStringLiteral("estimated_lock_seconds"), m.lockSeconds},
            {QStringLiteral("impact_level"), m.impactLevel},
            {QStringLiteral("combined_level"), m.combinedLevel},
            {QStringLiteral("reversible"), m.reversibility.reversible},
            {QStringLiteral("rollback"), m.reversibility.rollback},
            {QStringLiteral("phase"), MigrationCharacter::phaseKey(m.phase)},
            {QStringLiteral("phase_warning"), m.mixedPhaseWarning},
            {QStringLiteral("sql_from"), m.sqlOrigin},
        });
    }
    QJsonArray blockers;
    for (const Blocker& b : a.blockers)
        blockers.append(QJsonObject{{QStringLiteral("kind"), b.kind},
                                    {QStringLiteral("pid"), b.pid},
                                    {QStringLiteral("seconds"), b.seconds},
                                    {QStringLiteral("sentence"), b.sentence}});
    QJsonArray problems;
    for (const SourceProblem& p : a.problems)
        problems.append(QJsonObject{{QStringLiteral("file"), p.file},
                                    {QStringLiteral("line"), p.line},
                                    {QStringLiteral("message"), p.message}});
    // The zero-downtime rollout: the pending migrations grouped by the phase they belong in.
    QJsonObject phases;
    for (const AssessedMigration& m : a.pending) {
        const QString key = MigrationCharacter::phaseKey(m.phase);
        QJsonArray members = phases.value(key).toArray();
        members.append(m.migration.label());
        phases.insert(key, members);
    }
    QJsonObject json{
        {QStringLiteral("phases"), phases},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("database"), a.database},
        {QStringLiteral("server_version_num"), a.serverVersionNum},
        {QStringLiteral("applied_count"), a.appliedCount},
        {QStringLiteral("pending"), pending},
        {QStringLiteral("total_score"), a.totalScore},
        {QStringLiteral("overall"), a.overall},
        {QStringLiteral("time_estimate"), a.timeEstimateSeconds},
        {QStringLiteral("time_estimate_text"), a.timeEstimateText},
        {QStringLiteral("recommendations"), QJsonArray::fromStringList(a.recommendations)},
        {QStringLiteral("blockers"), blockers},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("sentence"), sentence(a)},
    };
    if (!a.djangoCrossCheck.isEmpty())
        json.insert(QStringLiteral("django_cross_check"), a.djangoCrossCheck);
    return json;
}

QString AssessmentReport::sentence(const Assessment& a)
{
    if (a.pending.empty())
        return tr("Nothing pending; %n applied.", nullptr, a.appliedCount);
    QString line = tr("%n pending, overall %1, %2 points", nullptr, int(a.pending.size()))
                       .arg(a.overall)
                       .arg(a.totalScore);
    if (!a.blockers.empty())
        line += tr("; %n blocker(s) on the server right now", nullptr, int(a.blockers.size()));
    return line + QLatin1Char('.');
}

QString AssessmentReport::toText(const Assessment& a)
{
    QString out = tr("%1: %2 pending, %3 applied. Overall risk %4 (score %5), estimated %6.\n")
                      .arg(a.source)
                      .arg(a.pending.size())
                      .arg(a.appliedCount)
                      .arg(a.overall.toUpper())
                      .arg(a.totalScore)
                      .arg(a.timeEstimateText);
    for (const AssessedMigration& m : a.pending) {
        out += QStringLiteral("\n%1.%2  [%3, score %4, %5] %6\n")
                   .arg(m.migration.app, m.migration.name, m.combinedLevel.toUpper())
                   .arg(m.score)
                   .arg(m.safety, m.operationNames().join(QStringLiteral(", ")));
        for (const Finding& f : m.findings)
            out += QStringLiteral("    %1 %2:%3 %4: %5\n")
                       .arg(LintReport::severityName(f.severity), f.file)
                       .arg(f.line)
                       .arg(f.rule, f.message);
        for (const LockImpact& i : m.impacts)
            if (i.table.found)
                out += QStringLiteral("    ") + i.sentence + QLatin1Char('\n');
        out += QStringLiteral("    ") + tr("rollback: %1").arg(m.reversibility.rollback) +
               QLatin1Char('\n');
        if (!m.mixedPhaseWarning.isEmpty())
            out += QStringLiteral("    ") + m.mixedPhaseWarning + QLatin1Char('\n');
    }
    if (!a.blockers.empty()) {
        out += QLatin1Char('\n') + tr("Blockers now:") + QLatin1Char('\n');
        for (const Blocker& b : a.blockers)
            out += QStringLiteral("  ") + b.sentence + QLatin1Char('\n');
    }
    if (!a.recommendations.isEmpty()) {
        out += QLatin1Char('\n') + tr("Recommendations:") + QLatin1Char('\n');
        for (const QString& r : a.recommendations)
            out += QStringLiteral("  - ") + r + QLatin1Char('\n');
    }
    for (const SourceProblem& p : a.problems)
        out += tr("problem: %1:%2: %3").arg(p.file).arg(p.line).arg(p.message) + QLatin1Char('\n');
    if (!a.djangoCrossCheck.isEmpty())
        out += tr("Django's own plan: %1").arg(a.djangoCrossCheck) + QLatin1Char('\n');
    return out;
}

QString AssessmentReport::toMarkdown(const Assessment& a)
{
    QString md = QStringLiteral("# ") + tr("Migration assessment: %1").arg(a.source) +
                 QStringLiteral("\n\n");
    md += tr("**Overall risk: %1** (runbook score %2), %3 pending, estimated %4.")
              .arg(a.overall.toUpper())
              .arg(a.totalScore)
              .arg(a.pending.size())
              .arg(a.timeEstimateText) +
          QStringLiteral("\n\n");
    md += QStringLiteral(
              "| # | %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n|---|---|---|---|---|---|---|---|\n")
              .arg(tr("migration"), tr("operations"), tr("score"), tr("level"), tr("safety"),
                   tr("lock time"), tr("rollback"));
    int n = 0;
    for (const AssessedMigration& m : a.pending)
        md +=
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                .arg(++n)
                .arg(cell(m.migration.label()), cell(m.operationNames().join(QStringLiteral(", "))))
                .arg(m.score)
                .arg(m.combinedLevel, m.safety, formatDuration(m.lockSeconds),
                     cell(m.reversibility.rollback));
    for (const AssessedMigration& m : a.pending) {
        if (m.findings.empty() && m.impacts.empty() && m.mixedPhaseWarning.isEmpty())
            continue;
        md += QStringLiteral("\n## %1.%2\n\n").arg(m.migration.app, m.migration.name);
        for (const LockImpact& i : m.impacts)
            if (i.table.found)
                md += QStringLiteral("- ") + i.sentence + QLatin1Char('\n');
        for (const Finding& f : m.findings)
            md += QStringLiteral("- **%1** `%2` line %3: %4 *%5*\n")
                      .arg(LintReport::severityName(f.severity), f.rule)
                      .arg(f.line)
                      .arg(f.message, f.fix);
        if (!m.mixedPhaseWarning.isEmpty())
            md += QStringLiteral("- ") + m.mixedPhaseWarning + QLatin1Char('\n');
    }
    md += QStringLiteral("\n## ") + tr("Zero-downtime rollout") + QStringLiteral("\n\n");
    for (const auto phase :
         {MigrationCharacter::Phase::Additive, MigrationCharacter::Phase::SchemaChange,
          MigrationCharacter::Phase::Data, MigrationCharacter::Phase::Destructive}) {
        QStringList members;
        for (const AssessedMigration& m : a.pending)
            if (m.phase == phase)
                members << m.migration.label();
        if (!members.isEmpty())
            md +=
                QStringLiteral("- %1: %2\n")
                    .arg(MigrationCharacter::phaseLabel(phase), members.join(QStringLiteral(", ")));
    }
    if (!a.blockers.empty()) {
        md += QStringLiteral("\n## ") + tr("Blockers now") + QStringLiteral("\n\n");
        for (const Blocker& b : a.blockers)
            md += QStringLiteral("- ") + b.sentence + QLatin1Char('\n');
    }
    if (!a.recommendations.isEmpty()) {
        md += QStringLiteral("\n## ") + tr("Recommendations") + QStringLiteral("\n\n");
        for (const QString& r : a.recommendations)
            md += QStringLiteral("- ") + r + QLatin1Char('\n');
    }
    return md;
}

QString AssessmentReport::toHtml(const Assessment& a)
{
    QString rows;
    int n = 0;
    for (const AssessedMigration& m : a.pending) {
        QString details;
        for (const LockImpact& i : m.impacts)
            if (i.table.found)
                details += QStringLiteral("<li>%1</li>").arg(escaped(i.sentence));
        for (const Finding& f : m.findings)
            details += QStringLiteral("<li><b>%1</b> <code>%2</code> line %3: %4 <i>%5</i></li>")
                           .arg(LintReport::severityName(f.severity), escaped(f.rule))
                           .arg(f.line)
                           .arg(escaped(f.message), escaped(f.fix));
        if (!m.mixedPhaseWarning.isEmpty())
            details += QStringLiteral("<li>%1</li>").arg(escaped(m.mixedPhaseWarning));
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>"
                               "<td style=\"color:%5\"><b>%6</b></td><td style=\"color:%7\">%8</td>"
                               "<td>%9</td></tr>")
                    .arg(++n)
                    .arg(escaped(m.migration.label()),
                         escaped(m.operationNames().join(QStringLiteral(", "))))
                    .arg(m.score)
                    .arg(levelColour(m.combinedLevel), m.combinedLevel, levelColour(m.safety),
                         m.safety, escaped(m.reversibility.rollback));
        if (!details.isEmpty())
            rows +=
                QStringLiteral("<tr><td></td><td colspan=\"6\"><ul>%1</ul></td></tr>").arg(details);
    }
    QString extra;
    if (!a.blockers.empty()) {
        extra += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Blockers now"));
        for (const Blocker& b : a.blockers)
            extra += QStringLiteral("<li>%1</li>").arg(escaped(b.sentence));
        extra += QStringLiteral("</ul>");
    }
    if (!a.recommendations.isEmpty()) {
        extra += QStringLiteral("<h2>%1</h2><ul>").arg(tr("Recommendations"));
        for (const QString& r : a.recommendations)
            extra += QStringLiteral("<li>%1</li>").arg(escaped(r));
        extra += QStringLiteral("</ul>");
    }
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
               "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
               "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
               "th{background:#f0f0f0}</style></head><body><h1>%1</h1><p>%2</p><table><tr>"
               "<th>#</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>"
               "%9</table>%10</body></html>")
        .arg(escaped(tr("Migration assessment: %1").arg(a.source)),
             tr("Overall risk <b style=\"color:%1\">%2</b> (runbook score %3), %4 pending, "
                "estimated %5.")
                 .arg(levelColour(a.overall), a.overall.toUpper())
                 .arg(a.totalScore)
                 .arg(a.pending.size())
                 .arg(a.timeEstimateText),
             tr("migration"), tr("operations"), tr("score"), tr("level"), tr("safety"),
             tr("rollback"), rows, extra);
}

} // namespace migdesk::core
