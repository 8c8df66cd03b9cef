// Hierarchical roofline: traffic per memory level from a tiling model,
// one bound per resource, wave quantisation for tiled kernels.
#include "core/analytical/roofline.h"
#include "core/analytical/attention_time.h"
#include "core/analytical/conv_algorithms.h"
#include "core/analytical/gather_kernel.h"
#include "core/analytical/gemm_waves.h"
#include "core/analytical/row_kernels.h"
#include "core/analytical/sustained_clock.h"
#include "core/spec/device_kind.h"

#include <algorithm>
#include <cmath>

namespace rl {

namespace {

// The innermost level feeds the datapath from register fragments of this
// side (a warp group's tile on a GPU): its traffic is re-read per fragment.
constexpr double kRegisterTile = 64;

constexpr auto kA = static_cast<std::size_t>(TensorClass::activations);

}  // namespace

// Capacity one tile may use inside level `inner` (per instance when the level
// has one instance per compute unit, the whole level when shared).
double tileCapacity(const MemoryLevel& inner) {
    // A cache keeps only part of its capacity for one working set (conflicts,
    // other tensors); scratchpads and register files are managed exactly.
    constexpr double kCacheUsable = 0.5;
    const double usable = inner.kind == "cache" ? kCacheUsable : 1.0;
    const double cap = inner.instances > 1 ? inner.capacityBytes : inner.totalCapacity();
    return cap * usable;
}

namespace {

void addBytes(RooflineResult& r, int level, TensorClass cls, double bytes) {
    r.bytes[level][static_cast<std::size_t>(cls)] += bytes;
}

void tiledTraffic(const OpCost& c, const RooflineDevice& dev, RooflineResult& r) {
    const double inE = c.m > 0 && c.k > 0 ? c.aBytes / (c.m * c.k) : 2.0;
    for (int j = 0; j < r.levels; ++j) {
        const double T = j + 1 < r.levels
                             ? tileSideForCapacity(dev.tileCapacity[j + 1], std::max(0.5, inE))
                             : kRegisterTile;
        const double tm = std::max(1.0, std::min(c.m, T));
        const double tn = std::max(1.0, std::min(c.n, T));
        const double aReads = std::ceil(c.n / tn), bReads = std::ceil(c.m / tm);
        addBytes(r, j, c.aClass, c.problems * c.aBytes * aReads);
        addBytes(r, j, c.bClass, c.problems * c.bBytes * bReads);
        // Outputs and anything else compulsory (bias, appended KV) cross once.
        for (std::size_t cls = 0; cls < kTensorClassCount; ++cls)
            r.bytes[j][cls] += c.writeBytes[cls];
        const double other = c.totalReadBytes() - c.problems * (c.aBytes + c.bBytes);
        if (other > 0) r.bytes[j][static_cast<std::size_t>(TensorClass::weights)] += other;
        r.writeBytes[j] = c.totalWriteBytes();
    }
}

void attentionTraffic(const OpCost& c, const RooflineDevice& dev, RooflineResult& r) {
    const double kvE = c.headDim > 0 && c.kvBytes > 0 ? c.kvBytes : 0;
    for (int j = 0; j < r.levels; ++j) {
        double rowsPerPass = kRegisterTile;
        if (j + 1 < r.levels) {
            // Q rows (+ fp32 output accumulators) beside double-buffered K/V blocks.
            const double cap = dev.tileCapacity[j + 1];
            // K/V blocks of this many keys share the level with the Q rows.
            constexpr double kAttentionKeyBlock = 64;
            const double kvBlock = 2.0 * 2.0 * kAttentionKeyBlock * c.headDim * c.rowBytes;
            const double perRow = c.headDim * (c.rowBytes + 4.0);
            rowsPerPass = perRow > 0 ? std::max(16.0, (cap - kvBlock) / perRow) : c.rows;
        }
        const double passes = std::ceil(std::max(1.0, c.rows) / std::max(1.0, rowsPerPass));
        const double kvRead = c.groups * kvE * c.kvFraction * passes;
        r.bytes[j][static_cast<std::size_t>(TensorClass::kv_cache)] +=
            kvRead + c.writeBytes[static_cast<std::size_t>(TensorClass::kv_cache)];
        r.bytes[j][kA] += c.groups * c.qoBytes;
        r.writeBytes[j] = c.totalWriteBytes();
    }
}

void streamingTraffic(const OpCost& c, RooflineResult& r) {
    for (int j = 0; j < r.levels; ++j) {
        for (std::size_t cls = 0; cls < kTensorClassCount; ++cls)
            r.bytes[j][cls] = c.readBytes[cls] + c.writeBytes[cls];
        r.writeBytes[j] = c.totalWriteBytes();
    }
}

// Bytes a streaming kernel keeps in flight and its issue-bound cycles: one
// thread per element (scalar kernels) or per 16-byte vector, at most
// units x resident threads at once.
void streamingConcurrency(const Operator& op, const RooflineDevice& dev, RooflineResult& r) {
    const double elements = std::max(0.0, static_cast<double>(op.elementwise.elements));
    const double elementBytes = bytesPerElement(op.activationType);
    const bool scalar = op.kind == OpKind::norm || op.kind == OpKind::activation ||
                        op.kind == OpKind::embedding || isRope(op);
    // Streaming kernels on a GPU (docs/analytical.md, "Small kernels"): a
    // vectorised elementwise kernel (PyTorch's) keeps one 16-byte load per input
    // in flight per thread; the hand-written row kernels of a serving engine
    // (norms, RoPE, gated activations, gathers) one scalar element per thread.
    constexpr double kVectorLoadBytes = 16;
    const double perThread = scalar ? 1.0 : std::max(1.0, kVectorLoadBytes / elementBytes);
    const double inputs = std::max(1, op.elementwise.inputs);
    const double loadBytes = scalar ? elementBytes : kVectorLoadBytes * inputs;
    // A gather keeps the threads of its library launch in flight (gather_kernel.h).
    const double threads =
        op.kind == OpKind::embedding
            ? gatherThreads(elements, dev.units, dev.threadsPerUnit)
            : std::min(std::ceil(elements / perThread), dev.units * dev.threadsPerUnit);
    r.inflightBytes = threads * loadBytes;
    if (op.kind == OpKind::embedding)
        r.issueCycles = gatherIssueCycles(elements, dev.units, dev.fp32Lanes);
}

// A batched fp32 GEMM on a GPU whose FMAs share issue slots runs cuBLAS's
// batched SGEMM with its one tile (gemm_waves.h); convolutions are cuDNN's.
bool keepsBatchedSgemmTile(const Operator& op, const OpCost& c, const RooflineDevice& dev) {
    return dev.gpu && c.problems > 1 && op.mathType == DType::fp32 && op.kind != OpKind::conv2d &&
           sharesFmaIssue(*dev.hw);
}

}  // namespace

double RooflineResult::levelTotal(int level) const {
    double s = 0;
    for (double b : bytes[level]) s += b;
    return s;
}

double levelTime(double bytes, double bandwidth, double latency, double inflight) {
    if (bytes <= 0 || bandwidth <= 0) return 0.0;
    const double achieved =
        inflight > 0 && latency > 0 ? std::min(bandwidth, inflight / latency) : bandwidth;
    return bytes / achieved + latency;
}

double tileSideForCapacity(double capacityBytes, double inBytes) {
    // 4 T^2 + 2 stages x 2 operands x 32 x inBytes x T = capacity
    const double b = 128.0 * inBytes;
    const double t = (-b + std::sqrt(b * b + 16.0 * std::max(0.0, capacityBytes))) / 8.0;
    return std::max(1.0, std::floor(t));
}

double collectiveTime(CollectiveKind kind, double bytes, int ranks, const InterconnectDim& dim,
                      double bandwidthScale) {
    const double n = std::max(1, ranks);
    if (n <= 1 && kind != CollectiveKind::send_recv) return 0.0;
    const double bw =
        dim.linkBandwidth * (dim.efficiency > 0 ? dim.efficiency : 1.0) * bandwidthScale;
    const double a = dim.latencyS;
    const double S = std::max(0.0, bytes);
    const double beta = bw > 0 ? S / bw : 0.0;
    switch (kind) {
        case CollectiveKind::all_reduce:
            return 2 * (n - 1) * a + 2 * (n - 1) / n * beta;
        case CollectiveKind::all_gather:
        case CollectiveKind::reduce_scatter:
        case CollectiveKind::all_to_all:
            return (n - 1) * a + (n - 1) / n * beta;
        case CollectiveKind::send_recv:
            return a + beta;
    }
    return 0.0;
}

RooflineDevice::RooflineDevice(const Hardware& h, const ResourceScale* scale) : hw(&h) {
    static const ResourceScale kUnit{};
    const ResourceScale& s = scale ? *scale : kUnit;
    levels = static_cast<int>(std::min<std::size_t>(h.memory.size(), kMaxMemoryLevels));
    for (DType t : kAllDTypes)
        peak[static_cast<std::size_t>(t)] = h.compute.peak(t) * computeEfficiency(h, t) * s.compute;
    hasFp32 = h.compute.peakFlops.count(DType::fp32) > 0;
    units = std::max(1, h.compute.units);
    for (int j = 0; j < levels; ++j) {
        const MemoryLevel& m = h.memory[static_cast<std::size_t>(j)];
        bandwidth[j] = m.bandwidth * (m.efficiency > 0 ? m.efficiency : 1.0) * s.bandwidth[j];
        latency[j] = m.latencyS;
        readEnergy[j] = m.readEnergyPerByteJ;
        writeEnergy[j] = m.writeEnergyPerByteJ;
        tileCapacity[j] = rl::tileCapacity(m);
    }
    interconnectScale = s.interconnect;
    launch = h.kernelLaunchS;
    energyPerFlop = h.compute.energyPerFlopJ;
    gpu = isGpu(h);
    matrixUnits = gpu && hasMatrixUnits(h);
    // Resident threads per compute unit when the spec does not say (NVIDIA SMs
    // of compute capability 3.x-8.0 and 9.0).
    constexpr double kDefaultThreadsPerUnit = 2048;
    // GPU-side launch and tail: the front end fetches the launch's parameters
    // and first instructions, completion waits for the last writes to land.
    constexpr double kDeviceOverheadRoundTrips = 2;
    threadsPerUnit =
        h.compute.threadsPerUnit > 0 ? h.compute.threadsPerUnit : kDefaultThreadsPerUnit;
    clockHz = h.compute.clockHz;
    // A gather's index arithmetic issues on the FP32 lanes: the device's fp32
    // rate without its efficiency, so a compute what-if scales it as a spec
    // edit would. Once per device, not per embedding operator.
    const double fp32 =
        listedPeak(h, DType::fp32) > 0
            ? peak[static_cast<std::size_t>(DType::fp32)] / computeEfficiency(h, DType::fp32)
            : 0.0;
    fp32Lanes = fp32LanesPerUnit(fp32, units, clockHz);
    deviceOverhead = gpu && levels > 0 ? kDeviceOverheadRoundTrips * latency[0] : 0.0;
}

void evaluateRoofline(const Operator& op, const Hardware& hw, const ResourceScale* scale,
                      RooflineResult& r) {
    evaluateRoofline(op, RooflineDevice(hw, scale), r);
}

void evaluateRoofline(const Operator& op, const RooflineDevice& dev, RooflineResult& r) {
    // Reset only what this device uses: the hot path of sweeps.
    r.levels = dev.levels;
    for (int j = 0; j < r.levels; ++j) {
        r.bytes[j].fill(0.0);
        r.writeBytes[j] = 0;
        r.levelTime[j] = 0;
    }
    r.networkBytes = r.networkTime = r.energy = 0;
    r.bindingLevel = -1;
    r.inflightBytes = r.issueCycles = 0;
    const OpCost c = costOf(op);
    r.flops = c.flops;
    r.tensorCores = c.tensorCores;

    switch (c.reuse) {
        case ReuseKind::tiled:
            tiledTraffic(c, dev, r);
            break;
        case ReuseKind::attention:
            attentionTraffic(c, dev, r);
            break;
        case ReuseKind::streaming:
            streamingTraffic(c, r);
            if (dev.gpu) streamingConcurrency(op, dev, r);
            // An in-place row kernel whose working set fits the L2 (row_kernels.h).
            if (rowKernelStaysInCache(op, dev)) {
                r.bytes[0].fill(0.0);
                r.writeBytes[0] = 0;
            }
            break;
        case ReuseKind::network:
            streamingTraffic(c, r);
            break;
    }

    // Compute: matrix units at the math type's peak; vector work (elementwise,
    // depthwise) at the fp32 vector rate when the spec lists one.
    r.peakType = c.tensorCores ? op.mathType : (dev.hasFp32 ? DType::fp32 : op.mathType);
    const double peak = dev.peak[static_cast<std::size_t>(r.peakType)];
    r.occupancy = 1.0;
    r.gemmWaves = 0;
    // Tensor-core GEMMs: tile and wave quantisation (gemm_waves.h).
    // cuDNN's implicit-GEMM convolutions never split K (docs/analytical.md, "Convolutions").
    if (c.reuse == ReuseKind::tiled && c.tensorCores) {
        const GemmWaves w =
            keepsBatchedSgemmTile(op, c, dev)
                ? fixedTileWaves(c.m, c.n, c.k, c.problems, dev.units, kSharedIssueBatchedSgemmTile)
                : chooseGemmTile(c.m, c.n, c.k, c.problems, dev.units, op.kind != OpKind::conv2d);
        r.occupancy = w.occupancy;
        // Each wave of CTAs waits for its first operand tiles. Matrix-unit math
        // only: the FMA path (fp32, fp64) keeps its fitted sustained-clock fraction.
        const bool fmaMath = op.mathType == DType::fp32 || op.mathType == DType::fp64;
        if (dev.matrixUnits && !fmaMath && dev.levels > 0) r.gemmWaves = w.waves;
    }
    // Pascal's MMU caps fp32 GEMMs whose operand rows span a 64 KiB page (gemm_waves.h).
    const double translationTime = translationBoundTime(op, c, *dev.hw);
    if (c.reuse == ReuseKind::attention) {
        // One CTA per (sequence, head, block of 128 query rows): short chunks
        // of few sequences leave compute units idle.
        constexpr double kMaxCtaTile = 128;
        const double ctas = c.groups * std::max(1.0, std::ceil(c.rows / kMaxCtaTile));
        r.occupancy = std::min(1.0, ctas / dev.units);
    }
    r.computeTime = peak > 0 && c.flops > 0 ? c.flops / (peak * r.occupancy) +
                                                  gemmPrologueTime(r.gemmWaves, dev.latency[0])
                                            : 0.0;
    if (r.issueCycles > 0 && dev.clockHz > 0)
        r.computeTime = std::max(r.computeTime, r.issueCycles / dev.clockHz);
    r.computeTime = std::max(r.computeTime, translationTime);
    if (c.reuse == ReuseKind::streaming)
        r.computeTime = std::max(r.computeTime, rowKernelIssueTime(op, dev));

    double worst = r.computeTime;
    r.binding = BindingKind::compute;
    const int chainLevel = c.reuse == ReuseKind::streaming ? rowKernelChainLevel(op, dev) : -1;
    for (int j = 0; j < r.levels; ++j) {
        const double bytes = r.levelTotal(j);
        // A kernel waits at least one round trip to a level it touches.
        r.levelTime[j] = levelTime(bytes, dev.bandwidth[j], dev.latency[j], r.inflightBytes);
        // A row kernel's loop waits one round trip per pass, to main memory or to the
        // L2 its lines stay in (row_kernels.h).
        if (j == chainLevel) r.levelTime[j] = std::max(r.levelTime[j], rowKernelChainTime(op, dev));
        if (r.levelTime[j] > worst) {
            worst = r.levelTime[j];
            r.binding = BindingKind::memory;
            r.bindingLevel = j;
        }
        r.energy +=
            (bytes - r.writeBytes[j]) * dev.readEnergy[j] + r.writeBytes[j] * dev.writeEnergy[j];
    }
    const Hardware& hw = *dev.hw;
    if (c.reuse == ReuseKind::network && !hw.interconnect.empty()) {
        const std::size_t d =
            std::min<std::size_t>(std::max(0, op.collective.dimension), hw.interconnect.size() - 1);
        const InterconnectDim& dim = hw.interconnect[d];
        r.networkBytes = c.networkBytes;
        r.networkTime = collectiveTime(op.collective.kind, op.collective.bytes, op.collective.ranks,
                                       dim, dev.interconnectScale);
        r.energy += c.networkBytes * dim.energyPerByteJ;
        if (r.networkTime > worst) {
            worst = r.networkTime;
            r.binding = BindingKind::network;
            r.bindingLevel = -1;
        }
    }
    // Fused inference attention on a GPU: FlashAttention-2's kernel from its tiling.
    if (c.reuse == ReuseKind::attention) applyFlashAttention(op, dev, r, worst);
    // cudnn.benchmark: a 3 x 3 fp32 conv runs cuDNN's fastest algorithm (conv_algorithms.h).
    if (op.kind == OpKind::conv2d) applyFastestConvAlgorithm(op, dev, r, worst);
    r.launchTime = dev.launch;
    if (r.launchTime > worst) {
        r.binding = BindingKind::launch;
        r.bindingLevel = -1;
    }
    r.timeEach = worst + r.launchTime;
    r.deviceTime = worst + dev.deviceOverhead;
    r.energy += c.flops * dev.energyPerFlop;
}

}  // namespace rl
