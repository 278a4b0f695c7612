// ProgressBarPainter draws what the style's CE_ProgressBar draws (every
// state, direction and pixel ratio a job table's bar can have), copies one
// groove per size and state, and leaves a style that draws its bar some
// other way to draw it itself.
#include "progress_bar_painter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionProgressBar>
#include <QtTest>

#include <cstdlib>
#include <memory>

using bitsmon::ProgressBarPainter;

namespace {

QStyleOptionProgressBar makeBar(int progress, QSize size = QSize(114, 18))
{
    QStyleOptionProgressBar bar;
    bar.rect = QRect(QPoint(5, 3), size);
    bar.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Horizontal;
    bar.palette = QApplication::palette();  // one palette: the view's, as a delegate has it
    bar.fontMetrics = QFontMetrics(QApplication::font());
    bar.direction = Qt::LeftToRight;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = progress;
    bar.text = QString::number(progress / 10) + QLatin1Char('%');
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    return bar;
}

template <typename Draw>
QImage drawn(const QStyleOptionProgressBar &bar, QColor background, int dpr, Draw draw)
{
    QImage image((bar.rect.size() + QSize(10, 6)) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(background);
    QPainter painter(&image);
    draw(painter);
    return image;
}

// The largest difference in any channel of any pixel.
int largestDifference(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return 256;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    }
    return largest;
}

// A style that draws its whole bar its own way: a flat block and no groove.
class OwnBarStyle : public QProxyStyle {
public:
    OwnBarStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        const auto *bar = qstyleoption_cast<const QStyleOptionProgressBar *>(option);
        if (element != CE_ProgressBar || !bar) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QRect filled = bar->rect;
        filled.setWidth(bar->rect.width() * (bar->progress - bar->minimum) / (bar->maximum - bar->minimum));
        painter->fillRect(filled, Qt::darkGreen);
    }
};

// A style whose groove shows the progress (a tick where the bar will end).
class MarkedGrooveStyle : public QProxyStyle {
public:
    MarkedGrooveStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        const auto *bar = qstyleoption_cast<const QStyleOptionProgressBar *>(option);
        if (element == CE_ProgressBarGroove && bar) {
            const int x = bar->rect.left() + bar->rect.width() * bar->progress / std::max(1, bar->maximum);
            painter->fillRect(QRect(x, bar->rect.top(), 1, bar->rect.height()), Qt::red);
        }
    }
};

}  // namespace

class TestProgressBarPainter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samePixelsAsTheStyle_data();
    void samePixelsAsTheStyle();
    void oneGroovePerSizeAndState();
    void grooveCacheStaysWithinItsBound();
    void styleWithItsOwnBarDrawsIt();
    void styleWhoseGrooveShowsProgressDrawsIt();
    void scaledPainterLeavesItToTheStyle();
};

void TestProgressBarPainter::samePixelsAsTheStyle_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<int>("dpr");
    const int normal = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_Horizontal;
    for (const QString &style : {QStringLiteral("Fusion"), QStringLiteral("Windows")}) {
        auto row = [&](const char *what, int state, Qt::LayoutDirection direction, QColor background, int dpr) {
            QTest::addRow("%s, %s", qPrintable(style), what) << style << state << int(direction) << background << dpr;
        };
        row("plain", normal, Qt::LeftToRight, Qt::white, 1);
        row("selected row", normal | QStyle::State_Selected, Qt::LeftToRight, QColor(48, 140, 198), 1);
        row("inactive window", normal & ~QStyle::State_Active, Qt::LeftToRight, Qt::white, 1);
        row("greyed (gone)", normal & ~QStyle::State_Enabled, Qt::LeftToRight, QColor(247, 247, 247), 1);
        row("hovered", normal | QStyle::State_MouseOver, Qt::LeftToRight, Qt::white, 1);
        row("right to left", normal, Qt::RightToLeft, Qt::white, 1);
        row("dark background", normal, Qt::LeftToRight, QColor(35, 35, 35), 1);
        row("pixel ratio 2", normal, Qt::LeftToRight, Qt::white, 2);
        row("pixel ratio 2, selected", normal | QStyle::State_Selected, Qt::LeftToRight, QColor(48, 140, 198), 2);
    }
}

void TestProgressBarPainter::samePixelsAsTheStyle()
{
    QFETCH(QString, style);
    QFETCH(int, state);
    QFETCH(int, direction);
    QFETCH(QColor, background);
    QFETCH(int, dpr);
    const std::unique_ptr<QStyle> drawing(QStyleFactory::create(style));
    QVERIFY(drawing);
    ProgressBarPainter painter;
    for (const int progress : {0, 1, 250, 500, 777, 999, 1000}) {
        QStyleOptionProgressBar bar = makeBar(progress);
        bar.state = QStyle::State(state);
        bar.direction = Qt::LayoutDirection(direction);
        const QImage byStyle = drawn(bar, background, dpr, [&](QPainter &p) {
            drawing->drawControl(QStyle::CE_ProgressBar, &bar, &p, nullptr);
        });
        const QImage fast =
            drawn(bar, background, dpr, [&](QPainter &p) { painter.paint(&p, bar, drawing.get(), nullptr); });
        // Within rounding: an antialiased groove edge blended twice.
        QVERIFY2(largestDifference(byStyle, fast) <= 2, qPrintable(QStringLiteral("progress %1").arg(progress)));
    }
    // ... and drawn the fast way, not handed back to the style.
    QCOMPARE(painter.composedPaints(), 7);
    QCOMPARE(painter.stylePaints(), 0);
}

void TestProgressBarPainter::oneGroovePerSizeAndState()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ProgressBarPainter painter;
    QImage image(200, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int progress = 0; progress <= 1000; progress += 10) {
        const QStyleOptionProgressBar bar = makeBar(progress);
        painter.paint(&p, bar, fusion.get(), nullptr);
    }
    QCOMPARE(painter.composedPaints(), 101);
    QCOMPARE(painter.groovesDrawn(), 1);

    QStyleOptionProgressBar selected = makeBar(300);
    selected.state |= QStyle::State_Selected;
    painter.paint(&p, selected, fusion.get(), nullptr);
    painter.paint(&p, selected, fusion.get(), nullptr);
    QCOMPARE(painter.groovesDrawn(), 2);
    painter.paint(&p, makeBar(300, QSize(80, 18)), fusion.get(), nullptr);
    QCOMPARE(painter.groovesDrawn(), 3);

    // Another palette is another groove.
    QStyleOptionProgressBar recoloured = makeBar(300);
    recoloured.palette.setColor(QPalette::Base, Qt::yellow);
    painter.paint(&p, recoloured, fusion.get(), nullptr);
    QCOMPARE(painter.groovesDrawn(), 4);
}

void TestProgressBarPainter::grooveCacheStaysWithinItsBound()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ProgressBarPainter painter;
    QImage image(400, 40, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    for (int width = 40; width < 340; ++width)  // a column dragged wider
        painter.paint(&p, makeBar(500, QSize(width, 18)), fusion.get(), nullptr);
    QCOMPARE(painter.composedPaints(), 300);
    QVERIFY2(painter.groovesKept() <= 64, qPrintable(QString::number(painter.groovesKept())));
    QVERIFY(painter.groovesKept() > 0);
}

namespace {

// Every bar `painter` draws with `style` is the style's own, pixel for pixel,
// drawn by the style.
void requireTheStylesOwnBars(QStyle &style, ProgressBarPainter &painter)
{
    for (const int progress : {0, 100, 400, 600, 1000}) {
        const QStyleOptionProgressBar bar = makeBar(progress);
        const QImage byStyle = drawn(
            bar, Qt::white, 1, [&](QPainter &p) { style.drawControl(QStyle::CE_ProgressBar, &bar, &p, nullptr); });
        const QImage byPainter =
            drawn(bar, Qt::white, 1, [&](QPainter &p) { painter.paint(&p, bar, &style, nullptr); });
        QCOMPARE(byPainter, byStyle);
    }
    QCOMPARE(painter.stylePaints(), 5);
    QCOMPARE(painter.composedPaints(), 0);
}

}  // namespace

void TestProgressBarPainter::styleWithItsOwnBarDrawsIt()
{
    OwnBarStyle style;
    ProgressBarPainter painter;
    requireTheStylesOwnBars(style, painter);
}

void TestProgressBarPainter::styleWhoseGrooveShowsProgressDrawsIt()
{
    MarkedGrooveStyle style;
    ProgressBarPainter painter;
    requireTheStylesOwnBars(style, painter);
}

void TestProgressBarPainter::scaledPainterLeavesItToTheStyle()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    ProgressBarPainter painter;
    const QStyleOptionProgressBar bar = makeBar(500);
    auto scaled = [&](auto draw) {
        return drawn(bar, Qt::white, 1, [&](QPainter &p) {
            p.scale(1.5, 1.5);
            draw(p);
        });
    };
    const QImage byStyle = scaled([&](QPainter &p) { fusion->drawControl(QStyle::CE_ProgressBar, &bar, &p, nullptr); });
    const QImage byPainter = scaled([&](QPainter &p) { painter.paint(&p, bar, fusion.get(), nullptr); });
    QCOMPARE(byPainter, byStyle);
    QCOMPARE(painter.stylePaints(), 1);
}

QTEST_MAIN(TestProgressBarPainter)
#include "test_progress_bar_painter.moc"
