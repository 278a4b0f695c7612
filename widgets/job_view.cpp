#include "job_view.h"

#include "cell_delegate.h"
#include "format.h"
#include "job_table_model.h"
#include "progress_delegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QTimerEvent>

#include <algorithm>
#include <utility>

namespace bitsmon {

std::array<int, JobTableModel::ErrorColumn> contentWidths(const QTableView &view)
{
    const QFontMetrics metrics = view.fontMetrics();
    auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + metrics.averageCharWidth() + 10;  // the cell's margins
    };
    QStringList states;
    for (int state = 0; state < bits::kJobStateCount; ++state)
        states << Format::state(bits::JobState(state));
    QStringList priorities;
    for (int priority = 0; priority < 4; ++priority)
        priorities << Format::priority(bits::Priority(priority));
    QStringList types;
    for (auto type : {bits::JobType::Download, bits::JobType::Upload, bits::JobType::UploadReply})
        types << Format::jobType(type);
    const QString time = Format::time(std::chrono::system_clock::now());
    return {
        metrics.averageCharWidth() * 18,                // Name: most names, elided beyond
        widest(types),                                  // Type
        widest(states) + 20,                            // State, with its icon
        widest(priorities),                             // Priority
        std::max(100, widest({Format::percent(1.0)})),  // Progress: a bar
        // Bytes: a download's; an upload's "… sent" may be elided then, whole in its tooltip.
        widest({Format::progressBytes(999'900'000, 999'900'000)}),
        widest({JobTableModel::tr("%1 of %2").arg(99).arg(99)}),  // Files
        widest({Format::rate(999'900'000)}),                      // Rate
        widest({Format::duration(23 * 3600 + 59 * 60)}),          // Time left
        metrics.averageCharWidth() * 10,                          // Owner
        widest({time}),                                           // Created
        widest({time}),                                           // Modified
    };
}

void fitJobColumns(QTableView &view, int width, int errorWidth)
{
    const QFontMetrics metrics = view.fontMetrics();
    const auto content = contentWidths(view);
    auto excess = [&] {
        int sum = errorWidth;
        for (int column = 0; column < JobTableModel::ErrorColumn; ++column)
            sum += view.isColumnHidden(column) ? 0 : view.columnWidth(column);
        return sum - width;
    };
    // First the room titles take beyond what their columns show: such a
    // title is then clipped (Fusion on Qt 6.4 does not elide header text),
    // and whole in its tooltip.
    for (int column = 0; column < JobTableModel::ErrorColumn && excess() > 0; ++column) {
        const int spare = view.columnWidth(column) - content[std::size_t(column)];
        if (spare > 0 && !view.isColumnHidden(column))
            view.setColumnWidth(column, view.columnWidth(column) - std::min(spare, excess()));
    }
    // Then names, elided anyway (whole in their tooltips), down to eight
    // characters: French titles beside a 12-hour clock's "10:33 AM" under
    // Windows fonts still leave the Error column its few words.
    const int shortest = metrics.averageCharWidth() * 8;
    if (excess() > 0 && view.columnWidth(JobTableModel::NameColumn) > shortest)
        view.setColumnWidth(JobTableModel::NameColumn,
                            std::max(shortest, view.columnWidth(JobTableModel::NameColumn) - excess()));
}

void setUpJobView(QTableView &view)
{
    view.setItemDelegate(new CellDelegate(&view));  // the style's look, text laid out once
    view.setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(&view));
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setTabKeyNavigation(false);  // rows, not cells: Tab moves on to the details
    view.setSortingEnabled(true);
    view.sortByColumn(JobTableModel::CreatedColumn, Qt::AscendingOrder);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.horizontalHeader()->setStretchLastSection(true);
    view.horizontalHeader()->setSectionsMovable(true);
    // Fixed widths, measured once on the texts the columns show at their
    // widest and on their titles (in the user's language and font), so that
    // 1280 pixels show every column; the Error column takes what is left.
    // Where that is too wide (longer titles: French), fitJobColumns narrows.
    const QFontMetrics metrics = view.fontMetrics();
    const auto widths = contentWidths(view);
    QHeaderView *header = view.horizontalHeader();
    for (int column = 0; column < JobTableModel::ErrorColumn; ++column) {
        const QString title = view.model() ? view.model()->headerData(column, Qt::Horizontal).toString() : QString();
        view.setColumnWidth(column, std::max(widths[std::size_t(column)], metrics.horizontalAdvance(title) + 24));
    }
    header->setMinimumSectionSize(metrics.averageCharWidth() * 4);
    view.setColumnHidden(JobTableModel::ModifiedColumn, true);
    // Which columns show: a checkable list on the header's context menu
    // (the name always shows). The window saves the choice with its layout.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, &view, [&view, header](const QPoint &at) {
        QMenu menu(header);
        for (int column = JobTableModel::NameColumn + 1; column < JobTableModel::ColumnCount; ++column) {
            QAction *shown = menu.addAction(view.model()->headerData(column, Qt::Horizontal).toString());
            shown->setCheckable(true);
            shown->setChecked(!view.isColumnHidden(column));
            QObject::connect(shown, &QAction::toggled, &view,
                             [&view, column](bool on) { view.setColumnHidden(column, !on); });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

JobView::JobView(QWidget *parent)
    : QTableView(parent)
{
}

void JobView::setRowsPerPaint(int rows)
{
    m_rowsPerPaint = std::max(1, rows);
}

// The base class does what a change needs (accessibility, editors, the
// layout) and asks for a repaint at once; that repaint is held back and
// asked for from a zero timer, which runs after what is already waiting.
template <typename Change>
bool JobView::holdingRepaint(Change &&change)
{
    QWidget *cells = viewport();
    const bool held = cells->testAttribute(Qt::WA_UpdatesDisabled);
    cells->setAttribute(Qt::WA_UpdatesDisabled, true);
    change();
    cells->setAttribute(Qt::WA_UpdatesDisabled, held);
    return !held && isVisible();  // else nothing is drawn now; enabling updates repaints everything
}

void JobView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!holdingRepaint([&] { QTableView::dataChanged(topLeft, bottomRight, roles); }))
        return;
    if (topLeft == bottomRight)
        repaintLater(visualRect(topLeft));
    else
        repaintEverythingLater();
}

// After a re-sort, a filter, rows added or removed: every visible row may
// be another one.
void JobView::doItemsLayout()
{
    if (holdingRepaint([&] { QTableView::doItemsLayout(); }))
        repaintEverythingLater();
}

void JobView::repaintLater(const QRegion &cells)
{
    m_changed += cells;
    scheduleBand();
}

void JobView::repaintEverythingLater()
{
    m_allChanged = true;
    scheduleBand();
}

void JobView::scheduleBand()
{
    if (m_awaitingBandPaint || m_repaint.isActive())
        return;  // the band in hand comes first
    if (m_allChanged || !m_changed.isEmpty())
        m_repaint.start(0, this);
}

void JobView::discardPendingRepaint()
{
    m_repaint.stop();
    m_changed = {};
    m_allChanged = false;
    m_awaitingBandPaint = false;
    m_nextBand = 0;
}

QRect JobView::bandFrom(int y) const
{
    const QRect cells = viewport()->rect();
    const int first = rowAt(y);
    if (first < 0)
        return {cells.left(), y, cells.width(), std::max(0, cells.bottom() + 1 - y)};
    const int top = rowViewportPosition(first);
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    int bottom = top;
    int row = first;
    for (int drawn = 0; row < rows && drawn < m_rowsPerPaint && bottom <= cells.bottom(); ++row) {
        bottom += rowHeight(row);  // 0 for a hidden row
        drawn += !isRowHidden(row);
    }
    if (row >= rows)
        bottom = std::max(bottom, cells.bottom() + 1);  // and the empty space below the last row
    return {cells.left(), top, cells.width(), bottom - top};
}

void JobView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_repaint.timerId()) {
        QTableView::timerEvent(event);
        return;
    }
    m_repaint.stop();
    const QRect cells = viewport()->rect();
    const QRegion waiting = m_allChanged ? QRegion(cells) : m_changed & cells;
    m_changed = {};
    m_allChanged = false;
    if (waiting.isEmpty())
        return;
    // A sweep goes on where its last band ended while anything waits there
    // or below, and then starts again from the top of what waits: a stream
    // of changes to every row cannot keep the lower rows from being drawn.
    int y = m_nextBand;
    const QRect below(cells.left(), y, cells.width(), cells.bottom() + 1 - y);
    if (below.isEmpty() || (waiting & below).isEmpty())
        y = waiting.boundingRect().top();
    QRect band = bandFrom(y);
    if (band.height() <= 0)  // rows of no height: nothing to go by
        band = cells;
    // Drawn now, not asked for: on Windows zero timers are posted events
    // that run before the repaint manager's low-priority update request, so
    // bands merely asked for would all be drawn together in one paint.
    viewport()->update(waiting & band);
    m_changed = waiting - band;
    if (m_changed.isEmpty()) {
        m_nextBand = 0;  // swept: the next change is drawn from the top
        return;
    }
    m_nextBand = band.bottom() + 1;
    // The next band is asked for once this one is painted (viewportEvent):
    // on Windows zero timers are posted events that run before the repaint
    // manager's low-priority update request, so bands asked for from timers
    // alone would all be drawn together in one paint.
    m_awaitingBandPaint = true;
}

void JobView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void JobView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

bool JobView::viewportEvent(QEvent *event)
{
    const bool handled = QTableView::viewportEvent(event);
    if (event->type() == QEvent::Paint && m_awaitingBandPaint) {
        m_awaitingBandPaint = false;
        scheduleBand();
    }
    return handled;
}

}  // namespace bitsmon
