#pragma once
// The hierarchical roofline of one operator on one device, allocation-free so
// sweeps can call it millions of times. evaluateOperator() (analyze.h) wraps it
// into an OpRecord. The model is documented in docs/analytical.md.
#include <array>
#include <string>

#include "core/ops/op_cost.h"
#include "core/spec/hardware.h"
#include "core/workload/operator.h"

namespace rl {

inline constexpr int kMaxMemoryLevels = 8;

// One resource scaled, for what-ifs: compute throughput, a memory level's
// bandwidth, or the interconnect's bandwidth (factors multiply the spec).
struct ResourceScale {
    double compute = 1.0;
    std::array<double, kMaxMemoryLevels> bandwidth{1, 1, 1, 1, 1, 1, 1, 1};
    double interconnect = 1.0;
};

enum class BindingKind { compute, memory, network, launch };

struct RooflineResult {
    double flops = 0;
    int levels = 0;  // memory levels used (min(spec levels, kMaxMemoryLevels))
    // Bytes crossing each level (read from it or written to it), per tensor class.
    std::array<std::array<double, kTensorClassCount>, kMaxMemoryLevels> bytes{};
    std::array<double, kMaxMemoryLevels> writeBytes{};
    double networkBytes = 0;
    double computeTime = 0;  // flops / (peak x efficiency x occupancy) + GEMM prologues
    double occupancy = 1;    // fraction of the device's tiles doing useful work
    // Waves of CTAs of a GEMM on a GPU's matrix units, each paying one
    // main-memory round trip before its math (gemm_waves.h, gemmPrologueTime);
    // 0 otherwise.
    double gemmWaves = 0;
    bool tensorCores = false;      // math on matrix units
    DType peakType = DType::fp16;  // type whose peak bounds compute
    std::array<double, kMaxMemoryLevels> levelTime{};
    double networkTime = 0;
    double launchTime = 0;
    double timeEach = 0;  // max(bounds) + launch
    // Bytes the kernel keeps in flight to each memory level (Little's law caps
    // its bandwidth at inflight / latency); 0: enough to fill the level.
    double inflightBytes = 0;
    // Cycles per compute unit of work bound by other than the math peak: a
    // gather's index arithmetic, a Pascal GEMM's address translation (gemm_waves.h).
    double issueCycles = 0;
    // What a profiler's GPU events see: max(bounds) + the GPU-side launch and
    // tail (round trips to main memory), without the host's launch.
    double deviceTime = 0;
    BindingKind binding = BindingKind::compute;
    int bindingLevel = -1;  // memory level index when binding == memory
    double energy = 0;      // J for one instance

    double levelTotal(int level) const;
};

// What the roofline needs of a Hardware, precomputed once (peaks x
// efficiency per type, effective bandwidths, tile capacities) so a sweep over
// many operators does no map lookups. Keeps a pointer to `hw` (interconnect):
// the Hardware must outlive it.
struct RooflineDevice {
    explicit RooflineDevice(const Hardware& hw, const ResourceScale* scale = nullptr);
    const Hardware* hw = nullptr;
    int levels = 0;
    int units = 1;
    bool hasFp32 = false;
    std::array<double, kAllDTypes.size()> peak{};  // FLOP/s x efficiency, indexed by DType
    std::array<double, kMaxMemoryLevels> bandwidth{}, latency{}, readEnergy{}, writeEnergy{},
        tileCapacity{};
    double interconnectScale = 1.0;
    double launch = 0.0;
    bool gpu = false;             // streaming kernels costed by Little's law
    bool matrixUnits = false;     // a GPU with matrix units (sustained_clock.h, hasMatrixUnits)
    double threadsPerUnit = 0;    // resident threads per compute unit
    double clockHz = 0;           // for issue-bound work; 0: unknown
    double fp32Lanes = 0;         // FP32 lanes per unit (a gather's index arithmetic); 0: unknown
    double deviceOverhead = 0.0;  // GPU-side launch + tail (deviceTime)
    double energyPerFlop = 0.0;
};

// Cost one instance of `op` on `hw`; `scale` may be null.
void evaluateRoofline(const Operator& op, const Hardware& hw, const ResourceScale* scale,
                      RooflineResult& out);
// The same on a precomputed device: the fast path for sweeps.
void evaluateRoofline(const Operator& op, const RooflineDevice& device, RooflineResult& out);

// Seconds to move `bytes` through a level of `bandwidth` (x efficiency) and
// `latency`: Little's law caps the achieved bandwidth at inflight / latency
// (inflight 0: uncapped), plus one round trip.
double levelTime(double bytes, double bandwidth, double latency, double inflight);

// Capacity one GEMM tile may use inside a level: per instance when the level
// has one instance per compute unit, the whole level when shared; caches keep
// half for one working set (conflicts, other tensors).
double tileCapacity(const MemoryLevel& inner);

// Ring alpha-beta time of a collective of `bytes` (all-reduce: the full
// tensor) over `ranks` devices on one interconnect dimension:
// all-reduce 2(n-1)a + 2(n-1)/n S/B; all-gather, reduce-scatter, all-to-all
// (n-1)a + (n-1)/n S/B; send/recv a + S/B. B = link bandwidth x efficiency.
double collectiveTime(CollectiveKind kind, double bytes, int ranks, const InterconnectDim& dim,
                      double bandwidthScale = 1.0);

// The output tile side (elements) a level of `capacityBytes` holds for a GEMM
// with inputs of `inBytes` per element: T^2 fp32 accumulators plus
// double-buffered A and B k-slices of depth 32.
double tileSideForCapacity(double capacityBytes, double inBytes);

// "compute fp16" for matrix units, "vector fp32" for vector units.
std::string computeResourceName(DType t, bool tensorCores);

}  // namespace rl
