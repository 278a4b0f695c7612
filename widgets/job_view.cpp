#include "job_view.h"

#include "cell_delegate.h"
#include "job_table_model.h"
#include "progress_delegate.h"

#include <QHeaderView>
#include <QTimerEvent>

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
    const std::pair<int, int> widths[] = {
        {JobTableModel::NameColumn, 180}, {JobTableModel::StateColumn, 100},   {JobTableModel::PriorityColumn, 85},
        {JobTableModel::ProgressColumn, 130}, {JobTableModel::BytesColumn, 150}, {JobTableModel::FilesColumn, 60},
        {JobTableModel::RateColumn, 90},  {JobTableModel::OwnerColumn, 80},    {JobTableModel::CreatedColumn, 150},
        {JobTableModel::ModifiedColumn, 150}};
    for (const auto &[column, width] : widths)
        view.setColumnWidth(column, width);
}

JobView::JobView(QWidget *parent)
    : QTableView(parent)
{
}

void JobView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // The base class does what a change needs (accessibility, editors) and
    // asks for a repaint at once; that repaint is held back and asked for
    // from a zero timer, which runs after what is already waiting.
    QWidget *cells = viewport();
    const bool held = cells->testAttribute(Qt::WA_UpdatesDisabled);
    cells->setAttribute(Qt::WA_UpdatesDisabled, true);
    QTableView::dataChanged(topLeft, bottomRight, roles);
    cells->setAttribute(Qt::WA_UpdatesDisabled, held);
    if (held || !isVisible())
        return;  // nothing is drawn now; enabling updates repaints everything
    if (topLeft == bottomRight)
        m_changed += visualRect(topLeft);
    else
        m_allChanged = true;
    if (!m_repaint.isActive())
        m_repaint.start(0, this);
}

void JobView::discardPendingRepaint()
{
    m_repaint.stop();
    m_changed = {};
    m_allChanged = false;
}

void JobView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_repaint.timerId()) {
        QTableView::timerEvent(event);
        return;
    }
    m_repaint.stop();
    if (m_allChanged)
        viewport()->update();
    else
        viewport()->update(m_changed);
    m_changed = {};
    m_allChanged = false;
}

}  // namespace bitsmon
