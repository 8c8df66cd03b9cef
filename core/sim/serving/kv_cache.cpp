#include "core/sim/serving/kv_cache.h"

#include <algorithm>
#include <cmath>

#include "core/analytical/memory_footprint.h"
#include "core/workload/lower.h"

namespace rl::serving {

KvCapacity kvCapacity(const Hardware& hw, const ModelSpec& model, const Scenario& scenario,
                      std::int64_t iterationTokens) {
    KvCapacity k;
    const ServingScenario& s = scenario.serving;
    const TransformerConfig& c = model.transformer;
    k.blockTokens = std::max<std::int64_t>(1, s.kvBlockTokens);
    const double tp = std::max(1, scenario.parallelism.tensor);
    const double pp = std::max(1, scenario.parallelism.pipeline);
    const double kvHeads = static_cast<double>(c.kvHeads > 0 ? c.kvHeads : c.heads);
    // As in transformerFootprint: fewer KV heads than TP ranks replicate one per rank.
    const double kvHeadsPerDevice = std::max(1.0, std::floor(kvHeads / tp));
    k.blockBytes = static_cast<double>(k.blockTokens) * 2.0 *
                   std::ceil(static_cast<double>(c.layers) / pp) * kvHeadsPerDevice *
                   static_cast<double>(c.headDim) * bytesPerElement(scenario.precision.kvCache);

    TransformerStep step;
    step.phase = "prefill";
    step.queryTokens = std::max<std::int64_t>(1, iterationTokens);
    Scenario forFootprint = scenario;
    forFootprint.inference.batch = 1;
    forFootprint.inference.promptTokens = step.queryTokens;
    forFootprint.inference.generatedTokens = 0;
    const MemoryFootprint f = transformerFootprint(hw, model, forFootprint,
                                                   lowerTransformerStep(model, forFootprint, step));
    k.deviceBytes = hw.mainMemoryBytes();
    k.weights = f.weights;
    k.activations = f.activations;
    const double reserve = k.reserve = std::clamp(s.memoryReserve, 0.0, 1.0);
    k.usable = k.deviceBytes * (1.0 - reserve) - k.weights - k.activations;
    k.blocks = k.usable > 0 && k.blockBytes > 0
                   ? static_cast<std::int64_t>(std::floor(k.usable / k.blockBytes))
                   : 0;
    if (k.blocks <= 0)
        k.problem = "no KV-cache block fits: each device has " + formatGiB(k.deviceBytes) +
                    ", keeps " + std::to_string(static_cast<int>(std::lround(reserve * 100))) +
                    "% in reserve, and needs " + formatGiB(k.weights) + " for weights and " +
                    formatGiB(k.activations) + " for activations";
    return k;
}

}  // namespace rl::serving
