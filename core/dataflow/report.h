#pragma once
// Presenting an evaluation: the mapping as an indented loop nest (outer loop
// first, like Timeloop's) and the whole result as JSON.
#include <string>

#include "core/dataflow/loop_nest_model.h"

namespace rl::dataflow {

// "DRAM\n  for K in [0:16)\n  ..." with spatial loops shown as "spatial_for".
std::string loopNestText(const MappingNest& m, const AcceleratorArch& arch);
Json evaluationToJson(const Evaluation& e, const AcceleratorArch& arch, const DataflowProblem& p);

}  // namespace rl::dataflow
