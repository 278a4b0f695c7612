// Paints the Progress column as a progress bar; unknown totals show as text.
#pragma once

#include "cell_delegate.h"
#include "progress_bar_painter.h"

namespace bitsmon {

// Where the bar goes inside a cell: a plain function, tested without painting.
QRect progressBarRect(const QRect &cell);

class ProgressDelegate : public CellDelegate {
    Q_OBJECT
public:
    using CellDelegate::CellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    const ProgressBarPainter &barPainter() const { return m_bars; }

private:
    mutable ProgressBarPainter m_bars;
};

}  // namespace bitsmon
