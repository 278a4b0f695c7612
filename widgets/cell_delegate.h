// Paints the job table's cells as QStyledItemDelegate does (the style draws
// the background, selection, focus and icon), but draws each text from a
// cache of laid-out text: a repaint shapes only the texts it has not shown
// recently. Shaping every cell's text twice (once to size it, once to draw
// it) was most of a repaint of the table (bench_scale, BENCH_ONLY=paint).
#pragma once

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace bitsmon {

// Texts laid out for one font, elided to a width. Two generations: a text
// asked for again moves to the current one; when the current one is full the
// older one is dropped, so what stays is what was shown lately and the cache
// never holds more than 2 x `capacity` texts.
class StaticTextCache {
public:
    explicit StaticTextCache(int capacity = 2048)
        : m_capacity(capacity)
    {
    }

    struct Entry {
        QStaticText text;
        bool elided = false;  // did not fit: shortened with an ellipsis
        // The whole text's line height, as the style's layout measures it:
        // the tallest of the fonts used, fallbacks for other scripts included.
        qreal lineHeight = 0;
    };

    // `text` laid out in `font`, elided with `mode` to at most `width` pixels.
    // The reference is good until the next get().
    const Entry &get(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
                     Qt::LayoutDirection direction);

    int size() const { return int(m_current.size() + m_previous.size()); }
    int misses() const { return m_misses; }

private:
    struct Key {
        QString text;
        int width;
        Qt::TextElideMode mode;
        Qt::LayoutDirection direction;
        bool operator==(const Key &other) const = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.mode), int(key.direction));
        }
    };
    static Entry layOut(const Key &key, const QFont &font);

    int m_capacity;
    int m_misses = 0;
    QFont m_font;
    QHash<Key, Entry> m_current;
    QHash<Key, Entry> m_previous;
};

class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    const StaticTextCache &textCache() const { return m_texts; }
    // Cells whose background the style was not asked to draw (it draws
    // nothing for them), for tests.
    int backgroundsSkipped() const { return m_backgroundsSkipped; }

protected:
    // Whether the style draws anything for `item`, a cell with no text and
    // nothing that asks for a background (not selected, hovered or focused,
    // no brush, no icon). Found out once per style and kind of cell by
    // drawing one: QCommonStyle and Fusion draw nothing, and asking them
    // was a sixth of painting a screen of new rows. False: skip it.
    bool styleDrawsPlainCell(const QStyle *style, const QStyleOptionViewItem &item) const;

private:
    static bool drawsAnything(const QStyle *style, const QStyleOptionViewItem &item);
    // The item's text where the style puts it: in `display` less the
    // style's text margin, elided, aligned and coloured as the style does.
    void drawText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &display) const;

    mutable StaticTextCache m_texts;
    struct PlainCell {
        int state;
        int features;
        int position;
        bool operator==(const PlainCell &other) const = default;
        friend size_t qHash(const PlainCell &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.state, key.features, key.position);
        }
    };
    mutable QPointer<const QStyle> m_plainStyle;  // the style m_plainCells are about
    mutable QHash<PlainCell, bool> m_plainCells;  // does the style draw it?
    mutable int m_backgroundsSkipped = 0;
};

}  // namespace bitsmon
