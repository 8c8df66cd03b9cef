#include "core/dataflow/report.h"

namespace rl::dataflow {

std::string loopNestText(const MappingNest& m, const AcceleratorArch& arch) {
    std::string out, indent;
    for (int i = 0; i < m.levelCount; ++i) {
        const auto& l = m.levels[i];
        std::string kept;
        for (int t = 0; t < kDataSpaceCount; ++t)
            if (l.keep[t])
                kept += std::string(kept.empty() ? "" : ", ") +
                        std::string(toString(static_cast<DataSpace>(t)));
        out += indent + arch.levels[i].name + " [" + (kept.empty() ? "bypassed" : kept) + "]\n";
        for (Dim d : l.order) {
            auto f = l.temporal[static_cast<int>(d)];
            if (f <= 1) continue;
            out += indent + "| for " + dimLetter(d) + " in [0:" + std::to_string(f) + ")\n";
            indent += "  ";
        }
        for (const auto* sp : {&l.spatialX, &l.spatialY})
            for (Dim d : kAllDims) {
                auto f = (*sp)[static_cast<int>(d)];
                if (f <= 1) continue;
                out += indent + "| spatial_for " + dimLetter(d) + " in [0:" + std::to_string(f) +
                       ") (" + (sp == &l.spatialX ? "X" : "Y") + ")\n";
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
            ts[std::string(toString(static_cast<DataSpace>(t)))] = {{"tile_words", a.tileWords},
                                                                    {"reads", a.reads},
                                                                    {"fills", a.fills},
                                                                    {"updates", a.updates},
                                                                    {"energy_J", a.energyJ}};
        }
        l["tensors"] = ts;
        levels.push_back(l);
    }
    j["levels"] = levels;
    return j;
}

}  // namespace rl::dataflow
