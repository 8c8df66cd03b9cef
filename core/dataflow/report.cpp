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

namespace {

// One memory level of the report: how much of it the mapping uses and, per
// data space the level keeps, its accesses and their energy.
Json levelToJson(const LevelResult& L, const std::string& name) {
    Json tensors = Json::object();
    for (int t = 0; t < kDataSpaceCount; ++t) {
        const auto& a = L.tensor[t];
        if (!a.kept) continue;
        tensors[std::string(toString(static_cast<DataSpace>(t)))] = {
            {"tile_words", a.tileWords},
            {"reads", a.reads},
            {"fills", a.fills},
            {"updates", a.updates},
            {"energy_J", a.energyJ},
            {"read_energy_J", a.readEnergyJ},
            {"fill_energy_J", a.fillEnergyJ},
            {"update_energy_J", a.updateEnergyJ}};
    }
    return {{"name", name},
            {"utilized_instances", L.utilizedInstances},
            {"tile_words", L.tileWords},
            {"slowdown", L.slowdown},
            {"energy_J", L.energyJ},
            {"leak_J", L.leakJ},
            {"tensors", tensors}};
}

}  // namespace

Json evaluationToJson(const Evaluation& e, const AcceleratorArch& arch, const DataflowProblem& p) {
    Json levels = Json::array();
    for (int i = 0; i < e.levelCount; ++i)
        levels.push_back(levelToJson(e.level[i], arch.levels[i].name));
    return {{"architecture", arch.name},
            {"problem", p.name},
            {"macs", e.macs},
            {"compute_cycles", e.computeCycles},
            {"cycles", e.cycles},
            {"utilization", e.utilization},
            {"energy_J", e.energyJ},
            {"energy_per_mac_fJ", e.energyPerMacJ() * 1e15},
            {"mac_energy_J", e.macEnergyJ},
            {"levels", levels}};
}

}  // namespace rl::dataflow
