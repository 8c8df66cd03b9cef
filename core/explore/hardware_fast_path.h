#pragma once
// The analytical fast path of hardware sweeps. When design points differ only
// in hardware figures (peaks, efficiencies, bandwidths, latencies, energies,
// launch overhead, link figures, cost, main-memory capacity), the operators,
// their FLOPs and the bytes each moves across every memory level stay the
// same: the model is lowered once, each operator's traffic is computed once
// on the base hardware, and a point only re-evaluates the bounds
// (max of compute, per-level and network time, plus launch) and the energy.
//
// What decides the traffic (the tile capacities of the inner levels, the
// number of levels and compute units, whether an fp32 vector peak exists,
// the interconnect's shape) is the hardware's "structure": evaluate() is
// exact for any hardware whose structure equals the base's, and
// sameStructure() says when that holds (otherwise use analyseFigures()).
#include <array>
#include <vector>

#include "core/analytical/roofline.h"
#include "core/explore/analytical_figures.h"

namespace rl::explore {

class HardwareFastPath {
  public:
    // Lowers `model` under `scenario` on `base`. Throws std::invalid_argument
    // for specs that cannot be lowered.
    HardwareFastPath(const Hardware& base, const ModelSpec& model, const Scenario& scenario);

    // True when evaluate(hw) equals analyseFigures(hw, model, scenario).
    bool sameStructure(const Hardware& hw) const;

    // The figures of the workload on `hw` (sameStructure(hw) must hold).
    AnalyticalFigures evaluate(const Hardware& hw) const;

    std::size_t operatorCount() const { return ops_.size(); }

  private:
    enum class Phase : unsigned char { prefill, decode, other };
    // One operator with everything the hardware figures do not change.
    struct Terms {
        double count = 1;
        double flops = 0;
        double occupancy = 1;
        double gemmWaves = 0;  // RooflineResult's: each wave pays a DRAM round trip
        int peakSlot = 0;      // index into the per-point peaks (usedTypes_)
        Phase phase = Phase::other;
        std::array<double, kMaxMemoryLevels> bytes{}, writeBytes{};
        bool network = false;  // costed on an interconnect dimension
        CollectiveKind collective = CollectiveKind::all_reduce;
        double collectiveBytes = 0, networkBytes = 0;
        int ranks = 1;
        int dimension = 0;
        double inflightBytes = 0, issueCycles = 0;  // RooflineResult's
        double translationTime = 0;  // Pascal's clock-free bound on long rows (gemm_waves.h)
        int flashOp = -1;  // index into flashOps_: costed by the FlashAttention model per point
        int rowOp = -1;    // index into rowOps_: a row kernel's passes and issue, per point
        int convOp = -1;   // index into convOps_: cuDNN's fastest algorithm, per point
    };
    struct Structure {
        int levels = 0;
        int units = 1;
        bool hasFp32 = false;
        std::array<double, kMaxMemoryLevels> tileCapacity{};
        std::size_t interconnectDims = 0;
        int innerDevices = 0;      // decides where pipeline send/recv run
        int threadsPerUnit = 0;    // decides a streaming kernel's bytes in flight
        bool matrixUnits = false;  // decides whether GEMM waves pay their prologue
    };
    static Structure structureOf(const Hardware& hw);

    ModelSpec model_;
    Scenario scenario_;
    Structure structure_;
    std::vector<DType> usedTypes_;  // peak types the operators are bound by
    std::vector<Terms> ops_;
    std::vector<Operator> flashOps_;  // fused inference attention (attention_time.h)
    std::vector<Operator> rowOps_;    // row kernels on a GPU (row_kernels.h)
    std::vector<Operator> convOps_;   // convs that may run Winograd (conv_algorithms.h)
    double memoryRequired_ = 0;
};

}  // namespace rl::explore
