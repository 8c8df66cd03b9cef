// evaluateOperator: the roofline result of one operator as an OpRecord.
#include <string>

#include "core/analytical/analyze.h"
#include "core/analytical/op_record_identity.h"
#include "core/analytical/roofline.h"
#include "core/workload/op_family.h"

namespace rl {

std::string computeResourceName(DType t, bool tensorCores) {
    return std::string(tensorCores ? "compute " : "vector ") + std::string(toString(t));
}

OpRecord evaluateOperator(const Operator& op, const Hardware& hw) {
    return evaluateOperator(op, RooflineDevice(hw));
}

OpRecord evaluateOperator(const Operator& op, const RooflineDevice& device) {
    const Hardware& hw = *device.hw;
    RooflineResult r;
    evaluateRoofline(op, device, r);
    OpRecord rec;
    setOpIdentity(rec, op);
    rec.flops = r.flops;
    rec.traffic.resize(static_cast<std::size_t>(r.levels));
    for (int j = 0; j < r.levels; ++j) rec.traffic[j].bytes = r.bytes[j];
    rec.networkBytes = r.networkBytes;
    rec.bounds.reserve(static_cast<std::size_t>(r.levels) + 3);
    const std::string computeName = computeResourceName(r.peakType, r.tensorCores);
    rec.bounds.push_back({computeName, r.computeTime});
    for (int j = 0; j < r.levels; ++j) rec.bounds.push_back({hw.memory[j].name, r.levelTime[j]});
    std::string networkName;
    if (isCommunication(op.kind)) {
        if (!hw.interconnect.empty()) {
            const auto d = std::min<std::size_t>(
                static_cast<std::size_t>(std::max(0, op.collective.dimension)),
                hw.interconnect.size() - 1);
            networkName =
                hw.interconnect[d].name.empty() ? "interconnect" : hw.interconnect[d].name;
            rec.bounds.push_back({networkName, r.networkTime});
        } else {
            rec.note =
                "the hardware has no interconnect: the collective is costed as local memory "
                "traffic only";
            rec.noteMessages = {{MessageId::noteCollectiveWithoutInterconnect, {}, {}, rec.note}};
        }
    }
    rec.bounds.push_back({"launch", r.launchTime});
    switch (r.binding) {
        case BindingKind::compute:
            rec.binding = computeName;
            break;
        case BindingKind::memory:
            rec.binding = hw.memory[r.bindingLevel].name;
            break;
        case BindingKind::network:
            rec.binding = networkName;
            break;
        case BindingKind::launch:
            rec.binding = "launch";
            break;
    }
    rec.timeEach = r.timeEach;
    rec.time = r.timeEach * op.count;
    rec.energy = r.energy * op.count;
    rec.timeLow = rec.timeHigh = r.timeEach;
    if (r.occupancy < 0.5 && r.binding == BindingKind::compute) {
        rec.note = "few tiles: " + std::to_string(static_cast<int>(r.occupancy * 100 + 0.5)) +
                   "% of the device's compute is busy";
        rec.noteMessages = {
            {MessageId::noteFewTiles, {{MessageArg::Kind::share, {}, r.occupancy}}, {}, rec.note}};
    }
    return rec;
}

}  // namespace rl
