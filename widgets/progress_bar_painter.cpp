#include "progress_bar_painter.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <algorithm>
#include <cstdlib>

namespace bitsmon {

namespace {

// Fusion's groove reaches a pixel outside its rectangle; the copy keeps a
// border of this many pixels around it.
constexpr int kGrooveMargin = 2;
// Around a bar drawn to be compared, more than a groove may draw outside.
constexpr int kCheckMargin = 4;
// Grooves kept per style: sizes times states (selected, hovered, greyed...).
constexpr int kMaxGrooves = 64;

// Two drawings of a bar are the same if no channel of any pixel differs by
// more than rounding: a groove blended onto transparency and then onto the
// cell rounds its antialiased edge a count differently from one drawn on it.
bool alike(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (p[x] == q[x])
                continue;
            if (std::abs(qRed(p[x]) - qRed(q[x])) > 2 || std::abs(qGreen(p[x]) - qGreen(q[x])) > 2
                || std::abs(qBlue(p[x]) - qBlue(q[x])) > 2 || std::abs(qAlpha(p[x]) - qAlpha(q[x])) > 2)
                return false;
        }
    }
    return true;
}

}  // namespace

void ProgressBarPainter::paint(QPainter *painter, const QStyleOptionProgressBar &bar, const QStyle *style,
                               const QWidget *widget)
{
    // Only where a copied pixmap lands on whole device pixels and blends as
    // the style's own drawing would. A busy bar (no range) moves by itself.
    const qreal ratio = painter->device()->devicePixelRatio();
    const int dpr = qRound(ratio);
    const QTransform &transform = painter->worldTransform();
    useStyle(style);
    const bool plain = bar.minimum < bar.maximum && dpr >= 1 && qFuzzyCompare(ratio, qreal(dpr))
        && transform.type() <= QTransform::TxTranslate && transform.dx() == qRound(transform.dx())
        && transform.dy() == qRound(transform.dy()) && painter->opacity() == 1.0
        && painter->compositionMode() == QPainter::CompositionMode_SourceOver;
    if (plain && composes(bar, style, widget, dpr, painter->renderHints())) {
        compose(painter, bar, style, widget, dpr);
        ++m_composed;
    } else {
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
        ++m_drawnByStyle;
    }
}

// What QCommonStyle's CE_ProgressBar does, with the groove copied. The
// parts' rectangles are asked for without the label: with a centred label
// they do not depend on it, and measuring its text for each of them was a
// third of a bar's cost (compared in composes()).
void ProgressBarPainter::compose(QPainter *painter, const QStyleOptionProgressBar &bar, const QStyle *style,
                                 const QWidget *widget, int dpr)
{
    QStyleOptionProgressBar part = bar;
    part.textVisible = false;
    const QRect grooveRect = style->subElementRect(QStyle::SE_ProgressBarGroove, &part, widget);
    const QRect contentsRect = style->subElementRect(QStyle::SE_ProgressBarContents, &part, widget);
    const QRect labelRect = style->subElementRect(QStyle::SE_ProgressBarLabel, &part, widget);
    part.textVisible = bar.textVisible;

    part.rect = grooveRect;
    painter->drawPixmap(grooveRect.topLeft() - QPoint(kGrooveMargin, kGrooveMargin),
                        groove(part, style, widget, dpr, painter->renderHints()));
    part.rect = contentsRect;
    style->drawControl(QStyle::CE_ProgressBarContents, &part, painter, widget);
    if (bar.textVisible) {
        part.rect = labelRect;
        style->drawControl(QStyle::CE_ProgressBarLabel, &part, painter, widget);
    }
}

const QPixmap &ProgressBarPainter::groove(const QStyleOptionProgressBar &groove, const QStyle *style,
                                          const QWidget *widget, int dpr, QPainter::RenderHints hints)
{
    if (m_grooves.size() >= kMaxGrooves)
        m_grooves.clear();
    const GrooveKey key{groove.rect.size(),       dpr, int(groove.state), int(hints), groove.direction,
                        groove.palette.cacheKey()};
    if (auto it = m_grooves.constFind(key); it != m_grooves.cend())
        return *it;

    const QSize logical = groove.rect.size() + QSize(2 * kGrooveMargin, 2 * kGrooveMargin);
    QPixmap pixmap(logical * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHints(hints);
    QStyleOptionProgressBar at = groove;
    at.rect.moveTopLeft(QPoint(kGrooveMargin, kGrooveMargin));
    style->drawControl(QStyle::CE_ProgressBarGroove, &at, &painter, widget);
    painter.end();
    ++m_groovesDrawn;
    return *m_grooves.insert(key, std::move(pixmap));
}

bool ProgressBarPainter::composes(const QStyleOptionProgressBar &bar, const QStyle *style, const QWidget *widget,
                                  int dpr, QPainter::RenderHints hints)
{
    const KindOfBar kind{dpr, int(hints), int(bar.textAlignment), bar.textVisible,
                         bool(bar.state & QStyle::State_Horizontal)};
    if (auto known = m_composes.constFind(kind); known != m_composes.cend())
        return *known;
    // This bar at its least, half and full, both ways, on light and dark.
    bool same = true;
    const QSize logical = bar.rect.size() + QSize(2 * kCheckMargin, 2 * kCheckMargin);
    for (const QColor background : {QColor(Qt::white), QColor(Qt::black)}) {
        for (const int progress : {bar.minimum, bar.minimum + (bar.maximum - bar.minimum) / 2, bar.maximum}) {
            QStyleOptionProgressBar sample = bar;
            sample.rect.moveTopLeft(QPoint(kCheckMargin, kCheckMargin));
            sample.progress = progress;
            QImage direct(logical * dpr, QImage::Format_ARGB32_Premultiplied);
            direct.setDevicePixelRatio(dpr);
            direct.fill(background);
            QImage composed = direct.copy();
            QPainter byStyle(&direct);
            byStyle.setRenderHints(hints);
            style->drawControl(QStyle::CE_ProgressBar, &sample, &byStyle, widget);
            byStyle.end();
            QPainter byParts(&composed);
            byParts.setRenderHints(hints);
            compose(&byParts, sample, style, widget, dpr);
            byParts.end();
            same = same && alike(direct, composed);
        }
    }
    m_composes.insert(kind, same);
    return same;
}

void ProgressBarPainter::useStyle(const QStyle *style)
{
    if (m_style == style)
        return;
    m_style = style;
    m_grooves.clear();
    m_composes.clear();
}

}  // namespace bitsmon
