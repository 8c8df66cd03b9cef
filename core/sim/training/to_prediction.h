#pragma once
// A training report as a Prediction, so the views and exporters that read
// Predictions (timeline, Chrome trace, JSON) show a training iteration: the
// trace of one rank per pipeline stage, the breakdown as phases.
#include "core/result/prediction.h"
#include "core/sim/training/iteration.h"

namespace rl::training {

// Moves the report's trace into the Prediction.
Prediction trainingPrediction(const Hardware& hw, const ModelSpec& model,
                              const std::string& scenarioName, TrainingReport&& report);

}  // namespace rl::training
