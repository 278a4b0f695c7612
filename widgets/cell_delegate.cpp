#include "cell_delegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>

namespace bitsmon {

const StaticTextCache::Entry &StaticTextCache::get(const QString &text, const QFont &font, int width,
                                                   Qt::TextElideMode mode, Qt::LayoutDirection direction)
{
    if (font != m_font) {  // laid out for another font: of no use now
        m_current.clear();
        m_previous.clear();
        m_font = font;
    }
    Key key{text, width, mode, direction};
    if (auto it = m_current.constFind(key); it != m_current.cend())
        return *it;
    if (m_current.size() >= m_capacity) {
        m_previous = std::move(m_current);
        m_current = {};
    }
    if (auto it = m_previous.find(key); it != m_previous.end()) {
        Entry moved = std::move(*it);
        m_previous.erase(it);
        return *m_current.insert(std::move(key), std::move(moved));
    }
    ++m_misses;
    Entry made = layOut(key, font);
    return *m_current.insert(std::move(key), std::move(made));
}

StaticTextCache::Entry StaticTextCache::layOut(const Key &key, const QFont &font)
{
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(key.direction);
    Entry entry;
    entry.text.setTextFormat(Qt::PlainText);
    entry.text.setTextOption(option);
    entry.text.setText(key.text);
    entry.text.prepare(QTransform(), font);
    // The line's height as the style's own layout has it (QStaticText's size
    // is not that on Windows, where fonts carry leading).
    QTextLayout measure(key.text, font);
    measure.setTextOption(option);
    measure.beginLayout();
    QTextLine line = measure.createLine();
    if (line.isValid()) {
        line.setLineWidth(key.width);
        entry.lineHeight = line.height();
    }
    measure.endLayout();
    // Elided as the style elides a line that does not fit.
    if (entry.text.size().width() > key.width) {
        entry.text.setText(QFontMetrics(font).elidedText(key.text, key.mode, key.width));
        entry.text.prepare(QTransform(), font);
        entry.elided = true;
    }
    return entry;
}

namespace {

// What the style's item layout (QCommonStyle) would decide, for the cells
// it decides simply: one line, no check box, the icon (if any) on the left,
// the selection over the whole cell (as QTableView draws it). The focused
// cell (one a view) is left to the style: it draws its focus frame over the
// text.
bool isSimpleCell(const QStyleOptionViewItem &option)
{
    using O = QStyleOptionViewItem;
    return !(option.features & (O::WrapText | O::HasCheckIndicator)) && !(option.state & QStyle::State_HasFocus)
        && option.showDecorationSelected
        && (!(option.features & O::HasDecoration) || option.decorationPosition == O::Left)
        && !option.text.contains(QChar::LineSeparator);
}

int textMargin(const QStyle *style, const QWidget *widget)
{
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

}  // namespace

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (!isSimpleCell(item)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws everything but the text: background, selection, icon.
    QString text = std::exchange(item.text, QString());
    item.features &= ~QStyleOptionViewItem::HasDisplay;
    if (styleDrawsPlainCell(style, item))
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
    item.text = std::move(text);

    QRect display = item.rect;
    if (item.features & QStyleOptionViewItem::HasDecoration) {
        const int iconArea = item.decorationSize.width() + 2 * textMargin(style, widget);
        if (item.direction == Qt::LeftToRight)
            display.setLeft(display.left() + iconArea);
        else
            display.setRight(display.right() - iconArea);
    }
    drawText(painter, item, display);
}

bool CellDelegate::styleDrawsPlainCell(const QStyle *style, const QStyleOptionViewItem &item) const
{
    const bool plain = !(item.state & (QStyle::State_Selected | QStyle::State_MouseOver | QStyle::State_HasFocus))
        && item.backgroundBrush.style() == Qt::NoBrush && !(item.features & QStyleOptionViewItem::HasDecoration)
        && item.text.isEmpty();
    if (!plain)
        return true;
    if (m_plainStyle != style) {
        m_plainCells.clear();
        m_plainStyle = style;
    }
    const PlainCell key{int(item.state), int(item.features), int(item.viewItemPosition)};
    auto known = m_plainCells.constFind(key);
    if (known == m_plainCells.cend())
        known = m_plainCells.insert(key, drawsAnything(style, item));
    m_backgroundsSkipped += !*known;
    return *known;
}

bool CellDelegate::drawsAnything(const QStyle *style, const QStyleOptionViewItem &item)
{
    QImage image(item.rect.size().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    QStyleOptionViewItem sample = item;
    sample.rect.moveTopLeft(QPoint(0, 0));
    style->drawControl(QStyle::CE_ItemViewItem, &sample, &painter, item.widget);
    painter.end();
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        drawn = std::any_of(line, line + image.width(), [](QRgb pixel) { return pixel != 0; });
    }
    return drawn;
}

void CellDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &display) const
{
    if (option.text.isEmpty())
        return;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = textMargin(style, widget);
    const QRect textRect = display.adjusted(margin, 0, -margin, 0);
    const StaticTextCache::Entry &laidOut =
        m_texts.get(option.text, option.font, textRect.width(), option.textElideMode, option.direction);

    // One line's box, aligned in the text rectangle as the style aligns it,
    // and the text aligned inside it.
    const QSize line(textRect.width(), qCeil(laidOut.lineHeight));
    const QRect box = QStyle::alignedRect(option.direction, option.displayAlignment, line, textRect);
    QPointF at = box.topLeft();
    const qreal free = textRect.width() - laidOut.text.size().width();
    const Qt::Alignment horizontal = QStyle::visualAlignment(option.direction, option.displayAlignment);
    if (horizontal & Qt::AlignRight)
        at.rx() += free;
    else if (horizontal & Qt::AlignHCenter)
        at.rx() += free / 2;

    // The colour the style picks for an item's text.
    QPalette::ColorGroup group = (option.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(option.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPalette::ColorRole role =
        (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    painter->setClipRect(option.rect, Qt::IntersectClip);
    painter->setPen(option.palette.color(group, role));
    painter->setFont(option.font);
    painter->drawStaticText(at, laidOut.text);
    painter->restore();
}

}  // namespace bitsmon
