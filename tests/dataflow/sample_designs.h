#pragma once
// The two designs every dataflow test and screenshot uses: the Timeloop
// tutorial 3-level example (with its published mapping) and the Eyeriss-like
// VGG conv3_2 layer (mapped by the mapper with a fixed seed and budget, so
// the mapping is the same on every machine and thread count).
#include <memory>
#include <stdexcept>
#include <string>

#include "core/dataflow/design.h"
#include "core/dataflow/load_specs.h"
#include "core/dataflow/mapper.h"

namespace rl::testing {

inline std::string acceleratorSample(const char* name) {
    return std::string(RIDGELINE_SAMPLES) + "/accelerators/" + name;
}

inline std::shared_ptr<const dataflow::DataflowDesign> tutorialDesign() {
    Diagnostics diag;
    auto arch = dataflow::loadAcceleratorArch(acceleratorSample("tutorial-3level.json"), diag);
    auto problem = dataflow::loadProblem(acceleratorSample("problem-conv1d-k32-r3-p16.json"), diag);
    auto mapping = dataflow::loadMapping(acceleratorSample("mapping-3level.json"), diag);
    if (!arch || !problem || !mapping) throw std::runtime_error(diag.format());
    auto design = dataflow::makeDesign(arch, *problem, *mapping, diag);
    if (!design) throw std::runtime_error(diag.format());
    return design;
}

inline std::shared_ptr<const dataflow::DataflowDesign> eyerissVggDesign(
    std::int64_t evaluations = 200'000) {
    Diagnostics diag;
    auto arch = dataflow::loadAcceleratorArch(acceleratorSample("eyeriss-like.json"), diag);
    auto problem = dataflow::loadProblem(acceleratorSample("problem-vgg-conv3-2.json"), diag);
    if (!arch || !problem) throw std::runtime_error(diag.format());
    dataflow::MapperOptions options;
    options.objective = dataflow::Objective::edp;
    options.seed = 1;
    options.evaluations = evaluations;
    const auto found = dataflow::searchMappings(*arch, *problem, options);
    if (!found.found) throw std::runtime_error("the mapper found no mapping for VGG conv3_2");
    auto design = dataflow::makeDesign(arch, *problem, found.best, diag);
    if (!design) throw std::runtime_error(diag.format());
    return design;
}

}  // namespace rl::testing
