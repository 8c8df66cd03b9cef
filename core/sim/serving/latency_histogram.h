#pragma once
// Percentiles of a stream too long to store (every time-between-tokens gap of
// a million requests): a histogram of 128 equal bins per octave (binary
// exponent and the top 7 mantissa bits, no logarithm on the hot path) from
// 2^-24 s (60 ns) to 2^17 s (36 h), so a percentile is within 0.8% of the
// exact one; mean and max are exact.
#include <cstdint>
#include <vector>

#include "core/result/serving_report.h"

namespace rl::serving {

class LatencyHistogram {
  public:
    LatencyHistogram();
    void add(double seconds);
    std::int64_t count() const { return count_; }
    // q in [0, 1]; interpolated log-linearly inside the bin. 0 when empty.
    double quantile(double q) const;
    LatencySummary summary() const;

  private:
    std::vector<std::int64_t> bins_;
    std::int64_t count_ = 0;
    double sum_ = 0, max_ = 0;
};

// Exact summary of stored values (reordered in place): linear interpolation
// between order statistics.
LatencySummary summarise(std::vector<double>& values);

}  // namespace rl::serving
