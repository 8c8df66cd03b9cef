#include "core/learned/metrics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace rl {

namespace {

// Counts pairs out of order in v[lo, hi) while merge-sorting it.
long long mergeCount(std::vector<double>& v, std::vector<double>& tmp, std::size_t lo,
                     std::size_t hi) {
    if (hi - lo < 2) return 0;
    const std::size_t mid = (lo + hi) / 2;
    long long swaps = mergeCount(v, tmp, lo, mid) + mergeCount(v, tmp, mid, hi);
    std::size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (v[j] < v[i]) {
            swaps += static_cast<long long>(mid - i);
            tmp[k++] = v[j++];
        } else {
            tmp[k++] = v[i++];
        }
    }
    while (i < mid) tmp[k++] = v[i++];
    while (j < hi) tmp[k++] = v[j++];
    std::copy(tmp.begin() + lo, tmp.begin() + hi, v.begin() + lo);
    return swaps;
}

// Sum over groups of equal values of t(t-1)/2, for a sorted range.
template <class Eq>
long long tiedPairs(std::size_t n, Eq eq) {
    long long ties = 0, run = 1;
    for (std::size_t i = 1; i < n; ++i) {
        if (eq(i - 1, i)) {
            ++run;
        } else {
            ties += run * (run - 1) / 2;
            run = 1;
        }
    }
    return ties + run * (run - 1) / 2;
}

}  // namespace

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * (v.size() - 1);
    const std::size_t i = static_cast<std::size_t>(pos);
    const double f = pos - i;
    return i + 1 < v.size() ? v[i] * (1 - f) + v[i + 1] * f : v[i];
}

double weightedPercentile(const std::vector<double>& v, const std::vector<double>& w, double q) {
    if (v.empty() || w.size() != v.size()) return 0;
    std::vector<std::size_t> order(v.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&v](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    double total = 0;
    for (double x : w) total += std::max(0.0, x);
    double sum = 0;
    for (std::size_t i : order) {
        sum += std::max(0.0, w[i]);
        if (sum >= q * total) return v[i];
    }
    return v[order.back()];
}

double kendallTau(const std::vector<double>& x, const std::vector<double>& y) {
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) return 0;
    std::vector<std::size_t> idx(n);
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
        return x[a] < x[b] || (x[a] == x[b] && y[a] < y[b]);
    });
    const long long n0 = static_cast<long long>(n) * (n - 1) / 2;
    const long long n1 =
        tiedPairs(n, [&](std::size_t a, std::size_t b) { return x[idx[a]] == x[idx[b]]; });
    const long long n3 = tiedPairs(n, [&](std::size_t a, std::size_t b) {
        return x[idx[a]] == x[idx[b]] && y[idx[a]] == y[idx[b]];
    });
    std::vector<double> ys(n), tmp(n);
    for (std::size_t i = 0; i < n; ++i) ys[i] = y[idx[i]];
    const long long swaps = mergeCount(ys, tmp, 0, n);  // ys is now sorted
    const long long n2 = tiedPairs(n, [&](std::size_t a, std::size_t b) { return ys[a] == ys[b]; });
    const long long concordantMinusDiscordant = n0 - n1 - n2 + n3 - 2 * swaps;
    const double denom = std::sqrt(double(n0 - n1) * double(n0 - n2));
    return denom > 0 ? concordantMinusDiscordant / denom : 0;
}

ErrorMetrics computeMetrics(const std::vector<double>& pred, const std::vector<double>& meas,
                            const std::vector<double>& low, const std::vector<double>& high) {
    ErrorMetrics m;
    m.n = std::min(pred.size(), meas.size());
    if (m.n == 0) return m;
    std::vector<double> ape(m.n);
    double se = 0, sl = 0;
    std::size_t inside = 0;
    const bool intervals = low.size() == m.n && high.size() == m.n;
    for (std::size_t i = 0; i < m.n; ++i) {
        ape[i] = 100.0 * std::fabs(pred[i] - meas[i]) / meas[i];
        se += (pred[i] - meas[i]) * (pred[i] - meas[i]);
        const double l = std::log10(std::max(pred[i], 1e-30) / meas[i]);
        sl += l * l;
        if (intervals && meas[i] >= low[i] && meas[i] <= high[i]) ++inside;
    }
    m.mape = std::accumulate(ape.begin(), ape.end(), 0.0) / m.n;
    m.medianApe = percentile(ape, 0.5);
    m.p90Ape = percentile(ape, 0.9);
    m.rmseS = std::sqrt(se / m.n);
    m.rmseLog10 = std::sqrt(sl / m.n);
    m.kendallTau = kendallTau(pred, meas);
    if (intervals) m.coverage = double(inside) / m.n;
    return m;
}

std::vector<MetricsRow> breakdown(const std::vector<double>& pred, const std::vector<double>& meas,
                                  const std::vector<std::string>& hardware,
                                  const std::vector<std::string>& op,
                                  const std::vector<double>& low, const std::vector<double>& high) {
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> groups;
    const bool intervals = low.size() == pred.size() && high.size() == pred.size();
    for (std::size_t i = 0; i < pred.size(); ++i) {
        groups[{hardware[i], op[i]}].push_back(i);
        groups[{hardware[i], "all"}].push_back(i);
        groups[{"all", op[i]}].push_back(i);
        groups[{"all", "all"}].push_back(i);
    }
    std::vector<MetricsRow> rows;
    for (const auto& [key, idx] : groups) {
        std::vector<double> p, m, l, h;
        for (std::size_t i : idx) {
            p.push_back(pred[i]);
            m.push_back(meas[i]);
            if (intervals) {
                l.push_back(low[i]);
                h.push_back(high[i]);
            }
        }
        rows.push_back({key.first, key.second, computeMetrics(p, m, l, h)});
    }
    return rows;
}

}  // namespace rl
