#include "rate_graph.h"

#include "format.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace bitsmon {

namespace {

// 1, 2 or 5 times a power of ten, at least `value`.
double roundedUp(double value)
{
    if (value <= 0)
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (step * power >= value)
            return step * power;
    return 10 * power;
}

}  // namespace

RateGraph::RateGraph(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rateGraph"));
    setAccessibleName(tr("Transfer rate"));
}

void RateGraph::plot(const std::deque<RateSample> &samples, std::chrono::seconds span,
                     std::chrono::steady_clock::time_point now, const QString &caption)
{
    m_span = span;
    m_points.clear();
    double peak = 0;
    for (const RateSample &s : samples) {
        m_points.emplace_back(-std::chrono::duration<double>(now - s.at).count(), s.bytesPerSecond);
        peak = std::max(peak, s.bytesPerSecond);
    }
    m_top = roundedUp(peak);
    m_caption = caption;
    setAccessibleDescription(caption);
    update();
}

void RateGraph::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &p = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRect all = rect().adjusted(0, 0, -1, -1);
    painter.fillRect(all, p.color(QPalette::Base));
    painter.setPen(p.color(QPalette::Mid));
    painter.drawRect(all);

    const int line = metrics.height();
    const QRectF plot = QRectF(all).adjusted(4, line + 6, -4, -line - 2);
    painter.setPen(p.color(QPalette::Text));
    painter.drawText(all.adjusted(6, 3, -6, 0), Qt::AlignLeft | Qt::AlignTop, m_caption);
    painter.setPen(p.color(QPalette::PlaceholderText));
    //: under the rate graph, at its left: how far back it goes
    painter.drawText(all.adjusted(6, 0, -6, -2), Qt::AlignLeft | Qt::AlignBottom,
                     tr("%n min ago", nullptr, int(m_span.count() / 60)));
    //: under the rate graph, at its right
    painter.drawText(all.adjusted(6, 0, -6, -2), Qt::AlignRight | Qt::AlignBottom, tr("now"));
    if (m_top <= 0 || m_points.empty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("Nothing transferred in the last minutes"));
        return;
    }
    painter.drawText(all.adjusted(6, line + 4, -6, 0), Qt::AlignRight | Qt::AlignTop, Format::rate(m_top));
    painter.setPen(QPen(p.color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(plot.topLeft(), plot.topRight());

    const double span = double(m_span.count());
    auto at = [&](const QPointF &point) {
        return QPointF(plot.right() + point.x() / span * plot.width(),
                       plot.bottom() - point.y() / m_top * plot.height());
    };
    QPainterPath curve(at(m_points.front()));
    for (std::size_t i = 1; i < m_points.size(); ++i)
        curve.lineTo(at(m_points[i]));
    QPainterPath area = curve;
    area.lineTo(at({m_points.back().x(), 0}));
    area.lineTo(at({m_points.front().x(), 0}));
    area.closeSubpath();
    QColor fill = p.color(QPalette::Highlight);
    fill.setAlpha(90);
    painter.fillPath(area, fill);
    painter.setPen(QPen(p.color(QPalette::Highlight), 2));
    painter.drawPath(curve);
}

}  // namespace bitsmon
