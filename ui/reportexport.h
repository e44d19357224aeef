// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "history/schemachange.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <vector>

namespace migdesk::ui {

// Writes a run report (RunReport) to a file: HTML, Markdown, JSON, or a PDF printed from the
// HTML. Qt's rich-text engine does not draw SVG, so the PDF shows the step durations of a
// single run as a picture drawn here and leaves the other charts out (the HTML has them all).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    enum class Format { Html, Markdown, Json, Pdf };

    static bool write(const QString& path, Format format, const std::vector<core::RunRecord>& runs,
                      const std::vector<core::SchemaChange>& diff, QString* error);
    static QString suffix(Format format);      // "html", "md", "json", "pdf"
    static QString filterLabel(Format format); // "HTML (*.html)"
    // The step durations as horizontal bars, for the PDF.
    static QImage stepDurations(const core::RunRecord& run);
};

} // namespace migdesk::ui
