#pragma once
// Device memory a workload needs (weights, KV cache at the final length,
// activations) against the device's capacity, and the largest batch that fits.
#include <vector>

#include "core/result/prediction.h"
#include "core/spec/hardware.h"
#include "core/spec/model.h"
#include "core/spec/scenario.h"
#include "core/workload/operator.h"

namespace rl {

// Parameters of a transformer split by where they live.
struct TransformerParams {
    double embedding = 0;  // token (+ position, token-type) tables
    double perLayerAttention = 0;
    double perLayerMlp = 0;    // all experts for MoE
    double perLayerOther = 0;  // norms, router
    double lmHead = 0;         // 0 when tied to the embedding
    double final = 0;          // final norm, pooler
    double layers = 0;
    double total() const {
        return embedding + layers * (perLayerAttention + perLayerMlp + perLayerOther) + lmHead +
               final;
    }
};
TransformerParams transformerParams(const TransformerConfig& c);

// Per device under the scenario's TP/PP/EP. `forwardOps` are the ops of the
// largest step (the prefill), used for the transient activation working set.
MemoryFootprint transformerFootprint(const Hardware& hw, const ModelSpec& model,
                                     const Scenario& scenario,
                                     const std::vector<Operator>& forwardOps);

// CNN / graph: weights read by the ops plus the largest op's activations.
MemoryFootprint forwardFootprint(const Hardware& hw, const Scenario& scenario,
                                 const std::vector<Operator>& ops);

// "80.0 GiB"
std::string formatGiB(double bytes);

}  // namespace rl
