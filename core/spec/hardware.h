#pragma once
// A hardware spec: one device (GPU, TPU, CPU, edge chip, spatial accelerator)
// and, for nodes and clusters, how many of them are connected and by what.
// All values in SI units. File format: docs/formats.md, "ridgeline.hardware".
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/spec/dtype.h"

namespace rl {

struct ComputeSpec {
    std::map<DType, double> peakFlops;   // dense FLOP/s (OP/s for integers), per device
    std::map<DType, double> efficiency;  // fraction of peak a real kernel reaches, (0, 1]
    int units = 1;                       // SMs, cores, PEs, tensor cores...
    double clockHz = 0.0;                // boost clock; 0 if unknown
    int threadsPerUnit = 0;              // resident threads per unit (SM); 0: 2048
    double energyPerFlopJ = 0.0;         // J per FLOP at the math precision; 0 if unknown

    // Peak for a math type; falls back to the nearest wider type the device has
    // (fp8 -> fp16 -> fp32) and returns 0 if none.
    double peak(DType t) const;
    double efficiencyFor(DType t) const;  // default 1.0 if not given
};

// One level of the memory hierarchy. Levels are ordered outermost first:
// memory[0] is DRAM/HBM, the last is closest to the compute units.
struct MemoryLevel {
    std::string name;            // "HBM3", "L2", "L1/SMEM", "RF"
    std::string kind;            // "dram", "sram", "cache", "regfile"
    double capacityBytes = 0.0;  // per instance
    int instances = 1;           // e.g. one L1 per SM
    double bandwidth = 0.0;      // B/s, aggregate over all instances
    double efficiency = 1.0;     // fraction of bandwidth a streaming kernel reaches
    double readEnergyPerByteJ = 0.0;
    double writeEnergyPerByteJ = 0.0;
    double latencyS = 0.0;
    double totalCapacity() const { return capacityBytes * instances; }
};

// One dimension of the interconnect topology, innermost first (NVLink in a
// node, then InfiniBand across nodes).
struct InterconnectDim {
    std::string name;            // "NVLink4", "InfiniBand NDR"
    std::string topology;        // "switch", "ring", "torus", "mesh"
    int devices = 1;             // devices along this dimension
    double linkBandwidth = 0.0;  // B/s per device per direction
    double latencyS = 0.0;       // per message (alpha)
    double efficiency = 1.0;     // fraction of link bandwidth collectives reach
    double energyPerByteJ = 0.0;
};

struct AcceleratorArch;  // spatial PE-array description; core/spec/accelerator_spec.h

struct Hardware {
    std::string name;
    std::string vendor;
    std::string kind;    // "gpu", "tpu", "cpu", "edge", "accelerator", "node", "cluster"
    std::string source;  // datasheet or paper the numbers come from
    // Other names the device is known by in measurement files
    // ("Tesla T4", "a100"), so datasets map to this spec.
    std::vector<std::string> aliases;
    ComputeSpec compute;
    std::vector<MemoryLevel> memory;  // outermost first
    std::vector<InterconnectDim> interconnect;
    double tdpW = 0.0;
    double costPerHourUsd = 0.0;                         // 0 if unknown
    double dieAreaM2 = 0.0;                              // 0 if unknown
    double kernelLaunchS = 0.0;                          // fixed overhead per kernel
    std::shared_ptr<const AcceleratorArch> accelerator;  // set for spatial accelerators

    // Devices in the system: the product of the interconnect dimensions (1 if none).
    int deviceCount() const;
    // Main memory (memory[0]) capacity and bandwidth of one device.
    double mainMemoryBytes() const;
    double mainMemoryBandwidth() const;
    // Ridge point (FLOP/byte) of a data type against a memory level.
    double ridgePoint(DType t, std::size_t level = 0) const;
};

}  // namespace rl
