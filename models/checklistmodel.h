// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/check.h"

#include <QAbstractTableModel>
#include <QColor>

namespace migdesk::models {

// The checks of a preflight or a verification, one row each: status, what was checked, the
// figure it found and what it means. Only the status cell carries colour (green, amber, red);
// a skipped check has none, since it found nothing.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Title, Figure, Sentence, ColumnCount };
    // StatusKeyRole: "pass", "warn", "fail", "skipped" on every cell; CheckKeyRole: the check's
    // stable key ("pending", "pg_dump").
    enum Role { StatusKeyRole = Qt::UserRole, CheckKeyRole };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setChecks(core::CheckList checks);
    const core::CheckList& checks() const { return m_checks; }
    const core::Check* check(int row) const;
    // The row of the check with this key, or -1.
    int rowOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::CheckList m_checks;
};

// Green for passed, amber for a warning, red for failed; invalid (no colour) for skipped.
QColor checkStatusColor(core::Check::Status status);

} // namespace migdesk::models
