#include "progress_delegate.h"

#include "job_table_model.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace bitsmon {

QRect progressBarRect(const QRect &cell)
{
    constexpr int horizontal = 3;
    constexpr int vertical = 3;
    QRect bar = cell.adjusted(horizontal, vertical, -horizontal, -vertical);
    if (bar.width() < 0 || bar.height() < 0)
        return {cell.topLeft(), QSize(0, 0)};
    return bar;
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int permille = index.data(JobTableModel::ProgressRole).toInt();
    if (permille < 0) {
        CellDelegate::paint(painter, option, index);  // "unknown"
        return;
    }
    // The selection background first, so the bar sits on it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (styleDrawsPlainCell(style, background))
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = progressBarRect(option.rect);
    bar.state = option.state | QStyle::State_Horizontal;
    if (index.data(JobTableModel::GoneRole).toBool())
        bar.state &= ~QStyle::State_Enabled;
    bar.direction = option.direction;
    bar.palette = option.palette;  // the view's, in its window's colour group
    bar.fontMetrics = option.fontMetrics;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = permille;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    m_bars.paint(painter, bar, style, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 120));
    return size;
}

}  // namespace bitsmon
