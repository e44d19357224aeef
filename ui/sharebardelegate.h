// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace migdesk::ui {

// Draws a cell's share (a 0..1 double read from `role`) as a bar left of its right-aligned
// text, so that the row that took most of the time is seen before any figure is read.
class ShareBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ShareBarDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace migdesk::ui
