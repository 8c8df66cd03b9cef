#include "core/analytical/conv_algorithms.h"

#include "core/analytical/gemm_waves.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace rl {

namespace {

// Winograd F(m x m, 3 x 3): input tiles of (m + 2)^2 elements, one per m x m outputs.
constexpr double kFusedOutputTile = 2;     // F(2x2, 3x3): 16 elements per tile
constexpr double kNonfusedOutputTile = 4;  // F(4x4, 3x3): 36 elements per tile
// The fused kernel's CTA: 32 image tiles x 32 output channels (tileABC, A x B x C = 32).
constexpr GemmTile kFusedWinogradCta{32, 32};
// The SGEMM tiles the non-fused algorithm's batched GEMM runs in (the kernel
// names of NeuSight's rows: `*_sgemm_128x64_nn`, `64x64`, `128x32`,
// `32x128`), none narrower than 32: a GEMM of few image tiles pays the padding.
constexpr std::array<GemmTile, 5> kWinogradSgemmTiles{
    {{128, 64}, {64, 128}, {64, 64}, {128, 32}, {32, 128}}};

// What both Winograd algorithms need of the conv: F(m x m, 3 x 3) with
// `tiles` input tiles of `elements` = (m + 2)^2 values (m x m outputs each).
struct WinogradShape {
    double e = 4, cin = 0, cout = 0, tiles = 0, elements = 0;
    double in = 0, out = 0;  // input and output elements
    double flops() const { return 2.0 * elements * tiles * cin * cout; }
};

WinogradShape winogradShape(const Operator& op, double outTile) {
    const ConvShape& s = op.conv;
    // In doubles: shapes from files may be huge.
    const double batch = static_cast<double>(s.batch);
    const double oh = static_cast<double>(s.outHeight()), ow = static_cast<double>(s.outWidth());
    WinogradShape w;
    w.e = bytesPerElement(op.activationType);
    w.cin = static_cast<double>(s.inChannels);
    w.cout = static_cast<double>(s.outChannels);
    w.tiles = batch * std::ceil(oh / outTile) * std::ceil(ow / outTile);
    w.elements = (outTile + 2) * (outTile + 2);
    w.in = batch * static_cast<double>(s.inHeight) * static_cast<double>(s.inWidth) * w.cin;
    w.out = batch * oh * ow * w.cout;
    return w;
}

double dramTime(double bytes, const RooflineDevice& dev) {
    return dev.levels > 0 ? levelTime(bytes, dev.bandwidth[0], dev.latency[0], 0) : 0.0;
}

double fp32Peak(const RooflineDevice& dev) {
    return dev.peak[static_cast<std::size_t>(DType::fp32)];
}

}  // namespace

bool winogradApplies(const Operator& op, const RooflineDevice& dev) {
    const ConvShape& s = op.conv;
    return dev.gpu && op.kind == OpKind::conv2d && op.mathType == DType::fp32 &&
           fp32Peak(dev) > 0 && s.kernelH == 3 && s.kernelW == 3 && s.strideH == 1 &&
           s.strideW == 1 && s.dilationH == 1 && s.dilationW == 1 && s.groups == 1 && s.batch > 0 &&
           s.inChannels > 0 && s.outChannels > 0 && s.outHeight() > 0 && s.outWidth() > 0;
}

ConvAlgorithmTime winogradFusedTime(const Operator& op, const RooflineDevice& dev) {
    ConvAlgorithmTime t{ConvAlgorithm::winogradFused, winogradApplies(op, dev)};
    if (!t.applies) return t;
    const WinogradShape w = winogradShape(op, kFusedOutputTile);
    // One GEMM of tiles x Cout over 16 elements x Cin, in 32 x 32 CTAs.
    const GemmWaves waves =
        exactTileWaves(w.tiles, w.cout, w.elements * w.cin, 1, dev.units, kFusedWinogradCta);
    t.occupancy = waves.occupancy;
    t.computeTime = w.flops() / (fp32Peak(dev) * std::max(1e-9, waves.occupancy));
    t.dramBytes = w.e * (w.in + 9 * w.cin * w.cout + w.out);
    const double memory = dramTime(t.dramBytes, dev);
    t.memoryBound = memory > t.computeTime;
    t.computeTime /= kFusedWinogradEfficiency;
    t.seconds = std::max(t.computeTime, memory / kFusedWinogradEfficiency);
    return t;
}

ConvAlgorithmTime winogradNonfusedTime(const Operator& op, const RooflineDevice& dev) {
    ConvAlgorithmTime t{ConvAlgorithm::winogradNonfused, winogradApplies(op, dev)};
    if (!t.applies) return t;
    const WinogradShape w = winogradShape(op, kNonfusedOutputTile);
    // The transforms stream through main memory: filters 9 -> 36 per (Cin,
    // Cout), inputs to 36 per (tile, Cin), 36 per (tile, Cout) back to outputs.
    const double filterBytes = w.e * w.cin * w.cout * (9 + w.elements);
    const double inputBytes = w.e * (w.in + w.elements * w.tiles * w.cin);
    const double outputBytes = w.e * (w.elements * w.tiles * w.cout + w.out);
    // The 36 batched SGEMMs of tiles x Cout x Cin, in the SGEMM tile that wastes least.
    const double gemmBytes =
        w.e * w.elements * (w.tiles * w.cin + w.cin * w.cout + w.tiles * w.cout);
    GemmWaves waves{};
    waves.occupancy = 0;
    for (const GemmTile& tile : kWinogradSgemmTiles) {
        const GemmWaves x = exactTileWaves(w.tiles, w.cout, w.cin, w.elements, dev.units, tile);
        if (x.occupancy > waves.occupancy + 1e-12) waves = x;
    }
    t.occupancy = waves.occupancy;
    const double math = w.flops() / (fp32Peak(dev) * std::max(1e-9, waves.occupancy));
    const double gemm = std::max(math, dramTime(gemmBytes, dev));
    t.memoryBound = gemm > math;
    t.dramBytes = filterBytes + inputBytes + outputBytes + gemmBytes;
    // Three kernels more than one, each with its GPU-side launch and tail.
    const double kernels = dramTime(filterBytes, dev) + dramTime(inputBytes, dev) + gemm +
                           dramTime(outputBytes, dev) + 3 * dev.deviceOverhead;
    t.computeTime = math / kNonfusedWinogradEfficiency;
    t.seconds = kernels / kNonfusedWinogradEfficiency;
    return t;
}

ConvAlgorithm applyFastestConvAlgorithm(const Operator& op, const RooflineDevice& dev,
                                        RooflineResult& r, double& worst) {
    if (!winogradApplies(op, dev)) return ConvAlgorithm::implicitGemm;
    const ConvAlgorithmTime fused = winogradFusedTime(op, dev);
    const ConvAlgorithmTime nonfused = winogradNonfusedTime(op, dev);
    const ConvAlgorithmTime& best = fused.seconds <= nonfused.seconds ? fused : nonfused;
    if (best.seconds >= worst) return ConvAlgorithm::implicitGemm;
    worst = best.seconds;
    r.computeTime = std::min(best.computeTime, best.seconds);
    r.occupancy = best.occupancy;
    r.binding = best.memoryBound ? BindingKind::memory : BindingKind::compute;
    r.bindingLevel = best.memoryBound ? 0 : -1;
    // Main memory carries the algorithm's bytes (transforms included), not the
    // implicit GEMM's: each tensor class scaled alike, its energy with it, and
    // the level's time is the one that binds when the algorithm is memory-bound.
    const double before = r.levels > 0 ? r.levelTotal(0) : 0.0;
    if (before > 0 && best.dramBytes > 0) {
        const double scale = best.dramBytes / before;
        const double written = r.writeBytes[0];
        r.energy +=
            (scale - 1) * ((before - written) * dev.readEnergy[0] + written * dev.writeEnergy[0]);
        for (double& b : r.bytes[0]) b *= scale;
        r.writeBytes[0] = written * scale;
        r.levelTime[0] =
            best.memoryBound ? best.seconds : std::min(dramTime(best.dramBytes, dev), best.seconds);
    }
    return best.algorithm;
}

}  // namespace rl
