#pragma once
// Pareto fronts over 1, 2 or 3 objectives, each minimised or maximised. A
// point is on the front when no other point is at least as good in every
// objective and strictly better in one; points with equal objective vectors
// are all kept. Rows with a NaN objective are never on the front.
// Two objectives: sort + sweep, O(n log n). Three: sort by the first, then a
// staircase of the other two, O(n log n) expected for typical fronts.
#include <cstddef>
#include <span>
#include <vector>

#include "core/result/sweep_result.h"

namespace rl::explore {

// `values` is row-major: row i holds objectives [i*k, i*k+k) with
// k = senses.size() (1..3). Returns the rows on the front, ascending.
std::vector<std::size_t> paretoFront(std::span<const double> values,
                                     std::span<const ObjectiveSense> senses);

// True when row a dominates row b (k values each).
bool dominates(const double* a, const double* b, std::span<const ObjectiveSense> senses);

// The front of a stream of points, in memory proportional to the front:
// points are buffered and the buffer is folded into the front whenever it
// outgrows it. The result is the same set whatever the order of add().
class RunningFront {
  public:
    // `extra`: values kept per row by the flat add() (the constraints).
    explicit RunningFront(std::vector<ObjectiveSense> senses, std::size_t extra = 0)
        : senses_(std::move(senses)), extra_(extra) {}
    // Keeps the whole point. Points with a NaN objective are ignored;
    // feasibility is the caller's.
    void add(SweepPoint p);
    // The runner's hot path: no point object per row. take() then returns
    // points with index, objectives and the extras as constraints, no axes.
    // Do not mix with add(SweepPoint) on one object.
    void add(std::uint64_t index, const double* objectives, const double* extra);
    // The front's points by ascending index (the object may be reused after).
    std::vector<SweepPoint> take();

  private:
    void fold();
    std::vector<ObjectiveSense> senses_;
    std::size_t extra_ = 0;
    std::vector<std::uint64_t> index_;  // per row
    std::vector<double> objectives_;    // senses_.size() per row
    std::vector<double> extras_;        // extra_ per row (flat add)
    std::vector<SweepPoint> points_;    // per row (add(SweepPoint)), else empty
    std::size_t frontSize_ = 0;         // rows [0, frontSize_) are the front so far
};

}  // namespace rl::explore
