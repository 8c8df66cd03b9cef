#include "core/analytical/row_kernels.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/roofline.h"

namespace rl {

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
    return g.waves * (g.passes * mainLatency + g.cachedPasses * cacheLatency);
}

}  // namespace rl
