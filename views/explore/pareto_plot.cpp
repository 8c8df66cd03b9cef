#include "views/explore/pareto_plot.h"

#include <cmath>

#include <QMouseEvent>
#include <QToolTip>

#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/explore/chart_rows.h"

namespace rl {
namespace views {
namespace {

constexpr double kHitPixels = 7;

// Perceptually ordered, readable on light and dark backgrounds (viridis-like).
QCPColorGradient colourGradient() {
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    g.setColorStopAt(0.5, QColor(0x21, 0x91, 0x8c));
    g.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    g.setColorStopAt(1.0, QColor(0xfd, 0xe7, 0x25));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    return g;
}

// A yes/no figure's two colours (ColorBrewer Dark2: told apart with
// red-green colour blindness, readable on light and dark backgrounds).
QColor flagColour(bool yes) { return yes ? QColor(0x1b, 0x9e, 0x77) : QColor(0xd9, 0x5f, 0x02); }

QSharedPointer<QCPAxisTickerText> tickerFor(const ScatterAxis& a) {
    QSharedPointer<QCPAxisTickerText> t(new QCPAxisTickerText);
    for (std::size_t i = 0; i < a.ticks.size(); ++i) t->addTick(a.ticks[i], a.labels[i]);
    // Unlabelled ticks beyond each end, so the margins get their minor ticks.
    if (!a.ticks.empty()) {
        t->addTick(a.outerLo, QString());
        t->addTick(a.outerHi, QString());
    }
    t->setSubTickCount(a.subTickCount);
    return t;
}

}  // namespace

ParetoPlot::ParetoPlot(QWidget* parent) : ExploreChart("paretoPlot", parent) {
    // Beside the axes (the frame's third row): the colour scale.
    colourScale_ = new QCPColorScale(plot_);
    plot_->plotLayout()->addElement(2, 1, colourScale_);
    colourScale_->setType(QCPAxis::atRight);
    colourScale_->setGradient(colourGradient());
    colourScale_->setBarWidth(12);
    auto* group = new QCPMarginGroup(plot_);
    plot_->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, group);
    colourScale_->setMarginGroup(QCP::msTop | QCP::msBottom, group);

    plot_->setInteractions(QCP::iRangeZoom);
    plot_->setSelectionRectMode(QCP::srmCustom);
    QColor brush = Theme::instance().chart().selection;
    brush.setAlpha(30);
    plot_->selectionRect()->setBrush(brush);
    connect(plot_->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect& r, QMouseEvent*) { brushPixels(r); });
    connect(plot_, &QCustomPlot::mouseMove, this, &ParetoPlot::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this,
            [this](QMouseEvent* e) { pressPos_ = e->pos(); });
    connect(plot_, &QCustomPlot::mouseRelease, this, &ParetoPlot::onMouseRelease);
    connect(plot_, &QCustomPlot::mouseWheel, this, [this] { zoomed_ = true; });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* e) {
        const int p = pointAt(e->pos());
        if (p >= 0) Q_EMIT pointActivated(p);
    });
    // Zooming re-ticks the visible range with the scene's rules.
    connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange& r) {
                plot_->xAxis->setTicker(tickerFor(
                    scatterAxisFor(r.lower, r.upper, scene_.xAxis().log, scene_.input().formatX)));
            });
    connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange& r) {
                plot_->yAxis->setTicker(tickerFor(
                    scatterAxisFor(r.lower, r.upper, scene_.yAxis().log, scene_.input().formatY)));
            });
    setScene(ParetoScene{}, QString(), QString(), QString(), QString(), true);
}

void ParetoPlot::applyAxis(bool x, const ScatterAxis& a) {
    QCPAxis* axis = x ? plot_->xAxis : plot_->yAxis;
    axis->setScaleType(a.log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    axis->setRange(a.lo, a.hi);
    axis->setTicker(tickerFor(a));
}

void ParetoPlot::setScene(const ParetoScene& scene, const QString& title, const QString& xTitle,
                          const QString& yTitle, const QString& colourTitle, bool resetView) {
    const bool logChanged =
        scene.xAxis().log != scene_.xAxis().log || scene.yAxis().log != scene_.yAxis().log;
    scene_ = scene;
    plot_->clearPlottables();
    selection_ = nullptr;
    styleChart(plot_);
    const ChartColors& c = Theme::instance().chart();
    setChartTitle(plot_, title);
    plot_->xAxis->setLabel(xTitle);
    plot_->yAxis->setLabel(yTitle);
    if (resetView || logChanged || !zoomed_) {
        zoomed_ = false;
        applyAxis(true, scene_.xAxis());
        applyAxis(false, scene_.yAxis());
    }

    QCPColorGradient gradient = colourGradient();  // color() is not const
    const QColor neutral = Theme::instance().category(0);
    const auto& in = scene_.input();
    int dominated = 0, front = 0;
    QCPGraph* dominatedEntry = nullptr;  // the one dominated layer in the legend
    QCPGraph* frontEntry = nullptr;      // the front's line, else its first layer
    auto addLayer = [&](const ScatterLayer& layer) {
        QVector<double> xs, ys;
        xs.reserve(int(layer.points.size()));
        ys.reserve(int(layer.points.size()));
        for (int p : layer.points) {
            xs.push_back(in.x[p]);
            ys.push_back(in.y[p]);
        }
        QColor colour = layer.colourBin < 0 ? neutral
                        : scene_.colourIsFlag()
                            ? flagColour(layer.colourBin == 1)
                            : gradient.color((layer.colourBin + 0.5) / ParetoScene::kColourBins,
                                             QCPRange(0, 1));
        auto* g = plot_->addGraph();
        g->setData(xs, ys);
        g->setLineStyle(QCPGraph::lsNone);
        if (layer.front) {
            g->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssCircle, c.foreground, colour, 10));
            front += int(layer.points.size());
            if (!frontEntry)
                frontEntry = g;
            else
                g->removeFromLegend();
        } else {
            colour.setAlphaF(ParetoScene::kDimmedOpacity);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 6));
            dominated += int(layer.points.size());
            if (!dominatedEntry)
                dominatedEntry = g;
            else
                g->removeFromLegend();
        }
    };
    const auto layers = scene_.layers();
    for (const auto& l : layers)
        if (!l.front) addLayer(l);
    // The line first, the front's points over it.
    if (!scene_.frontLine().empty()) {
        QVector<double> xs, ys;
        for (int p : scene_.frontLine()) {
            xs.push_back(in.x[p]);
            ys.push_back(in.y[p]);
        }
        auto* line = plot_->addGraph();
        line->setData(xs, ys, true);
        line->setPen(QPen(c.foreground, 1.5));
        frontEntry = line;
    }
    for (const auto& l : layers)
        if (l.front) addLayer(l);
    // The legend counts what is drawn.
    if (frontEntry) frontEntry->setName(tr("Pareto front (%1)").arg(front));
    if (dominatedEntry) dominatedEntry->setName(tr("dominated (%1)").arg(dominated));

    // A yes/no figure: two colours in the legend rather than a scale.
    if (scene_.colourIsFlag())
        for (bool yes : {true, false})
            addLegendSwatch(plot_, flagColour(yes),
                            (yes ? tr("%1: yes") : tr("%1: no")).arg(colourTitle), true);
    colourScale_->setVisible(scene_.hasColour() && !scene_.colourIsFlag());
    if (colourScale_->visible()) {
        const ScatterAxis& ca = scene_.colourAxis();
        colourScale_->setDataScaleType(ca.log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        colourScale_->setDataRange(QCPRange(ca.lo, ca.hi));
        colourScale_->axis()->setTicker(tickerFor(ca));
        colourScale_->axis()->setLabel(colourTitle);
        styleAxisRect(colourScale_->axis()->axisRect());
        colourScale_->axis()->setTickLabelColor(c.foreground);
        colourScale_->axis()->setLabelColor(c.foreground);
        colourScale_->axis()->setBasePen(QPen(c.axis));
        colourScale_->axis()->setTickPen(QPen(c.axis));
        colourScale_->axis()->setSubTickPen(QPen(c.axis));
    }
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);  // as narrow as the scale
    plot_->legend->setVisible(plot_->legend->itemCount() > 0);
    drawSelection();
}

void ParetoPlot::setSelected(const std::vector<int>& points) {
    selected_.clear();
    for (int p : points)
        if (scene_.isDrawn(p)) selected_.push_back(p);
    drawSelection();
}

void ParetoPlot::drawSelection() {
    if (!selection_) {
        selection_ = plot_->addGraph();
        selection_->setLineStyle(QCPGraph::lsNone);
        selection_->setName(tr("selected"));
    }
    const ChartColors& c = Theme::instance().chart();
    selection_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c.selection, 2), Qt::NoBrush, 14));
    QVector<double> xs, ys;
    for (int p : selected_) {
        xs.push_back(scene_.input().x[p]);
        ys.push_back(scene_.input().y[p]);
    }
    selection_->setData(xs, ys);
    if (selected_.empty())
        selection_->removeFromLegend();
    else if (!plot_->legend->hasItemWithPlottable(selection_))
        selection_->addToLegend();
    plot_->legend->setVisible(plot_->legend->itemCount() > 0);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ParetoPlot::resetView() {
    zoomed_ = false;
    applyAxis(true, scene_.xAxis());
    applyAxis(false, scene_.yAxis());
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QPointF ParetoPlot::toPixel(double x, double y) const {
    return {plot_->xAxis->coordToPixel(x), plot_->yAxis->coordToPixel(y)};
}

int ParetoPlot::pointAt(QPointF pixel) const {
    if (!plot_->axisRect()->rect().contains(pixel.toPoint())) return -1;
    return scene_.nearest([this](double x, double y) { return toPixel(x, y); }, pixel, kHitPixels);
}

void ParetoPlot::brushPixels(const QRect& rect) {
    const QRect r = rect.normalized();
    const double x0 = plot_->xAxis->pixelToCoord(r.left()),
                 x1 = plot_->xAxis->pixelToCoord(r.right());
    const double y0 = plot_->yAxis->pixelToCoord(r.top()),
                 y1 = plot_->yAxis->pixelToCoord(r.bottom());
    setSelected(scene_.pointsIn(x0, x1, y0, y1));
    Q_EMIT brushed(selected_);
}

void ParetoPlot::onMouseMove(QMouseEvent* e) {
    if (e->buttons() != Qt::NoButton) return;  // brushing
    const int p = pointAt(e->pos());
    if (p >= 0 && describe_)
        QToolTip::showText(e->globalPosition().toPoint(), describe_(p), plot_);
    else
        QToolTip::hideText();
}

void ParetoPlot::onMouseRelease(QMouseEvent* e) {
    if ((e->pos() - pressPos_).manhattanLength() > 3) return;  // a brush, not a click
    Q_EMIT pointClicked(pointAt(e->pos()));
}

}  // namespace views
}  // namespace rl
