// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupfilesmodel.h"

#include "common/units.h"

namespace migdesk::models {

namespace {

QString kindLabel(const QString& role)
{
    if (role == QLatin1String("custom"))
        return BackupFilesModel::tr("archive (custom format)");
    if (role == QLatin1String("directory"))
        return BackupFilesModel::tr("directory-format file");
    if (role == QLatin1String("plain"))
        return BackupFilesModel::tr("plain SQL");
    return role;
}

} // namespace

BackupFilesModel::BackupFilesModel(QObject* parent) : QAbstractTableModel(parent) {}

void BackupFilesModel::setFiles(std::vector<core::BackupFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    endResetModel();
}

int BackupFilesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int BackupFilesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupFilesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::BackupFile& file = m_files[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case File:
            return file.name;
        case Kind:
            return kindLabel(file.role);
        case Size:
            return core::formatBytes(file.bytes);
        case Sha256:
            return file.sha256;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sha256 || index.column() == File)
            return index.column() == Sha256 ? file.sha256 : file.name;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant BackupFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Size:
        return tr("Size");
    case Sha256:
        return tr("SHA-256");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace migdesk::models
