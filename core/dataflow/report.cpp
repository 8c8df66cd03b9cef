#include "core/dataflow/report.h"

#include "core/dataflow/loop_list.h"

namespace rl::dataflow {

std::string loopNestText(const MappingNest& m, const AcceleratorArch& arch) {
    const auto loops = loopList(m);
    std::string out, indent;
    std::size_t k = 0;
    for (int i = 0; i < m.levelCount; ++i) {
        const auto& l = m.levels[i];
        std::string kept;
        for (int t = 0; t < kDataSpaceCount; ++t)
            if (l.keep[t])
                kept += std::string(kept.empty() ? "" : ", ") +
                        std::string(toString(static_cast<DataSpace>(t)));
        out += indent + arch.levels[i].name + " [" + (kept.empty() ? "bypassed" : kept) + "]\n";
        for (; k < loops.size() && loops[k].level == i; ++k) {
            const auto& loop = loops[k];
            const std::string range =
                std::string(1, dimLetter(loop.dim)) + " in [0:" + std::to_string(loop.factor) + ")";
            if (loop.spatial())
                out += indent + "| spatial_for " + range + " (" +
                       (loop.kind == LoopKind::spatialX ? "X" : "Y") + ")\n";
            else
                out += indent + "| for " + range + "\n";
            indent += "  ";
        }
    }
    out += indent + "<< " + arch.mac.name + " >>\n";
    return out;
}

Json evaluationToJson(const Evaluation& e, const AcceleratorArch& arch, const DataflowProblem& p) {
    Json j = Json::object();
    j["architecture"] = arch.name;
    j["problem"] = p.name;
    j["macs"] = e.macs;
    j["compute_cycles"] = e.computeCycles;
    j["cycles"] = e.cycles;
    j["utilization"] = e.utilization;
    j["energy_J"] = e.energyJ;
    j["energy_per_mac_fJ"] = e.energyPerMacJ() * 1e15;
    j["mac_energy_J"] = e.macEnergyJ;
    Json levels = Json::array();
    for (int i = 0; i < e.levelCount; ++i) {
        const auto& L = e.level[i];
        Json l = Json::object();
        l["name"] = arch.levels[i].name;
        l["utilized_instances"] = L.utilizedInstances;
        l["tile_words"] = L.tileWords;
        l["slowdown"] = L.slowdown;
        l["energy_J"] = L.energyJ;
        l["leak_J"] = L.leakJ;
        Json ts = Json::object();
        for (int t = 0; t < kDataSpaceCount; ++t) {
            const auto& a = L.tensor[t];
            if (!a.kept) continue;
            ts[std::string(toString(static_cast<DataSpace>(t)))] = {
                {"tile_words", a.tileWords},
                {"reads", a.reads},
                {"fills", a.fills},
                {"updates", a.updates},
                {"energy_J", a.energyJ},
                {"read_energy_J", a.readEnergyJ},
                {"fill_energy_J", a.fillEnergyJ},
                {"update_energy_J", a.updateEnergyJ}};
        }
        l["tensors"] = ts;
        levels.push_back(l);
    }
    j["levels"] = levels;
    return j;
}

}  // namespace rl::dataflow
