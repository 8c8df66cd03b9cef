#pragma once
// One axis of an exploration chart, computed without widgets: the range that
// holds the data and labelled ticks. A log axis spans whole decades and ticks
// at powers of ten (every decade, or every k-th when there are many), so the
// reader sees 1, 10, 100 rather than arbitrary values; a linear axis ticks at
// 1, 2 or 5 x 10^k. Labels carry the quantity's unit through `format`.
#include <cmath>
#include <functional>
#include <vector>

#include <QString>

namespace rl {
namespace views {

using ValueFormat = std::function<QString(double)>;

struct ScatterAxis {
    bool log = false;
    double lo = 0, hi = 1;        // the range shown: the data with a small margin
    std::vector<double> ticks;    // labelled ticks, ascending, inside [lo, hi]
    std::vector<QString> labels;  // one per tick
    // Minor ticks between two labelled ticks: 4 or 3 on a linear axis, 8 on a
    // log axis ticking every decade (2 ... 9 x 10^k), none otherwise.
    int subTickCount = 0;
    // Where the tick before the first and after the last would be: a ticker
    // needs them to place minor ticks in the margins.
    double outerLo = 0, outerHi = 1;
};

// An axis around `values` (non-finite values, and non-positive ones on a log
// axis, are ignored). Without any usable value: about [1, 10] (log) or [0, 1].
// `maxTicks` bounds the labelled ticks (at least 2).
ScatterAxis makeScatterAxis(const std::vector<double>& values, bool log, const ValueFormat& format,
                            int maxTicks = 8);

// Ticks for exactly [lo, hi] (a zoomed view): the same rules without a margin.
ScatterAxis scatterAxisFor(double lo, double hi, bool log, const ValueFormat& format,
                           int maxTicks = 8);

// Whether `v` can be placed on an axis of this kind.
inline bool placeable(double v, bool log) { return std::isfinite(v) && (!log || v > 0); }

}  // namespace views
}  // namespace rl
