// Draws the style's progress bar (CE_ProgressBar) as the style would, for
// many bars a second. QCommonStyle draws a bar as three parts: groove,
// contents (the filled part) and label. The groove is most of the cost in
// Fusion (an antialiased rounded outline; docs/PERFORMANCE.md) and the same
// for every bar of one size and state, so it is drawn once into a pixmap and
// copied; the contents and label are drawn by the style every time.
//
// A style that draws its bar some other way (its own CE_ProgressBar, a
// groove that shows progress, text that moves the parts) is found out the
// first time: its bar is drawn both ways and compared, and if they differ
// that style always draws its bars itself.
#pragma once

#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QSize>
#include <QStyle>

class QStyleOptionProgressBar;
class QWidget;

namespace bitsmon {

class ProgressBarPainter {
public:
    void paint(QPainter *painter, const QStyleOptionProgressBar &bar, const QStyle *style, const QWidget *widget);

    // How the bars were drawn so far, for tests.
    int composedPaints() const { return m_composed; }
    int stylePaints() const { return m_drawnByStyle; }
    int groovesDrawn() const { return m_groovesDrawn; }
    int groovesKept() const { return int(m_grooves.size()); }

private:
    struct GrooveKey {
        QSize size;
        int dpr;
        int state;
        int hints;
        Qt::LayoutDirection direction;
        qint64 palette;
        bool operator==(const GrooveKey &other) const = default;
        friend size_t qHash(const GrooveKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.size.width(), key.size.height(), key.dpr, key.state, key.hints,
                              int(key.direction), key.palette);
        }
    };
    // What decides whether a style's bar can be composed from its parts.
    struct KindOfBar {
        int dpr;
        int hints;
        int textAlignment;
        bool textVisible;
        bool horizontal;
        bool operator==(const KindOfBar &other) const = default;
        friend size_t qHash(const KindOfBar &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.dpr, key.hints, key.textAlignment, key.textVisible, key.horizontal);
        }
    };

    void useStyle(const QStyle *style);
    bool composes(const QStyleOptionProgressBar &bar, const QStyle *style, const QWidget *widget, int dpr,
                  QPainter::RenderHints hints);
    void compose(QPainter *painter, const QStyleOptionProgressBar &bar, const QStyle *style, const QWidget *widget,
                 int dpr);
    const QPixmap &groove(const QStyleOptionProgressBar &groove, const QStyle *style, const QWidget *widget, int dpr,
                          QPainter::RenderHints hints);

    QPointer<const QStyle> m_style;     // the style the two caches below are about
    QHash<KindOfBar, bool> m_composes;  // does its CE_ProgressBar compose as QCommonStyle's?
    QHash<GrooveKey, QPixmap> m_grooves;
    int m_composed = 0;
    int m_drawnByStyle = 0;
    int m_groovesDrawn = 0;
};

}  // namespace bitsmon
