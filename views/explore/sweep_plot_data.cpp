#include "views/explore/sweep_plot_data.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

#include "core/explore/metric.h"
#include "core/explore/pareto.h"
#include "views/common/format.h"
#include "views/explore/sweep_format.h"

namespace rl {
namespace views {
namespace {

// The front of the feasible points over the objectives `objectives` (indices).
std::vector<std::size_t> frontOver(const rl::SweepResult& d,
                                   const std::vector<rl::SweepPoint>& points,
                                   const std::vector<int>& objectives) {
    std::vector<double> values;
    std::vector<std::size_t> rows;
    std::vector<rl::ObjectiveSense> senses;
    for (int o : objectives) senses.push_back(d.objectives[o].sense);
    for (std::size_t r = 0; r < points.size(); ++r) {
        const auto& p = points[r];
        if (!p.feasible) continue;
        rows.push_back(r);
        for (int o : objectives)
            values.push_back(o < static_cast<int>(p.objectives.size()) ? p.objectives[o]
                                                                       : rl::kNoValue);
    }
    if (rows.empty() || senses.empty()) return {};
    std::vector<std::size_t> out;
    for (std::size_t i : rl::explore::paretoFront(values, senses)) out.push_back(rows[i]);
    return out;
}

}  // namespace

std::vector<SweepSeries> plottableSeries(const rl::SweepResult& d) {
    std::vector<SweepSeries> out;
    for (int i = 0; i < static_cast<int>(d.objectives.size()); ++i)
        out.push_back({SweepSeries::Kind::objective, i});
    for (int i = 0; i < static_cast<int>(d.constraints.size()); ++i)
        out.push_back({SweepSeries::Kind::constraint, i});
    for (int i = 0; i < static_cast<int>(d.axes.size()); ++i)
        if (d.axes[i].numeric) out.push_back({SweepSeries::Kind::axis, i});
    return out;
}

QString seriesTitle(const rl::SweepResult& d, const SweepSeries& s) {
    switch (s.kind) {
        case SweepSeries::Kind::objective:
            return objectiveTitle(d.objectives[s.index]);
        case SweepSeries::Kind::constraint:
            return constraintTitle(d.constraints[s.index]);
        case SweepSeries::Kind::axis:
            return axisTitle(d.axes[s.index]);
        case SweepSeries::Kind::none:
            break;
    }
    return QCoreApplication::translate("rl::views::SweepPlotData", "none");
}

ValueFormat seriesFormat(const rl::SweepResult& d, const SweepSeries& s) {
    switch (s.kind) {
        case SweepSeries::Kind::objective:
            return sweepFigureFormat(d.objectives[s.index].metric, d.objectives[s.index].unit);
        case SweepSeries::Kind::constraint:
            return sweepFigureFormat(d.constraints[s.index].metric, d.constraints[s.index].unit);
        case SweepSeries::Kind::axis:
            return sweepValueFormat(d.axes[s.index].unit);
        case SweepSeries::Kind::none:
            break;
    }
    return sweepValueFormat({});
}

std::vector<double> seriesValues(const rl::SweepResult& d,
                                 const std::vector<rl::SweepPoint>& points, const SweepSeries& s) {
    std::vector<double> out;
    if (s.kind == SweepSeries::Kind::none) return out;
    out.reserve(points.size());
    auto at = [](const auto& v, int i) { return i < static_cast<int>(v.size()) ? v[i] : kNoValue; };
    for (const auto& p : points) {
        if (s.kind == SweepSeries::Kind::objective)
            out.push_back(at(p.objectives, s.index));
        else if (s.kind == SweepSeries::Kind::constraint)
            out.push_back(at(p.constraints, s.index));
        else
            out.push_back(s.index < static_cast<int>(p.axes.size()) ? p.axes[s.index].number
                                                                    : kNoValue);
    }
    return out;
}

bool prefersLog(const rl::SweepResult& d, const std::vector<double>& values, const SweepSeries& s) {
    if (s.kind == SweepSeries::Kind::axis && d.axes[s.index].logScale) return true;
    double lo = INFINITY, hi = 0;
    for (double v : values) {
        if (std::isnan(v)) continue;
        if (v <= 0) return false;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    return hi > 0 && hi / lo > 20;
}

bool isFlagMetric(const std::string& metric) {
    const auto m = rl::explore::parseMetric(metric);  // by its typed identity
    return m && (*m == rl::explore::Metric::memory_fit || *m == rl::explore::Metric::slo_met);
}

bool isFlagSeries(const rl::SweepResult& d, const std::vector<double>& values,
                  const SweepSeries& s) {
    bool zero = false, one = false;
    for (double v : values) {
        if (std::isnan(v)) continue;
        if (v != 0 && v != 1) return false;
        (v == 0 ? zero : one) = true;
    }
    if (zero && one) return true;
    const std::string* metric =
        s.kind == SweepSeries::Kind::objective    ? &d.objectives[s.index].metric
        : s.kind == SweepSeries::Kind::constraint ? &d.constraints[s.index].metric
                                                  : nullptr;
    return metric && isFlagMetric(*metric);  // all 1 (every design fits) is still "yes"
}

std::vector<std::size_t> sweepFront(const rl::SweepResult& d,
                                    const std::vector<rl::SweepPoint>& points) {
    std::vector<int> all;
    for (int o = 0; o < static_cast<int>(d.objectives.size()) && o < 3; ++o) all.push_back(o);
    return frontOver(d, points, all);
}

ParetoSceneInput paretoInput(const rl::SweepResult& d, const std::vector<rl::SweepPoint>& points,
                             const ParetoChoice& choice,
                             const std::vector<std::size_t>& sweepFrontRows) {
    ParetoSceneInput in;
    in.x = seriesValues(d, points, choice.x);
    in.y = seriesValues(d, points, choice.y);
    in.colour = seriesValues(d, points, choice.colour);
    in.logX = choice.logX;
    in.logY = choice.logY;
    in.colourIsFlag =
        choice.colour.kind != SweepSeries::Kind::none && isFlagSeries(d, in.colour, choice.colour);
    in.logColour = choice.colour.kind != SweepSeries::Kind::none && !in.colourIsFlag &&
                   prefersLog(d, in.colour, choice.colour);
    in.formatX = seriesFormat(d, choice.x);
    in.formatY = seriesFormat(d, choice.y);
    in.formatColour = seriesFormat(d, choice.colour);
    const bool twoObjectives = choice.x.kind == SweepSeries::Kind::objective &&
                               choice.y.kind == SweepSeries::Kind::objective &&
                               choice.x.index != choice.y.index;
    in.joinFront = twoObjectives;
    const std::vector<std::size_t> front =
        twoObjectives ? frontOver(d, points, {choice.x.index, choice.y.index}) : sweepFrontRows;
    in.front.assign(front.begin(), front.end());
    return in;
}

TornadoInput tornadoInput(const rl::SweepResult& d, int objective) {
    TornadoInput in;
    in.base = rl::kNoValue;
    if (objective < 0 || objective >= static_cast<int>(d.objectives.size())) return in;
    in.formatAbsolute = sweepValueFormat(d.objectives[objective].unit);
    for (const rl::SensitivityRow& r : d.sensitivity) {
        if (static_cast<int>(r.objective) != objective || r.axis >= d.axes.size()) continue;
        if (std::isnan(in.base)) in.base = r.base;
        in.axes.push_back(
            {axisTitle(d.axes[r.axis]), qstr(r.lowLabel), qstr(r.highLabel), r.atLow, r.atHigh});
    }
    return in;
}

QString describePoint(const rl::SweepResult& d, const rl::SweepPoint& p) {
    QStringList lines;
    lines << QCoreApplication::translate("rl::views::SweepPlotData", "Point %1")
                 .arg(static_cast<qulonglong>(p.index));
    for (std::size_t a = 0; a < d.axes.size() && a < p.axes.size(); ++a)
        lines << QStringLiteral("%1: %2").arg(axisTitle(d.axes[a]), qstr(p.axes[a].label));
    for (std::size_t o = 0; o < d.objectives.size() && o < p.objectives.size(); ++o)
        lines << QStringLiteral("%1: %2").arg(
            objectiveTitle(d.objectives[o]),
            sweepFigureFormat(d.objectives[o].metric, d.objectives[o].unit)(p.objectives[o]));
    for (std::size_t k = 0; k < d.constraints.size() && k < p.constraints.size(); ++k) {
        const auto& c = d.constraints[k];
        lines << QStringLiteral("%1: %2 (%3)")
                     .arg(
                         constraintTitle(c), sweepFigureFormat(c.metric, c.unit)(p.constraints[k]),
                         c.holds(p.constraints[k])
                             ? QCoreApplication::translate("rl::views::SweepPlotData", "holds")
                             : QCoreApplication::translate("rl::views::SweepPlotData", "violated"));
    }
    if (!p.error.empty())
        lines << QCoreApplication::translate("rl::views::SweepPlotData", "Error: %1")
                     .arg(sweepPointError(d, p));
    else if (!p.feasible)
        lines << QCoreApplication::translate("rl::views::SweepPlotData",
                                             "Infeasible: a constraint is violated");
    return lines.join('\n');
}

}  // namespace views
}  // namespace rl
