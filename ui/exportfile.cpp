// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfile.h"

#include <QFileDialog>
#include <QSaveFile>

namespace migdesk::ui {

void ExportFile::choose(QWidget* parent, const QString& title, const std::vector<Format>& formats,
                        const QString& suggestedName, std::function<void(const QString&)> chosen)
{
    auto* dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters;
    for (const Format& f : formats)
        filters << f.label;
    dialog->setNameFilters(filters);
    if (!formats.empty())
        dialog->setDefaultSuffix(formats.front().suffix);
    if (!suggestedName.isEmpty())
        dialog->selectFile(suggestedName);
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog,
                     [dialog, formats](const QString& label) {
                         for (const Format& f : formats)
                             if (f.label == label)
                                 dialog->setDefaultSuffix(f.suffix);
                     });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(chosen));
    dialog->open();
}

bool ExportFile::write(const QString& path, const QByteArray& contents, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace migdesk::ui
