#include "core/dataflow/model_mapping.h"

#include <algorithm>
#include <map>

#include "core/dataflow/lower_operator.h"

namespace rl::dataflow {
namespace {

// The search key: problems that differ only in their name (the same shape in
// several layers) share one search.
std::string shapeKey(DataflowProblem p) {
    p.name.clear();
    return toJson(p).dump();
}

Phrase whyNotMapped(const MapperResult& r) {
    if (r.partial) return RL_TR("EngineText", "the search stopped before it found a valid mapping");
    return Phrase(RL_TR("EngineText",
                        "none of the %1 mappings evaluated fits the buffers and the array (tiles "
                        "too large for a level's capacity, or factors that do not divide the "
                        "fanout)"),
                  {PhraseArg::integer(r.evaluations)});
}

}  // namespace

ModelMapping mapModel(const AcceleratorArch& arch, const std::vector<Operator>& ops,
                      const MapperOptions& options, const Progress& progress) {
    ModelMapping out;
    // Lower everything first, so progress can run over the distinct searches.
    std::map<std::string, int> searchOfShape;
    std::vector<const DataflowProblem*> searchProblems;
    for (const Operator& op : ops)
        for (DataflowProblem p : toDataflowProblems(op)) {
            LayerMapping layer;
            layer.operatorName = op.name;
            layer.operatorKind = op.kind;
            layer.count = op.count;
            layer.problem = std::move(p);
            out.layers.push_back(std::move(layer));
        }
    for (LayerMapping& layer : out.layers) {
        const auto [it, fresh] =
            searchOfShape.emplace(shapeKey(layer.problem), static_cast<int>(searchProblems.size()));
        if (fresh) searchProblems.push_back(&layer.problem);
        layer.search = it->second;
    }
    out.problems = static_cast<std::int64_t>(out.layers.size());
    out.searches = static_cast<std::int64_t>(searchProblems.size());

    std::vector<MapperResult> results;
    results.reserve(searchProblems.size());
    const double searches = static_cast<double>(std::max<std::size_t>(1, searchProblems.size()));
    for (const DataflowProblem* p : searchProblems) {
        progress.check();
        const double done = static_cast<double>(results.size());
        const std::string what = p->name + " (" + std::to_string(results.size() + 1) + " of " +
                                 std::to_string(searchProblems.size()) + ")";
        Progress layerProgress;
        layerProgress.cancel = progress.cancel;
        if (progress.report)
            layerProgress.report = [&progress, done, searches, what](double f, std::string_view) {
                progress((done + f) / searches, what);
            };
        results.push_back(searchMappings(arch, *p, options, layerProgress));
    }

    for (LayerMapping& layer : out.layers) {
        const MapperResult& r = results[static_cast<std::size_t>(layer.search)];
        if (!r.found) {
            layer.whyUnmappedText = whyNotMapped(r);
            layer.whyUnmapped = layer.whyUnmappedText.english();
            if (out.unmapped.empty()) out.unmapped = layer.problem.name;
            continue;
        }
        layer.found = true;
        layer.mapping = r.best;
        layer.evaluation = r.bestEval;
        ++out.mapped;
        out.cycles += layer.cyclesTimesCount();
        out.energyJ += layer.energyTimesCount();
    }
    progress(1.0, "done");
    return out;
}

}  // namespace rl::dataflow
