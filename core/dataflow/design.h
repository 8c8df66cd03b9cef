#pragma once
// One dataflow design as the workbench shows it: an architecture, a problem
// and a mapping bound to both, with the loop-nest model's evaluation. Every
// dataflow view draws from one of these, so they never disagree.
#include <memory>
#include <optional>
#include <string>

#include "core/dataflow/dataflow_case.h"
#include "core/dataflow/loop_nest_model.h"
#include "core/spec/diagnostics.h"

namespace rl::dataflow {

struct DataflowDesign : DataflowCase {
    MappingNest mapping;       // bound to arch, validated against problem
    std::string mappingLabel;  // "samples/accelerators/mapping-3level.json", "mapper (EDP)"
    Evaluation evaluation;
};

// Binds `mapping` to `arch`, validates it against `problem` and evaluates it.
// Every problem goes into `diag` (with `path` as prefix); nullptr on error.
std::shared_ptr<const DataflowDesign> makeDesign(std::shared_ptr<const AcceleratorArch> arch,
                                                 DataflowProblem problem, const Mapping& mapping,
                                                 Diagnostics& diag, const std::string& path = "");

// The same from an already bound mapping (the mapper's, the step-through's);
// validated all the same.
std::shared_ptr<const DataflowDesign> makeDesign(std::shared_ptr<const AcceleratorArch> arch,
                                                 DataflowProblem problem, const MappingNest& nest,
                                                 Diagnostics& diag, const std::string& path = "");

}  // namespace rl::dataflow
