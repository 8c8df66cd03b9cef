#pragma once
// Mapspace constraints (AcceleratorArch::constraints) bound to the levels of
// an architecture, in the form the mapper checks per candidate: exact factors,
// the dimensions each spatial axis may spread, a relative loop order and
// forced keep / bypass choices. The model evaluates any valid mapping; the
// constraints only narrow what the mapper proposes.
#include <array>
#include <cstdint>
#include <string>

#include "core/dataflow/mapping_nest.h"
#include "core/spec/diagnostics.h"

namespace rl::dataflow {

struct LevelRules {
    DimArray temporal{};                   // 0: free, else the exact temporal factor
    DimArray spatial{};                    // 0: free, else the exact X x Y factor
    std::array<bool, kDimCount> allowX{};  // may spread across X
    std::array<bool, kDimCount> allowY{};
    std::array<Dim, kDimCount> order{};  // relative order, outer first
    int orderCount = 0;
    std::array<bool, kDataSpaceCount> keep{}, bypass{};
};

struct BoundConstraints {
    bool any = false;  // false: the architecture constrains nothing
    int levelCount = 0;
    std::array<LevelRules, kMaxLevels> level{};
};

// Resolves the constraints' targets against `arch` (the parser has checked
// them); levels without constraints allow everything.
BoundConstraints bindConstraints(const AcceleratorArch& arch);

// Puts the dimensions a level's order constraint lists into that relative
// order, keeping the positions the level gives them.
void applyOrder(LevelNest& level, const LevelRules& rules);

// True if the mapping obeys every constraint (fast; no diagnostics).
bool satisfiesConstraints(const MappingNest& m, const BoundConstraints& c);

// Reports every constraint the mapping breaks, with the level, the value and
// the expectation; returns false if any.
bool checkConstraints(const MappingNest& m, const AcceleratorArch& arch, Diagnostics& diag,
                      const std::string& path = "");

}  // namespace rl::dataflow
