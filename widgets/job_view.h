// The job table's view, set up the one way the main window and the
// benchmarks use it, so that what bench/ measures is what people get.
#pragma once

class QTableView;

namespace bitsmon {

// Row selection, sorting (by creation time), the progress bar delegate,
// fixed column widths and fixed row heights: sizing to contents would read
// every row, which is slow at 10,000 jobs.
void setUpJobView(QTableView &view);

}  // namespace bitsmon
