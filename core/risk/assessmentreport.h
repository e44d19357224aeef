// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/assessment.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace migdesk::core {

// The assessment as `migdesk assess --json` prints it and as the pane exports it: JSON for
// tools, Markdown for a merge request or ticket, a self-contained HTML page for a change review.
class AssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentReport)
public:
    static QJsonObject toJson(const Assessment& assessment);
    static QString toMarkdown(const Assessment& assessment);
    static QString toHtml(const Assessment& assessment);
    static QString toText(const Assessment& assessment);
    // One line for the history's timeline: "10 pending, overall high, 41 points."
    static QString sentence(const Assessment& assessment);
};

} // namespace migdesk::core
