#include "core/dataflow/design.h"

namespace rl::dataflow {

std::shared_ptr<const DataflowDesign> makeDesign(std::shared_ptr<const AcceleratorArch> arch,
                                                 DataflowProblem problem, const Mapping& mapping,
                                                 Diagnostics& diag, const std::string& path) {
    if (!arch) return nullptr;
    MappingNest nest;
    if (!bindMapping(mapping, *arch, nest, diag, path)) return nullptr;
    auto design = makeDesign(std::move(arch), std::move(problem), nest, diag, path);
    if (!design || mapping.name.empty()) return design;
    auto named = std::make_shared<DataflowDesign>(*design);
    named->mappingLabel = mapping.name;
    return named;
}

std::shared_ptr<const DataflowDesign> makeDesign(std::shared_ptr<const AcceleratorArch> arch,
                                                 DataflowProblem problem, const MappingNest& nest,
                                                 Diagnostics& diag, const std::string& path) {
    if (!arch) return nullptr;
    if (!validateMapping(nest, *arch, problem, diag, path)) return nullptr;
    auto design = std::make_shared<DataflowDesign>();
    design->problemLabel = problem.name;
    design->mapping = nest;
    const LoopNestModel model(*arch, problem);
    model.evaluate(nest, design->evaluation);
    design->problem = std::move(problem);
    design->arch = std::move(arch);
    return design;
}

}  // namespace rl::dataflow
