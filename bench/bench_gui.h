// The table as the main window has it (model, sorting/filtering proxy, and
// the view set up by setUpJobView), shown offscreen, for the benchmarks.
#pragma once

#include "job_filter_model.h"
#include "job_table_model.h"
#include "job_view.h"

#include <QCoreApplication>
#include <QTableView>

// Handles the GUI thread's events, sleeping until one comes, as the app's
// own event loop does. (QCoreApplication::processEvents(flags, ms) ignores
// WaitForMoreEvents and returns at once when nothing is waiting: a loop
// around it kept the GUI thread busy on a core, and a thread that always
// wants a core waits longer for one.)
inline void handleEventsAsTheyCome()
{
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// The job view, able to finish what it left for later.
class BenchView : public bitsmon::JobView {
public:
    // Lays out what the view postponed and paints the visible rows now, as
    // the event loop would a moment later: what a person waits for.
    void settle()
    {
        executeDelayedItemsLayout();
        viewport()->repaint();
        discardPendingRepaint();  // just done
    }
};

struct BenchGui {
    bitsmon::JobTableModel model;
    bitsmon::JobFilterModel proxy;
    BenchView view;

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
