#pragma once
// A whole model on a spatial accelerator: every operator lowered to its
// dataflow problems (lower_operator.h), each distinct problem mapped once by
// the mapper (identical layers share the search), cycles and energy summed
// over the layers times their counts. What `ridgeline-cli dataflow --model`
// prints per layer and a design-space sweep reads per point.
#include <cstdint>
#include <string>
#include <vector>

#include "core/dataflow/mapper.h"
#include "core/workload/operator.h"

namespace rl::dataflow {

struct ModelMapping {
    double cycles = 0;          // best mappings' cycles x operator count, summed
    double energyJ = 0;         // best mappings' energy x operator count, summed
    std::int64_t problems = 0;  // dataflow problems of the model (before sharing)
    std::int64_t searches = 0;  // distinct problems the mapper searched
    std::int64_t mapped = 0;    // problems with a valid mapping
    std::string unmapped;       // the first problem without a valid mapping; empty if none
};

// Throws rl::Cancelled when progress.cancel is set.
ModelMapping mapModel(const AcceleratorArch& arch, const std::vector<Operator>& ops,
                      const MapperOptions& options, const Progress& progress = {});

}  // namespace rl::dataflow
