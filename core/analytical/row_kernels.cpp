#include "core/analytical/row_kernels.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/roofline.h"

namespace rl {

bool isRope(const Operator& op) { return op.detail == "rope"; }

namespace {

// Launch templates of the serving engine's row kernels (vLLM's csrc):
// rms_norm and act_and_mul use blocks of min(row, 1024) threads, the rotary
// embedding min(row pairs, 512) threads, one block per token.
constexpr double kNormBlockCap = 1024;
constexpr double kActivationBlockCap = 1024;
constexpr double kRopeBlockCap = 512;
// Resident blocks per compute unit on NVIDIA SMs since Maxwell.
constexpr double kMaxBlocksPerUnit = 32;
// PyTorch's index_select (the embedding's gather) walks at most this many
// indices one after another, every thread copying its part of each row
// (indexSelectSmallIndex); more indices run flat over all elements.
constexpr double kSerialGatherIndices = 16;

// vLLM's rotary_embedding per rotated pair: i / (rot_dim / 2) and i % (rot_dim / 2) by a
// runtime divisor plus 64-bit offsets, on INT32 lanes. 86 lane-cycles per pair, chosen on
// VIDUR's A100 RoPE rows alone (all TP degrees; the A40 is held out): 907 GB/s of fp16
// read + written on the A100, 870 GB/s on the A40. Still the A100's best with a row's
// block on one SM (80 / 86 / 92 cycles: 10.6 / 9.7 / 10.4% over its TP degrees).
constexpr double kRopeLaneCyclesPerPair = 86;
// INT32 lanes per SM: 4 sub-partitions x 16 on NVIDIA SMs since Volta (GV100, TU10x,
// GA100, GA10x, AD10x, GH100); the A100's 64 and the A40's 64 alike, while their FP32
// lanes differ (64, 128).
constexpr double kIntLanesPerUnit = 64;

// A RoPE whose row width is known: the row-kernel rules need it.
bool isRopeRow(const Operator& op) { return isRope(op) && op.elementwise.rowWidth > 0; }

bool gatedActivation(const Operator& op) {
    return op.kind == OpKind::activation && op.detail.find("*gate") != std::string::npos;
}

}  // namespace

RowKernelGeometry rowKernelGeometry(const Operator& op, double units, double threadsPerUnit) {
    RowKernelGeometry g;
    const double width = static_cast<double>(op.elementwise.rowWidth);
    const double elements = static_cast<double>(op.elementwise.elements);
    if (width <= 0 || elements <= 0 || units <= 0 || threadsPerUnit <= 0) return g;
    // Threads a row asks for: one per element, or per rotated pair for RoPE.
    double rowThreads = 0, cap = 0;
    if (op.kind == OpKind::norm && op.detail == "rms") {
        rowThreads = width;
        cap = kNormBlockCap;
    } else if (gatedActivation(op)) {
        rowThreads = width;
        cap = kActivationBlockCap;
    } else if (op.detail == "rope") {
        rowThreads = std::ceil(width / 2);
        cap = kRopeBlockCap;
    } else if (op.kind == OpKind::embedding) {
        const double indices = std::ceil(elements / width);
        if (indices > kSerialGatherIndices) return g;
        // One pass per index: the row's address waits for the index, the copy for the row.
        g.threadsPerBlock = std::min(width, units * threadsPerUnit);
        g.passes = indices;
        g.waves = 1;
        return g;
    } else {
        return g;  // flat kernels (PyTorch's elementwise, softmax, gathers)
    }
    g.threadsPerBlock = std::min(rowThreads, cap);
    const double loop = std::ceil(rowThreads / g.threadsPerBlock);
    g.passes = loop;
    // RMSNorm reads its row twice: the sum of squares, then the scaling, whose
    // re-read of the row and of the weights hits the caches.
    if (op.kind == OpKind::norm) g.cachedPasses = loop;
    const double resident =
        units *
        std::max(1.0, std::min(kMaxBlocksPerUnit, std::floor(threadsPerUnit / g.threadsPerBlock)));
    const double rows = std::ceil(elements / width);
    g.waves = std::ceil(rows / resident);
    return g;
}

double rowKernelChainTime(const Operator& op, const RooflineDevice& device) {
    if (!device.gpu || device.levels < 1) return 0.0;
    const RowKernelGeometry g = rowKernelGeometry(op, device.units, device.threadsPerUnit);
    if (g.waves <= 0) return 0.0;
    const double mainLatency = device.latency[0];
    const double cacheLatency = device.levels > 1 ? device.latency[1] : mainLatency;
    // Lines that stay in the L2 answer every pass from there.
    if (rowKernelChainLevel(op, device) == 1)
        return g.waves * (g.passes + g.cachedPasses) * cacheLatency;
    return g.waves * (g.passes * mainLatency + g.cachedPasses * cacheLatency);
}

int rowKernelChainLevel(const Operator& op, const RooflineDevice& device) {
    return rowKernelStaysInCache(op, device) ? 1 : 0;
}

bool rowKernelStaysInCache(const Operator& op, const RooflineDevice& device) {
    if (!device.gpu || device.levels < 2 || !device.hw || !isRopeRow(op)) return false;
    const MemoryLevel& next = device.hw->memory[1];
    if (next.kind != "cache" || next.instances > 1) return false;
    // In place: the rotated elements are written back to the lines just read.
    const double footprint =
        static_cast<double>(op.elementwise.elements) * bytesPerElement(op.activationType);
    return footprint > 0 && footprint <= device.tileCapacity[1];
}

double rowKernelIssueTime(const Operator& op, const RooflineDevice& device) {
    if (!device.gpu || device.clockHz <= 0 || device.levels < 1 || !isRopeRow(op)) return 0.0;
    // The INT32 lanes are no FLOP peak: a compute what-if, like a spec with twice the
    // peaks, leaves them (the gather's FP32 lanes scale, gather_kernel.h).
    // The busiest SM's pairs: the rows spread over the SMs, but one row's block runs on
    // one SM, so a few tokens cannot use the idle ones (Llama-2-7B at TP 1, one token:
    // 4096 pairs, 3.9 us on the A100, the ~0.5 us per 512-thread pass VIDUR measures).
    const double elements = static_cast<double>(op.elementwise.elements);
    const double units = std::max(1, device.units);
    const double pairsPerUnit =
        std::max(elements / 2 / units, std::ceil(static_cast<double>(op.elementwise.rowWidth) / 2));
    // The round trip is main memory's even when q and k stay in the L2: a block first
    // loads its token's position, then the cos/sin row it indexes, which the weights
    // streamed through the L2 since the last layer's RoPE have evicted (an L2 round trip
    // instead costs the A100 2-3 points at TP 4 and 8, VIDUR).
    return pairsPerUnit * kRopeLaneCyclesPerPair / (kIntLanesPerUnit * device.clockHz) +
           device.latency[0];
}

}  // namespace rl
