#pragma once
// The memory traffic of one training iteration as operator records, so the
// traffic, roofline and operator views show a training run by tensor class:
// weights, saved activations, weight gradients and optimizer state. Records
// are per GPU per iteration on the critical pipeline stage (the one the
// breakdown describes), at the main memory level only. Formulas in
// docs/training.md ("Memory traffic").
#include <vector>

#include "core/result/prediction.h"
#include "core/sim/training/iteration.h"

namespace rl::training {

// One record per operator kind and phase: transformer layers (forward,
// backward, recompute), embedding, LM head with loss, optimizer step, and each
// collective with its exposed time. Their times never exceed the iteration:
// the pipeline bubble has no record.
std::vector<OpRecord> trainingOpRecords(const ModelSpec& model, const TrainingReport& report);

// Bytes per locally held parameter the optimizer step moves per iteration, by
// class: gradient read (fp32), moments and fp32 master read and written, the
// low-precision weights written.
struct OptimizerTraffic {
    double gradients = 0, optimizerState = 0, weights = 0;
};
OptimizerTraffic optimizerTrafficPerParam(const TrainingPlan& plan);

}  // namespace rl::training
