#pragma once
// What the Storage view draws, computed without widgets so it can be tested
// on its own: the energy of every level split by tensor and by action (read,
// fill, update) plus leakage and the MACs, the tile each level holds against
// its capacity, and the level whose bandwidth stretches the run.
#include <array>
#include <cstdint>
#include <vector>

#include "core/dataflow/design.h"

namespace rl::views {

enum class StorageAction : int { read = 0, fill = 1, update = 2 };
inline constexpr int kStorageActionCount = 3;

struct LevelEnergy {
    // Joules by [tensor][action]; zero for a tensor the level bypasses.
    std::array<std::array<double, kStorageActionCount>, kDataSpaceCount> access{};
    double leak = 0.0;  // J
    double total() const;
};

struct StorageEnergy {
    std::vector<LevelEnergy> levels;  // outermost (DRAM) first
    double mac = 0.0;                 // J: the MACs' energy and leakage
    double total() const;
};

// The evaluation's energy split by action, as the engine reports it
// (TensorAccess::readEnergyJ / fillEnergyJ / updateEnergyJ), so the parts add
// up to the evaluation's figures (the tests check that they do).
StorageEnergy storageEnergy(const dataflow::DataflowDesign& design);

struct TileUse {
    std::array<std::int64_t, kDataSpaceCount> words{};  // per instance; 0 when bypassed
    std::int64_t total = 0;                             // all kept tensors
    std::int64_t capacity = 0;                          // per instance; 0 = unbounded
    bool unbounded() const { return capacity <= 0; }
    double fraction() const;  // total / capacity; 0 when unbounded
    // Full enough that one more loop factor is unlikely to fit (>= 90 %).
    bool nearlyFull() const { return !unbounded() && fraction() >= 0.9; }
};

// One entry per level, outermost first.
std::vector<TileUse> tileUse(const dataflow::DataflowDesign& design);

// The level whose bandwidth stretches the run the most (smallest slowdown),
// or -1 when every level keeps up.
int stretchingLevel(const dataflow::Evaluation& evaluation);

}  // namespace rl::views
