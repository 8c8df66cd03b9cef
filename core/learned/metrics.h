#pragma once
// Accuracy of predicted against measured times: MAPE, RMSE, Kendall's tau
// (ranking matters for design search), with per-device and per-op breakdowns.
#include <cstddef>
#include <string>
#include <vector>

namespace rl {

struct ErrorMetrics {
    std::size_t n = 0;
    double mape = 0;        // mean |pred - meas| / meas, percent
    double medianApe = 0;   // percent
    double p90Ape = 0;      // percent
    double rmseLog10 = 0;   // RMS of log10(pred / meas)
    double rmseS = 0;       // RMS of pred - meas, seconds
    double kendallTau = 0;  // rank agreement in [-1, 1] (tau-b)
    double coverage = -1;   // fraction of measurements inside [low, high]; -1 if no intervals
};

// Intervals are optional (empty vectors).
ErrorMetrics computeMetrics(const std::vector<double>& predicted,
                            const std::vector<double>& measured,
                            const std::vector<double>& low = {},
                            const std::vector<double>& high = {});

// The q-quantile (q in [0, 1]) of `v`, linearly interpolated; 0 when empty.
double percentile(std::vector<double> v, double q);

// The q-quantile of `v` where value i counts with weight w[i] (> 0): the
// smallest value whose cumulative weight reaches q of the total; 0 when empty.
double weightedPercentile(const std::vector<double>& v, const std::vector<double>& w, double q);

// Kendall's tau-b in O(n log n) (Knight's algorithm).
double kendallTau(const std::vector<double>& x, const std::vector<double>& y);

struct MetricsRow {
    std::string hardware;  // "all" for totals
    std::string op;        // "all" for totals
    ErrorMetrics metrics;
};

// Rows per (hardware, op), per hardware (op "all"), per op (hardware "all"),
// and the total ("all", "all"); sorted by hardware then op.
std::vector<MetricsRow> breakdown(const std::vector<double>& predicted,
                                  const std::vector<double>& measured,
                                  const std::vector<std::string>& hardware,
                                  const std::vector<std::string>& op,
                                  const std::vector<double>& low = {},
                                  const std::vector<double>& high = {});

}  // namespace rl
