#include "core/analytical/gemm_waves.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/sustained_clock.h"
#include "core/spec/device_kind.h"

namespace rl {

namespace {
// Split-K never splits K finer than this.
constexpr double kMinSplitDepth = 256;

// Waves of the tile as given (no narrowing).
GemmWaves wavesOfTile(double m, double n, double k, double problems, int units, GemmTile tile,
                      bool splitK) {
    GemmWaves w;
    w.tile = tile;
    if (m <= 0 || n <= 0 || k <= 0 || units <= 0) return w;
    const double tm = tile.tm, tn = tile.tn;
    const double mTiles = std::ceil(m / tm), nTiles = std::ceil(n / tn);
    w.ctas = std::max(1.0, problems) * mTiles * nTiles;
    const double padding = (m * n) / (mTiles * tm * nTiles * tn);
    if (w.ctas < units) {
        const double split = splitK ? std::max(1.0, std::min(std::floor(units / w.ctas),
                                                             std::floor(k / kMinSplitDepth)))
                                    : 1.0;
        w.waves = 1;
        w.occupancy = padding * std::min(1.0, w.ctas * split / units);
    } else {
        w.waves = std::ceil(w.ctas / units);
        w.occupancy = padding * w.ctas / (w.waves * units);
    }
    return w;
}

// A library's narrow kernel for an operand of `extent`: the next power of two, at least 16.
double narrowSide(double side, double extent) {
    return std::min(side, std::max(16.0, std::exp2(std::ceil(std::log2(extent)))));
}

}  // namespace

GemmWaves gemmWavesFor(double m, double n, double k, double problems, int units, GemmTile tile,
                       bool splitK) {
    if (m <= 0 || n <= 0 || k <= 0 || units <= 0) return GemmWaves{tile};
    // Narrow operands get a narrow tile (a library's 16- or 32-wide kernels).
    return wavesOfTile(m, n, k, problems, units, {narrowSide(tile.tm, m), narrowSide(tile.tn, n)},
                       splitK);
}

GemmWaves fixedTileWaves(double m, double n, double k, double problems, int units, GemmTile tile) {
    if (m <= 0 || n <= 0 || k <= 0 || units <= 0) return GemmWaves{tile};
    constexpr double kNarrowestSgemmSide = 32;
    const double tm = m <= kNarrowestSgemmSide ? narrowSide(tile.tm, m) : tile.tm;
    const double tn = n <= kNarrowestSgemmSide ? narrowSide(tile.tn, n) : tile.tn;
    return wavesOfTile(m, n, k, problems, units, {tm, tn}, false);
}

double sharedIssueTranslationTime(double flops, double rowBytes) {
    if (flops <= 0 || rowBytes < kTranslationPageBytes) return 0.0;
    return flops / kSharedIssueTranslationFlopRate;
}

double translationBoundTime(const Operator& op, const OpCost& c, const Hardware& hw) {
    // fp32 only: the rate was measured on fp32 rows (fp64 would reach a page at
    // half the K, with no data to say at what rate).
    if (c.reuse != ReuseKind::tiled || !c.tensorCores || op.mathType != DType::fp32 ||
        op.kind == OpKind::conv2d || c.m <= 0 || c.k <= 0 || !isGpu(hw) || !sharesFmaIssue(hw))
        return 0.0;
    return sharedIssueTranslationTime(c.flops, c.aBytes / c.m);
}

GemmWaves exactTileWaves(double m, double n, double k, double problems, int units, GemmTile tile) {
    return wavesOfTile(m, n, k, problems, units, tile, false);
}

GemmWaves chooseGemmTile(double m, double n, double k, double problems, int units, bool splitK) {
    GemmWaves best = gemmWavesFor(m, n, k, problems, units, kGemmTiles.front(), splitK);
    for (const GemmTile& t : kGemmTiles) {
        const GemmWaves w = gemmWavesFor(m, n, k, problems, units, t, splitK);
        if (w.occupancy > best.occupancy + 1e-12) best = w;
    }
    return best;
}

double gemmPrologueTime(double waves, double roundTripS) {
    return std::max(0.0, waves) * std::max(0.0, roundTripS);
}

double overlappedGemmTime(double computeTime, double memoryTime) {
    return std::hypot(std::max(0.0, computeTime), std::max(0.0, memoryTime));
}

}  // namespace rl
