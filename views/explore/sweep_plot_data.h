#pragma once
// From a sweep's points to what the exploration charts draw, without widgets:
// the values a plot axis or the colour takes (an objective, a constraint's
// figure or a numeric axis), the Pareto scene's input with the front of the
// two plotted objectives, the tornado input of one objective, and the text
// of a point's tooltip.
#include <cstddef>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/result/sweep_result.h"
#include "views/explore/pareto_scene.h"
#include "views/explore/tornado_scene.h"

namespace rl {
namespace views {

// What a plot axis or the colour shows.
struct SweepSeries {
    enum class Kind { none, objective, constraint, axis };
    Kind kind = Kind::none;
    int index = -1;
    bool operator==(const SweepSeries& o) const { return kind == o.kind && index == o.index; }
};

// The series the charts offer for `d`: objectives, constraints, then numeric axes.
std::vector<SweepSeries> plottableSeries(const rl::SweepResult& d);
QString seriesTitle(const rl::SweepResult& d, const SweepSeries& s);
ValueFormat seriesFormat(const rl::SweepResult& d, const SweepSeries& s);
// Values of `s` per point (NaN where missing).
std::vector<double> seriesValues(const rl::SweepResult& d,
                                 const std::vector<rl::SweepPoint>& points, const SweepSeries& s);
// A log scale suits it: every value positive and spanning more than a factor of 20,
// or an axis the sweep spaced logarithmically.
bool prefersLog(const rl::SweepResult& d, const std::vector<double>& values, const SweepSeries& s);

// A yes/no figure: a metric the engine defines as a flag (1 when it holds,
// else 0: whether the design fits in memory, meets its SLO), or any series
// whose values are exactly 0 and 1. Shown as two colours, not a scale.
bool isFlagSeries(const rl::SweepResult& d, const std::vector<double>& values,
                  const SweepSeries& s);
// The engine's yes/no metrics (core/explore/metric.h): 1 when it holds, else 0.
bool isFlagMetric(const std::string& metric);

// The front over every objective of the feasible points (positions in `points`).
std::vector<std::size_t> sweepFront(const rl::SweepResult& d,
                                    const std::vector<rl::SweepPoint>& points);

struct ParetoChoice {
    SweepSeries x, y, colour;
    bool logX = false, logY = false;
};
// The scene input. When x and y are two different objectives the front is
// theirs (feasible points only) and joined; otherwise `sweepFrontRows` (the
// front over every objective) is highlighted without a line.
ParetoSceneInput paretoInput(const rl::SweepResult& d, const std::vector<rl::SweepPoint>& points,
                             const ParetoChoice& choice,
                             const std::vector<std::size_t>& sweepFrontRows);

// The tornado input of objective `objective` from the sweep's sensitivity rows.
TornadoInput tornadoInput(const rl::SweepResult& d, int objective);

// The tooltip / details of a point: its axis values, figures and status.
QString describePoint(const rl::SweepResult& d, const rl::SweepPoint& p);

}  // namespace views
}  // namespace rl
