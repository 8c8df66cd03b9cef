#include "views/explore/scatter_axis.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rl {
namespace views {
namespace {

// 1, 2 or 5 x 10^k, the smallest at least `raw`.
double niceStep(double raw) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * magnitude >= raw * (1 - 1e-9)) return m * magnitude;
    return 10 * magnitude;
}

// Multiples of a nice step inside [lo, hi], at most maxTicks of them.
void linearTicks(ScatterAxis& a, double lo, double hi, int maxTicks) {
    // Two almost equal values leave a span below their own resolution: the
    // step would be so small that k * step no longer changes (and ++k stops
    // counting near 1e16). Widen such a span around its centre first.
    const double scale = std::max(std::abs(lo), std::abs(hi));
    if (hi - lo <= scale * 1e-9) {
        const double pad = scale > 0 ? scale * 1e-3 : 1.0;
        lo -= pad;
        hi += pad;
    }
    const double step = niceStep((hi - lo) / (maxTicks - 1));
    const double first = std::ceil(lo / step - 1e-9), last = std::floor(hi / step + 1e-9);
    for (int i = 0; first + i <= last + 0.5 && i <= 2 * maxTicks; ++i)
        a.ticks.push_back((first + i) * step + 0.0);  // + 0.0: no -0
    a.outerLo = (first - 1) * step;
    a.outerHi = (last + 1) * step;
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    a.subTickCount = std::abs(mantissa - 2) < 1e-6 ? 3 : 4;
}

void logTicks(ScatterAxis& a, int maxTicks) {
    const int d0 = static_cast<int>(std::ceil(std::log10(a.lo) - 1e-9));
    const int d1 = static_cast<int>(std::floor(std::log10(a.hi) + 1e-9));
    if (d1 - d0 >= 2) {
        // Decades, every k-th when there are many.
        const int every = (d1 - d0 + maxTicks - 2) / (maxTicks - 1);
        for (int d = d0; d <= d1; d += every) a.ticks.push_back(std::pow(10.0, d));
        a.outerLo = std::pow(10.0, d0 - every);
        a.outerHi = a.ticks.back() * std::pow(10.0, every);
        a.subTickCount = every == 1 ? 8 : 0;
        return;
    }
    // Two decades or less: 1, 2 and 5 x 10^k, so that values can be read.
    for (int d = d0 - 1; d <= d1; ++d)
        for (double m : {1.0, 2.0, 5.0}) {
            const double t = m * std::pow(10.0, d);
            if (t >= a.lo * (1 - 1e-9) && t <= a.hi * (1 + 1e-9)) a.ticks.push_back(t);
        }
    if (a.ticks.size() >= 2) {
        a.outerLo = a.lo;
        a.outerHi = a.hi;
        return;
    }
    // A narrow span: evenly spaced values read better than a lone tick.
    a.ticks.clear();
    linearTicks(a, a.lo, a.hi, maxTicks);
    a.subTickCount = 0;
    a.outerLo = a.lo;
    a.outerHi = a.hi;
}

}  // namespace

ScatterAxis scatterAxisFor(double lo, double hi, bool log, const ValueFormat& format,
                           int maxTicks) {
    for (maxTicks = std::max(maxTicks, 2);; --maxTicks) {
        ScatterAxis a;
        a.log = log;
        a.lo = lo;
        a.hi = hi;
        if (!(hi > lo) || (log && !(lo > 0))) return a;  // nothing sensible to tick
        if (log)
            logTicks(a, maxTicks);
        else
            linearTicks(a, lo, hi, maxTicks);
        for (double t : a.ticks)
            a.labels.push_back(format ? format(t) : QString::number(t, 'g', 4));
        // A unit format keeps a few digits, so close ticks can read alike
        // ("12.8 s" twice over 12.7 .. 12.9 s): fewer ticks until each reads
        // as its own value.
        const bool distinct =
            std::adjacent_find(a.labels.begin(), a.labels.end()) == a.labels.end();
        if (distinct || maxTicks == 2) return a;
    }
}

ScatterAxis makeScatterAxis(const std::vector<double>& values, bool log, const ValueFormat& format,
                            int maxTicks) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (double v : values)
        if (placeable(v, log)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    if (lo > hi) {  // nothing to place
        lo = log ? 1.0 : 0.0;
        hi = log ? 10.0 : 1.0;
    }
    // A margin so that markers at the extremes are drawn whole: 5 % of the
    // span (in log space on a log axis, at least a twentieth of a decade).
    if (log) {
        const double pad = std::pow(10.0, std::max(0.05 * std::log10(hi / lo), 0.05));
        lo /= pad;
        hi *= pad;
    } else {
        const double pad = lo == hi ? (lo == 0 ? 1.0 : std::abs(lo) * 0.1) : 0.05 * (hi - lo);
        lo -= pad;
        hi += pad;
    }
    return scatterAxisFor(lo, hi, log, format, maxTicks);
}

}  // namespace views
}  // namespace rl
