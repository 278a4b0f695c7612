#include "job_view.h"

#include "cell_delegate.h"
#include "job_table_model.h"
#include "progress_delegate.h"

#include <QHeaderView>
#include <QTimerEvent>

#include <algorithm>
#include <utility>

namespace bitsmon {

void setUpJobView(QTableView &view)
{
    view.setItemDelegate(new CellDelegate(&view));  // the style's look, text laid out once
    view.setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressDelegate(&view));
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.setSortingEnabled(true);
    view.sortByColumn(JobTableModel::CreatedColumn, Qt::AscendingOrder);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.horizontalHeader()->setStretchLastSection(true);
    view.horizontalHeader()->setSectionsMovable(true);
    const std::pair<int, int> widths[] = {{JobTableModel::NameColumn, 180},    {JobTableModel::StateColumn, 100},
                                          {JobTableModel::PriorityColumn, 85}, {JobTableModel::ProgressColumn, 130},
                                          {JobTableModel::BytesColumn, 150},   {JobTableModel::FilesColumn, 60},
                                          {JobTableModel::RateColumn, 90},     {JobTableModel::OwnerColumn, 80},
                                          {JobTableModel::CreatedColumn, 150}, {JobTableModel::ModifiedColumn, 150}};
    for (const auto &[column, width] : widths)
        view.setColumnWidth(column, width);
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
