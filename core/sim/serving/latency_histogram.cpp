#include "core/sim/serving/latency_histogram.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace rl::serving {

namespace {
constexpr int kSubBits = 7, kSub = 1 << kSubBits;
constexpr int kMinExp = -24, kMaxExp = 17;  // keep in step with add()
constexpr int kBins = (kMaxExp - kMinExp) * kSub;

// Lower edge of a bin: 2^e x (1 + sub / kSub).
double lowerEdge(int bin) {
    const int e = kMinExp + bin / kSub, sub = bin % kSub;
    return std::ldexp(1.0 + static_cast<double>(sub) / kSub, e);
}
}  // namespace

LatencyHistogram::LatencyHistogram() : bins_(kBins, 0) {}

void LatencyHistogram::add(double s) {
    ++count_;
    sum_ += s;
    max_ = std::max(max_, s);
    int bin = 0;
    if (s >= 0x1p-24) {  // 2^kMinExp
        const auto bits = std::bit_cast<std::uint64_t>(s);
        const int e = static_cast<int>((bits >> 52) & 0x7ff) - 1023;
        const int sub = static_cast<int>((bits >> (52 - kSubBits)) & (kSub - 1));
        bin = std::min((e - kMinExp) * kSub + sub, kBins - 1);
    }
    ++bins_[static_cast<std::size_t>(bin)];
}

double LatencyHistogram::quantile(double q) const {
    if (count_ == 0) return 0;
    const double target = std::clamp(q, 0.0, 1.0) * static_cast<double>(count_);
    double seen = 0;
    for (int b = 0; b < kBins; ++b) {
        const auto n = static_cast<double>(bins_[static_cast<std::size_t>(b)]);
        if (n > 0 && seen + n >= target) {
            const double within = (target - seen) / n;
            const double lo = lowerEdge(b), hi = lowerEdge(b + 1);
            return std::min(lo + within * (hi - lo), max_);
        }
        seen += n;
    }
    return max_;
}

LatencySummary LatencyHistogram::summary() const {
    LatencySummary s;
    s.samples = count_;
    if (count_ == 0) return s;
    s.mean = sum_ / static_cast<double>(count_);
    s.p50 = quantile(0.5);
    s.p90 = quantile(0.9);
    s.p95 = quantile(0.95);
    s.p99 = quantile(0.99);
    s.max = max_;
    return s;
}

LatencySummary summarise(std::vector<double>& v) {
    LatencySummary s;
    s.samples = static_cast<std::int64_t>(v.size());
    if (v.empty()) return s;
    double sum = 0;
    for (double x : v) sum += x;
    s.mean = sum / static_cast<double>(v.size());
    // Order statistics by selection, in increasing order so each search runs
    // on the part above the previous one (no full sort of a million values).
    std::size_t from = 0;
    auto at = [&](double q) {
        const double pos = q * static_cast<double>(v.size() - 1);
        const auto i = static_cast<std::size_t>(pos);
        const double f = pos - static_cast<double>(i);
        const auto base = v.begin() + static_cast<std::ptrdiff_t>(from);
        std::nth_element(base, v.begin() + static_cast<std::ptrdiff_t>(i), v.end());
        from = i;
        if (i + 1 >= v.size()) return v[i];
        const double next =
            *std::min_element(v.begin() + static_cast<std::ptrdiff_t>(i + 1), v.end());
        return v[i] + f * (next - v[i]);
    };
    s.p50 = at(0.5);
    s.p90 = at(0.9);
    s.p95 = at(0.95);
    s.p99 = at(0.99);
    s.max = *std::max_element(v.begin() + static_cast<std::ptrdiff_t>(from), v.end());
    return s;
}

}  // namespace rl::serving
