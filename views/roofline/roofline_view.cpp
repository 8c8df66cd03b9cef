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
#include "views/common/flow_layout.h"
#include "views/common/focus_stack.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/plot_page.h"
#include "views/common/theme.h"
#include "views/editors/field_schema.h"
#include "views/explanation/message_text.h"
#include "views/optable/op_name.h"
#include "views/roofline/ceiling_style.h"
#include "views/roofline/compare_summary.h"

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

// Log-log axes with decade ticks and titled units.
void setupLogAxes(QCPAxis* x, QCPAxis* y) {
    for (QCPAxis* axis : {x, y}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(logTicker());
        axis->setNumberFormat("eb");
        axis->setNumberPrecision(0);
        axis->grid()->setSubGridVisible(true);
    }
    x->setLabel(
        QCoreApplication::translate("rl::views::RooflineView", "Arithmetic intensity (FLOP/byte)"));
    y->setLabel(QCoreApplication::translate("rl::views::RooflineView", "Performance (FLOP/s)"));
}

// The top axis of a side-by-side panel as its caption (no ticks, no line).
void setCaption(QCPAxisRect* rect, const QString& text) {
    QCPAxis* top = rect->axis(QCPAxis::atTop);
    top->setVisible(!text.isEmpty());
    top->setTicks(false);
    top->setTickLabels(false);
    top->setBasePen(Qt::NoPen);
    top->setLabel(text);
    top->setLabelColor(Theme::instance().chart().foreground);
}

// The bar drawn over a launch-bound dot: a cap "⊓" kRooflineLaunchCapWidth wide.
QCPScatterStyle launchCapStyle(const QColor& color) {
    QPainterPath cap;
    cap.moveTo(-3, 1.2);
    cap.lineTo(-3, 0);
    cap.lineTo(3, 0);
    cap.lineTo(3, 1.2);
    QPen pen(color, 2);
    pen.setCosmetic(true);  // the path is scaled by the style's size; the pen is not
    QCPScatterStyle style(cap, pen, Qt::NoBrush, RooflineScene::kLaunchCapWidth);
    return style;
}

QColor launchColor() {
    return Theme::instance().kind() == ThemeKind::dark ? QColor(0xcf, 0xd8, 0xdc)
                                                       : QColor(0x37, 0x47, 0x4f);
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
    // Groups that wrap to a second row where the page is narrow (German labels).
    FlowLayout* bar = newWrappingPlotToolBar();
    levelCombo_ = addLabelledCombo(
        addToolGroup(bar, this), tr("Memory level:"),
        tr("Operators are placed by their arithmetic intensity at this level"), this);
    colorCombo_ = addLabelledCombo(addToolGroup(bar, this), tr("Colour by:"), QString(), this);
    colorCombo_->addItem(tr("Phase"));
    colorCombo_->addItem(tr("Binding resource"));
    ceilingsButton_ = addToolButton(addToolGroup(bar, this), this, tr("Ceilings"),
                                    tr("Show or hide individual ceilings"));
    ceilingsButton_->setPopupMode(QToolButton::InstantPopup);
    ceilingsButton_->setMenu(new QMenu(ceilingsButton_));
    connect(ceilingsButton_->menu(), &QMenu::aboutToShow, this, &RooflineView::showCeilingMenu);
    QHBoxLayout* zoom = addToolGroup(bar, this);
    rectZoomButton_ = addToolButton(zoom, this, tr("Zoom box"),
                                    tr("Drag a rectangle to zoom every view to the operators in it "
                                       "(otherwise dragging pans)"));
    rectZoomButton_->setCheckable(true);
    connect(rectZoomButton_, &QToolButton::toggled, this, &RooflineView::setRectangleZoom);
    backButton_ =
        addToolButton(zoom, this, tr("Back"),
                      tr("Undo the last zoom step (Alt+Left, or the mouse's back button)"));
    connect(backButton_, &QToolButton::clicked, this, [this] { undoZoom(); });
    auto* resetButton = addToolButton(zoom, this, tr("Reset zoom"),
                                      tr("Show every operator and the whole roofline"));
    connect(resetButton, &QToolButton::clicked, this, [this] {
        pushZoomState();
        selection_->focus()->reset();
        resetZoom();
    });
    sideBySideButton_ =
        addToolButton(addToolGroup(bar, this), this, tr("Side by side"),
                      tr("Show the baseline's roofline beside the current one, on the same axes "
                         "(otherwise one chart with arrows from the baseline)"));
    sideBySideButton_->setCheckable(true);
    connect(sideBySideButton_, &QToolButton::toggled, this, &RooflineView::setSideBySide);

    stackToolBarOverPlot(this, bar, plot_);

    main_.rect = plot_->axisRect();  // kept: plot_->axisRect() is the first of two side by side
    setupLogAxes(plot_->xAxis, plot_->yAxis);
    title_ = addPlotTitle(plot_, this);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(labelFont());
    // A strip under the axes, as many entries a row as fit (fitLegend): a
    // roof per precision, peaks, ridges, phases, launch caps and the
    // baseline never cover data, and it spans both charts side by side.
    main_.rect->insetLayout()->take(plot_->legend);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot_->plotLayout()->addElement(2, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(2, 0.001);
    plot_->legend->setMargins(QMargins(6, 2, 6, 2));
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
        updateSideBySideButton();
        rebuild();
    });
    connect(store_, &ResultStore::baselineChanged, this, [this] {
        updateSideBySideButton();
        rebuild(showsSideBySide());
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
    updateSideBySideButton();
    rebuild();
}

void RooflineView::Panel::clear() {
    labels.clear();
    ceilingGraphs.clear();
    ceilingTexts.clear();
    leaders.clear();
    ridgeText = launchText = nullptr;
    ridgeGraph = nullptr;
}

bool RooflineView::showsSideBySide() const {
    return sideBySide_ && store_->result() && store_->baseline() &&
           store_->baseline() != store_->result();
}

void RooflineView::setSideBySide(bool on) {
    if (sideBySideButton_->isChecked() != on) sideBySideButton_->setChecked(on);
    if (sideBySide_ == on) return;
    sideBySide_ = on;
    rebuild(true);
}

void RooflineView::resizeEvent(QResizeEvent* e) {
    QWidget::resizeEvent(e);
    fitLegend();
}

// As many legend entries a row as the plot's width holds.
void RooflineView::fitLegend() {
    const QFontMetricsF fm(plot_->legend->font());
    double widest = 0;
    for (int i = 0; i < plot_->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot_->legend->item(i)))
            widest = std::max(widest, fm.horizontalAdvance(item->plottable()->name()));
    const double entry =
        widest + plot_->legend->iconSize().width() + plot_->legend->iconTextPadding() + 16;
    const int columns = std::max(1, static_cast<int>((width() - 40) / entry));
    if (plot_->legend->wrap() == columns) return;
    plot_->legend->setWrap(columns);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // re-flows the entries
}

void RooflineView::updateSideBySideButton() {
    const bool comparing =
        store_->result() && store_->baseline() && store_->baseline() != store_->result();
    // Shown only while comparing: a button that can never be pressed would
    // cost the plot a second tool-bar row in German at 1280x720.
    sideBySideButton_->parentWidget()->setVisible(comparing);
    sideBySideButton_->setEnabled(comparing);
}

// Title, the compare summary while comparing, then the axis rects: the
// current one alone, or the baseline's and the current one side by side.
void RooflineView::arrangeLayout() {
    QCPLayoutGrid* layout = plot_->plotLayout();
    const bool comparing =
        store_->result() && store_->baseline() && store_->baseline() != store_->result();
    if (comparing && !summary_) {
        layout->insertRow(1);
        summary_ = new QCPTextElement(plot_, QString(), font());
        layout->addElement(1, 0, summary_);
        layout->setRowStretchFactor(1, 0.001);
    } else if (!comparing && summary_) {
        layout->remove(summary_);  // deletes it
        summary_ = nullptr;
        layout->simplify();
    }
    const int row = summary_ ? 2 : 1;  // title, summary, charts, legend
    const bool side = showsSideBySide();
    if (side && !pair_) {
        layout->take(main_.rect);
        pair_ = new QCPLayoutGrid;
        layout->addElement(row, 0, pair_);
        baseline_.rect = new QCPAxisRect(plot_, true);
        baseline_.rect->setRangeDrag(Qt::Orientations());  // follows the current one's ranges
        baseline_.rect->setRangeZoom(Qt::Orientations());
        pair_->addElement(0, 0, baseline_.rect);
        pair_->addElement(0, 1, main_.rect);
        pair_->setColumnSpacing(0);
        setupLogAxes(baseline_.rect->axis(QCPAxis::atBottom),
                     baseline_.rect->axis(QCPAxis::atLeft));
        auto* margins = new QCPMarginGroup(plot_);
        main_.rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
        baseline_.rect->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
        QCPAxis* bx = baseline_.rect->axis(QCPAxis::atBottom);
        QCPAxis* by = baseline_.rect->axis(QCPAxis::atLeft);
        connect(plot_->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), bx,
                [bx](const QCPRange& r) { bx->setRange(r); });
        connect(plot_->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), by,
                [by](const QCPRange& r) { by->setRange(r); });
    } else if (!side && pair_) {
        main_.rect->setMarginGroup(QCP::msTop | QCP::msBottom, nullptr);
        pair_->take(main_.rect);
        layout->remove(pair_);  // deletes the baseline's axis rect with it
        pair_ = nullptr;
        baseline_.rect = nullptr;
        layout->addElement(row, 0, main_.rect);
    }
    setCaption(main_.rect,
               side ? tr("Current: %1").arg(qstr(store_->result()->hardware)) : QString());
    if (side)
        setCaption(baseline_.rect, tr("Baseline: %1").arg(qstr(store_->baseline()->hardware)));
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
    main_.clear();
    baseline_.clear();
    arrows_.clear();
    compareTexts_.clear();
    compareRequests_.clear();
    selectedGraph_ = baselineGraph_ = nullptr;
    arrangeLayout();
    footnote_ = new QCPItemText(plot_);
    footnote_->setClipAxisRect(main_.rect);
    footnote_->position->setAxisRect(main_.rect);
    footnote_->position->setType(QCPItemPosition::ptAxisRectRatio);
    footnote_->position->setCoords(0.01, 0.01);
    footnote_->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    footnote_->setFont(labelFont());

    const auto& p = store_->result();
    const FocusStack* focus = selection_->focus();
    main_.scene.build(p.get(), level_, colorBy_, [&](int i) { return focus->shows(*p, i); });
    styleChart(plot_);
    const QFontMetricsF fm(labelFont());
    auto measure = [&fm](const QString& text) {
        return fm.boundingRect(QRectF(), Qt::TextDontClip, text).size();
    };
    // Room right of the axes for the roof labels (RooflineScene::roofLabelColumn).
    auto reserveColumn = [&](Panel& panel) {
        const double column = panel.scene.roofLabelColumn(measure);
        panel.rect->setAutoMargins(QCP::msLeft | QCP::msTop | QCP::msBottom);
        panel.rect->setMargins(QMargins(0, 0, static_cast<int>(std::ceil(column)) + 10, 0));
    };
    reserveColumn(main_);
    footnote_->setColor(Theme::instance().chart().foreground);
    drawCeilings(main_);
    drawDots(main_, p.get(), true);
    drawLaunchCaps(main_, true);
    if (showsSideBySide()) {
        // The same operators, ceilings and level as the current chart.
        const auto& base = store_->baseline();
        baseline_.scene.build(base.get(), std::min<int>(level_, int(base->levels.size()) - 1),
                              colorBy_, [&](int i) { return focus->shows(*base, i); });
        for (int i = 0; i < static_cast<int>(baseline_.scene.ceilings().size()); ++i)
            for (const RooflineCeiling& c : main_.scene.ceilings())
                if (c.label == baseline_.scene.ceilings()[i].label)
                    baseline_.scene.setCeilingVisible(i, c.visible);
        styleAxisRect(baseline_.rect);
        setCaption(baseline_.rect, tr("Baseline: %1").arg(qstr(base->hardware)));
        setCaption(main_.rect, tr("Current: %1").arg(qstr(p->hardware)));
        reserveColumn(baseline_);
        drawCeilings(baseline_);
        drawDots(baseline_, base.get(), false);
        drawLaunchCaps(baseline_, false);
    }
    rebuildCompare();
    updateSelectionMarker();
    updateTitle();
    fitLegend();
    footnote_->setVisible(!showsSideBySide());  // counts only; no room in a half-width chart
    backButton_->setEnabled(focus->canGoBack() || !zoomHistory_.empty());
    if (refit)
        resetZoom();
    else
        plot_->replot(QCustomPlot::rpQueuedReplot);
}

void RooflineView::drawCeilings(Panel& panel) {
    const ChartColors& colors = Theme::instance().chart();
    const bool dark = Theme::instance().kind() == ThemeKind::dark;
    const bool legend = &panel == &main_;
    QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    const auto& ceilings = panel.scene.ceilings();
    bool peakInLegend = false;
    for (int i = 0; i < static_cast<int>(ceilings.size()); ++i) {
        const RooflineCeiling& line = ceilings[i];
        // Compute roofs: a colour and a dash per precision; memory: blue,
        // solid for the chosen level and dashed for the others.
        const CeilingStyle style =
            line.compute ? computeCeilingStyle(
                               line.types.empty() ? rl::DType::fp16 : line.types.front(), dark)
                         : CeilingStyle{colors.memoryCeiling, {}};
        QPen pen = ceilingPen(style, line.compute ? 1.8 : (line.chosen ? 2.5 : 1.6));
        if (!line.compute && !line.chosen) pen.setStyle(Qt::DashLine);
        if (line.derated()) {
            // The datasheet peak, faint above the achievable line.
            QCPGraph* peak = plot_->addGraph(x, y);
            peak->setSelectable(QCP::stNone);
            peak->setPen(ceilingPen(style, 1, true));
            const auto [a, b] = panel.scene.peakSegment(i);
            peak->setData({a.x(), b.x()}, {a.y(), b.y()}, true);
            peak->setVisible(line.visible);
            peak->setName(tr("Datasheet peak"));
            if (!legend || peakInLegend || !line.visible) peak->removeFromLegend();
            peakInLegend = peakInLegend || (legend && line.visible);
        }
        QCPGraph* g = plot_->addGraph(x, y);
        g->setSelectable(QCP::stNone);
        g->setPen(pen);
        g->setName(line.label);
        // One legend entry per precision's roof; memory lines are named on the chart.
        if (!legend || !line.compute || !line.visible) g->removeFromLegend();
        const auto [a, b] = panel.scene.segment(i);
        g->setData({a.x(), b.x()}, {a.y(), b.y()}, true);
        g->setVisible(line.visible);
        panel.ceilingGraphs.push_back(g);
        QCPItemText* t = newLabel(plot_, labelFont(), style.color);
        t->setClipAxisRect(panel.rect);
        t->setText(panel.scene.ceilingText(i));
        t->setClipToAxisRect(!line.compute);  // roof labels stand right of the axes
        panel.ceilingTexts.push_back(t);
        // Roof labels moved off their height, and memory labels a small
        // panel has no room for along their line, point back with a leader.
        auto* leader = new QCPItemLine(plot_);
        leader->start->setType(QCPItemPosition::ptAbsolute);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        leader->setClipToAxisRect(false);
        leader->setPen(QPen(style.color, 1));
        leader->setSelectable(false);
        leader->setVisible(false);
        panel.leaders.push_back(leader);
    }
    const std::vector<QPointF> ridges = panel.scene.ridges();
    if (ridges.empty()) return;
    panel.ridgeGraph = plot_->addGraph(x, y);
    panel.ridgeGraph->setName(tr("Ridge points"));
    if (!legend) panel.ridgeGraph->removeFromLegend();
    panel.ridgeGraph->setLineStyle(QCPGraph::lsNone);
    panel.ridgeGraph->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDiamond, QPen(colors.ridge, 1.5), QBrush(colors.ridge), 9));
    panel.ridgeGraph->setSelectable(QCP::stNone);
    for (const QPointF& r : ridges) panel.ridgeGraph->addData(r.x(), r.y());
    panel.ridgeText = newLabel(plot_, labelFont(), colors.ridge);
    panel.ridgeText->setClipAxisRect(panel.rect);
    panel.ridgeText->setText(panel.scene.ridgeText());
}

void RooflineView::drawDots(Panel& panel, const rl::Prediction* p, bool withLegend) {
    if (!p) {
        footnote_->setText(tr("No result yet: open a project or run a prediction."));
        return;
    }
    QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
    QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    // One graph per (colour, size bucket): QCustomPlot has one scatter size per graph.
    std::map<std::pair<int, int>, QCPGraph*> graphs;
    for (const RooflineDot& d : panel.scene.dots()) {
        QCPGraph*& g = graphs[{d.color, d.sizeBucket}];
        if (!g) {
            g = plot_->addGraph(x, y);
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
    if (!withLegend) return;
    // Legend-only entries: one per colour at a medium size.
    const QStringList& keys = panel.scene.colorKeys();
    for (int k = 0; k < keys.size(); ++k) {
        auto* g = plot_->addGraph(x, y);
        // Phases are engine words: named in the user's language.
        g->setName(colorBy_ == ColorBy::phase ? MessageText::phase(keys[k].toStdString())
                                              : keys[k]);
        g->setLineStyle(QCPGraph::lsNone);
        QColor fill = Theme::instance().category(k);
        g->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(fill.darker(140), 1), QBrush(fill), 9));
        g->setSelectable(QCP::stNone);
    }
    QString note = tr("%n operator(s) plotted; dot area ∝ share of time", nullptr, dotCount());
    if (main_.scene.skippedOps() > 0)
        note += "\n" + tr("%n without FLOPs or traffic at this level not shown", nullptr,
                          main_.scene.skippedOps());
    const Focus& focus = selection_->focus()->current();
    if (focus.zoomed())
        note += "\n" +
                tr("Zoomed to %1 operator(s): Back or Reset zoom shows all").arg(focus.ops.size());
    if (!focus.filter.isEmpty()) note += "\n" + tr("Filter: “%1”").arg(focus.filter);
    footnote_->setText(note);
}

// Launch-bound operators: a cap over each dot at FLOPs / launch time, the
// most any compute or bandwidth could lift it, and one label saying so.
void RooflineView::drawLaunchCaps(Panel& panel, bool withLegend) {
    const auto& caps = panel.scene.launchCaps();
    if (caps.empty()) return;
    QCPGraph* g =
        plot_->addGraph(panel.rect->axis(QCPAxis::atBottom), panel.rect->axis(QCPAxis::atLeft));
    g->setName(tr("Launch cap"));
    if (!withLegend) g->removeFromLegend();
    g->setLineStyle(QCPGraph::lsNone);
    g->setScatterStyle(launchCapStyle(launchColor()));
    g->setSelectable(QCP::stNone);
    for (const RooflineLaunchCap& c : caps) g->addData(c.x, c.y);
    panel.launchText = newLabel(plot_, labelFont(), launchColor());
    panel.launchText->setClipAxisRect(panel.rect);
    panel.launchText->setText(panel.scene.launchText());
}

void RooflineView::rebuildCompare() {
    const auto& p = store_->result();
    const auto& base = store_->baseline();
    if (!p || !base || base == p || showsSideBySide()) return;
    const ChartColors& colors = Theme::instance().chart();
    baselineGraph_ = plot_->addGraph();
    baselineGraph_->setName(tr("Baseline"));
    baselineGraph_->setLineStyle(QCPGraph::lsNone);
    baselineGraph_->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colors.arrow, 1.2), Qt::NoBrush, 8));
    baselineGraph_->setSelectable(QCP::stNone);

    std::vector<RooflineDot> sorted = main_.scene.dots();
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
        // Placed in pixels by layoutArrows(): clear of the circle and the dot,
        // and beside the dot when the move is shorter than the dot is wide.
        auto* arrow = new QCPItemLine(plot_);
        arrow->start->setType(QCPItemPosition::ptAbsolute);
        arrow->end->setType(QCPItemPosition::ptAbsolute);
        arrow->setClipAxisRect(main_.rect);
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 8, 10));
        arrow->setPen(QPen(colors.arrow, 1.5));
        arrow->setSelectable(false);
        arrows_.push_back({arrow, bx, by, d.x, d.y, 4.0 + 1, d.diameter / 2 + 1});
        if (static_cast<int>(compareTexts_.size()) < kArrowLabelsMax && bop.time > 0) {
            CompareLabelRequest request;
            request.text = tr("%1: %2 time")
                               .arg(opName(op))
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
    for (const RooflineDot& d : main_.scene.dots())
        if (d.op == selection_->current()) selectedGraph_->addData(d.x, d.y);
}

void RooflineView::updateTitle() {
    const auto& p = store_->result();
    const auto& base = store_->baseline();
    if (!p) {
        title_->setText(tr("Roofline"));
        return;
    }
    title_->setText(tr("Roofline: %1 on %2").arg(qstr(p->model), qstr(p->hardware)));
    if (summary_ && base && base != p) {
        const QString who = base->hardware != p->hardware ? qstr(base->hardware)
                            : base->model != p->model     ? qstr(base->model)
                                                          : tr("baseline");
        summary_->setText(tr("vs %1: %2").arg(who, compareSummary(*base, *p)));
        summary_->setTextColor(Theme::instance().chart().foreground);
    }
}

QString RooflineView::titleText() const {
    return title_->text() + (summary_ ? "\n" + summary_->text() : QString());
}

void RooflineView::resetZoom() {
    const bool zoomed = selection_->focus()->current().zoomed();
    RooflineAxes a = main_.scene.fit(main_.rect->rect(), zoomed);
    if (showsSideBySide()) {
        // One range for both panels, so a dot's height compares across them.
        const RooflineAxes b = baseline_.scene.fit(baseline_.rect->rect(), zoomed);
        a.xlo = std::min(a.xlo, b.xlo);
        a.xhi = std::max(a.xhi, b.xhi);
        a.ylo = std::min(a.ylo, b.ylo);
        a.yhi = std::max(a.yhi, b.yhi);
    }
    plot_->xAxis->setRange(a.xlo, a.xhi);
    plot_->yAxis->setRange(a.ylo, a.yhi);
    if (baseline_.rect) {  // a new panel: the axes signal no change when the range stays
        baseline_.rect->axis(QCPAxis::atBottom)->setRange(plot_->xAxis->range());
        baseline_.rect->axis(QCPAxis::atLeft)->setRange(plot_->yAxis->range());
    }
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
    for (const RooflineDot& d : main_.scene.dots())
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
    for (const auto& c : main_.scene.ceilings()) out << c.label;
    return out;
}

bool RooflineView::ceilingVisible(int i) const {
    return i >= 0 && i < ceilingCount() && main_.scene.ceilings()[i].visible;
}

void RooflineView::setCeilingVisible(int i, bool visible) {
    if (i < 0 || i >= ceilingCount()) return;
    main_.scene.setCeilingVisible(i, visible);
    rebuild(false);  // roofs start and diagonals end at the visible extremes
}

int RooflineView::ridgeCount() const {
    return main_.ridgeGraph ? main_.ridgeGraph->dataCount() : 0;
}

void RooflineView::showCeilingMenu() {
    QMenu* menu = ceilingsButton_->menu();
    menu->clear();
    for (int i = 0; i < ceilingCount(); ++i) {
        QAction* a = menu->addAction(main_.scene.ceilings()[i].label);
        a->setCheckable(true);
        a->setChecked(main_.scene.ceilings()[i].visible);
        connect(a, &QAction::toggled, this, [this, i](bool on) { setCeilingVisible(i, on); });
    }
}

// Places the arrows and the labels once the axes know their geometry:
// RooflineScene picks the places, with the footnote, the legend and the
// arrows as obstacles.
void RooflineView::layoutLabels() {
    layoutArrows();
    std::vector<QRectF> obstacles;
    const QRectF area = main_.rect->rect();
    if (footnote_ && footnote_->visible() && !footnote_->text().isEmpty()) {
        const QFontMetricsF fm(footnote_->font());
        const QRectF r = fm.boundingRect(QRectF(0, 0, 2000, 2000), Qt::AlignLeft | Qt::AlignTop,
                                         footnote_->text());
        obstacles.push_back(
            r.translated(area.left() + area.width() * 0.01, area.top() + area.height() * 0.01));
    }
    // Arrows: their heads, and the shafts of short (nearly vertical) ones.
    for (const Arrow& a : arrows_) {
        if (!a.item->visible()) continue;
        const QPointF s = a.item->start->pixelPosition(), e = a.item->end->pixelPosition();
        obstacles.emplace_back(e.x() - 6, e.y() - 6, 12, 12);
        if (std::abs(s.x() - e.x()) < 12)
            obstacles.push_back(QRectF(s, e).normalized().adjusted(-4, 0, 4, 0));
    }
    layoutPanel(main_, obstacles, compareRequests_);
    if (baseline_.rect) layoutPanel(baseline_, {}, {});
}

void RooflineView::layoutPanel(Panel& panel, const std::vector<QRectF>& obstacles,
                               const std::vector<CompareLabelRequest>& compare) {
    RooflineAxes axes;
    axes.area = panel.rect->rect();
    const QCPAxis* x = panel.rect->axis(QCPAxis::atBottom);
    const QCPAxis* y = panel.rect->axis(QCPAxis::atLeft);
    axes.xlo = x->range().lower;
    axes.xhi = x->range().upper;
    axes.ylo = y->range().lower;
    axes.yhi = y->range().upper;
    const QFontMetricsF fm(labelFont());
    auto measure = [&fm](const QString& text) {
        return fm.boundingRect(QRectF(), Qt::TextDontClip, text).size();
    };
    panel.labels = panel.scene.placeLabels(axes, measure, obstacles, compare);
    // What the scene does not place (hidden, zoomed away) is not shown.
    for (QCPItemText* t : panel.ceilingTexts) t->setVisible(false);
    for (QCPItemLine* l : panel.leaders)
        if (l) l->setVisible(false);
    for (const RooflineLabel& l : panel.labels) {
        if (l.leader && l.index >= 0 && l.index < static_cast<int>(panel.leaders.size()) &&
            panel.leaders[l.index]) {
            const double firstLine = l.size.height() / (l.text.count('\n') + 1);
            panel.leaders[l.index]->start->setCoords(l.anchor);
            panel.leaders[l.index]->end->setCoords(l.topLeft.x() - 2,
                                                   l.topLeft.y() + firstLine / 2);
            panel.leaders[l.index]->setVisible(true);
        }
        QCPItemText* item = nullptr;
        if (l.kind == RooflineLabel::Kind::ceiling &&
            l.index < static_cast<int>(panel.ceilingTexts.size()))
            item = panel.ceilingTexts[l.index];
        else if (l.kind == RooflineLabel::Kind::ridge)
            item = panel.ridgeText;
        else if (l.kind == RooflineLabel::Kind::launch)
            item = panel.launchText;
        else if (l.kind == RooflineLabel::Kind::compare &&
                 l.index < static_cast<int>(compareTexts_.size()))
            item = compareTexts_[l.index];
        if (!item) continue;
        item->setText(l.text);  // a crowded line's label may be a shorter form
        item->setVisible(l.shown);
        item->setRotation(l.angle);
        item->position->setCoords(l.topLeft);
    }
}

// Each arrow runs from the edge of the baseline's circle to the edge of the
// current dot. A move shorter than that (an operator whose intensity stays
// and whose speed changes a little moves straight up inside its own dot)
// gets a vertical arrow just right of the dot, from the old height to the
// new one and at least long enough to show its head.
void RooflineView::layoutArrows() {
    constexpr double kMinLength = 14;  // px: a head and a bit of shaft
    for (Arrow& a : arrows_) {
        const QPointF from(plot_->xAxis->coordToPixel(a.bx), plot_->yAxis->coordToPixel(a.by));
        const QPointF to(plot_->xAxis->coordToPixel(a.x), plot_->yAxis->coordToPixel(a.y));
        const QPointF d = to - from;
        const double length = std::hypot(d.x(), d.y());
        QPointF s, e;
        if (length > a.fromR + a.toR + kMinLength) {
            const QPointF u = d / length;
            s = from + u * a.fromR;
            e = to - u * a.toR;
        } else if (std::abs(d.y()) >= std::abs(d.x())) {
            const double side = to.x() + a.toR + 5;
            const double dir = d.y() < 0 ? -1 : 1;  // pixels grow downwards
            const double span = std::max(kMinLength, std::abs(d.y()));
            const double mid = (from.y() + to.y()) / 2;
            s = QPointF(side, mid - dir * span / 2);
            e = QPointF(side, mid + dir * span / 2);
        } else {  // a short sideways move: under the dot
            const double below = to.y() + a.toR + 5;
            const double dir = d.x() < 0 ? -1 : 1;
            const double span = std::max(kMinLength, std::abs(d.x()));
            const double mid = (from.x() + to.x()) / 2;
            s = QPointF(mid - dir * span / 2, below);
            e = QPointF(mid + dir * span / 2, below);
        }
        a.item->start->setCoords(s);
        a.item->end->setCoords(e);
        a.item->setVisible(true);
    }
}

QLineF RooflineView::arrowPixels(int k) const {
    if (k < 0 || k >= arrowCount()) return {};
    const Arrow& a = arrows_[static_cast<std::size_t>(k)];
    return QLineF(a.item->start->pixelPosition(), a.item->end->pixelPosition());
}

QPointF RooflineView::dotPixel(int opIndex) const {
    for (const RooflineDot& d : main_.scene.dots())
        if (d.op == opIndex)
            return {plot_->xAxis->coordToPixel(d.x), plot_->yAxis->coordToPixel(d.y)};
    return {-1, -1};
}

int RooflineView::opAt(const QPointF& pixel) const {
    int best = -1;
    double bestDist = 12.0;
    for (const RooflineDot& d : main_.scene.dots()) {
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
                    .arg(opName(op).toHtmlEscaped(), opKindDisplayName(op.kind),
                         MessageText::phase(op.phase));
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
    for (const rl::Bound& b : op.bounds)
        if (op.binding == "launch" && b.resource == "launch" && b.time > 0)
            s += "<br>" +
                 tr("launch cap (the bar over the dot): %1 ÷ %2 launch = %3. Faster "
                    "compute or memory cannot lift it above this; fusing it with its "
                    "neighbours or launching many as one graph can.")
                     .arg(fmtFlops(op.flops), fmtTime(b.time), fmtFlopRate(op.flops / b.time));
    if (const auto& base = store_->baseline(); base && base != p) {
        const int bi = matchingOp(*base, op);
        if (bi >= 0 && base->ops[bi].time > 0)
            s += "<br>" +
                 tr("vs baseline: %1 time")
                     .arg(QString::asprintf("%+.1f %%", (op.time / base->ops[bi].time - 1) * 100));
    }
    if (!op.note.empty()) s += "<br><i>" + MessageText::note(op).toHtmlEscaped() + "</i>";
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
