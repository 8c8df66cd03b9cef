#pragma once
// Stepping through a mapping for teaching: the temporal loops of all levels,
// outer first, factor-1 loops dropped (the loop-nest model's flat nest). One
// step is one iteration of the innermost temporal loop, i.e. one compute
// cycle in which every used MAC does one multiply-accumulate; bandwidth
// stalls (Evaluation::cycles > computeCycles) are not steps.
//
// Any step is reached by random access from its mixed-radix index: the loop
// indices, the tile each level holds, the MACs' operands and the accesses so
// far are closed forms of the step index (O(levels x loops), no allocation,
// no simulation from step 0), so a VGG layer's millions of steps can be
// skipped through. The counts follow the loop-nest model's rules event by
// event, and after the last step they equal its Evaluation exactly:
//   - a level's tile of a tensor is delivered (parent reads, child fills) at
//     the start of every iteration of the innermost loop above the level that
//     indexes the tensor; a sliding-window step of that loop delivers only
//     the new input columns (rows); words shared by several children are
//     delivered once (multicast);
//   - partial sums go up (parent updates) when that iteration ends, the
//     children's partial sums reduced across the fanout; a level reads an
//     output before updating it except the first time it sees that output
//     (read-modify-write), and an output tile sent down is a fill except the
//     first time the child holds it;
//   - the innermost keeper of a tensor serves the MACs every step.
// Coordinates: the loops nest as core/dataflow/loop_list.h lists them (per
// level its temporal loops, then its spatial X, then its spatial Y loops).
#include <array>
#include <cstdint>
#include <vector>

#include "core/dataflow/loop_nest_model.h"

namespace rl::dataflow {

inline constexpr int kMaxStepLoops = kMaxLevels * kDimCount;

struct StepLoop {
    int level = 0;
    Dim dim = Dim::N;
    std::int64_t factor = 1;
    std::int64_t stepsPerIteration = 1;  // steps one iteration of this loop lasts
    std::int64_t coordinateStride = 1;   // how far one iteration moves the dim's index
};

struct SpatialLoop {
    int level = 0;  // fans out below this level
    Dim dim = Dim::N;
    std::int64_t factor = 1;
    bool alongX = true;
    std::int64_t coordinateStride = 1;  // how far one instance moves the dim's index
};

struct StepTensorCounts {
    std::int64_t reads = 0;
    std::int64_t fills = 0;
    std::int64_t updates = 0;
    bool operator==(const StepTensorCounts&) const = default;
};

// Accesses over all utilised instances (scalar words), as in Evaluation.
struct StepCounts {
    std::array<std::array<StepTensorCounts, kDataSpaceCount>, kMaxLevels> level{};
    std::int64_t macs = 0;
    bool operator==(const StepCounts&) const = default;
};

struct StepState {
    std::int64_t step = 0;
    std::array<std::int64_t, kMaxStepLoops> index{};  // of each temporal loop
    // Outermost loop whose index changed on entering this step (every loop
    // inside it changed too); 0 at step 0, where everything starts.
    int firstChangedLoop = 0;
    // Origin of the tile of instance 0 of each level ([levelCount]: the
    // operands of MAC 0); add the spatial offsets for other instances.
    std::array<DimArray, kMaxLevels + 1> origin{};
    // The level's tile of the tensor moved on entering this step.
    std::array<std::array<bool, kDataSpaceCount>, kMaxLevels> tileChanged{};
    StepCounts counts;  // after this step
    StepCounts moved;   // during this step (counts minus those after the step before)
};

class StepThrough {
  public:
    StepThrough(const AcceleratorArch& arch, const DataflowProblem& problem, const MappingNest& m);

    std::int64_t stepCount() const { return steps_; }
    int levelCount() const { return n_; }
    int loopCount() const { return loopCount_; }
    const StepLoop& loop(int k) const { return loops_[static_cast<std::size_t>(k)]; }
    int firstLoopOfLevel(int level) const { return levelStart_[static_cast<std::size_t>(level)]; }
    const std::vector<SpatialLoop>& spatialLoops() const { return spatial_; }
    const Projection& projection() const { return proj_; }
    const DataflowProblem& problem() const { return problem_; }
    bool keeps(int level, int t) const { return keep_[level][t]; }

    // Extents of the tile one instance of `level` holds ([levelCount]: one MAC).
    const DimArray& tileExtent(int level) const { return tileExt_[level]; }
    // Extents of the union of the tiles of all utilised instances of `level`
    // (its bounding box; see spanContiguous).
    const DimArray& levelSpan(int level) const { return span_[level]; }
    // False where the instances' tiles along `d` leave gaps (a temporal loop
    // of d between a fanout above and the level), so the span is a bounding box.
    bool spanContiguous(int level, Dim d) const;
    std::int64_t utilizedInstances(int level) const { return util_[level]; }

    // The state at step s (0 <= s < stepCount(); clamped). No allocation.
    void stateAt(std::int64_t s, StepState& out) const;
    // Only the counts after step s (the cheap part of stateAt).
    void countsAt(std::int64_t s, StepCounts& out) const;
    // Only the loop indices and origins at step s.
    void indicesAt(std::int64_t s, StepState& out) const;

    // The MAC array as a grid (the MAC level's mesh).
    int macColumns() const { return macCols_; }
    int macRows() const { return macRows_; }
    // The problem coordinates MAC (x, y) works on at the step of `state`;
    // false if the mapping leaves that MAC idle.
    bool macCoordinate(const StepState& state, int x, int y, DimArray& out) const;

  private:
    // One tensor moving between a parent level and a child keeper.
    struct Transfer {
        int tensor = 0, parent = 0, child = 0;
        int innermostRelevant = -1;    // innermost loop above the child indexing the tensor
        std::int64_t epochSteps = 1;   // steps one delivery lasts
        std::int64_t slideFactor = 0;  // > 0: sliding window over that many epochs
        std::int64_t parentWords = 0;  // per delivery, all parent instances
        std::int64_t parentDelta = 0;  // per sliding step
        std::int64_t childWords = 0;   // per delivery, all child instances
        std::int64_t childDelta = 0;
    };
    struct MacSide {
        int tensor = 0, keeper = -1;
        std::int64_t wordsPerStep = 0;
    };
    std::int64_t digit(std::int64_t s, int k) const;
    // Distinct values of tensor t's indices over loops 0..last among the
    // epochs of loop `last` up to the one holding step s.
    std::int64_t distinctSeen(std::int64_t s, int last, int t) const;
    std::int64_t delivered(const Transfer& tr, std::int64_t s, bool parentSide) const;

    int n_ = 0;
    std::int64_t steps_ = 1;
    int loopCount_ = 0;
    std::array<StepLoop, kMaxStepLoops> loops_{};
    std::array<int, kMaxLevels + 1> levelStart_{};
    std::vector<SpatialLoop> spatial_;
    std::array<DimArray, kMaxLevels + 1> tileExt_{};
    std::array<DimArray, kMaxLevels + 1> span_{};
    std::array<std::int64_t, kMaxLevels + 1> util_{};
    std::array<std::array<bool, kDataSpaceCount>, kMaxLevels> keep_{};
    std::array<std::array<int, kDataSpaceCount>, kMaxLevels> innermostRelevant_{};
    std::array<DimArray, kMaxLevels> temporal_{};
    std::vector<Transfer> transfers_;
    std::array<MacSide, kDataSpaceCount> macSide_{};
    DataflowProblem problem_;
    Projection proj_;
    int macCols_ = 1, macRows_ = 1;
    std::array<int, kMaxLevels> fanX_{}, fanY_{};
    std::array<std::int64_t, kMaxLevels> usedX_{}, usedY_{};
};

}  // namespace rl::dataflow
