// The table as the main window has it (model, sorting/filtering proxy, and
// the view set up by setUpJobView), shown offscreen, for the benchmarks.
#pragma once

#include "job_filter_model.h"
#include "job_table_model.h"
#include "job_view.h"

#include <QCoreApplication>
#include <QTableView>

struct BenchGui {
    bitsmon::JobTableModel model;
    bitsmon::JobFilterModel proxy;
    QTableView view;

    explicit BenchGui(int sortColumn = bitsmon::JobTableModel::CreatedColumn)
    {
        proxy.setSourceModel(&model);
        view.setModel(&proxy);
        bitsmon::setUpJobView(view);
        view.sortByColumn(sortColumn, Qt::DescendingOrder);
        view.resize(1200, 700);
        view.show();
        QCoreApplication::processEvents();
    }
};
