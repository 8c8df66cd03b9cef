#pragma once
// The analytical loop-nest model (Timeloop's counting rules): for a bound
// mapping, the tile of each tensor at each level, reads / fills / updates per
// level per tensor (temporal reuse from loop order and irrelevant loops,
// sliding-window input reuse, multicast and spatial reduction across a
// fanout, partial-sum read-modify-write where the first write is not a read),
// cycles stretched by bandwidth shortfalls, utilisation and energy (per-
// instance action counts rounded up to whole blocks x energy per action x
// instances, plus leakage per cycle). Closed form; evaluate() never allocates.
// AcceleratorArch::windowOverlap picks how overlapping input windows count:
// read once for all children (shared), or Timeloop's per-PE delivery.
#include <array>
#include <cstdint>

#include "core/dataflow/mapping_nest.h"

namespace rl::dataflow {

struct TensorAccess {
    bool kept = false;
    std::int64_t tileWords = 0;  // per instance
    std::int64_t reads = 0;      // totals over all utilised instances (scalar words)
    std::int64_t fills = 0;
    std::int64_t updates = 0;
    // Access energy by action (utilised instances x per-instance count rounded
    // up to whole blocks x energy per action); energyJ is their sum, computed
    // as one expression, so it can differ from adding the three in the last bit.
    double readEnergyJ = 0.0;
    double fillEnergyJ = 0.0;
    double updateEnergyJ = 0.0;
    double energyJ = 0.0;
};

struct LevelResult {
    std::array<TensorAccess, kDataSpaceCount> tensor{};
    std::int64_t utilizedInstances = 1;
    std::int64_t tileWords = 0;  // all kept tensors, per instance
    double slowdown = 1.0;       // < 1 when the level's bandwidth falls short
    double leakJ = 0.0;
    double energyJ = 0.0;  // accesses + leakage
};

struct Evaluation {
    int levelCount = 0;
    std::array<LevelResult, kMaxLevels> level{};
    std::int64_t macs = 0;
    std::int64_t computeCycles = 0;  // product of temporal factors
    std::int64_t cycles = 0;         // after bandwidth stalls
    std::int64_t utilizedMacs = 0;   // MAC instances doing work
    double utilization = 0.0;        // macs / (cycles x MAC instances)
    double macEnergyJ = 0.0;
    double energyJ = 0.0;
    double energyPerMacJ() const { return macs > 0 ? energyJ / static_cast<double>(macs) : 0.0; }
    double edp() const { return energyJ * static_cast<double>(cycles); }
};

// Precomputed, mapping-independent facts about an architecture and problem.
class LoopNestModel {
  public:
    LoopNestModel(const AcceleratorArch& arch, const DataflowProblem& problem);
    // Evaluates a mapping that validateMapping() accepted (or that the mapper
    // built valid); no checks here, no allocation.
    void evaluate(const MappingNest& m, Evaluation& out) const;
    Evaluation evaluate(const MappingNest& m) const {
        Evaluation e;
        evaluate(m, e);
        return e;
    }
    const AcceleratorArch& arch() const { return arch_; }
    const DataflowProblem& problem() const { return problem_; }
    const Projection& projection() const { return proj_; }

  private:
    // The temporal loops of all levels, outer first, factor-1 loops dropped.
    struct FlatNest {
        int count = 0;
        std::array<std::int8_t, kMaxLevels * kDimCount> dim{};
        std::array<std::int64_t, kMaxLevels * kDimCount> factor{};
        std::array<std::int64_t, kMaxLevels * kDimCount + 1> prefix{};  // product of loops before k
        std::array<int, kMaxLevels + 1> levelStart{};                   // first loop of each level
    };
    // Words moved into one instance of a level holding tile `e` of tensor t,
    // given the temporal loops of all levels above it.
    std::int64_t transfers(const FlatNest& f, int level, int t, const DimArray& e) const;
    // Children of levels [from, to) holding different tiles of tensor t
    // (spatial factors of the dimensions that index it).
    std::int64_t distinctTiles(const MappingNest& m, int from, int to, int t) const;
    const AcceleratorArch& arch_;
    DataflowProblem problem_;
    Projection proj_;
};

}  // namespace rl::dataflow
