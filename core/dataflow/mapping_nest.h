#pragma once
// A mapping bound to one architecture and problem: per storage level (indexed
// like AcceleratorArch::levels) temporal factors, loop order (outer first),
// spatial factors over X/Y and which tensors the level keeps. Fixed-size
// arrays so the evaluator and the mapper never allocate per evaluation.
#include <array>
#include <cstdint>
#include <string>

#include "core/spec/accelerator_spec.h"
#include "core/spec/diagnostics.h"

namespace rl::dataflow {

inline constexpr int kMaxLevels = 8;

struct LevelNest {
    DimArray temporal = kOnes;
    std::array<Dim, kDimCount> order = kAllDims;  // outer first
    DimArray spatialX = kOnes;
    DimArray spatialY = kOnes;
    std::array<bool, kDataSpaceCount> keep = {true, true, true};
};

struct MappingNest {
    int levelCount = 0;
    std::array<LevelNest, kMaxLevels> levels{};
};

// Which problem dimensions index a tensor (weights per batch, depthwise).
struct Projection {
    std::array<std::array<bool, kDimCount>, kDataSpaceCount> relevant{};
    int strideP = 1, strideQ = 1, dilationR = 1, dilationS = 1;
    bool depthwise = false;
    bool weightsPerBatch = false;
    explicit Projection(const DataflowProblem& p);
    Projection() = default;
    // Words of tensor `t` touched by a tile with these extents.
    std::int64_t footprint(int t, const DimArray& e) const;
};

// Binds `mapping` (levels named by target) to `arch`; levels the mapping does
// not name get factors 1 and keep what the arch holds. Reports unknown
// targets. Returns false on error.
bool bindMapping(const Mapping& mapping, const AcceleratorArch& arch, MappingNest& out,
                 Diagnostics& diag, const std::string& path = "");

// Checks the bound mapping against the problem and the architecture: factors
// multiply to each bound, spatial factors fit each fanout, tiles fit each
// level, the outermost level keeps every tensor, and a level keeps only
// tensors the architecture lets it hold. Every problem is reported.
bool validateMapping(const MappingNest& m, const AcceleratorArch& arch, const DataflowProblem& p,
                     Diagnostics& diag, const std::string& path = "");

// Back to the spec form (for printing and saving).
Mapping toMapping(const MappingNest& m, const AcceleratorArch& arch, const std::string& name = {});

// Fanout below level i along X and Y (children instances per instance).
int fanoutX(const AcceleratorArch& arch, int level);
int fanoutY(const AcceleratorArch& arch, int level);

}  // namespace rl::dataflow
