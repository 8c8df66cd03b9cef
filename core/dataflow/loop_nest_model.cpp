#include "core/dataflow/loop_nest_model.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/spec/checked_number.h"

namespace rl::dataflow {
namespace {

constexpr int kP = static_cast<int>(Dim::P), kQ = static_cast<int>(Dim::Q),
              kR = static_cast<int>(Dim::R), kS = static_cast<int>(Dim::S);
constexpr int kInputs = static_cast<int>(DataSpace::inputs);
constexpr int kOutputs = static_cast<int>(DataSpace::outputs);

std::int64_t ceilDiv(std::int64_t a, std::int64_t b) {
    return (b <= 1 || a == 0) ? a : (a + b - 1) / b;
}

}  // namespace

LoopNestModel::LoopNestModel(const AcceleratorArch& arch, const DataflowProblem& problem)
    : arch_(arch), problem_(problem), proj_(problem) {}

std::int64_t LoopNestModel::transfers(const FlatNest& fl, int level, int t,
                                      const DimArray& e) const {
    const auto& rel = proj_.relevant[t];
    std::int64_t tile = proj_.footprint(t, e);
    // Innermost loop above `level` that indexes t: the irrelevant loops inside
    // it reuse the tile in place; every loop outside it re-delivers.
    int k = fl.levelStart[level] - 1;
    while (k >= 0 && !rel[fl.dim[k]]) --k;
    if (k < 0) return tile;
    const std::int64_t outer = fl.prefix[k];
    const int jd = fl.dim[k];
    const std::int64_t f = fl.factor[k];
    // Timeloop only saves the overlap when the sliding loop is the innermost
    // loop above the level; with any loop inside it the window is reloaded whole.
    const bool slides =
        arch_.windowOverlap == WindowOverlap::shared || k == fl.levelStart[level] - 1;
    if (t == kInputs && slides && (jd == kP || jd == kR || jd == kQ || jd == kS)) {
        // Sliding window: stepping a P/R (Q/S) loop shifts the input window,
        // so only the new columns (rows) are delivered.
        bool horizontal = (jd == kP || jd == kR);
        std::int64_t extent = horizontal
                                  ? (e[kP] - 1) * proj_.strideP + (e[kR] - 1) * proj_.dilationR + 1
                                  : (e[kQ] - 1) * proj_.strideQ + (e[kS] - 1) * proj_.dilationS + 1;
        std::int64_t shift = jd == kP   ? e[kP] * proj_.strideP
                             : jd == kR ? e[kR] * proj_.dilationR
                             : jd == kQ ? e[kQ] * proj_.strideQ
                                        : e[kS] * proj_.dilationS;
        std::int64_t delta = tile / extent * std::min(shift, extent);
        return outer * (tile + (f - 1) * delta);
    }
    return outer * f * tile;
}

std::int64_t LoopNestModel::distinctTiles(const MappingNest& m, int from, int to, int t) const {
    std::int64_t copies = 1;
    for (int j = from; j < to; ++j)
        for (int d = 0; d < kDimCount; ++d)
            if (proj_.relevant[t][d]) copies *= m.levels[j].spatialX[d] * m.levels[j].spatialY[d];
    return copies;
}

void LoopNestModel::evaluate(const MappingNest& m, Evaluation& out) const {
    const int n = m.levelCount;
    out.levelCount = n;
    std::array<DimArray, kMaxLevels + 1> tileExt;       // per-instance tile extents at level i
    std::array<DimArray, kMaxLevels + 1> spatialBelow;  // spatial extents of levels >= i
    std::array<std::int64_t, kMaxLevels + 1> util;      // utilised instances of level i
    DimArray totalT = kOnes;
    tileExt[n] = kOnes;
    spatialBelow[n] = kOnes;
    for (int i = n - 1; i >= 0; --i)
        for (int d = 0; d < kDimCount; ++d) {
            auto s = m.levels[i].spatialX[d] * m.levels[i].spatialY[d];
            spatialBelow[i][d] = spatialBelow[i + 1][d] * s;
            tileExt[i][d] = tileExt[i + 1][d] * s * m.levels[i].temporal[d];
            totalT[d] *= m.levels[i].temporal[d];
        }
    std::int64_t computeCycles = 1;
    for (auto f : totalT) computeCycles *= f;
    FlatNest fl;
    fl.prefix[0] = 1;
    for (int i = 0; i < n; ++i) {
        fl.levelStart[i] = fl.count;
        for (Dim d : m.levels[i].order) {
            auto f = m.levels[i].temporal[static_cast<int>(d)];
            if (f <= 1) continue;
            fl.dim[fl.count] = static_cast<std::int8_t>(d);
            fl.factor[fl.count] = f;
            fl.prefix[fl.count + 1] = fl.prefix[fl.count] * f;
            ++fl.count;
        }
    }
    fl.levelStart[n] = fl.count;
    util[0] = 1;
    for (int i = 0; i < n; ++i) {
        std::int64_t s = 1;
        for (int d = 0; d < kDimCount; ++d) s *= m.levels[i].spatialX[d] * m.levels[i].spatialY[d];
        util[i + 1] = util[i] * s;
    }

    for (int i = 0; i < n; ++i) {
        auto& L = out.level[i];
        L = LevelResult{};
        L.utilizedInstances = util[i];
        for (int t = 0; t < kDataSpaceCount; ++t) {
            L.tensor[t].kept = m.levels[i].keep[t];
            if (L.tensor[t].kept) {
                L.tensor[t].tileWords = proj_.footprint(t, tileExt[i]);
                L.tileWords += L.tensor[t].tileWords;
            }
        }
    }

    for (int t = 0; t < kDataSpaceCount; ++t) {
        int parent = -1;
        for (int c = 0; c < n; ++c) {
            if (!m.levels[c].keep[t]) continue;
            if (parent >= 0) {
                // The parent delivers the union of its children's tiles (multicast
                // of shared words, reduction of outputs across the fanout).
                const std::int64_t childSide = transfers(fl, c, t, tileExt[c]) * util[c];
                std::int64_t parentSide = 0;
                if (arch_.windowOverlap == WindowOverlap::timeloop) {
                    // Each child whose tile differs gets its own copy, even where
                    // sliding windows overlap; identical tiles are multicast.
                    parentSide = transfers(fl, c, t, tileExt[c]) * distinctTiles(m, parent, c, t) *
                                 util[parent];
                } else {
                    DimArray u = tileExt[c];
                    for (int j = parent; j < c; ++j)
                        for (int d = 0; d < kDimCount; ++d)
                            u[d] *= m.levels[j].spatialX[d] * m.levels[j].spatialY[d];
                    parentSide = transfers(fl, c, t, u) * util[parent];
                }
                if (t == kOutputs) {
                    out.level[parent].tensor[t].updates += parentSide;
                    DimArray ext;
                    for (int d = 0; d < kDimCount; ++d) ext[d] = totalT[d] * spatialBelow[c][d];
                    std::int64_t partition = proj_.footprint(t, ext) * util[c];
                    out.level[c].tensor[t].fills +=
                        std::max<std::int64_t>(0, childSide - partition);
                } else {
                    out.level[parent].tensor[t].reads += parentSide;
                    out.level[c].tensor[t].fills += childSide;
                }
            }
            parent = c;
        }
        if (parent < 0) continue;
        // The MACs below the innermost keeper read (or update) every cycle.
        std::int64_t perCycle = arch_.windowOverlap == WindowOverlap::timeloop
                                    ? proj_.footprint(t, kOnes) * distinctTiles(m, parent, n, t)
                                    : proj_.footprint(t, spatialBelow[parent]);
        std::int64_t macSide = computeCycles * perCycle * util[parent];
        if (t == kOutputs)
            out.level[parent].tensor[t].updates += macSide;
        else
            out.level[parent].tensor[t].reads += macSide;
        if (t == kOutputs) {
            // Read-modify-write: every update but the first of each output reads.
            for (int c = 0; c < n; ++c) {
                if (!m.levels[c].keep[t]) continue;
                DimArray ext;
                for (int d = 0; d < kDimCount; ++d) ext[d] = totalT[d] * spatialBelow[c][d];
                std::int64_t partition = proj_.footprint(t, ext) * util[c];
                out.level[c].tensor[t].reads +=
                    std::max<std::int64_t>(0, out.level[c].tensor[t].updates - partition);
            }
        }
    }

    // Bandwidth: a level whose per-instance demand exceeds its bandwidth
    // stretches the run (Timeloop's slowdown).
    double slow = 1.0;
    for (int i = 0; i < n; ++i) {
        const auto& a = arch_.levels[i];
        auto& L = out.level[i];
        double r = 0, w = 0;
        for (const auto& ta : L.tensor) {
            r += static_cast<double>(ta.reads);
            w += static_cast<double>(ta.fills + ta.updates);
        }
        double inst = static_cast<double>(std::max<std::int64_t>(1, util[i]));
        double cc = static_cast<double>(computeCycles);
        r /= inst * cc;
        w /= inst * cc;
        if (a.readBandwidth > 0 && r > a.readBandwidth)
            L.slowdown = std::min(L.slowdown, a.readBandwidth / r);
        if (a.writeBandwidth > 0 && w > a.writeBandwidth)
            L.slowdown = std::min(L.slowdown, a.writeBandwidth / w);
        slow = std::min(slow, L.slowdown);
    }
    out.computeCycles = computeCycles;
    // Range-checked before converting (a cast of 1e300 is undefined and gives
    // negative cycles); a slowdown past 64 bits saturates, the worst possible
    // mapping, which the mapper then never picks.
    out.cycles = slow < 1.0 ? toInt64(std::ceil(static_cast<double>(computeCycles) / slow))
                                  .value_or(std::numeric_limits<std::int64_t>::max())
                            : computeCycles;
    out.macs = problem_.macs();
    out.utilizedMacs = util[n];
    out.utilization =
        static_cast<double>(out.macs) /
        (static_cast<double>(out.cycles) * static_cast<double>(std::max(1, arch_.mac.instances)));

    // Energy: per-instance action counts rounded up to whole blocks.
    double total = 0;
    for (int i = 0; i < n; ++i) {
        const auto& a = arch_.levels[i];
        auto& L = out.level[i];
        std::int64_t inst = std::max<std::int64_t>(1, util[i]);
        for (auto& ta : L.tensor) {
            if (!ta.kept) continue;
            std::int64_t r = ceilDiv(ceilDiv(ta.reads, inst), a.blockSize);
            std::int64_t f = ceilDiv(ceilDiv(ta.fills, inst), a.blockSize);
            std::int64_t u = ceilDiv(ceilDiv(ta.updates, inst), a.blockSize);
            const double readJ = static_cast<double>(r) * a.energy.read;
            const double fillJ = static_cast<double>(f) * a.energy.write;
            const double updateJ = static_cast<double>(u) * a.energy.update;
            const double instances = static_cast<double>(inst);
            ta.readEnergyJ = instances * readJ;
            ta.fillEnergyJ = instances * fillJ;
            ta.updateEnergyJ = instances * updateJ;
            // The same expression as before the split, so totals stay bit-for-bit.
            ta.energyJ = instances * (readJ + fillJ + updateJ);
            L.energyJ += ta.energyJ;
        }
        L.leakJ = a.energy.leak * static_cast<double>(out.cycles) * a.instances;
        L.energyJ += L.leakJ;
        total += L.energyJ;
    }
    out.macEnergyJ = static_cast<double>(out.macs) * arch_.mac.energyPerMac +
                     arch_.mac.leak * static_cast<double>(out.cycles) * arch_.mac.instances;
    out.energyJ = total + out.macEnergyJ;
}

}  // namespace rl::dataflow
