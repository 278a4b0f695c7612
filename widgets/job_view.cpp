#include "job_view.h"

#include "cell_delegate.h"
#include "job_table_model.h"
#include "progress_delegate.h"

#include <QHeaderView>
#include <QTableView>

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

}  // namespace bitsmon
