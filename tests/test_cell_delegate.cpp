// CellDelegate paints exactly what QStyledItemDelegate paints (same pixels,
// cell by cell, in every state a job table's cell can be in), and its text
// cache lays a text out once however often it is painted, within its bound.
#include "cell_delegate.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// A table view that hands out the option it gives its delegates.
class View : public QTableView {
public:
    QStyleOptionViewItem itemOption() const
    {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        return option;
    }
};

QIcon stateIcon()
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setBrush(QColor(0x1c, 0x71, 0xd8));
    p.drawEllipse(1, 1, 14, 14);
    return QIcon(pixmap);
}

QImage paintCell(const QStyledItemDelegate &delegate, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    QImage image(option.rect.size() + QSize(8, 8), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem at = option;
    at.rect.moveTopLeft(QPoint(4, 4));
    delegate.paint(&painter, at, index);
    return image;
}

int differentPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y);
    return count;
}

}  // namespace

class TestCellDelegate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void samePixelsAsTheStyle_data();
    void samePixelsAsTheStyle();
    void textIsLaidOutOnce();
    void cacheStaysWithinItsBound();
    void fontChangeLaysOutAgain();
    void tableRepaintUsesTheCache();
    void styleThatDrawsPlainCellsIsAsked();
};

void TestCellDelegate::samePixelsAsTheStyle_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("alignment");
    QTest::addColumn<bool>("icon");
    QTest::addColumn<bool>("greyed");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("wordWrap");

    const int plain = int(QStyle::State_Enabled | QStyle::State_Active);
    const int selected = plain | int(QStyle::State_Selected);
    const int focused = selected | int(QStyle::State_HasFocus);
    const int inactiveSelected = int(QStyle::State_Enabled | QStyle::State_Selected);
    const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
    const int right = int(Qt::AlignRight | Qt::AlignVCenter);
    const int center = int(Qt::AlignCenter);
    const int ltr = int(Qt::LeftToRight);
    const int rtl = int(Qt::RightToLeft);
    const QString name = QStringLiteral("update-package-42.cab");
    const QString bytes = QStringLiteral("12.0 MB of 48.0 MB");
    const QString longName = QStringLiteral("a-rather-long-download-name-that-will-not-fit-the-column.iso");

    QTest::newRow("name") << name << left << false << false << plain << 180 << ltr << false;
    QTest::newRow("bytes, right-aligned") << bytes << right << false << false << plain << 150 << ltr << false;
    QTest::newRow("centred") << QStringLiteral("1 of 3") << center << false << false << plain << 60 << ltr << false;
    QTest::newRow("state with icon") << QStringLiteral("Transferring") << left << true << false << plain << 100 << ltr
                                     << false;
    QTest::newRow("elided") << longName << left << false << false << plain << 180 << ltr << false;
    QTest::newRow("elided, right-aligned") << longName << right << false << false << plain << 150 << ltr << false;
    QTest::newRow("selected") << name << left << false << false << selected << 180 << ltr << false;
    // The focused cell's focus frame goes over its text: left to the style.
    QTest::newRow("selected, focused, icon (left to the style)")
        << QStringLiteral("Error") << left << true << false << focused << 100 << ltr << false;
    QTest::newRow("selected, window inactive")
        << bytes << right << false << false << inactiveSelected << 150 << ltr << false;
    QTest::newRow("greyed (gone)") << name << left << false << true << plain << 180 << ltr << false;
    QTest::newRow("greyed, selected") << bytes << right << false << true << selected << 150 << ltr << false;
    QTest::newRow("right to left, icon") << QStringLiteral("Transferring") << left << true << false << plain << 100
                                         << rtl << false;
    QTest::newRow("right to left, right-aligned") << bytes << right << false << false << plain << 150 << rtl << false;
    QTest::newRow("right to left, elided") << longName << left << false << false << plain << 180 << rtl << false;
    QTest::newRow("non-Latin text") << QStringLiteral("下載 更新 — Téléchargement") << left << false << false << plain
                                    << 180 << ltr << false;
    QTest::newRow("empty") << QString() << left << false << false << selected << 90 << ltr << false;
    // Word wrap is the style's to lay out: the delegate leaves such cells to it.
    QTest::newRow("word wrap (left to the style)") << longName << left << false << false << plain << 180 << ltr << true;
    QTest::newRow("narrower than the margins") << name << left << true << false << plain << 6 << ltr << false;
}

void TestCellDelegate::samePixelsAsTheStyle()
{
    QFETCH(QString, text);
    QFETCH(int, alignment);
    QFETCH(bool, icon);
    QFETCH(bool, greyed);
    QFETCH(int, state);
    QFETCH(int, width);
    QFETCH(int, direction);
    QFETCH(bool, wordWrap);

    QStandardItemModel model(1, 1);
    auto *item = new QStandardItem(text);
    item->setData(alignment, Qt::TextAlignmentRole);
    if (icon)
        item->setData(stateIcon(), Qt::DecorationRole);
    if (greyed)
        item->setData(QApplication::palette().brush(QPalette::Disabled, QPalette::Text), Qt::ForegroundRole);
    model.setItem(0, 0, item);
    View view;
    view.setModel(&model);
    view.setLayoutDirection(Qt::LayoutDirection(direction));
    view.setWordWrap(wordWrap);  // bitsmon's job view: off

    QStyleOptionViewItem option = view.itemOption();
    option.rect = QRect(0, 0, width, view.verticalHeader()->defaultSectionSize());
    option.state = QStyle::State(state);
    option.direction = Qt::LayoutDirection(direction);

    const QStyledItemDelegate styled;
    const bitsmon::CellDelegate cached;
    const QModelIndex index = model.index(0, 0);
    const QImage expected = paintCell(styled, option, index);
    const QImage actual = paintCell(cached, option, index);
    const QImage again = paintCell(cached, option, index);  // from the cache this time
    const int differences = differentPixels(expected, actual);
    if (differences != 0) {
        const QString dir = QDir::tempPath() + QStringLiteral("/bitsmon-cell-delegate");
        QDir().mkpath(dir);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("-"));
        expected.save(dir + QLatin1Char('/') + tag + QStringLiteral("-style.png"));
        actual.save(dir + QLatin1Char('/') + tag + QStringLiteral("-cached.png"));
    }
    QCOMPARE(differences, 0);
    QCOMPARE(differentPixels(expected, again), 0);
    // Drawn by CellDelegate itself, not handed back to QStyledItemDelegate:
    // the text was laid out once and then taken from the cache.
    const bool leftToStyle = wordWrap || (state & QStyle::State_HasFocus);
    QCOMPARE(cached.textCache().misses(), text.isEmpty() || leftToStyle ? 0 : 1);
    // A cell with nothing behind its text: Fusion was not asked to draw it.
    const bool plainCell = !leftToStyle && !icon && !(state & QStyle::State_Selected);
    QCOMPARE(cached.backgroundsSkipped() > 0, plainCell);
    // The comparison can fail: without its text the cell looks different.
    if (!text.isEmpty() && width > 20) {
        item->setText(QString());
        QVERIFY(differentPixels(expected, paintCell(styled, option, index)) > 0);
    }
}

void TestCellDelegate::textIsLaidOutOnce()
{
    bitsmon::StaticTextCache cache;
    const QFont font = QApplication::font();
    const auto &first = cache.get(QStringLiteral("12.0 MB of 48.0 MB"), font, 150, Qt::ElideRight, Qt::LeftToRight);
    QCOMPARE(cache.misses(), 1);
    QVERIFY(!first.elided);
    QVERIFY(first.text.size().width() > 0);
    for (int i = 0; i < 100; ++i)
        cache.get(QStringLiteral("12.0 MB of 48.0 MB"), font, 150, Qt::ElideRight, Qt::LeftToRight);
    QCOMPARE(cache.misses(), 1);
    // Another width is another layout: the text may not fit it.
    const auto &narrow = cache.get(QStringLiteral("12.0 MB of 48.0 MB"), font, 40, Qt::ElideRight, Qt::LeftToRight);
    QCOMPARE(cache.misses(), 2);
    QVERIFY(narrow.elided);
    QVERIFY(narrow.text.size().width() <= 40);
    QVERIFY(narrow.text.text().endsWith(QChar(0x2026)));
}

void TestCellDelegate::cacheStaysWithinItsBound()
{
    bitsmon::StaticTextCache cache(100);
    const QFont font = QApplication::font();
    auto get = [&](int i) {
        return cache.get(QString::number(i) + QStringLiteral(" MB"), font, 150, Qt::ElideRight, Qt::LeftToRight);
    };
    // A flood of texts never seen again (a byte count that keeps moving).
    for (int i = 0; i < 5000; ++i) {
        get(i);
        QVERIFY2(cache.size() <= 200, qPrintable(QString::number(cache.size())));
    }
    QCOMPARE(cache.misses(), 5000);
    // What is shown on every repaint survives the flood around it.
    const int shown = 7;
    get(-shown);
    const int missesBefore = cache.misses();
    for (int i = 0; i < 5000; ++i) {
        get(100000 + i);
        get(-shown);
    }
    QCOMPARE(cache.misses(), missesBefore + 5000);
}

void TestCellDelegate::fontChangeLaysOutAgain()
{
    bitsmon::StaticTextCache cache;
    QFont font = QApplication::font();
    cache.get(QStringLiteral("Queued"), font, 100, Qt::ElideRight, Qt::LeftToRight);
    font.setPointSize(font.pointSize() + 6);
    const auto &bigger = cache.get(QStringLiteral("Queued"), font, 100, Qt::ElideRight, Qt::LeftToRight);
    QCOMPARE(cache.misses(), 2);
    QCOMPARE(cache.size(), 1);
    QCOMPARE(bigger.text.size().width(), QFontMetricsF(font).horizontalAdvance(QStringLiteral("Queued")));
}

void TestCellDelegate::tableRepaintUsesTheCache()
{
    QStandardItemModel model(30, 4);
    for (int row = 0; row < 30; ++row)
        for (int column = 0; column < 4; ++column)
            model.setItem(row, column, new QStandardItem(QStringLiteral("r%1c%2").arg(row).arg(column)));
    QTableView view;
    view.setWordWrap(false);
    auto *delegate = new bitsmon::CellDelegate(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->repaint();
    const int laidOut = delegate->textCache().misses();
    QVERIFY(laidOut > 4);  // every visible cell at least once
    for (int i = 0; i < 5; ++i)
        view.viewport()->repaint();
    QCOMPARE(delegate->textCache().misses(), laidOut);
    model.item(2, 1)->setText(QStringLiteral("changed"));  // not the current (focused) cell
    view.viewport()->repaint();
    QCOMPARE(delegate->textCache().misses(), laidOut + 1);
}

namespace {

// A style that draws a background behind every cell, even a plain one.
class ShadedCellsStyle : public QProxyStyle {
public:
    ShadedCellsStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_PanelItemViewItem)
            painter->fillRect(option->rect, QColor(250, 240, 200));
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

}  // namespace

// The delegate leaves out the style's background only where the style was
// seen to draw none: a style that shades every cell still shades them.
void TestCellDelegate::styleThatDrawsPlainCellsIsAsked()
{
    ShadedCellsStyle style;
    QStandardItemModel model(1, 1);
    model.setItem(0, 0, new QStandardItem(QStringLiteral("update-package-42.cab")));
    View view;
    view.setStyle(&style);
    view.setWordWrap(false);  // as bitsmon's job view
    view.setModel(&model);
    QStyleOptionViewItem option = view.itemOption();
    option.rect = QRect(0, 0, 180, view.verticalHeader()->defaultSectionSize());
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    const QStyledItemDelegate styled;
    const bitsmon::CellDelegate cached;
    const QModelIndex index = model.index(0, 0);
    const QImage expected = paintCell(styled, option, index);
    QCOMPARE(differentPixels(expected, paintCell(cached, option, index)), 0);
    QCOMPARE(differentPixels(expected, paintCell(cached, option, index)), 0);
    QCOMPARE(cached.textCache().misses(), 1);  // drawn by CellDelegate, not handed on
    QCOMPARE(cached.backgroundsSkipped(), 0);
    QCOMPARE(expected.pixel(100, 6), QColor(250, 240, 200).rgb());  // the shade is there to miss
}

QTEST_MAIN(TestCellDelegate)
#include "test_cell_delegate.moc"
