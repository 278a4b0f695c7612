// The job table's view, set up the one way the main window and the
// benchmarks use it, so that what bench/ measures is what people get.
#pragma once

#include "job_table_model.h"

#include <QBasicTimer>
#include <QRegion>
#include <QTableView>

#include <array>

namespace bitsmon {

// Row selection, sorting (by creation time), the progress bar delegate,
// fixed column widths and fixed row heights: sizing to contents would read
// every row, which is slow at 10,000 jobs. The header's context menu shows
// and hides columns (Modified is hidden at first: it changes with every
// transfer, and the details pane has it).
void setUpJobView(QTableView &view);
// The width each column but Error needs for the widest text it shows.
std::array<int, JobTableModel::ErrorColumn> contentWidths(const QTableView &view);
// Narrows the columns so that they and an Error column `errorWidth` wide fit
// `width` pixels: first titles wider than their column's texts (clipped
// then, whole in their tooltips), then the Name column, down to eight
// characters. Hidden columns take no room.
void fitJobColumns(QTableView &view, int width, int errorWidth);

// The job table. It draws what a batch or a re-sort changed at the next
// turns of the event loop, not straight after it, and a few rows a turn:
// - applying 10,000 changes and drawing them were one stall, and input
//   waited for both; now what waits (a click, a key, a timer) runs between;
// - after a re-sort every visible row is new (texts to lay out, bars to
//   draw), and one paint of them all was the longest stall of a flood; now
//   each turn draws at most rowsPerPaint() rows, from the top down, and
//   input runs between the bands. The next band continues where the last
//   one ended, so no row waits more than a sweep of the viewport.
// Paints Qt asks for itself (exposing, scrolling, resizing, hovering,
// selecting) are drawn at once and whole, as before.
class JobView : public QTableView {
    Q_OBJECT
public:
    explicit JobView(QWidget *parent = nullptr);

    // A repaint of changed cells is waiting for its turn.
    bool repaintPending() const
    {
        return m_repaint.isActive() || (m_awaitingBandPaint && (m_allChanged || !m_changed.isEmpty()));
    }

    // At most this many rows are drawn in one turn of the event loop (and at
    // least one). A row not shown before is the dearest thing the view
    // draws; the default keeps a turn well within a frame (figures in
    // docs/PERFORMANCE.md).
    int rowsPerPaint() const { return m_rowsPerPaint; }
    void setRowsPerPaint(int rows);

    // Drawn in the middle of the table while it has no rows: what to do
    // first, or why nothing is shown. Empty: nothing is drawn.
    QString emptyText() const { return m_emptyText; }
    void setEmptyText(const QString &text);

protected:
    // For a caller that has just repainted everything itself.
    void discardPendingRepaint();

    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void doItemsLayout() override;
    void timerEvent(QTimerEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // Runs `change` with the viewport's own repaint held back; true if it
    // is to be asked for from the timer (the view is shown and updating).
    template <typename Change>
    bool holdingRepaint(Change &&change);
    void repaintLater(const QRegion &cells);
    void repaintEverythingLater();
    // Starts the timer for the next band, unless one is asked for and not
    // yet painted.
    void scheduleBand();
    // The rows from the one at viewport height `y`, at most rowsPerPaint()
    // of them; below the last row, everything below `y`.
    QRect bandFrom(int y) const;

    QBasicTimer m_repaint;
    QRegion m_changed;                 // cells to repaint
    bool m_allChanged = false;         // or the whole viewport
    int m_nextBand = 0;                // viewport height the next band starts at
    bool m_awaitingBandPaint = false;  // a band was asked for; the next waits for its paint
    int m_rowsPerPaint = 12;
    QString m_emptyText;
};

}  // namespace bitsmon
