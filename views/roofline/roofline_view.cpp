#include "views/roofline/roofline_view.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QTransform>
#include "views/common/qcp.h"

#include "views/common/chart_export.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/plot_page.h"
#include "views/common/theme.h"

namespace rl {
namespace views {
namespace {

constexpr double kLineXMin = 1e-4;  // ceilings are drawn across this span so panning never runs out
constexpr double kLineXMax = 1e8;
constexpr int kSizeBuckets = 6;
constexpr double kMinDot = 6.0, kMaxDot = 26.0;
constexpr int kArrowsMax = 15;      // most time-consuming operators get compare arrows
constexpr int kArrowLabelsMax = 3;  // ... and the first few a % label

double floorDecade(double v) { return std::pow(10.0, std::floor(std::log10(v))); }
double ceilDecade(double v) { return std::pow(10.0, std::ceil(std::log10(v))); }

QSharedPointer<QCPAxisTickerLog> logTicker() {
    QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
    t->setLogBase(10);
    t->setSubTickCount(8);
    return t;
}

}  // namespace

RooflineView::RooflineView(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), store_(store), selection_(selection), plot_(new QCustomPlot(this)) {
    setObjectName("rooflineView");
    auto* bar = newPlotToolBar();
    levelCombo_ = addLabelledCombo(
        bar, tr("Memory level:"),
        tr("Operators are placed by their arithmetic intensity at this level"), this);
    bar->addSpacing(12);
    colorCombo_ = addLabelledCombo(bar, tr("Colour by:"), QString(), this);
    colorCombo_->addItem(tr("Phase"));
    colorCombo_->addItem(tr("Binding resource"));
    bar->addSpacing(12);
    ceilingsButton_ = new QToolButton(this);
    ceilingsButton_->setText(tr("Ceilings"));
    ceilingsButton_->setToolTip(tr("Show or hide individual ceilings"));
    ceilingsButton_->setPopupMode(QToolButton::InstantPopup);
    ceilingsButton_->setMenu(new QMenu(ceilingsButton_));
    connect(ceilingsButton_->menu(), &QMenu::aboutToShow, this, &RooflineView::showCeilingMenu);
    bar->addWidget(ceilingsButton_);
    rectZoomButton_ = new QToolButton(this);
    rectZoomButton_->setText(tr("Zoom box"));
    rectZoomButton_->setToolTip(tr("Drag a rectangle to zoom (otherwise dragging pans)"));
    rectZoomButton_->setCheckable(true);
    connect(rectZoomButton_, &QToolButton::toggled, this, &RooflineView::setRectangleZoom);
    bar->addWidget(rectZoomButton_);
    auto* undoButton = new QToolButton(this);
    undoButton->setText(tr("Undo zoom"));
    connect(undoButton, &QToolButton::clicked, this, [this] { undoZoom(); });
    bar->addWidget(undoButton);
    auto* resetButton = new QToolButton(this);
    resetButton->setText(tr("Reset zoom"));
    connect(resetButton, &QToolButton::clicked, this, [this] {
        pushZoomState();
        resetZoom();
    });
    bar->addWidget(resetButton);
    bar->addStretch(1);

    stackToolBarOverPlot(this, bar, plot_);

    // Axes: log-log with decade ticks and titled units.
    for (QCPAxis* axis : {plot_->xAxis, plot_->yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(logTicker());
        axis->setNumberFormat("eb");
        axis->setNumberPrecision(0);
        axis->grid()->setSubGridVisible(true);
    }
    plot_->xAxis->setLabel(tr("Arithmetic intensity (FLOP/byte)"));
    plot_->yAxis->setLabel(tr("Performance (FLOP/s)"));
    title_ = addPlotTitle(plot_, this);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);
    footnote_ = new QCPItemText(plot_);
    footnote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    footnote_->position->setCoords(0.01, 0.01);
    footnote_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    footnote_->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));

    connect(plot_, &QCustomPlot::afterLayout, this, &RooflineView::layoutLabels);
    connect(plot_, &QCustomPlot::mouseMove, this, &RooflineView::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &RooflineView::onMousePress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &RooflineView::onMouseRelease);
    connect(plot_, &QCustomPlot::mouseWheel, this, &RooflineView::onMouseWheel);
    connect(plot_->selectionRect(), &QCPSelectionRect::started, this, [this] { pushZoomState(); });

    connect(levelCombo_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setLevel(i); });
    connect(colorCombo_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setColorBy(i == 0 ? ColorBy::phase : ColorBy::bound); });
    connect(store_, &ResultStore::resultChanged, this, [this] {
        fillLevelCombo();
        rebuild();
    });
    connect(store_, &ResultStore::baselineChanged, this, [this] {
        rebuildCompare();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(selection_, &OpSelection::currentChanged, this, [this] {
        updateSelectionMarker();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
    connect(&Theme::instance(), &Theme::changed, this, [this] { rebuild(); });
    rebuild();
}

void RooflineView::fillLevelCombo() {
    level_ = fillMemoryLevelCombo(levelCombo_, store_->result().get(), level_);
}

void RooflineView::setLevel(int level) {
    if (level < 0 || level >= levelCombo_->count()) return;
    level_ = level;
    levelCombo_->setCurrentIndex(level);
    rebuild();
}

void RooflineView::setColorBy(ColorBy c) {
    colorBy_ = c;
    colorCombo_->setCurrentIndex(c == ColorBy::phase ? 0 : 1);
    rebuild();
}

double RooflineView::maxCompute() const {
    double m = 0;
    for (const auto& c : ceilings_)
        if (c.compute && c.visible) m = std::max(m, c.value);
    if (m == 0)
        for (const auto& c : ceilings_)
            if (c.compute) m = std::max(m, c.value);
    return m;
}

double RooflineView::maxBandwidth() const {
    double m = 0;
    for (const auto& c : ceilings_)
        if (!c.compute && c.visible) m = std::max(m, c.value);
    return m;
}

double RooflineView::levelBandwidth() const {
    const auto& p = store_->result();
    if (!p || level_ >= static_cast<int>(p->levels.size())) return 0;
    for (const auto& c : ceilings_)
        if (!c.compute && std::find(c.levels.begin(), c.levels.end(), level_) != c.levels.end())
            return c.value;
    return 0;
}

void RooflineView::rebuild() {
    plot_->clearGraphs();
    plot_->clearItems();  // also deletes the footnote; recreate below
    ceilings_.clear();
    dotGraphs_.clear();
    dots_.clear();
    arrows_.clear();
    arrowLabels_.clear();
    ridgeGraph_ = selectedGraph_ = baselineGraph_ = nullptr;
    footnote_ = new QCPItemText(plot_);
    footnote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    footnote_->position->setCoords(0.01, 0.01);
    footnote_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    footnote_->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    footnote_->setText(QString());

    styleChart(plot_);
    footnote_->setColor(Theme::instance().chart().foreground);
    rebuildCeilings();
    rebuildDots();
    rebuildCompare();
    updateSelectionMarker();
    updateTitle();
    resetZoom();
}

void RooflineView::rebuildCeilings() {
    const auto& p = store_->result();
    if (!p) return;
    // Ceilings with the same value (fp16 and bf16 tensor cores) share one line
    // and one label, so labels never sit on top of each other.
    for (const auto& c : p->ceilings) {
        if (!(c.value > 0) || !std::isfinite(c.value)) continue;
        auto same = std::find_if(ceilings_.begin(), ceilings_.end(), [&](const CeilingLine& l) {
            return l.compute == c.compute && std::abs(l.value - c.value) <= 0.005 * c.value;
        });
        if (same != ceilings_.end()) {
            same->label += ", " + qstr(c.label);
            if (!c.compute) same->levels.push_back(c.level);
            continue;
        }
        CeilingLine line;
        line.label = qstr(c.label);
        line.compute = c.compute;
        line.value = c.value;
        if (!c.compute) line.levels = {c.level};
        ceilings_.push_back(line);
    }
    // Compute ceilings first, highest first; then memory levels by bandwidth.
    std::stable_sort(ceilings_.begin(), ceilings_.end(),
                     [](const CeilingLine& a, const CeilingLine& b) {
                         if (a.compute != b.compute) return a.compute;
                         return a.value > b.value;
                     });
    const ChartColors& colors = Theme::instance().chart();
    const double pmax = maxCompute();
    const double bmax = maxBandwidth();
    const double levelBw = levelBandwidth();
    QFont labelFont(font().family(), std::max(7, font().pointSize() - 1));
    // The ridge quoted in the level's label is that of the math type most of the time runs in.
    std::map<rl::DType, double> timeByType;
    for (const auto& op : p->ops) timeByType[op.mathType] += op.time;
    QString mainType;
    double mainPeak = 0, bestTime = -1;
    for (const auto& [type, t] : timeByType)
        if (t > bestTime)
            for (const auto& c : p->ceilings)
                if (c.compute && c.computeType == type) {
                    bestTime = t;
                    mainType = qstr(std::string(toString(type)));
                    mainPeak = c.value;
                }
    for (auto& line : ceilings_) {
        line.graph = plot_->addGraph();
        line.graph->removeFromLegend();
        line.graph->setSelectable(QCP::stNone);
        const bool chosen = !line.compute && line.value == levelBw;
        QPen pen(line.compute ? colors.computeCeiling : colors.memoryCeiling, chosen ? 2.5 : 1.6);
        if (!line.compute && !chosen) pen.setStyle(Qt::DashLine);
        line.graph->setPen(pen);
        if (line.compute) {
            const double x0 = bmax > 0 ? line.value / bmax : kLineXMin;
            line.graph->setData({x0, kLineXMax}, {line.value, line.value}, true);
        } else {
            const double x1 = pmax > 0 ? pmax / line.value : kLineXMax;
            line.graph->setData({kLineXMin, x1}, {line.value * kLineXMin, line.value * x1}, true);
        }
        line.text = new QCPItemText(plot_);
        line.text->position->setType(QCPItemPosition::ptAbsolute);
        line.text->setClipToAxisRect(true);
        line.text->setFont(labelFont);
        line.text->setColor(line.compute ? colors.computeCeiling : colors.memoryCeiling);
        QString text =
            line.label + "  " + (line.compute ? fmtFlopRate(line.value) : fmtBandwidth(line.value));
        if (chosen && mainPeak > 0)
            text += "  · " + tr("ridge %1 (%2)").arg(fmtIntensity(mainPeak / line.value), mainType);
        line.text->setText(text);
    }
    // Ridge points of the chosen level against every compute ceiling.
    if (levelBw > 0) {
        ridgeGraph_ = plot_->addGraph();
        ridgeGraph_->setName(tr("Ridge points"));
        ridgeGraph_->setLineStyle(QCPGraph::lsNone);
        ridgeGraph_->setScatterStyle(QCPScatterStyle(
            QCPScatterStyle::ssDiamond, QPen(colors.ridge, 1.5), QBrush(colors.ridge), 9));
        ridgeGraph_->setSelectable(QCP::stNone);
        for (const auto& line : ceilings_)
            if (line.compute && line.visible)
                ridgeGraph_->addData(line.value / levelBw, line.value);
    }
}

void RooflineView::rebuildDots() {
    const auto& p = store_->result();
    if (!p) {
        footnote_->setText(tr("No result yet: open a project or run a prediction."));
        return;
    }
    // Group ops by colour key, preserving first appearance (phase) or time (bound).
    std::vector<QString> keys;
    std::map<QString, double> keyTime;
    for (const auto& op : p->ops) {
        QString k = colorBy_ == ColorBy::phase ? qstr(op.phase) : qstr(op.binding);
        if (k.isEmpty()) k = tr("(none)");
        if (!keyTime.count(k)) keys.push_back(k);
        keyTime[k] += op.time;
    }
    if (colorBy_ == ColorBy::bound)
        std::stable_sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
            return keyTime[a] > keyTime[b];
        });
    double maxShare = 0;
    for (const auto& op : p->ops) maxShare = std::max(maxShare, op.share);
    if (maxShare <= 0) maxShare = 1;

    // One graph per (colour, size bucket): QCustomPlot has one scatter size per graph.
    std::map<std::pair<int, int>, QCPGraph*> graphs;
    int skipped = 0;
    for (std::size_t i = 0; i < p->ops.size(); ++i) {
        const auto& op = p->ops[i];
        const double bytes =
            level_ < static_cast<int>(op.traffic.size()) ? op.traffic[level_].total() : 0;
        if (!(op.flops > 0) || !(bytes > 0) || !(op.timeEach > 0)) {
            ++skipped;
            continue;
        }
        QString k = colorBy_ == ColorBy::phase ? qstr(op.phase) : qstr(op.binding);
        if (k.isEmpty()) k = tr("(none)");
        const int colorIndex =
            static_cast<int>(std::find(keys.begin(), keys.end(), k) - keys.begin());
        const int bucket = std::clamp(
            static_cast<int>(std::sqrt(std::max(0.0, op.share) / maxShare) * (kSizeBuckets - 1) +
                             0.5),
            0, kSizeBuckets - 1);
        QCPGraph*& g = graphs[{colorIndex, bucket}];
        if (!g) {
            g = plot_->addGraph();
            g->removeFromLegend();
            g->setLineStyle(QCPGraph::lsNone);
            QColor fill = Theme::instance().category(colorIndex);
            fill.setAlpha(190);
            const double size = kMinDot + (kMaxDot - kMinDot) * bucket / (kSizeBuckets - 1);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(fill.darker(140), 1),
                                               QBrush(fill), size));
            g->setSelectable(QCP::stNone);
            dotGraphs_.push_back(g);
        }
        Dot d{op.flops / bytes, op.attainedFlops(), static_cast<int>(i)};
        g->addData(d.x, d.y);
        dots_.push_back(d);
    }
    // Legend-only entries: one per colour at a medium size.
    for (std::size_t k = 0; k < keys.size(); ++k) {
        auto* g = plot_->addGraph();
        g->setName(keys[k]);
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = Theme::instance().category(static_cast<int>(k));
        g->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(fill.darker(140), 1), QBrush(fill), 9));
        g->setSelectable(QCP::stNone);
    }
    QString note = tr("%n operator(s) plotted; dot area ∝ share of time", nullptr,
                      static_cast<int>(dots_.size()));
    if (skipped > 0)
        note += "\n" + tr("%n without FLOPs or traffic at this level not shown", nullptr, skipped);
    footnote_->setText(note);
}

void RooflineView::rebuildCompare() {
    for (auto* a : arrows_) plot_->removeItem(a);
    for (auto* t : arrowLabels_) plot_->removeItem(t);
    arrows_.clear();
    arrowLabels_.clear();
    arrowLabelAt_.clear();
    if (baselineGraph_) {
        plot_->removeGraph(baselineGraph_);
        baselineGraph_ = nullptr;
    }
    const auto& p = store_->result();
    const auto& base = store_->baseline();
    if (!p || !base || base == p) return;
    const ChartColors& colors = Theme::instance().chart();
    baselineGraph_ = plot_->addGraph();
    baselineGraph_->setName(tr("Baseline"));
    baselineGraph_->setLineStyle(QCPGraph::lsNone);
    baselineGraph_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colors.arrow, 1.2), Qt::NoBrush, 8));
    baselineGraph_->setSelectable(QCP::stNone);

    std::vector<Dot> sorted = dots_;
    std::sort(sorted.begin(), sorted.end(),
              [&](const Dot& a, const Dot& b) { return p->ops[a.op].time > p->ops[b.op].time; });
    for (const Dot& d : sorted) {
        if (static_cast<int>(arrows_.size()) >= kArrowsMax) break;
        const auto& op = p->ops[d.op];
        const int bi = matchingOp(*base, op);
        if (bi < 0) continue;
        const auto& bop = base->ops[bi];
        const double bb =
            level_ < static_cast<int>(bop.traffic.size()) ? bop.traffic[level_].total() : 0;
        if (!(bop.flops > 0) || !(bb > 0) || !(bop.timeEach > 0)) continue;
        const double bx = bop.flops / bb, by = bop.attainedFlops();
        baselineGraph_->addData(bx, by);
        if (std::abs(std::log10(bx / d.x)) < 0.005 && std::abs(std::log10(by / d.y)) < 0.005)
            continue;
        auto* arrow = new QCPItemLine(plot_);
        arrow->start->setCoords(bx, by);
        arrow->end->setCoords(d.x, d.y);
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 8, 10));
        arrow->setPen(QPen(colors.arrow, 1.3));
        arrow->setSelectable(false);
        arrows_.push_back(arrow);
        if (static_cast<int>(arrowLabels_.size()) < kArrowLabelsMax && bop.time > 0) {
            auto* label = new QCPItemText(plot_);
            label->position->setType(QCPItemPosition::ptAbsolute);  // placed by layoutLabels()
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
            arrowLabelAt_.emplace_back(d.x, d.y);
            label->setColor(colors.foreground);
            label->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
            label->setText(tr("%1: %2 time")
                               .arg(qstr(op.name))
                               .arg(QString::asprintf("%+.0f %%", (op.time / bop.time - 1) * 100)));
            label->setSelectable(false);
            arrowLabels_.push_back(label);
        }
    }
}

void RooflineView::updateSelectionMarker() {
    if (!selectedGraph_) {
        selectedGraph_ = plot_->addGraph();
        selectedGraph_->removeFromLegend();
        selectedGraph_->setLineStyle(QCPGraph::lsNone);
        selectedGraph_->setSelectable(QCP::stNone);
    }
    selectedGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle,
                                                    QPen(Theme::instance().chart().selection, 2.5),
                                                    Qt::NoBrush, 30));
    selectedGraph_->data()->clear();
    for (const Dot& d : dots_)
        if (d.op == selection_->current()) selectedGraph_->addData(d.x, d.y);
}

void RooflineView::updateTitle() {
    const auto& p = store_->result();
    if (!p) {
        title_->setText(tr("Roofline"));
        return;
    }
    title_->setText(tr("Roofline: %1 on %2").arg(qstr(p->model), qstr(p->hardware)));
}

void RooflineView::resetZoom() {
    double xlo = 1e300, xhi = 0, ylo = 1e300, yhi = 0;
    for (const Dot& d : dots_) {
        xlo = std::min(xlo, d.x);
        xhi = std::max(xhi, d.x);
        ylo = std::min(ylo, d.y);
        yhi = std::max(yhi, d.y);
    }
    const double pmax = maxCompute();
    const double bw = levelBandwidth() > 0 ? levelBandwidth() : maxBandwidth();
    if (pmax > 0 && bw > 0) {
        xhi = std::max(xhi, pmax / bw);
        xlo = std::min(xlo, pmax / bw);
        yhi = std::max(yhi, pmax);
        for (const auto& c : ceilings_)
            if (c.compute) ylo = std::min(ylo, c.value);
    }
    if (xhi <= 0) {
        xlo = 0.1;
        xhi = 1e4;
    }
    if (yhi <= 0) {
        ylo = 1e9;
        yhi = 1e15;
    }
    xlo = floorDecade(xlo / 2);
    xhi = ceilDecade(xhi * 2);
    ylo = floorDecade(ylo / 2);
    yhi = ceilDecade(yhi * 3);
    plot_->xAxis->setRange(xlo, xhi);
    plot_->yAxis->setRange(ylo, yhi);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void RooflineView::pushZoomState() {
    zoomHistory_.push_back({plot_->xAxis->range().lower, plot_->xAxis->range().upper,
                            plot_->yAxis->range().lower, plot_->yAxis->range().upper});
    if (zoomHistory_.size() > 50) zoomHistory_.erase(zoomHistory_.begin());
}

bool RooflineView::undoZoom() {
    if (zoomHistory_.empty()) return false;
    const ZoomState z = zoomHistory_.back();
    zoomHistory_.pop_back();
    plot_->xAxis->setRange(z.xlo, z.xhi);
    plot_->yAxis->setRange(z.ylo, z.yhi);
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

void RooflineView::setRectangleZoom(bool on) {
    plot_->setSelectionRectMode(on ? QCP::srmZoom : QCP::srmNone);
    if (rectZoomButton_->isChecked() != on) rectZoomButton_->setChecked(on);
}

QStringList RooflineView::ceilingLabels() const {
    QStringList out;
    for (const auto& c : ceilings_) out << c.label;
    return out;
}

bool RooflineView::ceilingVisible(int i) const {
    return i >= 0 && i < ceilingCount() && ceilings_[i].visible;
}

void RooflineView::setCeilingVisible(int i, bool visible) {
    if (i < 0 || i >= ceilingCount()) return;
    ceilings_[i].visible = visible;
    ceilings_[i].graph->setVisible(visible);
    ceilings_[i].text->setVisible(visible);
    if (ridgeGraph_) {
        ridgeGraph_->data()->clear();
        const double bw = levelBandwidth();
        for (const auto& line : ceilings_)
            if (line.compute && line.visible && bw > 0)
                ridgeGraph_->addData(line.value / bw, line.value);
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int RooflineView::ridgeCount() const { return ridgeGraph_ ? ridgeGraph_->dataCount() : 0; }

void RooflineView::showCeilingMenu() {
    QMenu* menu = ceilingsButton_->menu();
    menu->clear();
    for (int i = 0; i < ceilingCount(); ++i) {
        QAction* a = menu->addAction(ceilings_[i].label);
        a->setCheckable(true);
        a->setChecked(ceilings_[i].visible);
        connect(a, &QAction::toggled, this, [this, i](bool on) { setCeilingVisible(i, on); });
    }
}

// Places ceiling labels in pixel space once the axes know their geometry:
// compute labels at the right end above their line, memory labels along their
// diagonal, each moved until it overlaps no other label.
void RooflineView::layoutLabels() {
    QCPAxis* xa = plot_->xAxis;
    QCPAxis* ya = plot_->yAxis;
    const QRect area = plot_->axisRect()->rect();
    std::vector<QRectF> placed;
    auto overlaps = [&](const QRectF& r) {
        for (const auto& p : placed)
            if (p.adjusted(-6, 0, 6, 0).intersects(r)) return true;
        return false;
    };
    const double pmax = maxCompute();
    const double bmax = maxBandwidth();
    // The footnote and legend are obstacles too.
    if (footnote_ && !footnote_->text().isEmpty()) {
        QFontMetricsF fm(footnote_->font());
        QRectF r = fm.boundingRect(QRectF(0, 0, 2000, 2000), Qt::AlignLeft | Qt::AlignTop,
                                   footnote_->text());
        placed.push_back(
            r.translated(area.left() + area.width() * 0.01, area.top() + area.height() * 0.01));
    }
    if (plot_->legend->visible()) placed.push_back(plot_->legend->outerRect());
    // Big dots too, so labels never hide an operator that matters. Small dots,
    // the baseline's hollow dots and ridge markers are "minor" obstacles: compute
    // labels avoid them when they can, memory labels (whose diagonal the
    // memory-bound dots sit on) ignore them.
    std::vector<QRectF> minor;
    auto overlapsMinor = [&](const QRectF& r) {
        for (const auto& m : minor)
            if (m.intersects(r)) return true;
        return false;
    };
    if (const auto& p = store_->result())
        for (const Dot& d : dots_) {
            const QPointF c(xa->coordToPixel(d.x), ya->coordToPixel(d.y));
            if (p->ops[d.op].share > 0.02)
                placed.push_back(QRectF(c.x() - 10, c.y() - 10, 20, 20));
            else
                minor.push_back(QRectF(c.x() - 4, c.y() - 4, 8, 8));
        }
    for (QCPGraph* g : {baselineGraph_, ridgeGraph_})
        if (g && g->visible())
            for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
                const QPointF c(xa->coordToPixel(it->key), ya->coordToPixel(it->value));
                minor.push_back(QRectF(c.x() - 5, c.y() - 5, 10, 10));
            }

    // Compare labels beside their operator, moved down until free.
    for (std::size_t i = 0; i < arrowLabels_.size() && i < arrowLabelAt_.size(); ++i) {
        QCPItemText* label = arrowLabels_[i];
        const QSizeF size =
            QFontMetricsF(label->font()).boundingRect(label->text()).size() + QSizeF(4, 2);
        QRectF r(xa->coordToPixel(arrowLabelAt_[i].x()) + 12,
                 ya->coordToPixel(arrowLabelAt_[i].y()) - size.height(), size.width(),
                 size.height());
        for (int tries = 0; tries < 20 && overlaps(r); ++tries) r.translate(0, size.height());
        label->position->setCoords(r.left(), r.top());
        placed.push_back(r);
    }
    // Highest roof first: each label then takes the free side of its line next to
    // the labels above it, instead of a lower roof taking the slot a higher one needs.
    std::vector<CeilingLine*> roofs;
    for (auto& line : ceilings_)
        if (line.compute && line.text) roofs.push_back(&line);
    std::stable_sort(roofs.begin(), roofs.end(), [](const CeilingLine* a, const CeilingLine* b) {
        return a->value > b->value;
    });
    for (CeilingLine* roof : roofs) {
        CeilingLine& line = *roof;
        QFontMetricsF fm(line.text->font());
        const QSizeF size = fm.boundingRect(line.text->text()).size() + QSizeF(4, 2);
        const double y = ya->coordToPixel(line.value);
        const double xStart = bmax > 0 ? xa->coordToPixel(line.value / bmax) : area.left();
        // Slide no further left than this roof's ridge on the chosen level: left of
        // it lie that level's diagonal and its label.
        const double levelBw = levelBandwidth();
        const double xSlideMin =
            levelBw > 0 ? std::max(xStart, xa->coordToPixel(line.value / levelBw) + 6) : xStart;
        line.text->setRotation(0);
        line.text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        QRectF r(area.right() - 6 - size.width(), y - 2 - size.height(), size.width(),
                 size.height());
        // Above the line, else below, each slid left along the line so the label
        // stays next to its own roof; first clear of every marker, then clear of
        // labels and big dots only; else pushed up until free.
        if (overlaps(r) || overlapsMinor(r)) {
            const QRectF start = r;
            bool found = false;
            for (bool strict : {true, false})
                for (double dx = 0;
                     !found && start.left() - dx > std::max<double>(xSlideMin, area.left());
                     dx += size.width() / 3)
                    for (const QRectF& c :
                         {start.translated(-dx, 0), start.translated(-dx, size.height() + 4)})
                        if (!found && !overlaps(c) && !(strict && overlapsMinor(c))) {
                            r = c;
                            found = true;
                        }
            if (!found)
                while (overlaps(r) && r.top() > area.top()) r.translate(0, -size.height() / 2);
        }
        line.text->setVisible(line.visible && y > area.top() && y < area.bottom() &&
                              r.left() > xStart - size.width());
        line.text->position->setCoords(r.right(), r.bottom());
        if (line.text->visible()) placed.push_back(r);
    }
    const double lx0 = std::log10(xa->range().lower), lx1 = std::log10(xa->range().upper);
    const double ly0 = std::log10(ya->range().lower), ly1 = std::log10(ya->range().upper);
    for (auto& line : ceilings_) {
        if (line.compute || !line.text) continue;
        QFontMetricsF fm(line.text->font());
        const QSizeF size = fm.boundingRect(line.text->text()).size();
        const double lb = std::log10(line.value);
        // Visible part of log y = log b + log x, which ends at the top compute roof.
        const double s0 = std::max(lx0, ly0 - lb);
        double s1 = std::min(lx1, ly1 - lb);
        if (pmax > 0) s1 = std::min(s1, std::log10(pmax) - lb);
        bool shown = false;
        if (line.visible && s1 > s0) {
            const QPointF a(xa->coordToPixel(std::pow(10, s0)),
                            ya->coordToPixel(std::pow(10, s0 + lb)));
            const QPointF b(xa->coordToPixel(std::pow(10, s1)),
                            ya->coordToPixel(std::pow(10, s1 + lb)));
            const double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180.0 / M_PI;
            const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
            for (double t : {0.06, 0.14, 0.22, 0.30, 0.38, 0.46, 0.54, 0.62}) {
                if ((1 - t) * length < size.width() + 8) break;
                const QPointF anchor = a + (b - a) * t;
                QTransform tr;
                tr.translate(anchor.x(), anchor.y());
                tr.rotate(angle);
                const QRectF r =
                    tr.mapRect(QRectF(0, -size.height() - 2, size.width(), size.height()));
                if (overlaps(r) || !QRectF(area).contains(r)) continue;
                line.text->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
                line.text->setRotation(angle);
                line.text->position->setCoords(anchor.x(), anchor.y() - 2);
                placed.push_back(r);
                shown = true;
                break;
            }
        }
        line.text->setVisible(shown);
    }
}

QPointF RooflineView::dotPixel(int opIndex) const {
    for (const Dot& d : dots_)
        if (d.op == opIndex)
            return {plot_->xAxis->coordToPixel(d.x), plot_->yAxis->coordToPixel(d.y)};
    return {-1, -1};
}

int RooflineView::opAt(const QPointF& pixel) const {
    int best = -1;
    double bestDist = 12.0;
    for (const Dot& d : dots_) {
        const QPointF p(plot_->xAxis->coordToPixel(d.x), plot_->yAxis->coordToPixel(d.y));
        const double dist = std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
        if (dist < bestDist) {
            bestDist = dist;
            best = d.op;
        }
    }
    return best;
}

QString RooflineView::describeOp(int i) const {
    const auto& p = store_->result();
    if (!p || i < 0 || i >= static_cast<int>(p->ops.size())) return {};
    const auto& op = p->ops[i];
    QString s = QStringLiteral("<b>%1</b> (%2, %3)<br>")
                    .arg(qstr(op.name).toHtmlEscaped(), qstr(std::string(toString(op.kind))),
                         qstr(op.phase));
    s += tr("time: %1 × %2 = %3 (%4 of total)")
             .arg(fmtTime(op.timeEach))
             .arg(op.count)
             .arg(fmtTime(op.time), fmtPercent(op.share)) +
         "<br>";
    s += tr("work: %1; attained %2").arg(fmtFlops(op.flops), fmtFlopRate(op.attainedFlops())) +
         "<br>";
    for (std::size_t l = 0; l < op.traffic.size() && l < p->levels.size(); ++l)
        s += tr("%1: %2, intensity %3")
                 .arg(qstr(p->levels[l]), fmtBytes(op.traffic[l].total()),
                      fmtIntensity(op.intensity(l))) +
             "<br>";
    s += tr("bound by: %1").arg(qstr(op.binding));
    if (const auto& base = store_->baseline(); base && base != p) {
        const int bi = matchingOp(*base, op);
        if (bi >= 0 && base->ops[bi].time > 0)
            s += "<br>" +
                 tr("vs baseline: %1 time")
                     .arg(QString::asprintf("%+.1f %%", (op.time / base->ops[bi].time - 1) * 100));
    }
    if (!op.note.empty()) s += "<br><i>" + qstr(op.note).toHtmlEscaped() + "</i>";
    return s;
}

void RooflineView::onMouseMove(QMouseEvent* e) {
    if (e->buttons() != Qt::NoButton) return;
    const int op = opAt(e->position());
    if (op >= 0)
        QToolTip::showText(e->globalPosition().toPoint(), describeOp(op), plot_);
    else
        QToolTip::hideText();
}

void RooflineView::onMousePress(QMouseEvent* e) {
    pressPos_ = e->position();
    if (e->button() == Qt::LeftButton) pushZoomState();
}

void RooflineView::onMouseRelease(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return;
    const QPointF delta = e->position() - pressPos_;
    if (std::hypot(delta.x(), delta.y()) > 3) return;  // a drag, not a click
    // A click changes no range: forget the state pushed on press.
    if (!zoomHistory_.empty() && zoomHistory_.back().xlo == plot_->xAxis->range().lower &&
        zoomHistory_.back().xhi == plot_->xAxis->range().upper &&
        zoomHistory_.back().ylo == plot_->yAxis->range().lower &&
        zoomHistory_.back().yhi == plot_->yAxis->range().upper)
        zoomHistory_.pop_back();
    const int op = opAt(e->position());
    if (op >= 0) selection_->setCurrent(op);
}

void RooflineView::onMouseWheel(QWheelEvent*) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastWheelPush_ > 600) pushZoomState();  // one undo step per wheel gesture
    lastWheelPush_ = now;
}

QString RooflineView::exportTo(const QString& path, int width, int height) {
    return exportChart(plot_, path, width, height);
}

}  // namespace views
}  // namespace rl
