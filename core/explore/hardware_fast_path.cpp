// The fast path: per-operator traffic from the base hardware, per-point bounds.
// Every expression below mirrors evaluateRoofline() (core/analytical/roofline.cpp)
// term for term, so the figures equal the full path's to the last bit.
#include "core/explore/hardware_fast_path.h"

#include <algorithm>
#include <optional>

#include "core/analytical/attention_time.h"
#include "core/analytical/compose.h"
#include "core/analytical/conv_algorithms.h"
#include "core/analytical/gather_kernel.h"
#include "core/analytical/gemm_waves.h"
#include "core/analytical/memory_footprint.h"
#include "core/analytical/row_kernels.h"
#include "core/analytical/sustained_clock.h"
#include "core/ops/op_cost.h"

namespace rl::explore {

HardwareFastPath::Structure HardwareFastPath::structureOf(const Hardware& hw) {
    Structure s;
    s.levels = static_cast<int>(std::min<std::size_t>(hw.memory.size(), kMaxMemoryLevels));
    s.units = std::max(1, hw.compute.units);
    s.hasFp32 = hw.compute.peakFlops.count(DType::fp32) > 0;
    // Level 0's capacity only decides the memory fit, never the traffic.
    for (int j = 1; j < s.levels; ++j)
        s.tileCapacity[j] = tileCapacity(hw.memory[static_cast<std::size_t>(j)]);
    s.interconnectDims = hw.interconnect.size();
    s.innerDevices = hw.interconnect.size() > 1 ? hw.interconnect[0].devices : 0;
    s.threadsPerUnit = hw.compute.threadsPerUnit;
    s.matrixUnits = hasMatrixUnits(hw);
    return s;
}

bool HardwareFastPath::sameStructure(const Hardware& hw) const {
    const Structure s = structureOf(hw);
    return s.levels == structure_.levels && s.units == structure_.units &&
           s.hasFp32 == structure_.hasFp32 && s.tileCapacity == structure_.tileCapacity &&
           s.interconnectDims == structure_.interconnectDims &&
           s.innerDevices == structure_.innerDevices &&
           s.threadsPerUnit == structure_.threadsPerUnit && s.matrixUnits == structure_.matrixUnits;
}

HardwareFastPath::HardwareFastPath(const Hardware& base, const ModelSpec& model,
                                   const Scenario& scenario)
    : model_(model), scenario_(scenario), structure_(structureOf(base)) {
    std::vector<Operator> ops = lowerForAnalysis(base, model, scenario);
    const RooflineDevice device(base);
    RooflineResult r;
    ops_.reserve(ops.size());
    for (const Operator& op : ops) {
        evaluateRoofline(op, device, r);
        Terms t;
        t.count = op.count;
        t.flops = r.flops;
        t.occupancy = r.occupancy;
        t.gemmWaves = r.gemmWaves;
        t.inflightBytes = r.inflightBytes;
        t.issueCycles = r.issueCycles;
        const OpCost cost = costOf(op);
        t.translationTime = translationBoundTime(op, cost, base);
        auto slot = std::find(usedTypes_.begin(), usedTypes_.end(), r.peakType);
        if (slot == usedTypes_.end()) slot = usedTypes_.insert(usedTypes_.end(), r.peakType);
        t.peakSlot = static_cast<int>(slot - usedTypes_.begin());
        t.phase = op.phase == "prefill"  ? Phase::prefill
                  : op.phase == "decode" ? Phase::decode
                                         : Phase::other;
        for (int j = 0; j < r.levels; ++j) {
            t.bytes[j] = r.levelTotal(j);
            t.writeBytes[j] = r.writeBytes[j];
        }
        t.network = cost.reuse == ReuseKind::network && !base.interconnect.empty();
        if (t.network) {
            t.collective = op.collective.kind;
            t.collectiveBytes = op.collective.bytes;
            t.networkBytes = r.networkBytes;
            t.ranks = op.collective.ranks;
            t.dimension = static_cast<int>(std::min<std::size_t>(
                std::max(0, op.collective.dimension), base.interconnect.size() - 1));
        }
        // A gather's issue cycles follow the FP32 lanes, i.e. the clock: per point too.
        const bool gather = op.kind == OpKind::embedding && r.issueCycles > 0;
        if (gather || rowKernelChainTime(op, device) > 0 || rowKernelIssueTime(op, device) > 0) {
            t.rowOp = static_cast<int>(rowOps_.size());
            rowOps_.push_back(op);
            if (gather) t.issueCycles = 0;
        }
        if (usesFlashKvCacheKernel(op)) {
            t.flashOp = static_cast<int>(flashOps_.size());
            flashOps_.push_back(op);
        }
        if (winogradApplies(op, device)) {
            t.convOp = static_cast<int>(convOps_.size());
            convOps_.push_back(op);
        }
        ops_.push_back(t);
    }
    if (model.kind == "transformer") {
        std::erase_if(ops, [](const Operator& op) { return op.phase == "decode"; });
        memoryRequired_ = transformerFootprint(base, model, scenario, ops).total();
    } else {
        memoryRequired_ = forwardFootprint(base, scenario, ops).total();
    }
}

AnalyticalFigures HardwareFastPath::evaluate(const Hardware& hw) const {
    std::array<double, kAllDTypes.size()> peak{};
    for (std::size_t i = 0; i < usedTypes_.size(); ++i)
        peak[i] = hw.compute.peak(usedTypes_[i]) * computeEfficiency(hw, usedTypes_[i]);
    const int levels = structure_.levels;
    std::array<double, kMaxMemoryLevels> bandwidth{}, latency{}, readEnergy{}, writeEnergy{};
    for (int j = 0; j < levels; ++j) {
        const MemoryLevel& m = hw.memory[static_cast<std::size_t>(j)];
        bandwidth[j] = m.bandwidth * (m.efficiency > 0 ? m.efficiency : 1.0);
        latency[j] = m.latencyS;
        readEnergy[j] = m.readEnergyPerByteJ;
        writeEnergy[j] = m.writeEnergyPerByteJ;
    }
    const double launch = hw.kernelLaunchS, energyPerFlop = hw.compute.energyPerFlopJ;

    // The FlashAttention model and the row kernels read the whole device (clock, SM
    // memory, L2, latencies): they are re-run per point, as the full path does.
    std::optional<RooflineDevice> device;
    if (!flashOps_.empty() || !rowOps_.empty() || !convOps_.empty()) device.emplace(hw);
    AnalyticalFigures f;
    for (const Terms& op : ops_) {
        const double p = peak[static_cast<std::size_t>(op.peakSlot)];
        double worst = p > 0 && op.flops > 0 ? op.flops / (p * op.occupancy) +
                                                   gemmPrologueTime(op.gemmWaves, latency[0])
                                             : 0.0;
        if (op.issueCycles > 0 && hw.compute.clockHz > 0)
            worst = std::max(worst, op.issueCycles / hw.compute.clockHz);
        worst = std::max(worst, op.translationTime);
        double energy = 0;
        for (int j = 0; j < levels; ++j) {
            const double bytes = op.bytes[j], written = op.writeBytes[j];
            worst = std::max(worst, levelTime(bytes, bandwidth[j], latency[j], op.inflightBytes));
            energy += (bytes - written) * readEnergy[j] + written * writeEnergy[j];
        }
        if (op.rowOp >= 0) {
            const Operator& row = rowOps_[static_cast<std::size_t>(op.rowOp)];
            worst = std::max(
                {worst, rowKernelChainTime(row, *device), rowKernelIssueTime(row, *device)});
            const double cycles =
                row.kind == OpKind::embedding
                    ? gatherIssueCycles(
                          std::max(0.0, static_cast<double>(row.elementwise.elements)),
                          device->units, device->fp32Lanes)
                    : 0.0;
            if (cycles > 0 && device->clockHz > 0)
                worst = std::max(worst, cycles / device->clockHz);
        }
        if (op.network) {
            const InterconnectDim& dim = hw.interconnect[static_cast<std::size_t>(op.dimension)];
            worst = std::max(worst,
                             collectiveTime(op.collective, op.collectiveBytes, op.ranks, dim, 1.0));
            energy += op.networkBytes * dim.energyPerByteJ;
        }
        if (op.flashOp >= 0) {
            RooflineResult unused;
            applyFlashAttention(flashOps_[static_cast<std::size_t>(op.flashOp)], *device, unused,
                                worst);
        }
        energy += op.flops * energyPerFlop;
        if (op.convOp >= 0) {
            // cudnn.benchmark's choice reads the whole device, and the algorithm it
            // keeps sets the bytes main memory carries: the full roofline, per point.
            RooflineResult full;
            evaluateRoofline(convOps_[static_cast<std::size_t>(op.convOp)], *device, full);
            worst = full.timeEach - full.launchTime;
            energy = full.energy;
        }
        const double time = (worst + launch) * op.count;
        f.time += time;
        f.flops += op.flops * op.count;
        f.energy += energy * op.count;
        if (op.phase == Phase::prefill) f.prefill += time;
        if (op.phase == Phase::decode) f.decode += time;
    }
    f.memoryRequired = memoryRequired_;
    composeFigures(hw, model_, scenario_, f);
    return f;
}

}  // namespace rl::explore
