// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemadiffmodel.h"

namespace migdesk::models {

namespace {

QString kindLabel(core::SchemaChange::Kind kind)
{
    switch (kind) {
    case core::SchemaChange::Kind::Added:
        return SchemaDiffModel::tr("added");
    case core::SchemaChange::Kind::Removed:
        return SchemaDiffModel::tr("removed");
    case core::SchemaChange::Kind::Changed:
        return SchemaDiffModel::tr("changed");
    }
    return {};
}

QString aspectLabel(const QString& aspect)
{
    if (aspect == QLatin1String("partition"))
        return SchemaDiffModel::tr("partition");
    if (aspect == QLatin1String("type"))
        return SchemaDiffModel::tr("type");
    if (aspect == QLatin1String("nullable"))
        return SchemaDiffModel::tr("nullable");
    if (aspect == QLatin1String("default"))
        return SchemaDiffModel::tr("default");
    if (aspect == QLatin1String("definition"))
        return SchemaDiffModel::tr("definition");
    if (aspect == QLatin1String("valid"))
        return SchemaDiffModel::tr("valid");
    if (aspect == QLatin1String("validated"))
        return SchemaDiffModel::tr("validated");
    return aspect;
}

} // namespace

SchemaDiffModel::SchemaDiffModel(QObject* parent) : QAbstractTableModel(parent) {}

void SchemaDiffModel::setChanges(std::vector<core::SchemaChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

const core::SchemaChange* SchemaDiffModel::change(int row) const
{
    return row >= 0 && row < rowCount() ? &m_changes[std::size_t(row)] : nullptr;
}

QString SchemaDiffModel::objectTypeLabel(const QString& objectType)
{
    if (objectType == QLatin1String("table"))
        return tr("table");
    if (objectType == QLatin1String("column"))
        return tr("column");
    if (objectType == QLatin1String("index"))
        return tr("index");
    if (objectType == QLatin1String("constraint"))
        return tr("constraint");
    return objectType;
}

int SchemaDiffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SchemaDiffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemaDiffModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SchemaChange& c = m_changes[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Change:
            return c.aspect.isEmpty() ? kindLabel(c.kind)
                                      : tr("%1: %2").arg(kindLabel(c.kind), aspectLabel(c.aspect));
        case ObjectType:
            return objectTypeLabel(c.objectType);
        case Object:
            return c.object;
        case Before:
            return c.before;
        case After:
            return c.after;
        }
        break;
    case Qt::ToolTipRole:
        return c.sentence();
    case KindKeyRole:
        return core::SchemaChange::kindKey(c.kind);
    }
    return {};
}

QVariant SchemaDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change:
        return tr("Change");
    case ObjectType:
        return tr("Object");
    case Object:
        return tr("Name");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    }
    return {};
}

} // namespace migdesk::models
