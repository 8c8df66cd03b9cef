#include "views/traffic/traffic_view.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QComboBox>
#include <QHBoxLayout>
#include <QToolTip>

#include "views/common/chart_export.h"
#include "views/common/focus_stack.h"
#include "views/common/format.h"
#include "views/common/op_selection.h"
#include "views/common/plot_page.h"
#include "views/common/qcp.h"
#include "views/common/theme.h"

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
}  // namespace

TrafficView::TrafficView(ResultStore* store, OpSelection* selection, QWidget* parent)
    : QWidget(parent), store_(store), selection_(selection), plot_(new QCustomPlot(this)) {
    setObjectName("trafficView");
    auto* bar = newPlotToolBar();
    groupingCombo_ = addLabelledCombo(bar, tr("Show:"), QString(), this);
    groupingCombo_->addItems(
        {tr("Per memory level"), tr("Per phase"), tr("Per layer"), tr("Per operator (top 30)")});
    bar->addSpacing(12);
    levelCombo_ = addLabelledCombo(
        bar, tr("Level:"), tr("Memory level for the per-phase, per-layer and per-operator views"),
        this);
    bar->addSpacing(12);
    unitCombo_ = new QComboBox(this);
    unitCombo_->addItems({tr("Bytes"), tr("Time at level bandwidth")});
    unitCombo_->setToolTip(tr("Time = bytes / the level's effective bandwidth"));
    bar->addWidget(unitCombo_);
    bar->addStretch(1);
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
    bars_.clear();
    groups_.clear();
    classes_.clear();
    groupLabels_.clear();
    styleChart(plot_);
    levelCombo_->setEnabled(grouping_ != Grouping::level);
    const auto& p = store_->result();
    auto* title = qobject_cast<QCPTextElement*>(plot_->plotLayout()->element(0, 0));
    if (!p) {
        if (title) title->setText(tr("Memory traffic"));
        plot_->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int nLevels = static_cast<int>(p->levels.size());
    auto scale = [&](int level) {
        if (unit_ == Unit::bytes) return 1.0;
        const double bw = levelBandwidth(level);
        return bw > 0 ? 1.0 / bw : 0.0;
    };
    // Only the operators of the shared zoom and filter count.
    const FocusStack* focus = selection_->focus();
    auto addOp = [&](Group& g, const rl::OpRecord& op, int level) {
        const int index = static_cast<int>(&op - p->ops.data());
        if (!focus->shows(*p, index)) return;
        if (g.ops.empty() || g.ops.back() != index) g.ops.push_back(index);
        if (level >= static_cast<int>(op.traffic.size())) return;
        for (int c = 0; c < rl::kTensorClassCount; ++c)
            g.values[c] += op.traffic[level].bytes[c] * op.count * scale(level);
    };
    auto newGroup = [](const QString& label) {
        Group g;
        g.label = label;
        g.values.assign(rl::kTensorClassCount, 0.0);
        return g;
    };
    if (grouping_ == Grouping::level) {
        for (int l = 0; l < nLevels; ++l) {
            Group g = newGroup(qstr(p->levels[l]));
            for (const auto& op : p->ops) addOp(g, op, l);
            groups_.push_back(g);
        }
    } else if (grouping_ == Grouping::phase) {
        std::map<std::string, int> at;
        for (const auto& op : p->ops) {
            if (!at.count(op.phase)) {
                at[op.phase] = static_cast<int>(groups_.size());
                groups_.push_back(newGroup(qstr(op.phase)));
            }
            addOp(groups_[at[op.phase]], op, level_);
        }
    } else if (grouping_ == Grouping::layer) {
        std::map<int, Group> byLayer;
        for (const auto& op : p->ops) {
            auto it = byLayer.find(op.layer);
            if (it == byLayer.end())
                it = byLayer
                         .emplace(op.layer,
                                  newGroup(op.layer >= 0 ? QString::number(op.layer) : tr("other")))
                         .first;
            addOp(it->second, op, level_);
        }
        for (auto& [layer, g] : byLayer) groups_.push_back(g);
    } else {
        std::vector<Group> all;
        for (std::size_t i = 0; i < p->ops.size(); ++i) {
            Group g = newGroup(qstr(p->ops[i].name));
            g.op = static_cast<int>(i);
            addOp(g, p->ops[i], level_);
            all.push_back(g);
        }
        std::erase_if(all, [](const Group& g) { return g.ops.empty(); });
        auto total = [](const Group& g) {
            double s = 0;
            for (double v : g.values) s += v;
            return s;
        };
        std::stable_sort(all.begin(), all.end(),
                         [&](const Group& a, const Group& b) { return total(a) > total(b); });
        if (all.size() > kMaxOperatorBars) all.resize(kMaxOperatorBars);
        groups_ = all;
    }
    for (const auto& g : groups_) groupLabels_ << g.label;

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
    plot_->xAxis->setTickLabelRotation(groups_.size() > 8 ? 60 : 0);
    plot_->xAxis->setSubTicks(false);
    plot_->xAxis->setTickLength(0, 4);
    plot_->xAxis->grid()->setVisible(false);
    plot_->xAxis->setRange(0.4, groups_.size() + 0.6);
    static const char* groupNames[] = {QT_TR_NOOP("Memory level"), QT_TR_NOOP("Phase"),
                                       QT_TR_NOOP("Layer"), QT_TR_NOOP("Operator")};
    plot_->xAxis->setLabel(tr(groupNames[static_cast<int>(grouping_)]));
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
        for (int i = 0; i < static_cast<int>(groups_.size()); ++i)
            bars->addData(i + 1, groups_[i].values[c] / div);
        if (below) bars->moveAbove(below);
        below = bars;
        bars_.push_back(bars);
        classes_.push_back(c);
    }
    plot_->yAxis->setRange(0, maxTotal > 0 ? maxTotal / div * 1.08 : 1);
    if (title) {
        QString scope = grouping_ == Grouping::level
                            ? tr("all levels")
                            : qstr(p->levels.empty() ? std::string()
                                                     : p->levels[std::min(level_, nLevels - 1)]);
        const Focus& f = focus->current();
        if (f.zoomed()) scope = tr("%1; zoomed to %2 operator(s)").arg(scope).arg(f.ops.size());
        if (!f.filter.isEmpty()) scope = tr("%1; filter “%2”").arg(scope, f.filter);
        title->setText(tr("Memory traffic by tensor class (%1)").arg(scope));
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
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
    QString s = "<b>" + g.label.toHtmlEscaped() + "</b><br>";
    for (std::size_t k = 0; k < classes_.size(); ++k) {
        const int c = classes_[k];
        QString line = className(c) + ": " + fmt(g.values[c]);
        if (static_cast<int>(k) == stack) line = "<b>" + line + "</b>";
        s += line + "<br>";
    }
    s += tr("total: %1").arg(fmt(groupTotal(group)));
    return s;
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
    // Which stack segment is under the cursor.
    const double div = groupTotal(g) > 0 && bars_.size() ? groupTotal(g) /
                                                               [&] {
                                                                   double s = 0;
                                                                   for (auto* b : bars_)
                                                                       s += b->data()->at(g)->value;
                                                                   return s > 0 ? s : 1.0;
                                                               }()
                                                         : 1.0;
    const double y = plot_->yAxis->pixelToCoord(e->position().y()) * div;
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
