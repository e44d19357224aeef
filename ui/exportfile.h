// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QWidget;

namespace migdesk::ui {

// Saving a pane's export: a non-modal "save as" whose file suffix follows the chosen format,
// and an atomic write (QSaveFile) that reports why it failed.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    struct Format
    {
        QString label;  // "CSV (*.csv)"
        QString suffix; // "csv"
    };

    static void choose(QWidget* parent, const QString& title, const std::vector<Format>& formats,
                       const QString& suggestedName, std::function<void(const QString&)> chosen);
    static bool write(const QString& path, const QByteArray& contents, QString* error);
};

} // namespace migdesk::ui
