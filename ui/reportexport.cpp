// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "common/units.h"
#include "exportfile.h"
#include "history/runreport.h"
#include "models/stepresultsmodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace migdesk::ui {

namespace {

const QString kStepImage = QStringLiteral("migdesk-step-durations.png");

QColor barColour(const QString& outcome)
{
    if (outcome == QLatin1String("failed"))
        return QColor(0xc6, 0x28, 0x28);
    if (outcome == QLatin1String("cancelled"))
        return QColor(0xb3, 0x6b, 0x00);
    return QColor(0x42, 0x6f, 0xb5);
}

bool writePdf(const QString& path, const std::vector<core::RunRecord>& runs,
              const std::vector<core::SchemaChange>& diff, QString* error)
{
    QString html = core::RunReport::html(runs, diff);
    static const QRegularExpression svg(QStringLiteral("<svg\\b.*?</svg>"),
                                        QRegularExpression::DotMatchesEverythingOption);
    QTextDocument document;
    if (runs.size() == 1 && !runs.front().steps.empty()) {
        // The single run's one chart is its step durations: drawn as a picture instead.
        document.addResource(QTextDocument::ImageResource, QUrl(kStepImage),
                             ReportExport::stepDurations(runs.front()));
        const QRegularExpressionMatch first = svg.match(html);
        if (first.hasMatch())
            html.replace(first.capturedStart(), first.capturedLength(),
                         QStringLiteral("<img src=\"%1\">").arg(kStepImage));
    }
    html.remove(svg);
    document.setHtml(html);
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(144);
    writer.setTitle(runs.size() == 1 ? ReportExport::tr("migdesk run %1").arg(runs.front().uuid)
                                     : ReportExport::tr("migdesk runs"));
    writer.setCreator(QStringLiteral("migdesk"));
    document.print(&writer);
    if (QFile::exists(path))
        return true;
    *error = ReportExport::tr("Cannot write %1.").arg(path);
    return false;
}

} // namespace

QString ReportExport::suffix(Format format)
{
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ReportExport::filterLabel(Format format)
{
    switch (format) {
    case Format::Html:
        return tr("HTML (*.html)");
    case Format::Markdown:
        return tr("Markdown (*.md)");
    case Format::Json:
        return tr("JSON (*.json)");
    case Format::Pdf:
        return tr("PDF (*.pdf)");
    }
    return {};
}

bool ReportExport::write(const QString& path, Format format,
                         const std::vector<core::RunRecord>& runs,
                         const std::vector<core::SchemaChange>& diff, QString* error)
{
    switch (format) {
    case Format::Html:
        return ExportFile::write(path, core::RunReport::html(runs, diff).toUtf8(), error);
    case Format::Markdown:
        return ExportFile::write(path, core::RunReport::markdown(runs, diff).toUtf8(), error);
    case Format::Json:
        return ExportFile::write(path, QJsonDocument(core::RunReport::json(runs, diff)).toJson(),
                                 error);
    case Format::Pdf:
        return writePdf(path, runs, diff, error);
    }
    return false;
}

QImage ReportExport::stepDurations(const core::RunRecord& run)
{
    constexpr int kWidth = 1200, kLabel = 220, kValue = 160, kRow = 40;
    QFont font;
    font.setPixelSize(22);
    const int height = int(run.steps.size()) * kRow + 8;
    QImage image(kWidth, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    double longest = 0;
    for (const core::RunStepRecord& s : run.steps)
        longest = std::max(longest, s.seconds);
    const int barMax = kWidth - kLabel - kValue;
    int y = 4;
    for (const core::RunStepRecord& s : run.steps) {
        const double width = longest > 0 ? std::max(2.0, s.seconds / longest * barMax) : 2.0;
        painter.setPen(QColor(0x22, 0x22, 0x22));
        painter.drawText(QRect(0, y, kLabel - 12, kRow), Qt::AlignRight | Qt::AlignVCenter,
                         models::StepResultsModel::stepLabel(s.step));
        painter.fillRect(QRectF(kLabel, y + 6, width, kRow - 12), barColour(s.outcome));
        painter.drawText(QRectF(kLabel + width + 10, y, kValue, kRow),
                         Qt::AlignLeft | Qt::AlignVCenter, core::formatDuration(s.seconds));
        y += kRow;
    }
    return image;
}

} // namespace migdesk::ui
