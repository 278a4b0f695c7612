// The job table's view, set up the one way the main window and the
// benchmarks use it, so that what bench/ measures is what people get.
#pragma once

#include <QBasicTimer>
#include <QRegion>
#include <QTableView>

namespace bitsmon {

// Row selection, sorting (by creation time), the progress bar delegate,
// fixed column widths and fixed row heights: sizing to contents would read
// every row, which is slow at 10,000 jobs.
void setUpJobView(QTableView &view);

// The job table. It draws the changes a batch brings at the next turn of
// the event loop, not straight after the batch: applying 10,000 changes and
// drawing them were one stall, and input waited for both. Now what waits
// (a click, a key, a timer) runs between the two.
class JobView : public QTableView {
    Q_OBJECT
public:
    explicit JobView(QWidget *parent = nullptr);

    // A repaint of changed cells is waiting for its turn.
    bool repaintPending() const { return m_repaint.isActive(); }

protected:
    // For a caller that has just repainted everything itself.
    void discardPendingRepaint();

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void timerEvent(QTimerEvent *event) override;

private:
    QBasicTimer m_repaint;
    QRegion m_changed;      // cells to repaint
    bool m_allChanged = false;  // or the whole viewport
};

}  // namespace bitsmon
