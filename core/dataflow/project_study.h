#pragma once
// A project's dataflow study (core/spec/project.h, DataflowStudy) resolved
// into what the dataflow page shows: the architecture, the one problem (a
// problem file, or layer N of the project's model lowered as
// `ridgeline-cli dataflow --model` lowers it), the mapping when the project
// gives one (else the mapper's options to find one), and the whole lowered
// model for the network view. The GUI and `ridgeline-cli render` both open
// projects through this.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/dataflow/dataflow_case.h"
#include "core/dataflow/mapper.h"
#include "core/spec/project.h"
#include "core/workload/operator.h"

namespace rl::dataflow {

struct ResolvedStudy : DataflowCase {
    std::optional<Mapping> mapping;  // unset: run the mapper with `mapper`
    std::string mappingLabel;        // the mapping file's name; empty without one
    MapperOptions mapper;
    // The project's model lowered for its scenario (empty without a model).
    std::string modelName;
    std::vector<Operator> modelOperators;
};

// The dataflow problems of a model, in the order `ridgeline-cli dataflow
// --model` lists them: "model_layer": N of a project is element N - 1.
std::vector<DataflowProblem> modelLayers(const std::vector<Operator>& ops);

// nullopt after putting why into `diag` (JSON paths of the project file:
// "/dataflow/problem/model_layer", ...). The project must have been read
// without errors in its "dataflow" object.
std::optional<ResolvedStudy> resolveStudy(const Project& project, Diagnostics& diag);

}  // namespace rl::dataflow
