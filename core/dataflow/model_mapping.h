#pragma once
// A whole model on a spatial accelerator: every operator lowered to its
// dataflow problems (lower_operator.h), each distinct problem mapped once by
// the mapper (identical layers share the search), cycles and energy summed
// over the layers times their counts. What `ridgeline-cli dataflow --model`
// prints per layer, what a design-space sweep reads per point, and what the
// workbench's network view tabulates layer by layer.
#include <cstdint>
#include <string>
#include <vector>

#include "core/dataflow/mapper.h"
#include "core/spec/phrase.h"
#include "core/workload/operator.h"

namespace rl::dataflow {

// One dataflow problem of the model and the best mapping found for it.
struct LayerMapping {
    std::string operatorName;  // the model operator it was lowered from
    OpKind operatorKind = OpKind::gemm;
    DataflowProblem problem;  // named after the layer ("layers.2.0.conv1")
    double count = 1;         // runs of the operator per pass of the model
    int search = 0;           // index of the search it shares with identical problems
    bool found = false;
    MappingNest mapping;      // the best mapping (when found)
    Evaluation evaluation;    // of one run (when found)
    std::string whyUnmapped;  // when !found: the reason, for people
    Phrase whyUnmappedText;   // the same, typed for the GUI (context "EngineText")
    double cyclesTimesCount() const {
        return found ? static_cast<double>(evaluation.cycles) * count : 0.0;
    }
    double energyTimesCount() const { return found ? evaluation.energyJ * count : 0.0; }
};

struct ModelMapping {
    double cycles = 0;                 // best mappings' cycles x operator count, summed
    double energyJ = 0;                // best mappings' energy x operator count, summed
    std::int64_t problems = 0;         // dataflow problems of the model (before sharing)
    std::int64_t searches = 0;         // distinct problems the mapper searched
    std::int64_t mapped = 0;           // problems with a valid mapping
    std::string unmapped;              // the first problem without a valid mapping; empty if none
    std::vector<LayerMapping> layers;  // in model order, one per problem
};

// Throws rl::Cancelled when progress.cancel is set. Progress is reported over
// the whole model (fraction of the distinct searches done), with the layer
// being searched as the description.
ModelMapping mapModel(const AcceleratorArch& arch, const std::vector<Operator>& ops,
                      const MapperOptions& options, const Progress& progress = {});

}  // namespace rl::dataflow
