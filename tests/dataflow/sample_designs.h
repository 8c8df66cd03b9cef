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

inline std::string acceleratorSample(const std::string& name) {
    return std::string(RIDGELINE_SAMPLES) + "/accelerators/" + name;
}

// A sample architecture and problem, and with a mapping file that mapping
// bound to both and validated: what every dataflow test starts from. A sample
// that does not load is a broken sample, not a test result: it throws.
struct SampleSpecs {
    std::shared_ptr<const AcceleratorArch> arch;
    DataflowProblem problem;
    dataflow::MappingNest nest;  // bound only when a mapping file was named
};

inline SampleSpecs loadSampleSpecs(const std::string& arch, const std::string& problem,
                                   const std::string& mapping = {}) {
    Diagnostics diag;
    SampleSpecs s;
    s.arch = dataflow::loadAcceleratorArch(acceleratorSample(arch), diag);
    auto p = dataflow::loadProblem(acceleratorSample(problem), diag);
    if (!s.arch || !p) throw std::runtime_error(diag.format());
    s.problem = *p;
    if (mapping.empty()) return s;
    auto m = dataflow::loadMapping(acceleratorSample(mapping), diag);
    if (!m || !dataflow::bindMapping(*m, *s.arch, s.nest, diag) ||
        !dataflow::validateMapping(s.nest, *s.arch, s.problem, diag))
        throw std::runtime_error(mapping + ": " + diag.format());
    return s;
}

inline std::shared_ptr<const dataflow::DataflowDesign> tutorialDesign() {
    const SampleSpecs s = loadSampleSpecs("tutorial-3level.json", "problem-conv1d-k32-r3-p16.json",
                                          "mapping-3level.json");
    Diagnostics diag;
    auto design = dataflow::makeDesign(s.arch, s.problem, s.nest, diag);
    if (!design) throw std::runtime_error(diag.format());
    return design;
}

inline std::shared_ptr<const dataflow::DataflowDesign> eyerissVggDesign(
    std::int64_t evaluations = 200'000) {
    const SampleSpecs s = loadSampleSpecs("eyeriss-like.json", "problem-vgg-conv3-2.json");
    dataflow::MapperOptions options;
    options.objective = dataflow::Objective::edp;
    options.seed = 1;
    options.evaluations = evaluations;
    const auto found = dataflow::searchMappings(*s.arch, s.problem, options);
    if (!found.found) throw std::runtime_error("the mapper found no mapping for VGG conv3_2");
    Diagnostics diag;
    auto design = dataflow::makeDesign(s.arch, s.problem, found.best, diag);
    if (!design) throw std::runtime_error(diag.format());
    return design;
}

}  // namespace rl::testing
