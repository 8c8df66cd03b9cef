#include "core/analytical/gemm_waves.h"

#include <algorithm>
#include <cmath>

namespace rl {

namespace {
// Split-K never splits K finer than this.
constexpr double kMinSplitDepth = 256;
}  // namespace

GemmWaves gemmWavesFor(double m, double n, double k, double problems, int units, GemmTile tile,
                       bool splitK) {
    GemmWaves w;
    w.tile = tile;
    if (m <= 0 || n <= 0 || k <= 0 || units <= 0) return w;
    // Narrow operands get a narrow tile (a library's 16- or 32-wide kernels).
    const double tm = std::min(tile.tm, std::max(16.0, std::exp2(std::ceil(std::log2(m)))));
    const double tn = std::min(tile.tn, std::max(16.0, std::exp2(std::ceil(std::log2(n)))));
    w.tile = {tm, tn};
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

GemmWaves chooseGemmTile(double m, double n, double k, double problems, int units, bool splitK) {
    GemmWaves best = gemmWavesFor(m, n, k, problems, units, kGemmTiles.front(), splitK);
    for (const GemmTile& t : kGemmTiles) {
        const GemmWaves w = gemmWavesFor(m, n, k, problems, units, t, splitK);
        if (w.occupancy > best.occupancy + 1e-12) best = w;
    }
    return best;
}

double overlappedGemmTime(double computeTime, double memoryTime) {
    return std::hypot(std::max(0.0, computeTime), std::max(0.0, memoryTime));
}

}  // namespace rl
