// Reading and writing "ridgeline.hardware" documents.
#include <cmath>
#include <cstdio>

#include "core/spec/accelerator_spec.h"
#include "core/spec/device_kind.h"
#include "core/spec/spec_document.h"
#include "core/spec/spec_io.h"
#include "core/spec/spec_limits.h"

namespace rl {
namespace {

using A = PhraseArg;

void readPeaks(ObjectReader& compute, ComputeSpec& out) {
    const Json* node = compute.child("peak", Need::required);
    if (!node) return;
    ObjectReader r(*node, compute.pathOf("peak"), compute.diagnostics());
    if (!r.valid()) return;
    for (DType t : kAllDTypes) {
        if (auto v = r.quantity(toString(t), Dimension::flop_rate,
                                Range::positive(limits::kMaxPeakFlops)))
            out.peakFlops[t] = *v;
    }
    r.finish();
    if (node->is_object() && node->empty())
        compute.diagnostics().error(
            compute.pathOf("peak"), "{}",
            RL_TR("SpecText",
                  "at least one data type with its peak, such as \"fp16\": \"312 TFLOP/s\""));
}

void readEfficiencies(ObjectReader& compute, ComputeSpec& out) {
    const Json* node = compute.child("efficiency");
    if (!node) return;
    ObjectReader r(*node, compute.pathOf("efficiency"), compute.diagnostics());
    if (!r.valid()) return;
    for (DType t : kAllDTypes)
        if (auto v = r.number(toString(t), Range::fraction())) out.efficiency[t] = *v;
    r.finish();
}

void readCompute(ObjectReader& top, Hardware& hw) {
    const Json* node = top.child("compute", Need::required);
    if (!node) return;
    ObjectReader r(*node, top.pathOf("compute"), top.diagnostics());
    if (!r.valid()) return;
    if (auto v = r.integer("units", 1, limits::kMaxComputeUnits))
        hw.compute.units = static_cast<int>(*v);
    if (auto v = r.quantity("clock", Dimension::frequency, Range::positive(limits::kMaxClockHz)))
        hw.compute.clockHz = *v;
    if (auto v = r.integer("threads_per_unit", 1, limits::kMaxThreadsPerUnit))
        hw.compute.threadsPerUnit = static_cast<int>(*v);
    readPeaks(r, hw.compute);
    readEfficiencies(r, hw.compute);
    if (auto v = r.quantity("energy_per_flop", Dimension::energy_per_flop,
                            Range::nonNegative(limits::kMaxEnergyPerFlopJ)))
        hw.compute.energyPerFlopJ = *v;
    r.finish();
}

MemoryLevel readMemoryLevel(const Json& node, const std::string& path, Diagnostics& diag) {
    MemoryLevel m;
    ObjectReader r(node, path, diag);
    if (!r.valid()) return m;
    if (auto v = readName(r, "name")) m.name = *v;
    if (auto v = r.choice("kind", {"dram", "hbm", "sram", "cache", "regfile"}, Need::required))
        m.kind = *v;
    if (auto v = r.quantity("capacity", Dimension::bytes,
                            Range::positive(limits::kMaxCapacityPerInstance), Need::required))
        m.capacityBytes = *v;
    if (auto v = r.integer("instances", 1, limits::kMaxInstances))
        m.instances = static_cast<int>(*v);
    if (auto v = r.quantity("bandwidth", Dimension::bandwidth,
                            Range::positive(limits::kMaxBandwidth), Need::required))
        m.bandwidth = *v;
    if (auto v = r.number("efficiency", Range::fraction())) m.efficiency = *v;
    if (auto v = r.quantity("read_energy", Dimension::energy_per_byte,
                            Range::nonNegative(limits::kMaxEnergyPerByteJ)))
        m.readEnergyPerByteJ = *v;
    if (auto v = r.quantity("write_energy", Dimension::energy_per_byte,
                            Range::nonNegative(limits::kMaxEnergyPerByteJ)))
        m.writeEnergyPerByteJ = *v;
    if (auto v = r.quantity("latency", Dimension::time, Range::nonNegative(limits::kMaxLatencyS)))
        m.latencyS = *v;
    r.finish();
    return m;
}

void readMemory(ObjectReader& top, Hardware& hw) {
    const Json* node = top.child("memory", Need::required);
    if (!node) return;
    Diagnostics& diag = top.diagnostics();
    std::string path = top.pathOf("memory");
    if (!node->is_array()) {
        diag.error(path, displayJson(*node),
                   RL_TR("SpecText", "an array of memory levels, outermost (DRAM/HBM) first"));
        return;
    }
    if (node->empty()) {
        diag.error(path, "[]", RL_TR("SpecText", "at least one memory level"));
        return;
    }
    if (node->size() > 64) {
        diag.error(path, Phrase(RL_TR("SpecText", "%1 levels"), {A::integer(std::ssize(*node))}),
                   Phrase(RL_TR("SpecText", "at most %1 memory levels"), {A::integer(64)}));
        return;
    }
    for (std::size_t i = 0; i < node->size(); ++i)
        hw.memory.push_back(readMemoryLevel((*node)[i], jsonPointerChild(path, i), diag));

    // Inner levels sit closer to the compute units: they must not hold more in
    // total than the level outside them, and are normally faster.
    for (std::size_t i = 1; i < hw.memory.size(); ++i) {
        const MemoryLevel& outer = hw.memory[i - 1];
        const MemoryLevel& inner = hw.memory[i];
        if (outer.capacityBytes <= 0 || inner.capacityBytes <= 0) continue;
        if (inner.totalCapacity() > outer.totalCapacity() * (1 + 1e-12)) {
            diag.error(
                jsonPointerChild(jsonPointerChild(path, i), "capacity"),
                Phrase(RL_TR("SpecText", "%1 in total"),
                       {A::quantity(inner.totalCapacity(), Dimension::bytes)}),
                Phrase(RL_TR("SpecText",
                             "at most the %1 of level %2 (\"%3\"): levels are "
                             "listed outermost first and must not grow inward"),
                       {A::quantity(outer.totalCapacity(), Dimension::bytes),
                        A::integer(static_cast<std::int64_t>(i - 1)), A::verbatim(outer.name)}));
        }
        if (outer.bandwidth > 0 && inner.bandwidth > 0 && inner.bandwidth < outer.bandwidth) {
            diag.warning(jsonPointerChild(jsonPointerChild(path, i), "bandwidth"),
                         Phrase("%1", {A::quantity(inner.bandwidth, Dimension::bandwidth)}),
                         Phrase(RL_TR("SpecText",
                                      "usually at least the %1 of the level outside "
                                      "it (\"%2\"); is the order outermost first?"),
                                {A::quantity(outer.bandwidth, Dimension::bandwidth),
                                 A::verbatim(outer.name)}));
        }
    }
}

InterconnectDim readInterconnectDim(const Json& node, const std::string& path, Diagnostics& diag) {
    InterconnectDim d;
    ObjectReader r(node, path, diag);
    if (!r.valid()) return d;
    if (auto v = readName(r, "name")) d.name = *v;
    if (auto v = r.choice("topology", {"switch", "ring", "torus", "mesh", "point_to_point"},
                          Need::required))
        d.topology = *v;
    if (auto v = r.integer("devices", 1, limits::kMaxDevicesPerDim, Need::required))
        d.devices = static_cast<int>(*v);
    if (auto v = r.quantity("link_bandwidth", Dimension::bandwidth,
                            Range::positive(limits::kMaxBandwidth), Need::required))
        d.linkBandwidth = *v;
    if (auto v = r.quantity("latency", Dimension::time, Range::nonNegative(limits::kMaxLatencyS)))
        d.latencyS = *v;
    if (auto v = r.number("efficiency", Range::fraction())) d.efficiency = *v;
    if (auto v = r.quantity("energy_per_byte", Dimension::energy_per_byte,
                            Range::nonNegative(limits::kMaxEnergyPerByteJ)))
        d.energyPerByteJ = *v;
    r.finish();
    return d;
}

void readInterconnect(ObjectReader& top, Hardware& hw) {
    const Json* node = top.child("interconnect");
    if (!node) return;
    Diagnostics& diag = top.diagnostics();
    std::string path = top.pathOf("interconnect");
    if (!node->is_array()) {
        diag.error(path, displayJson(*node),
                   RL_TR("SpecText", "an array of interconnect dimensions, innermost first"));
        return;
    }
    if (node->size() > 16) {
        diag.error(path,
                   Phrase(RL_TR("SpecText", "%1 dimensions"), {A::integer(std::ssize(*node))}),
                   Phrase(RL_TR("SpecText", "at most %1 dimensions"), {A::integer(16)}));
        return;
    }
    double devices = 1;
    for (std::size_t i = 0; i < node->size(); ++i) {
        hw.interconnect.push_back(readInterconnectDim((*node)[i], jsonPointerChild(path, i), diag));
        devices *= hw.interconnect.back().devices;
    }
    if (devices > static_cast<double>(limits::kMaxDevices)) {
        diag.error(path, Phrase(RL_TR("SpecText", "%1 devices in total"), {A::number(devices, 4)}),
                   Phrase(RL_TR("SpecText",
                                "at most %1 devices (the product of \"devices\" "
                                "over all dimensions)"),
                          {A::integer(limits::kMaxDevices)}));
        hw.interconnect.clear();
    }
}

void readHardwareBody(ObjectReader& r, Hardware& hw) {
    if (auto v = readName(r, "name")) hw.name = *v;
    if (auto v = r.string("vendor")) hw.vendor = *v;
    if (auto v = r.choice("kind", deviceKindNames(), Need::required)) hw.kind = *v;
    if (auto v = readName(r, "source", Need::required, 2000)) hw.source = *v;
    if (auto v = readStringList(r, "aliases")) hw.aliases = *v;
    readCompute(r, hw);
    readMemory(r, hw);
    readInterconnect(r, hw);
    if (auto v = r.quantity("tdp", Dimension::power, Range::positive(limits::kMaxTdpW)))
        hw.tdpW = *v;
    if (auto v = r.quantity("die_area", Dimension::area, Range::positive(limits::kMaxDieAreaM2)))
        hw.dieAreaM2 = *v;
    if (auto v = r.quantity("cost_per_hour", Dimension::money_rate,
                            Range::nonNegative(limits::kMaxCostPerHourUsd)))
        hw.costPerHourUsd = *v;
    if (auto v = r.quantity("kernel_launch", Dimension::time,
                            Range::nonNegative(limits::kMaxKernelLaunchS)))
        hw.kernelLaunchS = *v;
    if (const Json* acc = r.child("accelerator"))
        hw.accelerator = parseAcceleratorArch(*acc, r.pathOf("accelerator"), r.diagnostics());
}

}  // namespace

Loaded<Hardware> parseHardware(const Json& doc, const std::string& file) {
    return readSpecDocument<Hardware>(doc, file, "ridgeline.hardware", readHardwareBody);
}

Json toJson(const Hardware& hw) {
    Json doc = newDocument("ridgeline.hardware", hw.name);
    if (!hw.vendor.empty()) doc["vendor"] = hw.vendor;
    doc["kind"] = hw.kind;
    doc["source"] = hw.source;
    if (!hw.aliases.empty()) doc["aliases"] = hw.aliases;

    Json compute = Json::object();
    compute["units"] = hw.compute.units;
    if (hw.compute.clockHz > 0)
        compute["clock"] = formatQuantity(hw.compute.clockHz, Dimension::frequency, 10);
    if (hw.compute.threadsPerUnit > 0) compute["threads_per_unit"] = hw.compute.threadsPerUnit;
    Json peak = Json::object();
    for (const auto& [t, v] : hw.compute.peakFlops)
        peak[std::string(toString(t))] = formatQuantity(v, Dimension::flop_rate, 10);
    compute["peak"] = peak;
    if (!hw.compute.efficiency.empty()) {
        Json eff = Json::object();
        for (const auto& [t, v] : hw.compute.efficiency) eff[std::string(toString(t))] = v;
        compute["efficiency"] = eff;
    }
    if (hw.compute.energyPerFlopJ > 0)
        compute["energy_per_flop"] =
            formatQuantity(hw.compute.energyPerFlopJ, Dimension::energy_per_flop, 10);
    doc["compute"] = compute;

    Json memory = Json::array();
    for (const auto& m : hw.memory) {
        Json j = Json::object();
        j["name"] = m.name;
        j["kind"] = m.kind;
        j["capacity"] = formatQuantity(m.capacityBytes, Dimension::bytes, 12);
        if (m.instances != 1) j["instances"] = m.instances;
        j["bandwidth"] = formatQuantity(m.bandwidth, Dimension::bandwidth, 10);
        if (m.efficiency != 1.0) j["efficiency"] = m.efficiency;
        if (m.readEnergyPerByteJ > 0)
            j["read_energy"] = formatQuantity(m.readEnergyPerByteJ, Dimension::energy_per_byte, 10);
        if (m.writeEnergyPerByteJ > 0)
            j["write_energy"] =
                formatQuantity(m.writeEnergyPerByteJ, Dimension::energy_per_byte, 10);
        if (m.latencyS > 0) j["latency"] = formatQuantity(m.latencyS, Dimension::time, 10);
        memory.push_back(j);
    }
    doc["memory"] = memory;

    if (!hw.interconnect.empty()) {
        Json ic = Json::array();
        for (const auto& d : hw.interconnect) {
            Json j = Json::object();
            j["name"] = d.name;
            j["topology"] = d.topology;
            j["devices"] = d.devices;
            j["link_bandwidth"] = formatQuantity(d.linkBandwidth, Dimension::bandwidth, 10);
            if (d.latencyS > 0) j["latency"] = formatQuantity(d.latencyS, Dimension::time, 10);
            if (d.efficiency != 1.0) j["efficiency"] = d.efficiency;
            if (d.energyPerByteJ > 0)
                j["energy_per_byte"] =
                    formatQuantity(d.energyPerByteJ, Dimension::energy_per_byte, 10);
            ic.push_back(j);
        }
        doc["interconnect"] = ic;
    }
    if (hw.tdpW > 0) doc["tdp"] = formatQuantity(hw.tdpW, Dimension::power, 10);
    if (hw.dieAreaM2 > 0) doc["die_area"] = formatQuantity(hw.dieAreaM2, Dimension::area, 10);
    if (hw.costPerHourUsd > 0)
        doc["cost_per_hour"] = formatQuantity(hw.costPerHourUsd, Dimension::money_rate, 10);
    if (hw.kernelLaunchS > 0)
        doc["kernel_launch"] = formatQuantity(hw.kernelLaunchS, Dimension::time, 10);
    if (hw.accelerator) doc["accelerator"] = acceleratorBodyToJson(*hw.accelerator);
    return doc;
}

}  // namespace rl
