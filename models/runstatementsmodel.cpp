// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatementsmodel.h"

#include "common/units.h"
#include "runmigrationsmodel.h"
#include "stepresultsmodel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace migdesk::models {

namespace {

// The statement's first line (comments skipped, as reports show it), marked when the text
// holds more: the table shows one line per statement, the tooltip all of it.
QString oneLine(const core::StatementTiming& statement)
{
    const QString first = statement.firstLine();
    return first == statement.sql.trimmed() ? first : first + QStringLiteral(" …");
}

} // namespace

RunStatementsModel::RunStatementsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunStatementsModel::setMigration(const core::RunMigrationRecord& migration)
{
    setRows(migration.statements, RunMigrationsModel::nameOf(migration), migration.error);
}

void RunStatementsModel::clear()
{
    setRows({}, {}, {});
}

void RunStatementsModel::setRows(std::vector<core::StatementTiming> statements,
                                 const QString& owner, const QString& error)
{
    beginResetModel();
    m_statements = std::move(statements);
    m_owner = owner;
    m_error = error;
    m_total = 0;
    m_firstNumbers.clear();
    int next = 1;
    for (const core::StatementTiming& s : m_statements) {
        m_firstNumbers.push_back(next);
        next += std::max(1, s.count);
        m_total += std::max(0.0, s.seconds);
    }
    endResetModel();
}

const core::StatementTiming* RunStatementsModel::statement(int row) const
{
    return row >= 0 && row < rowCount() ? &m_statements[std::size_t(row)] : nullptr;
}

int RunStatementsModel::statementCount() const
{
    int count = 0;
    for (const core::StatementTiming& s : m_statements)
        count += std::max(1, s.count);
    return count;
}

double RunStatementsModel::totalSeconds() const
{
    return m_total;
}

bool RunStatementsModel::hasLines() const
{
    return std::any_of(m_statements.begin(), m_statements.end(),
                       [](const core::StatementTiming& s) { return s.line > 0; });
}

bool RunStatementsModel::spansMigrations() const
{
    return std::any_of(m_statements.begin(), m_statements.end(),
                       [this](const core::StatementTiming& s) {
                           return !s.migration.isEmpty() && s.migration != m_owner;
                       });
}

int RunStatementsModel::failedRow() const
{
    const auto failed = std::find_if(m_statements.begin(), m_statements.end(),
                                     [](const core::StatementTiming& s) { return s.failed; });
    return failed == m_statements.end() ? -1 : int(failed - m_statements.begin());
}

QString RunStatementsModel::shareText(double share)
{
    if (share <= 0)
        return {};
    if (share < 0.001)
        return tr("<0.1%");
    return tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 1));
}

int RunStatementsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int RunStatementsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunStatementsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::size_t row = std::size_t(index.row());
    const core::StatementTiming& s = m_statements[row];
    const int first = m_firstNumbers[row];
    const double share = m_total > 0 ? std::max(0.0, s.seconds) / m_total : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            if (s.summed && s.count > 1)
                return tr("%1–%2").arg(first).arg(first + s.count - 1);
            return QString::number(first);
        case Migration:
            return s.migration;
        case Line:
            return s.line > 0 ? QString::number(s.line) : QString();
        case Statement:
            if (s.summed)
                return tr("%Ln more statement(s)", nullptr, s.count);
            return oneLine(s);
        case Duration:
            if (s.failed)
                return tr("failed after %1").arg(core::formatDuration(s.seconds));
            return core::formatDuration(s.seconds);
        case Share:
            return shareText(share);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Statement) {
            if (s.summed)
                return tr("A migration lists its first %Ln statements one by one; the time of "
                          "the others is summed here.",
                          nullptr, core::StatementTiming::kListedPerMigration);
            return s.sql;
        }
        if (index.column() == Duration && s.failed && !m_error.isEmpty())
            return m_error;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Line || index.column() == Duration ||
            index.column() == Share)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // The outcome lives in the Duration cell ("failed after 5.0 s"): only it turns red.
        if (index.column() == Duration && s.failed)
            return QBrush(outcomeColor(core::StepResult::Outcome::Failed));
        break;
    case Qt::FontRole:
        if (index.column() == Statement && s.summed) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Number:
            return first;
        case Migration:
            return s.migration;
        case Line:
            return s.line;
        case Statement:
            return s.summed ? QString() : s.sql;
        case Duration:
            return s.seconds;
        case Share:
            return share;
        }
        break;
    case ShareRole:
        return share;
    case FailedRole:
        return s.failed;
    case SqlRole:
        return s.summed ? QString() : s.sql;
    }
    return {};
}

QVariant RunStatementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Number:
            return tr("#");
        case Migration:
            return tr("Migration");
        case Line:
            return tr("Line");
        case Statement:
            return tr("Statement");
        case Duration:
            return tr("Duration");
        case Share:
            return tr("Share");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Number:
            return tr("The order in which the statements ran");
        case Migration:
            return tr("The migration the statement belongs to, when one step unapplied several");
        case Line:
            return tr("The statement's first line in its script");
        case Share:
            return tr("The statement's share of the time all statements of this migration "
                      "took");
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (section == Number || section == Line || section == Duration || section == Share)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace migdesk::models
