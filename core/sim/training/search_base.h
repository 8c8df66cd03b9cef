#pragma once
// What a configuration search keeps of a scenario: its global batch,
// sequence, precision, optimizer and overlap switches. The parallel knobs
// (TP, PP, DP, EP, interleave, micro-batch, ZeRO stage, schedule) are reset
// to 1 / 0 / 1F1B, since the search chooses them and the scenario's own may
// not divide the GPUs searched.
#include "core/sim/training/plan.h"

namespace rl::training {

// The scenario with its parallel knobs reset: two scenarios with the same
// base search the same plans.
Scenario searchBaseScenario(const Scenario& scenario);

// makePlan() of the base scenario; throws std::invalid_argument as it does.
TrainingPlan searchBasePlan(const ModelSpec& model, const Scenario& scenario);

}  // namespace rl::training
