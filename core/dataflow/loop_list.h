#pragma once
// A mapping's loops as a flat list, outer first, the order every presentation
// uses (the CLI's indented text, the loop-nest view, the PE-array view): per
// storage level its temporal loops in the level's order, then its spatial X
// loops, then its spatial Y loops (each in dimension order); factor-1 loops
// are dropped because they do nothing.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/dataflow/mapping_nest.h"

namespace rl::dataflow {

enum class LoopKind { temporal, spatialX, spatialY };

struct LoopEntry {
    int level = 0;  // storage level the loop belongs to (AcceleratorArch::levels index)
    Dim dim = Dim::N;
    std::int64_t factor = 1;
    LoopKind kind = LoopKind::temporal;
    bool spatial() const { return kind != LoopKind::temporal; }
};

std::vector<LoopEntry> loopList(const MappingNest& m);

// Extents of the iteration space of loops[first] and every loop inside it:
// what one full pass of that loop covers. first == loops.size() gives ones
// (a single MAC's point). For the first loop of a level (or any first loop
// at or below it) this is the level's tile, as LoopNestModel counts it.
DimArray sweptExtents(const std::vector<LoopEntry>& loops, std::size_t first);

// Index of the first loop at `level` or below, loops.size() if none: the
// extents from there on are that level's tile.
std::size_t firstLoopAtOrBelow(const std::vector<LoopEntry>& loops, int level);

}  // namespace rl::dataflow
