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
#include "views/common/qcp.h"

#include "views/common/chart_export.h"
#include "views/common/focus_stack.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/plot_page.h"
#include "views/common/theme.h"

namespace rl {
namespace views {
namespace {

constexpr int kArrowsMax = 15;      // most time-consuming operators get compare arrows
constexpr int kArrowLabelsMax = 3;  // ... and the first few a % label

QSharedPointer<QCPAxisTickerLog> logTicker() {
    QSharedPointer<QCPAxisTickerLog> t(new QCPAxisTickerLog);
    t->setLogBase(10);
    t->setSubTickCount(8);
    return t;
}

QToolButton* addToolButton(QHBoxLayout* bar, QWidget* owner, const QString& text,
                           const QString& toolTip) {
    auto* b = new QToolButton(owner);
    b->setText(text);
    b->setToolTip(toolTip);
    bar->addWidget(b);
    return b;
}

QCPItemText* newLabel(QCustomPlot* plot, const QFont& font, const QColor& color) {
    auto* t = new QCPItemText(plot);
    t->position->setType(QCPItemPosition::ptAbsolute);  // placed by layoutLabels()
    t->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    t->setClipToAxisRect(true);
    t->setFont(font);
    t->setColor(color);
    t->setSelectable(false);
    t->setVisible(false);
    return t;
}

}  // namespace

RooflineView::RooflineView(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), store_(store), selection_(selection), plot_(new QCustomPlot(this)) {
    setObjectName("rooflineView");
    FocusStack* focus = selection_->focus();
    auto* bar = newPlotToolBar();
    levelCombo_ = addLabelledCombo(
        bar, tr("Memory level:"),
        tr("Operators are placed by their arithmetic intensity at this level"), this);
    bar->addSpacing(12);
    colorCombo_ = addLabelledCombo(bar, tr("Colour by:"), QString(), this);
    colorCombo_->addItem(tr("Phase"));
    colorCombo_->addItem(tr("Binding resource"));
    bar->addSpacing(12);
    ceilingsButton_ =
        addToolButton(bar, this, tr("Ceilings"), tr("Show or hide individual ceilings"));
    ceilingsButton_->setPopupMode(QToolButton::InstantPopup);
    ceilingsButton_->setMenu(new QMenu(ceilingsButton_));
    connect(ceilingsButton_->menu(), &QMenu::aboutToShow, this, &RooflineView::showCeilingMenu);
    rectZoomButton_ = addToolButton(bar, this, tr("Zoom box"),
                                    tr("Drag a rectangle to zoom every view to the operators in it "
                                       "(otherwise dragging pans)"));
    rectZoomButton_->setCheckable(true);
    connect(rectZoomButton_, &QToolButton::toggled, this, &RooflineView::setRectangleZoom);
    backButton_ =
        addToolButton(bar, this, tr("Back"),
                      tr("Undo the last zoom step (Alt+Left, or the mouse's back button)"));
    connect(backButton_, &QToolButton::clicked, this, [this] { undoZoom(); });
    auto* resetButton = addToolButton(bar, this, tr("Reset zoom"),
                                      tr("Show every operator and the whole roofline"));
    connect(resetButton, &QToolButton::clicked, this, [this] {
        pushZoomState();
        selection_->focus()->reset();
        resetZoom();
    });
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
    plot_->legend->setFont(labelFont());
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);

    connect(plot_, &QCustomPlot::afterLayout, this, &RooflineView::layoutLabels);
    connect(plot_, &QCustomPlot::mouseMove, this, &RooflineView::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &RooflineView::onMousePress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &RooflineView::onMouseRelease);
    connect(plot_, &QCustomPlot::mouseWheel, this, &RooflineView::onMouseWheel);
    connect(plot_->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect& box, QMouseEvent*) { zoomToBox(QRectF(box.normalized())); });

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
    // Another view zoomed, filtered or went back: show the same operators.
    connect(focus, &FocusStack::changed, this, [this] {
        zoomHistory_.clear();
        rebuild();
    });
    followBackButton(this, focus);
    connect(&Theme::instance(), &Theme::changed, this, [this] { rebuild(false); });
    rebuild();
}

QFont RooflineView::labelFont() const {
    return QFont(font().family(), std::max(7, font().pointSize() - 1));
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
    rebuild(false);
}

void RooflineView::rebuild(bool refit) {
    plot_->clearGraphs();
    plot_->clearItems();
    ceilingGraphs_.clear();
    ceilingTexts_.clear();
    leaders_.clear();
    arrows_.clear();
    compareTexts_.clear();
    compareRequests_.clear();
    ridgeGraph_ = selectedGraph_ = baselineGraph_ = nullptr;
    ridgeText_ = nullptr;
    footnote_ = new QCPItemText(plot_);
    footnote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    footnote_->position->setCoords(0.01, 0.01);
    footnote_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    footnote_->setFont(labelFont());

    const auto& p = store_->result();
    const FocusStack* focus = selection_->focus();
    scene_.build(p.get(), level_, colorBy_, [&](int i) { return focus->shows(*p, i); });
    styleChart(plot_);
    // Room right of the axes for the roof labels (RooflineScene::roofLabelColumn).
    const QFontMetricsF fm(labelFont());
    const double column = scene_.roofLabelColumn([&fm](const QString& text) {
        return fm.boundingRect(QRectF(), Qt::TextDontClip, text).size();
    });
    plot_->axisRect()->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
    plot_->axisRect()->setMargins(QMargins(0, 0, static_cast<int>(std::ceil(column)) + 10, 0));
    footnote_->setColor(Theme::instance().chart().foreground);
    drawCeilings();
    drawDots();
    rebuildCompare();
    updateSelectionMarker();
    updateTitle();
    backButton_->setEnabled(focus->canGoBack() || !zoomHistory_.empty());
    if (refit)
        resetZoom();
    else
        plot_->replot(QCustomPlot::rpQueuedReplot);
}

void RooflineView::drawCeilings() {
    const ChartColors& colors = Theme::instance().chart();
    const auto& ceilings = scene_.ceilings();
    for (int i = 0; i < static_cast<int>(ceilings.size()); ++i) {
        const RooflineCeiling& line = ceilings[i];
        QCPGraph* g = plot_->addGraph();
        g->removeFromLegend();
        g->setSelectable(QCP::stNone);
        QPen pen(line.compute ? colors.computeCeiling : colors.memoryCeiling,
                 line.chosen ? 2.5 : 1.6);
        if (!line.compute && !line.chosen) pen.setStyle(Qt::DashLine);
        g->setPen(pen);
        const auto [a, b] = scene_.segment(i);
        g->setData({a.x(), b.x()}, {a.y(), b.y()}, true);
        g->setVisible(line.visible);
        ceilingGraphs_.push_back(g);
        QCPItemText* t = newLabel(plot_, labelFont(),
                                  line.compute ? colors.computeCeiling : colors.memoryCeiling);
        t->setText(scene_.ceilingText(i));
        t->setClipToAxisRect(!line.compute);  // roof labels stand right of the axes
        ceilingTexts_.push_back(t);
        QCPItemLine* leader = nullptr;
        if (line.compute) {
            leader = new QCPItemLine(plot_);
            leader->start->setType(QCPItemPosition::ptAbsolute);
            leader->end->setType(QCPItemPosition::ptAbsolute);
            leader->setClipToAxisRect(false);
            leader->setPen(QPen(colors.computeCeiling, 1));
            leader->setSelectable(false);
            leader->setVisible(false);
        }
        leaders_.push_back(leader);
    }
    const std::vector<QPointF> ridges = scene_.ridges();
    if (ridges.empty()) return;
    ridgeGraph_ = plot_->addGraph();
    ridgeGraph_->setName(tr("Ridge points"));
    ridgeGraph_->setLineStyle(QCPGraph::lsNone);
    ridgeGraph_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond,
                                                 QPen(colors.ridge, 1.5), QBrush(colors.ridge), 9));
    ridgeGraph_->setSelectable(QCP::stNone);
    for (const QPointF& r : ridges) ridgeGraph_->addData(r.x(), r.y());
    ridgeText_ = newLabel(plot_, labelFont(), colors.memoryCeiling);
    ridgeText_->setText(scene_.ridgeText());
}

void RooflineView::drawDots() {
    const auto& p = store_->result();
    if (!p) {
        footnote_->setText(tr("No result yet: open a project or run a prediction."));
        return;
    }
    // One graph per (colour, size bucket): QCustomPlot has one scatter size per graph.
    std::map<std::pair<int, int>, QCPGraph*> graphs;
    for (const RooflineDot& d : scene_.dots()) {
        QCPGraph*& g = graphs[{d.color, d.sizeBucket}];
        if (!g) {
            g = plot_->addGraph();
            g->removeFromLegend();
            g->setLineStyle(QCPGraph::lsNone);
            QColor fill = Theme::instance().category(d.color);
            fill.setAlpha(190);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(fill.darker(140), 1),
                                               QBrush(fill), d.diameter));
            g->setSelectable(QCP::stNone);
        }
        g->addData(d.x, d.y);
    }
    // Legend-only entries: one per colour at a medium size.
    const QStringList& keys = scene_.colorKeys();
    for (int k = 0; k < keys.size(); ++k) {
        auto* g = plot_->addGraph();
        g->setName(keys[k]);
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = Theme::instance().category(k);
        g->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(fill.darker(140), 1), QBrush(fill), 9));
        g->setSelectable(QCP::stNone);
    }
    QString note = tr("%n operator(s) plotted; dot area ∝ share of time", nullptr, dotCount());
    if (scene_.skippedOps() > 0)
        note += "\n" + tr("%n without FLOPs or traffic at this level not shown", nullptr,
                          scene_.skippedOps());
    const Focus& focus = selection_->focus()->current();
    if (focus.zoomed())
        note += "\n" +
                tr("Zoomed to %1 operator(s): Back or Reset zoom shows all").arg(focus.ops.size());
    if (!focus.filter.isEmpty()) note += "\n" + tr("Filter: “%1”").arg(focus.filter);
    footnote_->setText(note);
}

void RooflineView::rebuildCompare() {
    for (auto* a : arrows_) plot_->removeItem(a);
    for (auto* t : compareTexts_) plot_->removeItem(t);
    arrows_.clear();
    compareTexts_.clear();
    compareRequests_.clear();
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

    std::vector<RooflineDot> sorted = scene_.dots();
    std::sort(sorted.begin(), sorted.end(), [&](const RooflineDot& a, const RooflineDot& b) {
        return p->ops[a.op].time > p->ops[b.op].time;
    });
    for (const RooflineDot& d : sorted) {
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
        if (static_cast<int>(compareTexts_.size()) < kArrowLabelsMax && bop.time > 0) {
            CompareLabelRequest request;
            request.text = tr("%1: %2 time")
                               .arg(qstr(op.name))
                               .arg(QString::asprintf("%+.0f %%", (op.time / bop.time - 1) * 100));
            request.x = d.x;
            request.y = d.y;
            QCPItemText* label = newLabel(plot_, labelFont(), colors.foreground);
            label->setText(request.text);
            compareTexts_.push_back(label);
            compareRequests_.push_back(request);
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
    for (const RooflineDot& d : scene_.dots())
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
    const RooflineAxes a =
        scene_.fit(plot_->axisRect()->rect(), selection_->focus()->current().zoomed());
    plot_->xAxis->setRange(a.xlo, a.xhi);
    plot_->yAxis->setRange(a.ylo, a.yhi);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void RooflineView::pushZoomState() {
    zoomHistory_.push_back({plot_->xAxis->range().lower, plot_->xAxis->range().upper,
                            plot_->yAxis->range().lower, plot_->yAxis->range().upper});
    if (zoomHistory_.size() > 50) zoomHistory_.erase(zoomHistory_.begin());
    backButton_->setEnabled(true);
}

bool RooflineView::undoZoom() {
    if (zoomHistory_.empty()) {
        if (!selection_->focus()->canGoBack()) return false;
        selection_->focus()->back();
        return true;
    }
    const ZoomState z = zoomHistory_.back();
    zoomHistory_.pop_back();
    plot_->xAxis->setRange(z.xlo, z.xhi);
    plot_->yAxis->setRange(z.ylo, z.yhi);
    backButton_->setEnabled(selection_->focus()->canGoBack() || !zoomHistory_.empty());
    plot_->replot(QCustomPlot::rpQueuedReplot);
    return true;
}

void RooflineView::setRectangleZoom(bool on) {
    // Custom: the box zooms to operators (zoomToBox), not just the axes.
    plot_->setSelectionRectMode(on ? QCP::srmCustom : QCP::srmNone);
    if (rectZoomButton_->isChecked() != on) rectZoomButton_->setChecked(on);
}

void RooflineView::zoomToBox(const QRectF& box) {
    std::vector<int> ops;
    for (const RooflineDot& d : scene_.dots())
        if (box.contains(QPointF(plot_->xAxis->coordToPixel(d.x), plot_->yAxis->coordToPixel(d.y))))
            ops.push_back(d.op);
    if (!ops.empty()) {
        selection_->focus()->zoomIn(ops);
        return;
    }
    if (box.width() < 3 || box.height() < 3) return;
    pushZoomState();
    plot_->xAxis->setRange(plot_->xAxis->pixelToCoord(box.left()),
                           plot_->xAxis->pixelToCoord(box.right()));
    plot_->yAxis->setRange(plot_->yAxis->pixelToCoord(box.bottom()),
                           plot_->yAxis->pixelToCoord(box.top()));
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

QStringList RooflineView::ceilingLabels() const {
    QStringList out;
    for (const auto& c : scene_.ceilings()) out << c.label;
    return out;
}

bool RooflineView::ceilingVisible(int i) const {
    return i >= 0 && i < ceilingCount() && scene_.ceilings()[i].visible;
}

void RooflineView::setCeilingVisible(int i, bool visible) {
    if (i < 0 || i >= ceilingCount()) return;
    scene_.setCeilingVisible(i, visible);
    rebuild(false);  // roofs start and diagonals end at the visible extremes
}

int RooflineView::ridgeCount() const { return ridgeGraph_ ? ridgeGraph_->dataCount() : 0; }

void RooflineView::showCeilingMenu() {
    QMenu* menu = ceilingsButton_->menu();
    menu->clear();
    for (int i = 0; i < ceilingCount(); ++i) {
        QAction* a = menu->addAction(scene_.ceilings()[i].label);
        a->setCheckable(true);
        a->setChecked(scene_.ceilings()[i].visible);
        connect(a, &QAction::toggled, this, [this, i](bool on) { setCeilingVisible(i, on); });
    }
}

// Places the labels once the axes know their geometry: RooflineScene picks
// the places, with the footnote and the legend as obstacles.
void RooflineView::layoutLabels() {
    RooflineAxes axes;
    axes.area = plot_->axisRect()->rect();
    axes.xlo = plot_->xAxis->range().lower;
    axes.xhi = plot_->xAxis->range().upper;
    axes.ylo = plot_->yAxis->range().lower;
    axes.yhi = plot_->yAxis->range().upper;
    std::vector<QRectF> obstacles;
    if (footnote_ && !footnote_->text().isEmpty()) {
        const QFontMetricsF fm(footnote_->font());
        const QRectF r = fm.boundingRect(QRectF(0, 0, 2000, 2000), Qt::AlignLeft | Qt::AlignTop,
                                         footnote_->text());
        obstacles.push_back(r.translated(axes.area.left() + axes.area.width() * 0.01,
                                         axes.area.top() + axes.area.height() * 0.01));
    }
    if (plot_->legend->visible()) obstacles.push_back(plot_->legend->outerRect());
    const QFontMetricsF fm(labelFont());
    auto measure = [&fm](const QString& text) {
        return fm.boundingRect(QRectF(), Qt::TextDontClip, text).size();
    };
    labels_ = scene_.placeLabels(axes, measure, obstacles, compareRequests_);
    // What the scene does not place (hidden, zoomed away) is not shown.
    for (QCPItemText* t : ceilingTexts_) t->setVisible(false);
    for (QCPItemLine* l : leaders_)
        if (l) l->setVisible(false);
    for (const RooflineLabel& l : labels_) {
        if (l.leader && l.index >= 0 && l.index < static_cast<int>(leaders_.size()) &&
            leaders_[l.index]) {
            leaders_[l.index]->start->setCoords(l.anchor);
            leaders_[l.index]->end->setCoords(l.topLeft.x() - 2,
                                              l.topLeft.y() + l.size.height() / 2);
            leaders_[l.index]->setVisible(true);
        }
        QCPItemText* item = nullptr;
        if (l.kind == RooflineLabel::Kind::ceiling &&
            l.index < static_cast<int>(ceilingTexts_.size()))
            item = ceilingTexts_[l.index];
        else if (l.kind == RooflineLabel::Kind::ridge)
            item = ridgeText_;
        else if (l.kind == RooflineLabel::Kind::compare &&
                 l.index < static_cast<int>(compareTexts_.size()))
            item = compareTexts_[l.index];
        if (!item) continue;
        item->setVisible(l.shown);
        item->setRotation(l.angle);
        item->position->setCoords(l.topLeft);
    }
}

QPointF RooflineView::dotPixel(int opIndex) const {
    for (const RooflineDot& d : scene_.dots())
        if (d.op == opIndex)
            return {plot_->xAxis->coordToPixel(d.x), plot_->yAxis->coordToPixel(d.y)};
    return {-1, -1};
}

int RooflineView::opAt(const QPointF& pixel) const {
    int best = -1;
    double bestDist = 12.0;
    for (const RooflineDot& d : scene_.dots()) {
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
    // A drag pans (undoable); in box mode the box decides (zoomToBox).
    if (e->button() == Qt::LeftButton && plot_->selectionRectMode() == QCP::srmNone)
        pushZoomState();
}

void RooflineView::onMouseRelease(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return;
    const QPointF delta = e->position() - pressPos_;
    if (std::hypot(delta.x(), delta.y()) > 3) return;  // a drag, not a click
    // A click changes no range: forget the state pushed on press.
    if (!zoomHistory_.empty() && zoomHistory_.back().xlo == plot_->xAxis->range().lower &&
        zoomHistory_.back().xhi == plot_->xAxis->range().upper &&
        zoomHistory_.back().ylo == plot_->yAxis->range().lower &&
        zoomHistory_.back().yhi == plot_->yAxis->range().upper) {
        zoomHistory_.pop_back();
        backButton_->setEnabled(selection_->focus()->canGoBack() || !zoomHistory_.empty());
    }
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
