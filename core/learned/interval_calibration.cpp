#include "core/learned/interval_calibration.h"

#include <cmath>
#include <map>
#include <stdexcept>

#include "core/learned/metrics.h"

namespace rl {

namespace {

void check(const std::vector<double>& residuals, const std::vector<double>& scale) {
    if (!scale.empty() && scale.size() != residuals.size())
        throw std::invalid_argument("conformal interval: " + std::to_string(scale.size()) +
                                    " scales for " + std::to_string(residuals.size()) +
                                    " residuals");
    for (double r : residuals)
        if (!std::isfinite(r))
            throw std::invalid_argument("conformal interval: a residual is not finite");
    for (double s : scale)
        if (!(s > 0) || !std::isfinite(s))
            throw std::invalid_argument("conformal interval: scale " + std::to_string(s) +
                                        " is not a positive number");
}

}  // namespace

ConformalBounds conformalBounds(const std::vector<double>& residuals,
                                const std::vector<std::string>& groups, double coverage,
                                ConformalScore kind, const std::vector<double>& scale) {
    if (groups.size() != residuals.size())
        throw std::invalid_argument("conformal interval: " + std::to_string(groups.size()) +
                                    " groups for " + std::to_string(residuals.size()) +
                                    " residuals");
    if (!(coverage > 0 && coverage < 1))
        throw std::invalid_argument("conformal interval: coverage " + std::to_string(coverage) +
                                    " is not in (0, 1)");
    check(residuals, scale);
    if (residuals.empty()) return {};
    std::map<std::string, double> rowsOf;
    for (const auto& g : groups) rowsOf[g] += 1;
    std::vector<double> score(residuals.size()), weight(residuals.size());
    for (std::size_t i = 0; i < residuals.size(); ++i) {
        score[i] = residuals[i] / (scale.empty() ? 1.0 : scale[i]);
        if (kind == ConformalScore::absolute) score[i] = std::abs(score[i]);
        weight[i] = 1.0 / rowsOf[groups[i]];
    }
    // The cumulative weights 1/n add up with rounding: a quantile that falls
    // exactly on a row (0.9 of 100 rows) must not slip to the next one.
    constexpr double kRounding = 1e-9;
    if (kind == ConformalScore::absolute) {
        const double q = weightedPercentile(score, weight, coverage - kRounding);
        return {-q, q};
    }
    const double tail = (1 - coverage) / 2;
    return {weightedPercentile(score, weight, tail - kRounding),
            weightedPercentile(score, weight, 1 - tail - kRounding)};
}

ConformalBounds widenInQuadrature(const ConformalBounds& b, double q) {
    if (!(q >= 0) || !std::isfinite(q))
        throw std::invalid_argument("conformal interval: prior " + std::to_string(q) +
                                    " is not a non-negative number");
    // A bound on the far side of the prediction (low > 0) moves by the same
    // amount as one at that distance on the near side: both only widen.
    const auto out = [q](double d) { return std::hypot(d, q) - std::abs(d); };
    return {b.low - out(b.low), b.high + out(b.high)};
}

double conformalCoverage(const std::vector<double>& residuals, const ConformalBounds& b,
                         const std::vector<double>& scale) {
    check(residuals, scale);
    if (residuals.empty()) return 0;
    std::size_t inside = 0;
    for (std::size_t i = 0; i < residuals.size(); ++i) {
        const double s = scale.empty() ? 1.0 : scale[i];
        inside += residuals[i] >= b.low * s && residuals[i] <= b.high * s;
    }
    return double(inside) / residuals.size();
}

}  // namespace rl
