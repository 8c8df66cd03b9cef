#include "views/explore/tornado_plot.h"

#include <algorithm>
#include <tuple>

#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/explore/chart_rows.h"

namespace rl {
namespace views {
namespace {

constexpr double kHalfBar = 0.32;  // of a row's height

}  // namespace

TornadoPlot::TornadoPlot(QWidget* parent) : ExploreChart("tornadoPlot", parent) {
    setScene({}, {}, QString(), QString(), QString());
}

void TornadoPlot::setScene(const TornadoInput& input, const TornadoScene& scene,
                           const QString& title, const QString& valueTitle,
                           const QString& message) {
    plot_->clearPlottables();
    plot_->clearItems();
    styleChart(plot_);
    const ChartColors& c = Theme::instance().chart();
    setChartTitle(plot_, title);
    bars_ = static_cast<int>(scene.bars.size());
    const int rows = std::max(bars_, 1);
    // Row r at key rows - 1 - r: the widest bar on top.
    auto key = [rows](int row) { return double(rows - 1 - row); };
    const QColor lowColour = Theme::instance().category(0),
                 highColour = Theme::instance().category(1);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    for (const TornadoBar& b : scene.bars) {
        const auto& axis = input.axes[b.axis];
        names->addTick(key(b.row), axis.axis);
        // The longer bar first so the shorter one stays visible over it.
        struct Side {
            double value;
            QColor colour;
            QString setting;
        };
        Side sides[2] = {{b.low, lowColour, axis.lowSetting},
                         {b.high, highColour, axis.highSetting}};
        if (std::abs(sides[0].value) < std::abs(sides[1].value)) std::swap(sides[0], sides[1]);
        for (const Side& s : sides) {
            auto* r = new QCPItemRect(plot_);
            r->topLeft->setCoords(std::min(0.0, s.value), key(b.row) + kHalfBar);
            r->bottomRight->setCoords(std::max(0.0, s.value), key(b.row) - kHalfBar);
            r->setPen(QPen(s.colour.darker(130)));
            r->setBrush(s.colour);
            r->setClipToAxisRect(true);
        }
        // The axis values at the row's two ends, outside the bars: the one
        // giving the lower objective on the left, so they never overlap.
        const bool lowIsLeft = b.low <= b.high;
        const QString left = lowIsLeft ? axis.lowSetting : axis.highSetting;
        const QString right = lowIsLeft ? axis.highSetting : axis.lowSetting;
        const double x0 = std::min({0.0, b.low, b.high}), x1 = std::max({0.0, b.low, b.high});
        for (const auto& [x, text, align] :
             {std::tuple{x0, left, Qt::AlignRight}, std::tuple{x1, right, Qt::AlignLeft}}) {
            auto* label = new QCPItemText(plot_);
            label->position->setCoords(x, key(b.row));
            label->setPositionAlignment(align | Qt::AlignVCenter);
            label->setPadding(QMargins(4, 0, 4, 0));
            label->setText(text);
            label->setColor(c.foreground);
            label->setClipToAxisRect(true);
        }
    }
    if (bars_ == 0 && !message.isEmpty()) {
        auto* text = new QCPItemText(plot_);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setText(message);
        text->setColor(c.foreground);
    }
    if (bars_ > 0) {
        addLegendSwatch(plot_, lowColour, tr("axis at its lowest value"));
        addLegendSwatch(plot_, highColour, tr("axis at its highest value"));
    }
    plot_->legend->setVisible(bars_ > 0);
    plot_->yAxis->setTicker(names);
    plot_->yAxis->setSubTicks(false);
    plot_->yAxis->setTickLength(0, 0);
    plot_->yAxis->grid()->setVisible(false);
    plot_->yAxis->setRange(-0.6, rows - 0.4);
    // Room for the value labels beyond the longest bars: a fifth of the span each side.
    const ScatterAxis& v = scene.valueAxis;
    const double pad = 0.2 * (v.hi - v.lo);
    QSharedPointer<QCPAxisTickerText> values(new QCPAxisTickerText);
    for (std::size_t i = 0; i < v.ticks.size(); ++i) values->addTick(v.ticks[i], v.labels[i]);
    values->setSubTickCount(v.subTickCount);
    plot_->xAxis->setTicker(values);
    plot_->xAxis->setRange(v.lo - pad, v.hi + pad);
    plot_->xAxis->setLabel(valueTitle);
    // The base: a line at zero change.
    auto* zero = new QCPItemStraightLine(plot_);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(0, 1);
    zero->setPen(QPen(c.foreground, 1.2));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace views
}  // namespace rl
