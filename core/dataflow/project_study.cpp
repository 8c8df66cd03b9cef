#include "core/dataflow/project_study.h"

#include <exception>

#include "core/dataflow/lower_operator.h"
#include "core/spec/spec_phrases.h"
#include "core/workload/lower.h"

namespace rl::dataflow {

std::vector<DataflowProblem> modelLayers(const std::vector<Operator>& ops) {
    std::vector<DataflowProblem> layers;
    for (const Operator& op : ops)
        for (DataflowProblem& p : toDataflowProblems(op)) layers.push_back(std::move(p));
    return layers;
}

namespace {
std::string fileName(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}
}  // namespace

std::optional<ResolvedStudy> resolveStudy(const Project& project, Diagnostics& diag) {
    if (!project.dataflow) {
        diag.error("/dataflow", RL_TR("SpecText", "missing"),
                   RL_TR("SpecText", "a \"dataflow\" object (a dataflow study)"));
        return std::nullopt;
    }
    const DataflowStudy& study = *project.dataflow;
    ResolvedStudy out;
    out.arch = study.architecture;
    if (!out.arch) {
        diag.error("/dataflow/architecture", RL_TR("SpecText", "no valid architecture"),
                   RL_TR("SpecText", "a valid accelerator (fix the errors listed for it)"));
        return std::nullopt;
    }
    const bool haveModel = !project.modelJson.is_null() && !project.scenarioJson.is_null();
    if (haveModel) {
        try {
            out.modelOperators = lowerModel(project.model, project.scenario);
            out.modelName = project.model.name;
        } catch (const std::exception& e) {
            diag.error("/model", quotedValue(project.model.name),
                       Phrase(RL_TR("SpecText", "a model that lowers for the scenario (%1)"),
                              {PhraseArg::verbatim(e.what())}));
            return std::nullopt;
        }
    }
    if (study.modelLayer >= 0) {
        const auto layers = modelLayers(out.modelOperators);
        if (study.modelLayer >= static_cast<std::int64_t>(layers.size())) {
            const auto count = static_cast<std::int64_t>(layers.size());
            diag.error("/dataflow/problem/model_layer", std::to_string(study.modelLayer + 1),
                       Phrase(RL_TR("SpecText",
                                    "a layer from 1 to %1 (model \"%2\" has %3 "
                                    "layers with multiply-accumulates)"),
                              {PhraseArg::integer(count), PhraseArg::verbatim(out.modelName),
                               PhraseArg::integer(count)}));
            return std::nullopt;
        }
        out.problem = layers[static_cast<std::size_t>(study.modelLayer)];
        out.problemLabel = out.modelName + " layer " + std::to_string(study.modelLayer + 1) + ": " +
                           out.problem.name;
    } else if (study.problem) {
        out.problem = *study.problem;
        out.problemLabel = !out.problem.name.empty()   ? out.problem.name
                           : !study.problemRef.empty() ? fileName(study.problemRef)
                                                       : std::string("embedded problem");
    } else {
        diag.error("/dataflow/problem", RL_TR("SpecText", "no valid problem"),
                   RL_TR("SpecText", "a valid problem (fix the errors listed for it)"));
        return std::nullopt;
    }
    if (study.mapping) {
        out.mapping = study.mapping;
        out.mappingLabel = !study.mappingRef.empty()
                               ? fileName(study.mappingRef)
                               : (study.mapping->name.empty() ? std::string("embedded mapping")
                                                              : study.mapping->name);
    } else if (!study.mappingJson.is_null()) {
        diag.error("/dataflow/mapping", RL_TR("SpecText", "no valid mapping"),
                   RL_TR("SpecText", "a valid mapping (fix the errors listed for it)"));
        return std::nullopt;
    }
    auto objective = parseObjective(study.objective);
    out.mapper.objective = objective.value_or(Objective::edp);
    out.mapper.seed = study.seed;
    out.mapper.evaluations = study.evaluations;
    return out;
}

}  // namespace rl::dataflow
