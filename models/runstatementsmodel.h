// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/runrecord.h"
#include "migrations/statementtiming.h"

#include <QAbstractTableModel>

#include <vector>

namespace migdesk::models {

// The statements of one recorded migration, in the order they ran, with their time and their
// share of the time all of them took, so that the statement that held the table stands out.
// A summed row stands for the statements beyond those listed one by one. DisplayRole shows
// human units; SortRole gives raw values (execution position, seconds, share) for a
// QSortFilterProxyModel.
class RunStatementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Migration, Line, Statement, Duration, Share, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        ShareRole,  // double, 0..1 of the statements' total time; any column
        FailedRole, // bool, the statement the migration failed on; any column
        SqlRole,    // the statement's full text as kept; empty for a summed row
    };

    explicit RunStatementsModel(QObject* parent = nullptr);

    // Shows `migration`'s statements; its name tells them apart from those a Django step
    // unapplied on the way (see spansMigrations()), its error explains the failed one.
    void setMigration(const core::RunMigrationRecord& migration);
    void clear();

    const core::StatementTiming* statement(int row) const;
    int statementCount() const; // statements that ran, a summed row counting as many as it sums
    double totalSeconds() const;
    bool hasLines() const; // some statement has a script line (SQL folders)
    // Some statement belongs to another migration than the one shown: a Django step that
    // unapplied several migrations at once. Only then is the Migration column worth showing.
    bool spansMigrations() const;
    int failedRow() const; // -1 when none failed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "42.3%", "<0.1%" below a thousandth, empty for nothing; in the current locale.
    static QString shareText(double share);

private:
    void setRows(std::vector<core::StatementTiming> statements, const QString& owner,
                 const QString& error);

    std::vector<core::StatementTiming> m_statements;
    std::vector<int> m_firstNumbers; // each row's first statement's position, from 1
    QString m_owner;                 // the migration shown, "app.name" or the SQL version
    QString m_error;                 // why the migration failed
    double m_total = 0;
};

} // namespace migdesk::models
