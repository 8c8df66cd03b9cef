#include "core/explore/pareto.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace rl::explore {
namespace {

// Rows as minimisation problems: maximised objectives negated.
struct Rows {
    std::vector<double> v;
    std::size_t k = 0;
    const double* row(std::size_t i) const { return v.data() + i * k; }
};

Rows normalise(std::span<const double> values, std::span<const ObjectiveSense> senses,
               std::vector<std::size_t>& valid) {
    Rows r;
    r.k = senses.size();
    const std::size_t n = r.k ? values.size() / r.k : 0;
    r.v.resize(values.size());
    for (std::size_t i = 0; i < n; ++i) {
        bool ok = true;
        for (std::size_t j = 0; j < r.k; ++j) {
            double x = values[i * r.k + j];
            if (std::isnan(x)) ok = false;
            r.v[i * r.k + j] = senses[j] == ObjectiveSense::maximise ? -x : x;
        }
        if (ok) valid.push_back(i);
    }
    return r;
}

std::vector<std::size_t> front1(const Rows& r, const std::vector<std::size_t>& valid) {
    std::vector<std::size_t> out;
    double best = INFINITY;
    for (std::size_t i : valid) best = std::min(best, r.row(i)[0]);
    for (std::size_t i : valid)
        if (r.row(i)[0] == best) out.push_back(i);
    return out;
}

// Sorted by (a, b): a point is on the front when its b beats every earlier
// point's, or when it equals the point that set the best b (a duplicate).
std::vector<std::size_t> front2(const Rows& r, std::vector<std::size_t> order) {
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const double* a = r.row(x);
        const double* b = r.row(y);
        if (a[0] != b[0]) return a[0] < b[0];
        if (a[1] != b[1]) return a[1] < b[1];
        return x < y;
    });
    std::vector<std::size_t> out;
    double bestB = INFINITY, bestA = NAN;
    for (std::size_t i : order) {
        const double* p = r.row(i);
        if (p[1] < bestB) {
            bestB = p[1];
            bestA = p[0];
            out.push_back(i);
        } else if (p[1] == bestB && p[0] == bestA) {
            out.push_back(i);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Sorted lexicographically, a point can only be dominated by an earlier
// distinct point; the earlier front's (y, z) kept as a staircase (y up, z
// strictly down) answers "is there one with y' <= y and z' <= z" in log n.
std::vector<std::size_t> front3(const Rows& r, std::vector<std::size_t> order) {
    auto less = [&](std::size_t x, std::size_t y) {
        const double* a = r.row(x);
        const double* b = r.row(y);
        for (int j = 0; j < 3; ++j)
            if (a[j] != b[j]) return a[j] < b[j];
        return x < y;
    };
    std::sort(order.begin(), order.end(), less);
    auto same = [&](std::size_t x, std::size_t y) {
        return std::equal(r.row(x), r.row(x) + 3, r.row(y));
    };
    std::map<double, double> stair;  // y -> smallest z among points with this y or less
    std::vector<std::size_t> out;
    for (std::size_t g = 0; g < order.size();) {
        std::size_t end = g + 1;
        while (end < order.size() && same(order[g], order[end])) ++end;
        const double* p = r.row(order[g]);
        const double y = p[1], z = p[2];
        auto it = stair.upper_bound(y);
        const bool dominated = it != stair.begin() && std::prev(it)->second <= z;
        if (!dominated) {
            for (std::size_t k = g; k < end; ++k) out.push_back(order[k]);
            auto pos = stair.insert_or_assign(y, z).first;
            auto next = std::next(pos);
            while (next != stair.end() && next->second >= z) next = stair.erase(next);
        }
        g = end;
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

std::vector<std::size_t> paretoFront(std::span<const double> values,
                                     std::span<const ObjectiveSense> senses) {
    std::vector<std::size_t> valid;
    const Rows r = normalise(values, senses, valid);
    switch (senses.size()) {
        case 1:
            return front1(r, valid);
        case 2:
            return front2(r, std::move(valid));
        case 3:
            return front3(r, std::move(valid));
        default:
            return {};
    }
}

bool dominates(const double* a, const double* b, std::span<const ObjectiveSense> senses) {
    bool better = false;
    for (std::size_t j = 0; j < senses.size(); ++j) {
        const double x = senses[j] == ObjectiveSense::maximise ? -a[j] : a[j];
        const double y = senses[j] == ObjectiveSense::maximise ? -b[j] : b[j];
        if (!(x <= y)) return false;
        if (x < y) better = true;
    }
    return better;
}

void RunningFront::add(SweepPoint p) {
    for (double v : p.objectives)
        if (std::isnan(v)) return;
    index_.push_back(p.index);
    objectives_.insert(objectives_.end(), p.objectives.begin(), p.objectives.end());
    points_.push_back(std::move(p));
    // Fold when the buffer is as large as the front (and not tiny), so the
    // work stays O(n log n) overall and memory O(front).
    if (index_.size() - frontSize_ > std::max<std::size_t>(1024, frontSize_)) fold();
}

void RunningFront::add(std::uint64_t index, const double* objectives, const double* extra) {
    const std::size_t k = senses_.size();
    for (std::size_t j = 0; j < k; ++j)
        if (std::isnan(objectives[j])) return;
    index_.push_back(index);
    objectives_.insert(objectives_.end(), objectives, objectives + k);
    extras_.insert(extras_.end(), extra, extra + extra_);
    if (index_.size() - frontSize_ > std::max<std::size_t>(1024, frontSize_)) fold();
}

void RunningFront::fold() {
    const std::size_t k = senses_.size();
    const std::vector<std::size_t> keep = paretoFront(objectives_, senses_);
    // Compact every per-row array to the kept rows (in their order).
    for (std::size_t to = 0; to < keep.size(); ++to) {
        const std::size_t from = keep[to];
        if (from == to) continue;
        index_[to] = index_[from];
        std::copy_n(objectives_.begin() + std::ptrdiff_t(from * k), k,
                    objectives_.begin() + std::ptrdiff_t(to * k));
        if (extra_ && !extras_.empty())
            std::copy_n(extras_.begin() + std::ptrdiff_t(from * extra_), extra_,
                        extras_.begin() + std::ptrdiff_t(to * extra_));
        if (!points_.empty()) points_[to] = std::move(points_[from]);
    }
    frontSize_ = keep.size();
    index_.resize(frontSize_);
    objectives_.resize(frontSize_ * k);
    if (!extras_.empty()) extras_.resize(frontSize_ * extra_);
    if (!points_.empty()) points_.resize(frontSize_);
}

std::vector<SweepPoint> RunningFront::take() {
    fold();
    const std::size_t k = senses_.size();
    std::vector<SweepPoint> out;
    if (!points_.empty()) {
        out = std::move(points_);
    } else {
        out.resize(index_.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i].index = index_[i];
            out[i].objectives.assign(objectives_.begin() + std::ptrdiff_t(i * k),
                                     objectives_.begin() + std::ptrdiff_t(i * k + k));
            if (!extras_.empty())
                out[i].constraints.assign(extras_.begin() + std::ptrdiff_t(i * extra_),
                                          extras_.begin() + std::ptrdiff_t(i * extra_ + extra_));
            out[i].feasible = true;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const SweepPoint& a, const SweepPoint& b) { return a.index < b.index; });
    index_.clear();
    objectives_.clear();
    extras_.clear();
    points_.clear();
    frontSize_ = 0;
    return out;
}

}  // namespace rl::explore
