// Design pointers of hardware figures, and writing them into a Hardware.
#include "core/explore/hardware_figures.h"

#include <array>
#include <charconv>
#include <string_view>
#include <utility>
#include <vector>

namespace rl::explore {
namespace {

using Field = HardwareFigure::Field;

std::vector<std::string_view> tokens(std::string_view pointer) {
    std::vector<std::string_view> out;
    while (!pointer.empty() && pointer.front() == '/') {
        pointer.remove_prefix(1);
        const std::size_t end = pointer.find('/');
        out.push_back(pointer.substr(0, end));
        pointer.remove_prefix(end == std::string_view::npos ? pointer.size() : end);
    }
    return out;
}

std::optional<std::size_t> indexOf(std::string_view token, std::size_t size) {
    std::size_t v = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    if (ec != std::errc() || end != token.data() + token.size() || v >= size) return std::nullopt;
    return v;
}

template <std::size_t N>
std::optional<Field> lookup(const std::array<std::pair<std::string_view, Field>, N>& table,
                            std::string_view key) {
    for (const auto& [name, field] : table)
        if (name == key) return field;
    return std::nullopt;
}

constexpr std::array<std::pair<std::string_view, Field>, 4> kTop = {{
    {"tdp", Field::tdp},
    {"die_area", Field::dieArea},
    {"cost_per_hour", Field::costPerHour},
    {"kernel_launch", Field::kernelLaunch},
}};
constexpr std::array<std::pair<std::string_view, Field>, 6> kMemory = {{
    {"bandwidth", Field::memoryBandwidth},
    {"efficiency", Field::memoryEfficiency},
    {"read_energy", Field::memoryReadEnergy},
    {"write_energy", Field::memoryWriteEnergy},
    {"latency", Field::memoryLatency},
    {"capacity", Field::mainMemoryCapacity},
}};
constexpr std::array<std::pair<std::string_view, Field>, 4> kLink = {{
    {"link_bandwidth", Field::linkBandwidth},
    {"latency", Field::linkLatency},
    {"efficiency", Field::linkEfficiency},
    {"energy_per_byte", Field::linkEnergy},
}};

}  // namespace

std::optional<HardwareFigure> hardwareFigureAt(const std::string& designPointer,
                                               const Hardware& base) {
    const std::vector<std::string_view> t = tokens(designPointer);
    if (t.size() < 2 || t[0] != "hardware") return std::nullopt;
    HardwareFigure f;
    if (t.size() == 2) {
        const auto field = lookup(kTop, t[1]);
        if (!field) return std::nullopt;
        f.field = *field;
        return f;
    }
    if (t[1] == "compute" && t.size() == 3) {
        if (t[2] == "energy_per_flop")
            f.field = Field::energyPerFlop;
        else if (t[2] == "clock")
            f.field = Field::clock;
        else
            return std::nullopt;
        return f;
    }
    if (t[1] == "compute" && t.size() == 4 && (t[2] == "peak" || t[2] == "efficiency")) {
        const auto type = parseDType(t[3]);
        if (!type) return std::nullopt;
        const bool peak = t[2] == "peak";
        const auto& table = peak ? base.compute.peakFlops : base.compute.efficiency;
        if (!table.count(*type)) return std::nullopt;
        f.field = peak ? Field::peak : Field::efficiency;
        f.type = *type;
        return f;
    }
    if (t[1] == "memory" && t.size() == 4) {
        const auto level = indexOf(t[2], base.memory.size());
        const auto field = lookup(kMemory, t[3]);
        // Inner capacities size the tiles: they change the traffic, not just a bound.
        if (!level || !field || (*field == Field::mainMemoryCapacity && *level != 0))
            return std::nullopt;
        f.field = *field;
        f.index = *level;
        return f;
    }
    if (t[1] == "interconnect" && t.size() == 4) {
        const auto dim = indexOf(t[2], base.interconnect.size());
        const auto field = lookup(kLink, t[3]);
        if (!dim || !field) return std::nullopt;
        f.field = *field;
        f.index = *dim;
        return f;
    }
    return std::nullopt;
}

void HardwareFigure::apply(Hardware& hw, double v) const {
    switch (field) {
        case Field::peak:
            hw.compute.peakFlops[type] = v;
            return;
        case Field::efficiency:
            hw.compute.efficiency[type] = v;
            return;
        case Field::energyPerFlop:
            hw.compute.energyPerFlopJ = v;
            return;
        case Field::clock:
            hw.compute.clockHz = v;
            return;
        case Field::memoryBandwidth:
            hw.memory[index].bandwidth = v;
            return;
        case Field::memoryEfficiency:
            hw.memory[index].efficiency = v;
            return;
        case Field::memoryReadEnergy:
            hw.memory[index].readEnergyPerByteJ = v;
            return;
        case Field::memoryWriteEnergy:
            hw.memory[index].writeEnergyPerByteJ = v;
            return;
        case Field::memoryLatency:
            hw.memory[index].latencyS = v;
            return;
        case Field::mainMemoryCapacity:
            hw.memory[index].capacityBytes = v;
            return;
        case Field::linkBandwidth:
            hw.interconnect[index].linkBandwidth = v;
            return;
        case Field::linkLatency:
            hw.interconnect[index].latencyS = v;
            return;
        case Field::linkEfficiency:
            hw.interconnect[index].efficiency = v;
            return;
        case Field::linkEnergy:
            hw.interconnect[index].energyPerByteJ = v;
            return;
        case Field::tdp:
            hw.tdpW = v;
            return;
        case Field::dieArea:
            hw.dieAreaM2 = v;
            return;
        case Field::costPerHour:
            hw.costPerHourUsd = v;
            return;
        case Field::kernelLaunch:
            hw.kernelLaunchS = v;
            return;
    }
}

}  // namespace rl::explore
