// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingsmodel.h"

#include "pendingmigrationsmodel.h"
#include "risk/lintreport.h"

#include <QBrush>

namespace migdesk::models {

FindingsModel::FindingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingsModel::setFindings(std::vector<core::Finding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

const core::Finding* FindingsModel::finding(int row) const
{
    return row >= 0 && row < rowCount() ? &m_findings[std::size_t(row)] : nullptr;
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Finding& f = m_findings[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Severity:
            return core::LintReport::severityName(f.severity);
        case Line:
            return f.line;
        case Rule:
            return f.rule;
        case Message:
            return f.message;
        case Fix:
            return f.fix;
        }
        break;
    case LineRole:
        return f.line;
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return QBrush(levelColor(
                f.severity == core::Finding::Severity::Error     ? QStringLiteral("high")
                : f.severity == core::Finding::Severity::Warning ? QStringLiteral("medium")
                                                                 : QString()));
        break;
    case Qt::ToolTipRole:
        return f.statement;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Line:
        return tr("Line");
    case Rule:
        return tr("Rule");
    case Message:
        return tr("What");
    case Fix:
        return tr("Safer alternative");
    }
    return {};
}

} // namespace migdesk::models
