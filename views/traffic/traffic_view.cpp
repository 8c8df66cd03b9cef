#include "views/traffic/traffic_view.h"

#include "views/explanation/message_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <QComboBox>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QToolTip>

#include "views/common/chart_export.h"
#include "views/common/flow_layout.h"
#include "views/common/focus_stack.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/theme.h"
#include "views/optable/op_name.h"

namespace rl {
namespace views {
namespace {
QString className(int c) {
    switch (static_cast<rl::TensorClass>(c)) {
        case rl::TensorClass::weights:
            return TrafficView::tr("weights");
        case rl::TensorClass::activations:
            return TrafficView::tr("activations");
        case rl::TensorClass::kv_cache:
            return TrafficView::tr("KV cache");
        case rl::TensorClass::gradients:
            return TrafficView::tr("gradients");
        case rl::TensorClass::optimizer_state:
            return TrafficView::tr("optimizer state");
    }
    return {};
}

// "layer.qkv_proj" -> "qkv_proj"; "layer.attention.chunk0-3" -> "attention".
QString foldedOperatorName(const QString& name) {
    static const QRegularExpression chunk(QStringLiteral("\\.chunk\\d+(-\\d+)?$"));
    QString s = name;
    if (s.startsWith(QLatin1String("layer."))) s = s.mid(6);
    s.remove(chunk);
    return s;
}
}  // namespace

TrafficView::TrafficView(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), store_(store), selection_(selection), plot_(new QCustomPlot(this)) {
    setObjectName("trafficView");
    FlowLayout* bar = newWrappingPlotToolBar();  // wraps where the page is narrow
    groupingCombo_ = addLabelledCombo(addToolGroup(bar, this), tr("Show:"), QString(), this);
    groupingCombo_->addItems(
        {tr("Per memory level"), tr("Per phase"), tr("Per layer"), tr("Per operator (top 30)")});
    levelCombo_ = addLabelledCombo(
        addToolGroup(bar, this), tr("Level:"),
        tr("Memory level for the per-phase, per-layer and per-operator views"), this);
    unitCombo_ = new QComboBox(this);
    unitCombo_->addItems({tr("Bytes"), tr("Time at level bandwidth")});
    unitCombo_->setToolTip(tr("Time = bytes / the level's effective bandwidth"));
    bar->addWidget(unitCombo_);
    stackToolBarOverPlot(this, bar, plot_);
    addPlotTitle(plot_, this);
    // The legend right of the axis rect, at the top: inside it covered the bars.
    moveLegendRightOfAxes(plot_);

    connect(groupingCombo_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setGrouping(static_cast<Grouping>(i)); });
    connect(levelCombo_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setLevel(i); });
    connect(unitCombo_, qOverload<int>(&QComboBox::activated), this,
            [this](int i) { setUnit(i == 0 ? Unit::bytes : Unit::time); });
    connect(plot_, &QCustomPlot::mouseMove, this, &TrafficView::onMouseMove);
    connect(plot_, &QCustomPlot::mouseRelease, this, &TrafficView::onMouseRelease);
    // A double-click on a bar zooms every view to its operators.
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent* e) {
        const int g = groupAt(e->position());
        if (g >= 0 && grouping_ != Grouping::level) zoomToGroup(g);
    });
    connect(selection_->focus(), &FocusStack::changed, this, &TrafficView::rebuild);
    followBackButton(this, selection_->focus());
    connect(store_, &ResultStore::resultChanged, this, [this] {
        fillLevelCombo();
        rebuild();
    });
    connect(&Theme::instance(), &Theme::changed, this, &TrafficView::rebuild);
    rebuild();
}

void TrafficView::fillLevelCombo() {
    level_ = fillMemoryLevelCombo(levelCombo_, store_->result().get(), level_);
}

void TrafficView::setGrouping(Grouping g) {
    grouping_ = g;
    groupingCombo_->setCurrentIndex(static_cast<int>(g));
    rebuild();
}

void TrafficView::setUnit(Unit u) {
    unit_ = u;
    unitCombo_->setCurrentIndex(u == Unit::bytes ? 0 : 1);
    rebuild();
}

void TrafficView::setLevel(int level) {
    if (level < 0 || level >= levelCombo_->count()) return;
    level_ = level;
    levelCombo_->setCurrentIndex(level);
    rebuild();
}

double TrafficView::levelBandwidth(int level) const {
    const auto& p = store_->result();
    if (!p || level >= static_cast<int>(p->levels.size())) return 0;
    for (const auto& c : p->ceilings)
        if (!c.compute && c.level == level) return c.value;
    return 0;
}

void TrafficView::rebuild() {
    plot_->clearPlottables();
    plot_->clearItems();
    bars_.clear();
    groups_.clear();
    classes_.clear();
    groupLabels_.clear();
    hiddenGroups_ = 0;
    styleChart(plot_);
    levelCombo_->setEnabled(grouping_ != Grouping::level);
    const auto& p = store_->result();
    auto* title = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0));
    if (!p) {
        if (title) title->setText(tr("Memory traffic"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    collectGroups(*p);
    drawBars();
    plot_->legend->setVisible(!bars_.empty());  // an empty legend is a stray box
    if (groups_.empty()) {
        // Say why the chart is empty rather than show bare axes.
        auto* note = new QCPItemText(plot_);
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.5, 0.45);
        note->setText(p->ops.empty()
                          ? tr("This result has no operator records, so no traffic to show.\n"
                               "A training iteration is broken down on the Training tab.")
                          : tr("No traffic at this level for the operators shown."));
        note->setColor(Theme::instance().chart().foreground);
        note->setSelectable(false);
    }
    if (title) {
        const int nLevels = static_cast<int>(p->levels.size());
        QString scope = grouping_ == Grouping::level
                            ? tr("all levels")
                            : qstr(p->levels.empty() ? std::string()
                                                     : p->levels[std::min(level_, nLevels - 1)]);
        const Focus& f = selection_->focus()->current();
        if (f.zoomed()) scope = tr("%1; zoomed to %2 operator(s)").arg(scope).arg(f.ops.size());
        if (!f.filter.isEmpty()) scope = tr("%1; filter “%2”").arg(scope, f.filter);
        // A training run's records are one iteration on one GPU: say so, or
        // its bytes read as the whole cluster's.
        title->setText(
            p->opScope == rl::Prediction::OpScope::gpuIteration
                ? tr("Memory traffic by tensor class per GPU per iteration (%1)").arg(scope)
                : tr("Memory traffic by tensor class (%1)").arg(scope));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficView::collectGroups(const rl::Prediction& p) {
    const int nLevels = static_cast<int>(p.levels.size());
    auto scale = [&](int level) {
        if (unit_ == Unit::bytes) return 1.0;
        const double bw = levelBandwidth(level);
        return bw > 0 ? 1.0 / bw : 0.0;
    };
    // Only the operators of the shared zoom and filter count. `share` splits
    // an operator folded over several layers between them.
    const FocusStack* focus = selection_->focus();
    auto addOp = [&](Group& g, const rl::OpRecord& op, int level, double share = 1.0) {
        const int index = static_cast<int>(&op - p.ops.data());
        if (!focus->shows(p, index)) return;
        if (g.ops.empty() || g.ops.back() != index) g.ops.push_back(index);
        g.runs += op.count * share;
        g.layers = std::max(g.layers, op.layer >= 0 ? op.layerSpan : 0);
        if (level >= static_cast<int>(op.traffic.size())) return;
        for (int c = 0; c < rl::kTensorClassCount; ++c)
            g.values[c] += op.traffic[level].bytes[c] * op.count * share * scale(level);
    };
    auto newGroup = [](const QString& label) {
        Group g;
        g.label = label;
        g.values.assign(rl::kTensorClassCount, 0.0);
        return g;
    };
    std::vector<Group> all;
    if (grouping_ == Grouping::level) {
        for (int l = 0; l < nLevels; ++l) {
            Group g = newGroup(qstr(p.levels[l]));
            for (const auto& op : p.ops) addOp(g, op, l);
            all.push_back(g);
        }
    } else if (grouping_ == Grouping::phase) {
        std::map<std::string, int> at;
        for (const auto& op : p.ops) {
            if (!at.count(op.phase)) {
                at[op.phase] = static_cast<int>(all.size());
                all.push_back(newGroup(MessageText::phase(op.phase)));
            }
            addOp(all[at[op.phase]], op, level_);
        }
    } else if (grouping_ == Grouping::layer) {
        // A folded operator stands for layers layer .. layer + span - 1 alike;
        // "–" collects the operators outside the layer stack.
        std::map<int, Group> byLayer;
        for (const auto& op : p.ops) {
            const int span = op.layer >= 0 ? std::max(1, op.layerSpan) : 1;
            for (int k = 0; k < span; ++k) {
                const int layer = op.layer >= 0 ? op.layer + k : -1;
                auto it = byLayer.find(layer);
                if (it == byLayer.end())
                    it = byLayer
                             .emplace(layer, newGroup(layer >= 0 ? QString::number(layer)
                                                                 : QStringLiteral("–")))
                             .first;
                addOp(it->second, op, level_, 1.0 / span);
            }
        }
        for (auto& [layer, g] : byLayer) all.push_back(g);
    } else {
        // Operators repeated over the layer stack or prefill chunks fold into
        // one bar per phase and name ("layer.attention.chunk0-3": "attention").
        std::set<std::string> phases;
        for (const auto& op : p.ops) phases.insert(op.phase);
        std::map<QString, int> at;
        std::vector<std::string> phaseOf;
        for (std::size_t i = 0; i < p.ops.size(); ++i) {
            const auto& op = p.ops[i];
            const QString name = foldedOperatorName(opName(op));
            const QString key = qstr(op.phase) + QChar(0x1f) + name;
            auto it = at.find(key);
            if (it == at.end()) {
                it = at.emplace(key, static_cast<int>(all.size())).first;
                all.push_back(newGroup(name));
                all.back().op = static_cast<int>(i);  // a click selects the first of them
                phaseOf.push_back(op.phase);
            }
            addOp(all[it->second], op, level_);
        }
        for (std::size_t k = 0; k < all.size(); ++k) {
            Group& g = all[k];
            if (g.layers > 1) g.label = tr("%1 ×%2").arg(g.label).arg(g.layers);
            if (phases.size() > 1) g.phase = MessageText::phase(phaseOf[k]);
        }
    }
    // Operators outside the zoom leave their groups empty: not drawn.
    std::erase_if(all, [](const Group& g) { return g.ops.empty(); });
    // Nothing to draw for a group without traffic: leave it out, and say so.
    const auto empty = std::remove_if(all.begin(), all.end(), [](const Group& g) {
        double s = 0;
        for (double v : g.values) s += v;
        return !(s > 0);
    });
    hiddenGroups_ = static_cast<int>(all.end() - empty);
    all.erase(empty, all.end());
    if (grouping_ == Grouping::op) {
        auto total = [](const Group& g) {
            double s = 0;
            for (double v : g.values) s += v;
            return s;
        };
        std::stable_sort(all.begin(), all.end(),
                         [&](const Group& a, const Group& b) { return total(a) > total(b); });
        if (all.size() > kMaxOperatorBars) all.resize(kMaxOperatorBars);
        // One section per phase (in the run's order), largest first within it.
        QStringList order;
        for (const auto& op : p.ops)
            if (!order.contains(MessageText::phase(op.phase)))
                order << MessageText::phase(op.phase);
        std::stable_sort(all.begin(), all.end(), [&](const Group& a, const Group& b) {
            return order.indexOf(a.phase) < order.indexOf(b.phase);
        });
    }
    groups_ = std::move(all);
    for (const auto& g : groups_) groupLabels_ << g.label;
}

void TrafficView::drawBars() {
    // Scale to a readable unit: one prefix for the whole axis.
    double maxTotal = 0;
    for (int i = 0; i < static_cast<int>(groups_.size()); ++i)
        maxTotal = std::max(maxTotal, groupTotal(i));
    double div = 1;
    QString unitName = unit_ == Unit::bytes ? "B" : "s";
    if (unit_ == Unit::bytes) {
        const char* prefixes[] = {"B", "kB", "MB", "GB", "TB", "PB"};
        int k = 0;
        while (k < 5 && maxTotal / div >= 1000) {
            div *= 1000;
            ++k;
        }
        unitName = prefixes[k];
    } else {
        if (maxTotal < 1e-3) {
            div = 1e-6;
            unitName = QStringLiteral("µs");
        } else if (maxTotal < 1) {
            div = 1e-3;
            unitName = "ms";
        }
    }

    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < static_cast<int>(groups_.size()); ++i)
        ticker->addTick(i + 1, groups_[i].label);
    plot_->xAxis->setTicker(ticker);
    // Layer numbers fit upright; names turn when there are many.
    plot_->xAxis->setTickLabelRotation(grouping_ != Grouping::layer && groups_.size() > 8 ? 60 : 0);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 4);
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setRange(0.4, std::max<std::size_t>(groups_.size(), 1) + 0.6);
    static const char* groupNames[] = {QT_TR_NOOP("Memory level"), QT_TR_NOOP("Phase"),
                                       QT_TR_NOOP("Layer"), QT_TR_NOOP("Operator")};
    QString xLabel = tr(groupNames[static_cast<int>(grouping_)]);
    if (grouping_ == Grouping::layer && !groupLabels_.isEmpty() && groupLabels_.first() == "–")
        xLabel = tr("%1 (– outside the layer stack)").arg(xLabel);
    if (hiddenGroups_ > 0)
        xLabel = tr("%1 (%2 without traffic not shown)").arg(xLabel).arg(hiddenGroups_);
    plot_->xAxis->setLabel(xLabel);
    plot_->yAxis->setLabel(unit_ == Unit::bytes
                               ? tr("Bytes moved (%1)").arg(unitName)
                               : tr("Time to move at effective bandwidth (%1)").arg(unitName));
    plot_->yAxis->setScaleType(QCPAxis::stLinear);
    plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));

    QCPBars* below = nullptr;
    for (int c = 0; c < rl::kTensorClassCount; ++c) {
        bool any = false;
        for (const auto& g : groups_) any = any || g.values[c] > 0;
        if (!any) continue;
        auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars->setName(className(c));
        const QColor col = Theme::instance().tensorClass(c);
        bars->setBrush(col);
        bars->setPen(QPen(col.darker(130)));
        bars->setWidth(0.7);
        bars->setSelectable(QCP::stNone);
        // A class absent from a group adds no segment (not even a hairline).
        for (int i = 0; i < static_cast<int>(groups_.size()); ++i)
            if (groups_[i].values[c] > 0) bars->addData(i + 1, groups_[i].values[c] / div);
        if (below) bars->moveAbove(below);
        below = bars;
        bars_.push_back(bars);
        classes_.push_back(c);
    }
    // Head room over the tallest bar (more under the phase names).
    const bool sections = !groups_.empty() && !groups_.front().phase.isEmpty();
    const double top = maxTotal > 0 ? maxTotal / div * (sections ? 1.15 : 1.08) : 1;
    plot_->yAxis->setRange(0, top);
    axisDivisor_ = div;
    drawPhaseSections(top);
}

void TrafficView::drawPhaseSections(double top) {
    // A dashed line between phases and the phase's name over its section.
    const ChartColors& colors = Theme::instance().chart();
    int start = 0;
    for (int i = 1; i <= static_cast<int>(groups_.size()); ++i) {
        if (i < static_cast<int>(groups_.size()) && groups_[i].phase == groups_[start].phase)
            continue;
        if (groups_[start].phase.isEmpty()) return;
        auto* name = new QCPItemText(plot_);
        name->setClipToAxisRect(true);
        name->position->setCoords((start + i + 1) / 2.0, top);
        name->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        name->setText(groups_[start].phase);
        name->setColor(colors.foreground);
        name->setFont(QFont(plot_->font().family(), plot_->font().pointSize(), QFont::Bold));
        name->setSelectable(false);
        if (i < static_cast<int>(groups_.size())) {
            auto* line = new QCPItemStraightLine(plot_);
            line->point1->setCoords(i + 0.5, 0);
            line->point2->setCoords(i + 0.5, 1);
            line->setPen(QPen(colors.axis, 1, Qt::DashLine));
            line->setSelectable(false);
        }
        start = i;
    }
}

double TrafficView::groupTotal(int group) const {
    if (group < 0 || group >= static_cast<int>(groups_.size())) return 0;
    double s = 0;
    for (double v : groups_[group].values) s += v;
    return s;
}

QString TrafficView::describeBar(int group, int stack) const {
    if (group < 0 || group >= static_cast<int>(groups_.size())) return {};
    const Group& g = groups_[group];
    auto fmt = [&](double v) { return unit_ == Unit::bytes ? fmtBytes(v) : fmtTime(v); };
    QString s = "<b>" + g.label.toHtmlEscaped() + "</b>";
    if (!g.phase.isEmpty()) s += " (" + g.phase.toHtmlEscaped() + ")";
    s += "<br>";
    for (std::size_t k = 0; k < classes_.size(); ++k) {
        const int c = classes_[k];
        QString line = className(c) + ": " + fmt(g.values[c]);
        if (static_cast<int>(k) == stack) line = "<b>" + line + "</b>";
        s += line + "<br>";
    }
    s += tr("total: %1").arg(fmt(groupTotal(group)));
    if (g.layers > 1)
        s += "<br>" + tr("%1 layers alike, %2 runs in all").arg(g.layers).arg(fmtNumber(g.runs));
    else if (grouping_ != Grouping::level && g.runs > 1)
        s += "<br>" + tr("%1 runs in all").arg(fmtNumber(g.runs));
    return s;
}

QString TrafficView::groupPhase(int group) const {
    return group >= 0 && group < static_cast<int>(groups_.size()) ? groups_[group].phase
                                                                  : QString();
}

int TrafficView::stackClass(int stack) const {
    return stack >= 0 && stack < static_cast<int>(classes_.size()) ? classes_[stack] : -1;
}

int TrafficView::groupAt(const QPointF& pixel) const {
    const double key = plot_->xAxis->pixelToCoord(pixel.x());
    const int i = static_cast<int>(std::lround(key)) - 1;
    if (i < 0 || i >= static_cast<int>(groups_.size()) || std::abs(key - (i + 1)) > 0.35) return -1;
    return i;
}

void TrafficView::onMouseMove(QMouseEvent* e) {
    const int g = groupAt(e->position());
    if (g < 0) {
        QToolTip::hideText();
        return;
    }
    // Which stack segment is under the cursor (values in the axis unit).
    const double y = plot_->yAxis->pixelToCoord(e->position().y()) * axisDivisor_;
    int stack = -1;
    double acc = 0;
    for (std::size_t k = 0; k < classes_.size(); ++k) {
        acc += groups_[g].values[classes_[k]];
        if (y <= acc) {
            stack = static_cast<int>(k);
            break;
        }
    }
    QToolTip::showText(e->globalPosition().toPoint(), describeBar(g, stack), plot_);
}

void TrafficView::onMouseRelease(QMouseEvent* e) {
    if (grouping_ != Grouping::op || e->button() != Qt::LeftButton) return;
    const int g = groupAt(e->position());
    if (g >= 0 && groups_[g].op >= 0) selection_->setCurrent(groups_[g].op);
}

void TrafficView::zoomToGroup(int group) {
    if (group < 0 || group >= static_cast<int>(groups_.size())) return;
    selection_->focus()->zoomIn(groups_[group].ops);
}

QString TrafficView::exportTo(const QString& path, int width, int height) {
    return exportChart(plot_, path, width, height);
}

}  // namespace views
}  // namespace rl
