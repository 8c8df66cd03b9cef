#pragma once
// How many devices a scenario occupies: the one rule that the project check,
// the analytical engine's warnings and `ridgeline-cli show` share.
//
// A pipeline stage holds tensor x data devices: `data` copies of the model,
// each split over a tensor-parallel group. Experts are spread over an
// expert-parallel group of `expert` devices drawn from the stage's devices
// (as vLLM spreads experts over its tensor-parallel GPUs and Megatron-LM over
// its data-parallel ones), so expert parallelism adds devices only when it is
// wider than tensor x data. Stages multiply, and so do the replicas of a
// serving cluster:
//
//   devices = pipeline x max(tensor x data, expert) [x serving replicas]
#include <cstdint>
#include <string>

#include "core/spec/scenario.h"

namespace rl {

std::int64_t devicesUsed(const Scenario& scenario);

// One copy of the model: pipeline x max(tensor, expert).
std::int64_t devicesPerReplica(const Parallelism& parallelism);

// The product spelled out for messages: "tensor 8 x pipeline 2 x data 1 = 16 devices".
std::string describeDevicesUsed(const Scenario& scenario);

}  // namespace rl
