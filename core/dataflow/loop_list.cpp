#include "core/dataflow/loop_list.h"

namespace rl::dataflow {

std::vector<LoopEntry> loopList(const MappingNest& m) {
    std::vector<LoopEntry> loops;
    for (int i = 0; i < m.levelCount; ++i) {
        const auto& l = m.levels[i];
        for (Dim d : l.order) {
            auto f = l.temporal[static_cast<int>(d)];
            if (f > 1) loops.push_back({i, d, f, LoopKind::temporal});
        }
        for (LoopKind kind : {LoopKind::spatialX, LoopKind::spatialY}) {
            const auto& factors = kind == LoopKind::spatialX ? l.spatialX : l.spatialY;
            for (Dim d : kAllDims) {
                auto f = factors[static_cast<int>(d)];
                if (f > 1) loops.push_back({i, d, f, kind});
            }
        }
    }
    return loops;
}

DimArray sweptExtents(const std::vector<LoopEntry>& loops, std::size_t first) {
    DimArray e = kOnes;
    for (std::size_t k = first; k < loops.size(); ++k)
        e[static_cast<int>(loops[k].dim)] *= loops[k].factor;
    return e;
}

std::size_t firstLoopAtOrBelow(const std::vector<LoopEntry>& loops, int level) {
    for (std::size_t k = 0; k < loops.size(); ++k)
        if (loops[k].level >= level) return k;
    return loops.size();
}

}  // namespace rl::dataflow
