// A small graph of a transfer rate over the last minutes, with a caption
// ("1.5 MB/s · 3 min 20 s left"): the filled area in the palette's
// highlight colour, the scale's top in words. Readable in light and dark.
#pragma once

#include "rate_history.h"

#include <QWidget>

namespace bitsmon {

class RateGraph : public QWidget {
    Q_OBJECT
public:
    explicit RateGraph(QWidget *parent = nullptr);

    // What to draw: `samples` over the last `span`, ending `now`.
    void plot(const std::deque<RateSample> &samples, std::chrono::seconds span,
              std::chrono::steady_clock::time_point now, const QString &caption);
    QString caption() const { return m_caption; }
    // The rate the graph's top stands for (a round number above the peak).
    double scaleTop() const { return m_top; }

    QSize sizeHint() const override { return {320, 110}; }
    QSize minimumSizeHint() const override { return {160, 70}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<QPointF> m_points;  // x: seconds before now (negative), y: bytes/s
    std::chrono::seconds m_span{300};
    QString m_caption;
    double m_top = 0;
};

}  // namespace bitsmon
