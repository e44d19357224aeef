// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/backupmetadata.h"

#include <QAbstractTableModel>

namespace migdesk::models {

// The files of a backup, one row each, as its metadata lists them: name, kind, size (MB/GB) and
// the SHA-256 computed while it was written.
class BackupFilesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Kind, Size, Sha256, ColumnCount };

    explicit BackupFilesModel(QObject* parent = nullptr);

    void setFiles(std::vector<core::BackupFile> files);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<core::BackupFile> m_files;
};

} // namespace migdesk::models
