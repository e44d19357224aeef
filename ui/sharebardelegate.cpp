// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharebardelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace migdesk::ui {

namespace {

constexpr int kBarWidth = 80; // pixels the bar gets beside the text when columns fit contents

} // namespace

ShareBarDelegate::ShareBarDelegate(int role, QObject* parent)
    : QStyledItemDelegate(parent), m_role(role)
{
}

void ShareBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant value = index.data(m_role);
    if (!value.isValid())
        return;
    const double share = std::clamp(value.toDouble(), 0.0, 1.0);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, opt.widget) + 1;
    const int text = opt.text.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(opt.text);
    QRect track = opt.rect.adjusted(2 * margin, 0, -(text + 4 * margin), 0);
    if (track.width() < 12)
        return;
    const int height = std::max(4, opt.fontMetrics.height() / 2);
    track.setTop(opt.rect.center().y() - height / 2 + 1);
    track.setHeight(height);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QColor colour = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    QColor faint = colour;
    faint.setAlphaF(0.15f); // the whole track, so that a bar reads as a part of it
    painter->save();
    painter->fillRect(track, faint);
    if (share > 0) {
        QRect bar = track;
        bar.setWidth(std::max(1, qRound(track.width() * share)));
        painter->fillRect(bar, colour);
    }
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += kBarWidth;
    return size;
}

} // namespace migdesk::ui
