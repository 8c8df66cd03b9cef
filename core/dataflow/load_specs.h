#pragma once
// Reading accelerator, problem and mapping files from disk. An architecture
// may come from a standalone "ridgeline.accelerator" document or from the
// "accelerator" object of a "ridgeline.hardware" file.
#include <memory>
#include <optional>
#include <string>

#include "core/spec/accelerator_spec.h"

namespace rl::dataflow {

std::shared_ptr<const AcceleratorArch> loadAcceleratorArch(const std::string& path,
                                                           Diagnostics& diag);
std::optional<DataflowProblem> loadProblem(const std::string& path, Diagnostics& diag);
std::optional<Mapping> loadMapping(const std::string& path, Diagnostics& diag);

}  // namespace rl::dataflow
