#include "core/dataflow/model_mapping.h"

#include <map>

#include "core/dataflow/lower_operator.h"

namespace rl::dataflow {

ModelMapping mapModel(const AcceleratorArch& arch, const std::vector<Operator>& ops,
                      const MapperOptions& options, const Progress& progress) {
    ModelMapping out;
    // Problems that differ only in their name (the same shape in several
    // layers) share one search.
    std::map<std::string, MapperResult> searched;
    for (const Operator& op : ops)
        for (DataflowProblem p : toDataflowProblems(op)) {
            ++out.problems;
            const std::string name = p.name;
            p.name.clear();
            const std::string key = toJson(p).dump();
            auto it = searched.find(key);
            if (it == searched.end()) {
                progress.check();
                it = searched.emplace(key, searchMappings(arch, p, options, progress)).first;
                ++out.searches;
            }
            const MapperResult& r = it->second;
            if (!r.found) {
                if (out.unmapped.empty()) out.unmapped = name;
                continue;
            }
            ++out.mapped;
            out.cycles += static_cast<double>(r.bestEval.cycles) * op.count;
            out.energyJ += r.bestEval.energyJ * op.count;
        }
    return out;
}

}  // namespace rl::dataflow
