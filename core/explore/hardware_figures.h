#pragma once
// The hardware fields a sweep can change on the analytical fast path: the
// figures that set the bounds (peaks, efficiencies, bandwidths, latencies,
// energies, launch overhead, link figures) and those read after the bounds
// (main-memory capacity, cost, TDP, die area), never the fields that shape
// the traffic model (inner capacities, compute units, level kinds). Each is
// written straight into a parsed Hardware from its SI number, so a point
// costs no JSON. Internal to core/explore.
#include <optional>
#include <string>

#include "core/spec/hardware.h"

namespace rl::explore {

struct HardwareFigure {
    enum class Field {
        peak,
        efficiency,
        energyPerFlop,
        clock,
        memoryBandwidth,
        memoryEfficiency,
        memoryReadEnergy,
        memoryWriteEnergy,
        memoryLatency,
        mainMemoryCapacity,
        linkBandwidth,
        linkLatency,
        linkEfficiency,
        linkEnergy,
        tdp,
        dieArea,
        costPerHour,
        kernelLaunch,
    };
    Field field = Field::peak;
    std::size_t index = 0;     // memory level or interconnect dimension
    DType type = DType::fp16;  // peak and efficiency
    void apply(Hardware& hw, double si) const;
};

// The figure a design pointer ("/hardware/memory/0/bandwidth") names, if it
// is one of the fast path's fields and exists in `base`; nothing otherwise.
std::optional<HardwareFigure> hardwareFigureAt(const std::string& designPointer,
                                               const Hardware& base);

}  // namespace rl::explore
